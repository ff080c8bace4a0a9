/**
 * The standalone app's in-memory Excel: every context.sync() may let the page run (slices.ts), as a
 * sync to real Excel crosses to another process, so a long Excel.run never freezes the page; so may
 * each operation of a sync (a sync of three 4 MB reads is three pieces of work, not one). Stale
 * formulas are computed in slices before each sync too, so the sync's reads find nothing left to
 * compute (the grid computes them in slices after an edit: grid/useWorkbookVersion.ts).
 */
import { createExcelHost, type ExcelHost, WorkbookModel } from "../host";
import { breathe } from "./slices";

export function createAppHost(workbook?: WorkbookModel): ExcelHost {
  const model = workbook ?? new WorkbookModel();
  return createExcelHost({
    workbook: model,
    beforeSync: async () => {
      await breathe();
      await model.calculate(breathe);
    },
    betweenOperations: breathe,
  });
}
