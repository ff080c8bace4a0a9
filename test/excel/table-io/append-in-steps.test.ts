/**
 * A large append lays out and measures each chunk's rows just before writing it, not every row before
 * the first sync: in the standalone app every sync lets the page run (issue 12), so the work between
 * two syncs is one chunk's, however many rows there are. Same chunks, same rows written.
 */
import { setupWorkbook } from "../../../src/excel/setup";
import { appendRows, readTable } from "../../../src/excel/table-io";
import { createExcelHost } from "../../../src/host";
import { CLAIM_LINE_HEADERS, claimLineRows } from "./helpers";

const HEADERS = CLAIM_LINE_HEADERS;

describe("appending many rows", () => {
  it("reads each chunk's input rows after the previous chunk's sync, and writes every row", async () => {
    const events: string[] = [];
    const host = createExcelHost({
      beforeSync: () => {
        events.push("sync");
        return Promise.resolve();
      },
    });
    await setupWorkbook(host.run);
    const rows = claimLineRows(3000);
    // Each input row says when it is read (its cells are taken when the row is laid out).
    const input = rows.map((values, i) => {
      const row: Record<string, unknown> = {};
      HEADERS.forEach((header, c) =>
        Object.defineProperty(row, header, {
          enumerable: true,
          get: () => {
            if (c === 0) events.push(`row ${i}`);
            return values[c];
          },
        }),
      );
      return row as Record<string, string | number>;
    });
    events.length = 0;
    host.resetStats();
    const result = await host.run((context) =>
      appendRows(context, "ClaimLines", input, { maxBytes: 20_000 }),
    );
    expect(result.rowsAdded).toBe(3000);
    expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(20_000);

    // The syncs that wrote rows, and where the row reads fall between them.
    const firstRead = events.indexOf("row 0");
    const lastRead = events.indexOf("row 2999");
    const writes = events.slice(firstRead).filter((e) => e === "sync").length;
    expect(writes).toBeGreaterThan(5);
    // Row reads come in runs between syncs: as many runs as written chunks, not one run up front.
    const runs = events
      .slice(firstRead, lastRead + 1)
      .filter((e, i, all) => e !== "sync" && all[i - 1] === "sync");
    expect(runs.length + 1).toBe(writes);
    // Each row read exactly once.
    expect(events.filter((e) => e.startsWith("row ")).length).toBe(3000);

    const data = await host.run((context) => readTable(context, "ClaimLines"));
    expect(data?.rows).toEqual(rows);
  });
});
