/**
 * The standalone app's in-memory Excel: every context.sync() may let the page run (slices.ts), as a
 * sync to real Excel crosses to another process, so a long Excel.run never freezes the page.
 */
import { createExcelHost, type ExcelHost, type WorkbookModel } from "../host";
import { breathe } from "./slices";

export function createAppHost(workbook?: WorkbookModel): ExcelHost {
  return createExcelHost(workbook ? { workbook, beforeSync: breathe } : { beforeSync: breathe });
}
