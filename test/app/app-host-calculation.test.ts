/**
 * The app's host computes stale formulas in slices before every sync (issue 12: the page never freezes),
 * so what a sync reads is already computed, and a timer runs while a large workbook is calculated.
 */
import { createAppHost } from "../../src/app/app-host";
import type { ExcelHost } from "../../src/host";

const ROWS = 5_000;

/** Sheet1: A = amount, B = =A*2 (ROWS rows), D1 = SUM(B:B). */
async function fill(host: ExcelHost): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange(`A1:B${ROWS}`).formulas = Array.from({ length: ROWS }, (_, i) => [i + 1, `=A${i + 1}*2`]);
    sheet.getRange("D1").formulas = [["=SUM(B:B)"]];
    await context.sync();
  });
}

describe("the app host's calculation", () => {
  it("computes before a sync, in slices a timer can run between, so the sync's reads find nothing stale", async () => {
    const host = createAppHost();
    await fill(host);
    const model = host.workbook;
    expect(model.calculationPending).toBe(true);
    // Reads inside a sync go through ensureCalculated: note whether anything was left for them.
    const ensure = model.ensureCalculated.bind(model);
    const pendingAtRead: boolean[] = [];
    jest.spyOn(model, "ensureCalculated").mockImplementation(() => {
      pendingAtRead.push(model.calculationPending);
      ensure();
    });
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    const total: unknown = await host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("D1");
      cell.load("values");
      await context.sync();
      return cell.values[0]?.[0] as unknown;
    });
    expect(total).toBe(ROWS * (ROWS + 1)); // 2 * (1 + ... + ROWS)
    expect(timerRan).toBe(true);
    expect(pendingAtRead.length).toBeGreaterThan(0);
    expect(pendingAtRead.every((pending) => !pending)).toBe(true);
  });
});
