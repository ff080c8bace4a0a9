/**
 * A small practice for the revenue-cycle lists, as of Monday 2026-03-02 at noon. Each claim is made to
 * land in exactly one place of the work queue (or none); the expected results are worked out by hand in
 * the tests.
 */
import { withTables, type SummaryTables } from "../../../src/domain/summaries/inputs";
import { d, rows } from "../summaries/fixtures";

export { d };
export const AS_OF = d(2026, 3, 2) + 0.5;

export function revenueTables(): SummaryTables {
  return withTables({
    Payers: rows("Payers", [
      { payerId: "AETNA", name: "Aetna", type: "Commercial", timelyFilingDays: 90, appealWindowDays: 60 },
      { payerId: "MCR", name: "Medicare", type: "Medicare", timelyFilingDays: 365 }, // window blank: 90
      { payerId: "SELF", name: "Self-Pay", type: "Self-Pay" },
    ]),
    Claims: rows("Claims", [
      // Rejected: filing deadline 2026-02-01 + 90 = 2026-05-02
      claim("C1", "AETNA", d(2026, 2, 1), 150, "Rejected", {
        denialReason: "Rejected: subscriber ID not found",
      }),
      // Denied with an appeal deadline; owner from the activity log (KM), balance 200
      claim("C2", "AETNA", d(2026, 1, 20), 200, "Denied", {
        denialReason: "CO-197 precertification absent",
        appealDeadline: d(2026, 3, 20),
        lastActivity: d(2026, 2, 10),
      }),
      // Denied, no deadline stored: Last Activity 2026-01-15 + 90 (Medicare window blank) = 2026-04-15
      claim("C3", "MCR", d(2026, 1, 2), 500, "Denied", {
        denialReason: "CO-50 not medically necessary",
        lastActivity: d(2026, 1, 15),
      }),
      // Submitted 2026-01-20: 41 days without an answer; filing deadline 2026-01-18 + 90 = 2026-04-18
      claim("C4", "AETNA", d(2026, 1, 18), 120, "Submitted", { submittedOn: d(2026, 1, 20) }),
      // Accepted 20 days ago: not yet
      claim("C5", "AETNA", d(2026, 2, 8), 90, "Accepted", { submittedOn: d(2026, 2, 10) }),
      // Paid, underpaid 12.50 on 2026-02-15: appeal by 2026-02-15 + 60 = 2026-04-16
      claim("C6", "AETNA", d(2026, 1, 25), 100, "Paid", { paid: 80, adjustment: 20, allowed: 80 }),
      // Paid, underpaid then written off: settled
      claim("C7", "AETNA", d(2026, 1, 25), 100, "Paid", { paid: 80, adjustment: 20, allowed: 80 }),
      // Draft, service 2025-12-10: filing deadline 2026-03-10, 8 days left
      claim("C8", "AETNA", d(2025, 12, 10), 75, "Draft", { owner: "JB" }),
      // Draft, service 2026-02-20: 80 days left
      claim("C9", "AETNA", d(2026, 2, 20), 75, "Draft"),
      // Paid by Medicare, 40 left to the patient, who paid 15: 25 due, 121 days since service
      claim("C10", "MCR", d(2025, 11, 1), 200, "Paid", {
        allowed: 160,
        paid: 120,
        adjustment: 40,
        patientResponsibility: 40,
      }),
      // Closed after a denial: nothing to do
      claim("C11", "AETNA", d(2025, 10, 1), 300, "Closed", {
        denialReason: "CO-29 timely filing",
        adjustment: 300,
      }),
      // Denied, same deadline as C2, larger balance: listed before C2
      claim("C12", "AETNA", d(2026, 1, 22), 300, "Denied", {
        denialReason: "CO-16 missing information",
        appealDeadline: d(2026, 3, 20),
      }),
      // Patient owes 30 but only 40 days since service: not yet
      claim("C13", "MCR", d(2026, 1, 21), 100, "Paid", {
        allowed: 80,
        paid: 50,
        adjustment: 20,
        patientResponsibility: 30,
      }),
      // Self-Pay, same patient as C10 typed in lower case: the whole 40 left is the patient's, 10 days old
      claim("C14", "SELF", d(2026, 2, 20), 60, "Submitted", { patientRef: "mrn-c10", paid: 20 }),
    ]),
    Payments: rows("Payments", [
      { paymentId: "PAY1", claimId: "C10", receivedOn: d(2026, 1, 5), amount: 15, source: "Patient" },
      {
        paymentId: "PAY2",
        claimId: "C10",
        payerId: "MCR",
        receivedOn: d(2025, 11, 20),
        amount: 120,
        source: "ERA",
      },
    ]),
    ClaimActivity: rows("ClaimActivity", [
      {
        claimId: "C2",
        date: d(2026, 2, 25),
        by: "KM",
        action: "Called Payer",
        note: "Records requested",
        nextFollowUp: d(2026, 3, 5),
      },
      { claimId: "C6", date: d(2026, 2, 15), by: "835 import", action: "Underpaid", amount: 12.5 },
      { claimId: "C7", date: d(2026, 2, 1), by: "835 import", action: "Underpaid", amount: 10 },
      { claimId: "C7", date: d(2026, 2, 20), by: "KM", action: "Write-off Approved", amount: 10 },
    ]),
  });
}

function claim(
  claimId: string,
  payerId: string,
  serviceDate: number,
  totalCharge: number,
  status: string,
  more: Record<string, number | string> = {},
) {
  return {
    claimId,
    patientRef: `MRN-${claimId}`,
    payerId,
    providerId: "P1",
    serviceDate,
    totalCharge,
    status,
    submittedOn: status === "Draft" ? null : serviceDate + 2,
    paid: 0,
    adjustment: 0,
    ...more,
  };
}
