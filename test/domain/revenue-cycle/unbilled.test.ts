import { draftClaims, nextClaimIds, unbilledVisits } from "../../../src/domain/revenue-cycle/unbilled";
import { rows } from "../summaries/fixtures";
import { AS_OF, d } from "./fixture";

const claims = rows("Claims", [
  {
    claimId: "CLM000009",
    patientRef: "MRN1",
    payerId: "AETNA",
    providerId: "P1",
    serviceDate: d(2026, 1, 5),
  },
  { claimId: "CLM000010", patientRef: "MRN1", payerId: "MCR", providerId: "P1", serviceDate: d(2026, 2, 2) },
  { claimId: "OLD-7", patientRef: "MRN2", payerId: "AETNA", providerId: "P2", serviceDate: d(2026, 2, 3) },
]);
const appointments = rows("Appointments", [
  { appointmentId: "A1", date: d(2026, 2, 2), providerId: "p1", patientRef: "mrn1", status: "Completed" }, // billed (C10)
  { appointmentId: "A2", date: d(2026, 2, 20), providerId: "P1", patientRef: "MRN1", status: "Completed" }, // 10 days
  { appointmentId: "A3", date: d(2026, 2, 25), providerId: "P2", patientRef: "MRN3", status: "In Room" }, // 5 days
  { appointmentId: "A4", date: d(2026, 2, 28), providerId: "P2", patientRef: "MRN3", status: "Completed" }, // 2 days
  {
    appointmentId: "A5",
    date: d(2026, 2, 3),
    providerId: "P2",
    patientRef: "MRN2",
    status: "Completed",
    claimId: "OLD-7",
  },
  { appointmentId: "A6", date: d(2026, 2, 10), providerId: "P2", patientRef: "MRN4", status: "Canceled" },
]);

describe("unbilled visits and draft claims", () => {
  const list = unbilledVisits(appointments, claims, AS_OF, 3);

  it("lists kept visits with no claim N days old, oldest first", () => {
    expect(list.map((v) => [v.appointment.appointmentId, v.ageDays, v.rowIndex])).toEqual([
      ["A2", 10, 1],
      ["A3", 5, 2],
    ]);
  });

  it("drafts a claim per visit, continuing the Claim IDs, payer from the patient's latest claim", () => {
    expect(draftClaims(list, claims, AS_OF)).toEqual([
      {
        appointmentRow: 1,
        appointmentId: "A2",
        payerFrom: "CLM000010",
        row: {
          "Claim ID": "CLM000011",
          "Patient Ref": "MRN1",
          "Payer ID": "MCR", // the latest claim (2026-02-02), not the older Aetna one
          "Provider ID": "P1",
          "Service Date": d(2026, 2, 20),
          Status: "Draft",
          "Last Activity": d(2026, 3, 2),
        },
      },
      {
        appointmentRow: 2,
        appointmentId: "A3",
        payerFrom: null,
        row: {
          "Claim ID": "CLM000012",
          "Patient Ref": "MRN3",
          "Payer ID": "",
          "Provider ID": "P2",
          "Service Date": d(2026, 2, 25),
          Status: "Draft",
          "Last Activity": d(2026, 3, 2),
        },
      },
    ]);
  });

  it("numbers new claims after the most common pattern and never reuses an ID", () => {
    expect(nextClaimIds([], 2)).toEqual(["CLM000001", "CLM000002"]);
    expect(nextClaimIds(["C-0099", "C-0100", "X5", "c-0101"], 1)).toEqual(["C-0102"]);
  });
});
