/**
 * A small practice for the Productivity sheet, every figure computed by hand in the tests. As of
 * 2026-03-15, the 12 months run April 2025 to March 2026 (to date).
 */
import { withTables, type SummaryInput } from "../../../src/domain/summaries/inputs";
import { d, rows } from "./fixtures";

export const PRODUCTIVITY_AS_OF = d(2026, 3, 15) + 0.5;

export function productivityInput(): SummaryInput {
  const tables = withTables({
    Providers: rows("Providers", [
      { providerId: "P1", name: "Dr. Adams", active: "Yes" },
      { providerId: "P2", name: "Dr. Baker", active: "Yes" },
    ]),
    Payers: rows("Payers", [
      { payerId: "MC", name: "Medicare", type: "Medicare" },
      { payerId: "BC", name: "Blue Cross", type: "Commercial" },
    ]),
    RVU: rows("RVU", [
      { code: "99213", modifier: null, year: 2026, workRvu: 1.3 },
      { code: "99213", modifier: null, year: 2025, workRvu: 1.2 },
      { code: "99214", modifier: null, year: 2026, workRvu: 1.92 },
      { code: "71046", modifier: "26", year: 2026, workRvu: 0.22 },
      { code: "71046", modifier: null, year: 2026, workRvu: 0.5 },
    ]),
    Appointments: rows("Appointments", [
      {
        appointmentId: "A1",
        date: d(2026, 3, 2),
        providerId: "P1",
        patientRef: "MRN1",
        type: "New Patient",
        status: "Completed",
      },
      {
        appointmentId: "A2",
        date: d(2026, 3, 3),
        providerId: "P1",
        patientRef: "MRN2",
        type: "Follow-up",
        status: "Completed",
      },
      {
        appointmentId: "A3",
        date: d(2026, 2, 10),
        providerId: "P2",
        patientRef: "MRN3",
        type: "Follow-up",
        status: "Completed",
      },
      {
        appointmentId: "A4",
        date: d(2026, 3, 4),
        providerId: "P2",
        patientRef: "MRN4",
        type: "Follow-up",
        status: "No Show",
      },
      // Before the 12 months: left out of every figure.
      {
        appointmentId: "A5",
        date: d(2025, 3, 20),
        providerId: "P1",
        patientRef: "MRN5",
        type: "Follow-up",
        status: "Completed",
      },
    ]),
    Claims: rows("Claims", [
      {
        claimId: "C1",
        patientRef: "MRN1",
        payerId: "MC",
        providerId: "P1",
        serviceDate: d(2026, 3, 2),
        totalCharge: 200,
      },
      {
        claimId: "C2",
        patientRef: "MRN2",
        payerId: "BC",
        providerId: "P1",
        serviceDate: d(2026, 3, 3),
        totalCharge: 150,
      },
      {
        claimId: "C3",
        patientRef: "MRN3",
        payerId: "BC",
        providerId: "P2",
        serviceDate: d(2026, 2, 10),
        totalCharge: 300,
      },
      {
        claimId: "C4",
        patientRef: "MRN5",
        payerId: "MC",
        providerId: "P1",
        serviceDate: d(2025, 3, 20),
        totalCharge: 100,
      },
      {
        claimId: "C5",
        patientRef: "MRN6",
        payerId: "XX",
        providerId: "P2",
        serviceDate: d(2025, 12, 5),
        totalCharge: 80,
      },
    ]),
    ClaimLines: rows("ClaimLines", [
      { claimId: "C1", line: 1, code: "99213", units: 1 }, // 1.3 (2026)
      { claimId: "C1", line: 2, code: "71046", modifiers: "26", units: 1 }, // 0.22: the -26 row
      { claimId: "C2", line: 1, code: "99214", units: 2 }, // 3.84
      { claimId: "C3", line: 1, code: "99213" }, // 1.3 (blank units count as 1)
      { claimId: "C3", line: 2, code: "71046", modifiers: "59" }, // 0.5: no -59 row, the code's own
      { claimId: "C4", line: 1, code: "99213", units: 1 }, // before the period
      { claimId: "C5", line: 1, code: "99213", units: 1 }, // 1.2 (the 2025 row)
      { claimId: "C5", line: 2, code: "99215", units: 1 }, // no RVU for 2025: left out and named
      { claimId: "C9", line: 1, code: "99213", units: 1 }, // no such claim: left out and named
    ]),
    Payments: rows("Payments", [
      { paymentId: "PAY1", claimId: "C1", payerId: "MC", receivedOn: d(2026, 3, 10), amount: 120 },
      { paymentId: "PAY2", claimId: "C2", payerId: "BC", receivedOn: d(2026, 3, 12), amount: 100 },
      { paymentId: "PAY3", claimId: "C3", payerId: "BC", receivedOn: d(2026, 2, 20), amount: 250 },
      { paymentId: "PAY4", claimId: "C3", receivedOn: d(2026, 3, 1), amount: 30, source: "Patient" },
      { paymentId: "PAY5", claimId: "C4", payerId: "MC", receivedOn: d(2025, 4, 15), amount: 60 },
      { paymentId: "PAY6", payerId: "BC", receivedOn: d(2026, 1, 10), amount: 40 },
      { paymentId: "PAY7", claimId: "C1", payerId: "MC", receivedOn: d(2026, 3, 20), amount: 999 }, // after as-of
    ]),
    Expenses: rows("Expenses", [
      { date: d(2026, 3, 5), account: "Rent", amount: 1000 },
      { date: d(2026, 2, 1), account: "Rent", amount: 500 },
      { date: d(2024, 12, 1), account: "Rent", amount: 999 },
    ]),
  });
  return { tables, asOf: PRODUCTIVITY_AS_OF, bucketDays: [30, 60, 90, 120] };
}
