/** The sample practice gives the manager a realistic morning: unbilled visits, denials with deadlines, underpayments. */
import { CATALOG, type TableName } from "../../../src/domain/catalog";
import { unbilledVisits } from "../../../src/domain/revenue-cycle/unbilled";
import { workQueue } from "../../../src/domain/revenue-cycle/work-queue";
import { DEFAULT_AS_OF, generatePractice } from "../../../src/domain/sample";
import { createTableData } from "../../../src/excel/table-io";

const practice = generatePractice({ providers: 3, months: 6 });
function typed<T extends TableName>(name: T) {
  return createTableData({ name, sheet: name, ...practice[name], firstRow: 1, firstColumn: 0 }).typedRows(
    CATALOG[name],
  );
}

describe("the sample practice's revenue cycle", () => {
  const claims = typed("Claims");
  const queue = workQueue(
    { claims, payers: typed("Payers"), payments: typed("Payments"), activity: typed("ClaimActivity") },
    DEFAULT_AS_OF,
  );
  const count = (reason: string) => queue.filter((q) => q.reason === reason).length;

  it("has a few unbilled visits, all from the last days", () => {
    const visits = unbilledVisits(typed("Appointments"), claims, DEFAULT_AS_OF);
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.length).toBeLessThan(claims.length * 0.01);
    for (const v of visits) expect(v.ageDays).toBeLessThanOrEqual(12);
  });

  it("queues denials with appeal deadlines, unanswered claims and underpayments", () => {
    const denied = queue.filter((q) => q.reason === "denied");
    expect(denied.length).toBeGreaterThan(5);
    for (const q of denied) expect(q.deadline).not.toBeNull();
    expect(count("underpaid")).toBeGreaterThan(0);
    expect(count("patientBalance")).toBeGreaterThan(0);
    // a queue, not the whole ledger
    expect(queue.length).toBeLessThan(claims.length * 0.2);
  });

  it("links most appointments to their claims and logs follow-up in Claim Activity", () => {
    const linked = typed("Appointments").filter((a) => a.claimId !== null).length;
    expect(linked).toBeGreaterThan(claims.length * 0.8);
    const actions = new Set(typed("ClaimActivity").map((a) => a.action));
    for (const a of ["Underpaid", "Called Payer", "Appeal Filed"]) expect(actions).toContain(a);
  });
});
