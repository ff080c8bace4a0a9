/**
 * The standalone app never freezes the page for long (issue 12): its host lets the page run between
 * syncs once a stretch of work has run SLICE_MS, and a large sheet is read in steps of rows.
 */
import { createAppHost } from "../../src/app/app-host";
import { SLICE_MS } from "../../src/app/slices";
import { scanSheetData, scanSheetDataInSteps } from "../../src/app/xlsx/read/sheet-data-reader";
import { createExcelHost, type ExcelHost } from "../../src/host";

/** Syncs (each a little work) until a 0 ms timer set at the start has run, or 2 s have passed. */
async function syncsUntilTimer(host: ExcelHost): Promise<{ fired: boolean; elapsed: number }> {
  let fired = false;
  setTimeout(() => (fired = true), 0);
  const start = performance.now();
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    while (!fired && performance.now() - start < 2_000) {
      sheet.getRange("A1").values = [[performance.now()]];
      await context.sync();
    }
  });
  return { fired, elapsed: performance.now() - start };
}

describe("the app's host", () => {
  it("lets a timer run during a long Excel.run, soon after SLICE_MS of work", async () => {
    const { fired, elapsed } = await syncsUntilTimer(createAppHost());
    expect(fired).toBe(true);
    expect(elapsed).toBeLessThan(SLICE_MS + 1_000);
  });

  it("(the plain test host does not: syncs there are microtasks, as the tests rely on)", async () => {
    const { fired } = await syncsUntilTimer(createExcelHost());
    expect(fired).toBe(false);
  });
});

describe("reading a sheet in steps", () => {
  const rows = Array.from(
    { length: 1000 },
    (_, r) =>
      `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}"><f>A${r + 1}*2</f></c></row>`,
  ).join("");

  it("pauses every 256 rows and visits the same cells as the one-go scan", () => {
    const seen: string[] = [];
    const visitor = (out: string[]) => ({
      row: () => undefined,
      cell: (c: { row: number; col: number; value: string | null; formula: string | null }) =>
        out.push(`${c.row}:${c.col}:${c.value}:${c.formula}`),
    });
    let steps = 0;
    for (const _step of scanSheetDataInSteps(rows, 0, rows.length, visitor(seen))) steps++;
    const once: string[] = [];
    scanSheetData(rows, 0, rows.length, visitor(once));
    expect(steps).toBe(3);
    expect(seen).toEqual(once);
    expect(seen).toHaveLength(2000);
  });
});
