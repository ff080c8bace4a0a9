import { createExcelHost, type ExcelHost } from "../../../src/host";
import { setupWorkbook } from "../../../src/excel/setup";
import { appendRows, MAX_REQUEST_BYTES, readTable, updateRows } from "../../../src/excel/table-io";
import { CLAIM_LINE_HEADERS, claimLineRows } from "./helpers";

/** The bound the issue sets: syncs <= ceil(bytes moved / 4 MB) + 2. */
function syncBound(bytes: number): number {
  return Math.ceil(bytes / MAX_REQUEST_BYTES) + 2;
}

describe("100,000 ClaimLines rows", () => {
  const ROWS = 100_000;
  const rows = claimLineRows(ROWS);
  const headers = CLAIM_LINE_HEADERS;
  let host: ExcelHost;

  beforeAll(async () => {
    host = createExcelHost();
    await setupWorkbook(host.run);
  }, 60_000);

  test("appendRows: every request within 4 MB, syncs within the bound", async () => {
    host.resetStats();
    const result = await host.run((context) => appendRows(context, "ClaimLines", { headers, rows }));
    expect(result).toEqual({ firstRowIndex: 0, rowsAdded: ROWS, path: "import" });
    const { stats } = host;
    expect(stats.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(stats.totalRequestBytes).toBeGreaterThan(MAX_REQUEST_BYTES); // really chunked
    expect(stats.syncs).toBeLessThanOrEqual(syncBound(stats.totalRequestBytes));
  }, 60_000);

  test("readTable: every response within 4 MB, syncs within the bound, every row back", async () => {
    host.resetStats();
    const data = await host.run((context) => readTable(context, "ClaimLines"));
    const { stats } = host;
    expect(stats.maxResponseBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(stats.totalResponseBytes).toBeGreaterThan(MAX_REQUEST_BYTES);
    expect(stats.syncs).toBeLessThanOrEqual(syncBound(stats.totalResponseBytes));
    expect(data?.rowCount).toBe(ROWS);
    // Spot checks against the rows written (Text columns come back as written, numbers as numbers).
    for (const i of [0, 1, 2, 49_999, 99_999]) expect(data?.rows[i]).toEqual(rows[i]);
    expect(data?.rows).toHaveLength(ROWS);
  }, 60_000);

  test("updateRows over every row: requests within 4 MB, syncs within the bound", async () => {
    host.resetStats();
    const updates = Array.from({ length: ROWS }, (_, rowIndex) => ({
      rowIndex,
      values: { Allowed: 1000 + rowIndex, Paid: 500 + rowIndex },
    }));
    const result = await host.run((context) => updateRows(context, "ClaimLines", updates));
    expect(result.cellsWritten).toBe(2 * ROWS);
    expect(result.blocks).toBe(1);
    const { stats } = host;
    expect(stats.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(stats.syncs).toBeLessThanOrEqual(syncBound(stats.totalRequestBytes));
    const data = await host.run((context) => readTable(context, "ClaimLines"));
    expect(data?.rows[77_777]?.slice(7)).toEqual([1000 + 77_777, 500 + 77_777]);
    expect(data?.rows[77_777]?.slice(0, 7)).toEqual(rows[77_777]?.slice(0, 7));
  }, 60_000);
});

describe("any budget", () => {
  test.each([20_000, 64_000, 250_000])("reads and writes stay within a %i-byte budget", async (budget) => {
    const host = createExcelHost();
    await setupWorkbook(host.run);
    const headers = CLAIM_LINE_HEADERS;
    const rows = claimLineRows(5000);
    host.resetStats();
    await host.run((context) => appendRows(context, "ClaimLines", { headers, rows }, { maxBytes: budget }));
    expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(budget);
    expect(host.stats.syncs).toBeLessThanOrEqual(Math.ceil(host.stats.totalRequestBytes / budget) + 2);

    host.resetStats();
    const data = await host.run((context) => readTable(context, "ClaimLines", { maxBytes: budget }));
    expect(data?.rows).toEqual(rows);
    expect(host.stats.maxResponseBytes).toBeLessThanOrEqual(budget);
    expect(host.stats.syncs).toBeLessThanOrEqual(Math.ceil(host.stats.totalResponseBytes / budget) + 2);
  });
});
