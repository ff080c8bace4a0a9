import { workQueue, type QueueTables } from "../../../src/domain/revenue-cycle/work-queue";
import { rowsOf } from "../../../src/domain/summaries/inputs";
import { AS_OF, d, revenueTables } from "./fixture";

function tables(): QueueTables {
  const t = revenueTables();
  return {
    claims: rowsOf(t, "Claims"),
    payers: rowsOf(t, "Payers"),
    payments: rowsOf(t, "Payments"),
    activity: rowsOf(t, "ClaimActivity"),
  };
}

describe("work queue", () => {
  const queue = workQueue(tables(), AS_OF);

  it("lists each claim that needs action once, by group, then deadline, then balance", () => {
    expect(queue.map((q) => [q.claimId, q.reason])).toEqual([
      ["C1", "rejected"],
      ["C12", "denied"], // 2026-03-20, 300
      ["C2", "denied"], // 2026-03-20, 200
      ["C3", "denied"], // 2026-04-15
      ["C4", "noAnswer"],
      ["C6", "underpaid"],
      ["C8", "timelyFiling"],
      ["C10", "patientBalance"],
    ]);
  });

  it("gives each row its deadline, reason in words, balance and follow-up", () => {
    const by = new Map(queue.map((q) => [q.claimId, q]));
    expect(by.get("C1")).toMatchObject({ deadline: d(2026, 5, 2), why: "Rejected: subscriber ID not found" });
    expect(by.get("C2")).toMatchObject({
      deadline: d(2026, 3, 20),
      balance: 200,
      why: "CO-197 precertification absent",
      owner: "KM",
      nextFollowUp: d(2026, 3, 5),
      lastActivity: d(2026, 2, 25),
      lastAction: "Called Payer",
    });
    // no stored deadline: Last Activity + the default 90-day window (Medicare's is blank)
    expect(by.get("C3")).toMatchObject({ deadline: d(2026, 4, 15), balance: 500, lastAction: null });
    expect(by.get("C4")).toMatchObject({
      deadline: d(2026, 4, 18),
      why: "No answer 41 days after submission",
    });
    expect(by.get("C6")).toMatchObject({
      deadline: d(2026, 4, 16),
      balance: 0,
      why: "Underpaid $12.50 against the fee schedule",
      owner: null, // the 835 import logged it: nobody owns it yet
    });
    expect(by.get("C8")).toMatchObject({
      deadline: d(2026, 3, 10),
      owner: "JB",
      why: "Timely filing limit in 8 days",
    });
    expect(by.get("C10")).toMatchObject({
      deadline: null,
      balance: 25,
      why: "Patient owes $25.00, 121 days since service",
    });
  });

  it("leaves out closed claims, settled underpayments and what is not due yet", () => {
    const ids = queue.map((q) => q.claimId);
    for (const id of ["C5", "C7", "C9", "C11", "C13"]) expect(ids).not.toContain(id);
  });
});
