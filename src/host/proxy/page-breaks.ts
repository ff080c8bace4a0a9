/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): add(range) puts a manual page break above the range's
 * first row; removePageBreaks() removes them all. Breaks are stored as rows in the sheet's page layout.
 * https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection
 */
import { HostErrorCodes, hostError } from "../errors";
import type { SheetState } from "../model/state";
import type { HostRequestContext } from "./context";
import { describeArg, HostObject, type PropertyReaders } from "./host-object";
import type { HostRange } from "./range";
import { argumentRect } from "./range-argument";

export class HostPageBreakCollection extends HostObject {
  protected readonly className = "PageBreakCollection";

  constructor(
    context: HostRequestContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }

  protected readers(): PropertyReaders {
    return {};
  }

  add(pageBreakRange: HostRange | string): void {
    this.queueCall("add", [describeArg(pageBreakRange)], () => {
      const rect = argumentRect(pageBreakRange);
      if (!rect) throw hostError(HostErrorCodes.invalidArgument, 'add needs a range such as "A10".');
      const layout = this.sheet().pageLayout;
      const rows = new Set(layout.rowBreaks ?? []);
      if (rect.r0 > 0) rows.add(rect.r0);
      layout.rowBreaks = [...rows].sort((a, b) => a - b);
    });
  }

  removePageBreaks(): void {
    this.queueCall("removePageBreaks", [], () => {
      this.sheet().pageLayout.rowBreaks = [];
    });
  }
}
