import { dayExceptions, type DayClaim, type DayVisit } from "../../../src/domain/front-desk";

const DAY = 46097; // 2026-03-16

function visit(id: string, extra: Partial<DayVisit> = {}): DayVisit {
  return {
    rowIndex: Number(id.slice(1)),
    appointmentId: id,
    date: DAY,
    start: 0.375,
    providerId: "P001",
    patientRef: `MRN${id.slice(1)}`,
    status: "Completed",
    copayDue: null,
    copayCollected: null,
    paymentMethod: null,
    ...extra,
  };
}

describe("Close the day: completed visits without a claim (the Unbilled Visits rule)", () => {
  const claims: DayClaim[] = [
    // A1's claim: same patient, day and provider.
    { claimId: "C1", patientRef: "mrn1", serviceDate: DAY, providerId: "p001" },
    // Named by A2's Claim ID although its service date was typed wrong.
    { claimId: "C2", patientRef: "MRN2", serviceDate: DAY - 1, providerId: "P001" },
    // Same patient and day as A3 but another provider: not A3's visit.
    { claimId: "C3", patientRef: "MRN3", serviceDate: DAY, providerId: "P002" },
  ];

  it("counts a claim linked by Claim ID or by patient, day and provider", () => {
    const found = dayExceptions(
      DAY,
      [visit("A1"), visit("A2", { claimId: "c2" }), visit("A3"), visit("A4", { claimId: "C9" })],
      claims,
    );
    expect(found.filter((e) => e.kind === "no-claim").map((e) => e.appointmentId)).toEqual(["A3", "A4"]);
  });
});
