/**
 * Streaming PM functions read the tables in the background: Excel may call them while the user types in
 * a cell, and a batch without delayForCellEdit then "automatically fails" (Excel.RunOptions,
 * learn.microsoft.com/javascript/api/excel/excel.runoptions). The cell must wait, not show #N/A.
 */
import * as pm from "../../src/functions/functions";
import { streamCell } from "./stream-cell";
import { exampleWorkbook } from "./workbook-host";

type Fn = (...args: unknown[]) => unknown;

it("PM.ACTUAL computed while the user is in cell edit mode waits for the edit to end", async () => {
  const { host } = await exampleWorkbook();
  host.startCellEdit();
  const cell = streamCell(pm.actual as Fn, "Supplies", "2026-01");
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(cell.results).toEqual([]); // no #N/A while the user types
  const next = cell.next();
  host.endCellEdit();
  expect(await next).toBe(800);
  cell.cancel();
});
