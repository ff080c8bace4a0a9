/** What posting full-remit.835 records for follow-up: C1002's appeal deadline and C1001's underpayment. */
import {
  planRemittancePosting,
  readRemittanceFile,
  type RemittanceWorkbook,
} from "../../../src/domain/import";
import { d, payer, practiceWorkbook } from "./workbook-builders";
import { fixture } from "./x12-fixtures";

const TODAY = d(2026, 3, 1);
const plan = (workbook: RemittanceWorkbook) =>
  planRemittancePosting([readRemittanceFile("full-remit.835", fixture("full-remit.835"))], workbook, {
    today: TODAY,
  });

describe("835 posting: follow-up", () => {
  test("a denial gets its Appeal Deadline: remittance date + the default 90 days when the payer has none", () => {
    const result = plan(practiceWorkbook());
    // C1002 is row 1; remittance of 2026-01-15 + 90 days = 2026-04-15
    expect(result.claimUpdates.find((u) => u.index === 1)?.values).toMatchObject({
      status: "Denied",
      appealDeadline: d(2026, 4, 15),
    });
    // paid claims get none
    expect(result.claimUpdates.find((u) => u.index === 0)?.values.appealDeadline).toBeUndefined();
  });

  test("the payer's Appeal Window (days) sets the deadline when it is filled in", () => {
    const workbook = practiceWorkbook();
    const payers = workbook.payers.map((p) =>
      p.payerId === "AETNA" ? payer({ ...p, appealWindowDays: 180 }) : p,
    );
    const result = plan({ ...workbook, payers });
    expect(result.claimUpdates.find((u) => u.index === 1)?.values.appealDeadline).toBe(d(2026, 7, 14));
  });

  test("each underpayment is stored as an Underpaid ClaimActivity row, not only shown", () => {
    const result = plan(practiceWorkbook());
    expect(result.newActivity).toEqual([
      {
        claimId: "C1001",
        date: d(2026, 1, 15),
        by: "835 import",
        action: "Underpaid",
        amount: 5, // 135 contracted - 130 allowed
        note: "Remittance EFT20260115A of 2026-01-15: underpaid against the fee schedule (99213-25 x1: allowed 130.00, contract 135.00)",
        nextFollowUp: null,
      },
    ]);
  });

  test("a remittance already posted stores nothing again", () => {
    const first = plan(practiceWorkbook());
    const posted = {
      ...practiceWorkbook(),
      payments: [...practiceWorkbook().payments, ...first.newPayments],
    };
    expect(plan(posted).newActivity).toEqual([]);
  });
});
