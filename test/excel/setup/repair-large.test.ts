/**
 * Set up over a practice's existing, full tables: the repair checks read every column's number formats,
 * several MB for the Standard sample (6 providers, 12 months). Excel on the web refuses a response over
 * 5 MB (the host too: ResponsePayloadSizeLimitExceeded), so the checks share syncs within the budget.
 */
import { loadSamplePractice } from "../../../src/app/sample";
import { setupWorkbook } from "../../../src/excel/setup";
import { MAX_REQUEST_BYTES } from "../../../src/excel/table-io";

it("Set up on the Standard sample repairs nothing and keeps every response within the budget", async () => {
  const host = await loadSamplePractice({ size: "standard", asOf: 46097 });
  host.resetStats();
  const result = await setupWorkbook(host.run);
  expect(result.problems).toEqual([]);
  expect(result.repaired).toEqual([]);
  expect(host.stats.totalResponseBytes).toBeGreaterThan(2 * MAX_REQUEST_BYTES); // needed several syncs
  expect(host.stats.maxResponseBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
}, 180_000);
