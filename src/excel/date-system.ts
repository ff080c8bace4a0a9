/**
 * The workbook's date system. Practice Manager computes with Excel serial dates counted from 1900
 * (src/domain/dates); a workbook set to the 1904 date system (File > Options > Advanced, "Use 1904 date
 * system"; Excel for Mac's old default) stores every date 1,462 days lower, so every age, deadline and
 * month would be four years off. Excel.Workbook.use1904DateSystem (ExcelApi 1.16) says which; where the
 * API is older the workbook is assumed to use 1900, and TESTING.md lists the manual check.
 */

export class DateSystemError extends Error {
  readonly code = "Date1904";
  constructor() {
    super(
      "This workbook uses the 1904 date system, so its dates are stored 1,462 days apart from what " +
        "Practice Manager expects and every date calculation would be four years off. Nothing was changed. " +
        'Turn off "Use 1904 date system" (File > Options > Advanced, "When calculating this workbook") ' +
        "in a copy of the workbook, check its dates, then try again.",
    );
    this.name = "DateSystemError";
  }
}

/** Whether Excel can say (ExcelApi 1.16); outside Office (the in-memory host) it can. */
function canAsk(): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.16");
}

/**
 * Queues the question (no sync); after the next sync, check() throws DateSystemError for a 1904
 * workbook. Costs no sync of its own: it travels with the caller's first one.
 */
export function queueDateSystemCheck(context: Excel.RequestContext): { check(): void } {
  if (!canAsk()) return { check: () => {} };
  // use1904DateSystem is ExcelApi 1.16: newer than the typings this project builds against.
  const workbook = context.workbook as Excel.Workbook & { readonly use1904DateSystem?: boolean };
  workbook.load("use1904DateSystem");
  return {
    check: () => {
      let use1904: boolean | undefined;
      try {
        use1904 = workbook.use1904DateSystem;
      } catch {
        // The sync that carried the load failed and the caller went on without it (a read retried for
        // a missing table): the date system stays unknown, as on an API too old to say.
        return;
      }
      if (use1904 === true) throw new DateSystemError();
    },
  };
}
