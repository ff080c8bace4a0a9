/** Validate from the ribbon: the same shared validation as the pane's button; the result is shown in the pane. */
import type { ExcelRunner } from "../runner";
import { validationController } from "./controller";

export interface RibbonValidation {
  readonly notice: {
    readonly intent: "success" | "warning";
    readonly title: string;
    readonly message: string;
  };
}

export async function validateFromRibbon(run: ExcelRunner): Promise<RibbonValidation> {
  const report = await validationController(run, "office").validate();
  if (report.checked.length === 0) {
    return {
      notice: {
        intent: "warning",
        title: "Validation",
        message: "This workbook has no practice tables yet: press Set up workbook in the pane first.",
      },
    };
  }
  const errors = report.counts.reduce((n, c) => n + c.errors, 0);
  const warnings = report.counts.reduce((n, c) => n + c.warnings, 0);
  if (errors + warnings === 0) {
    return {
      notice: {
        intent: "success",
        title: "Validation",
        message: `No problems found in ${report.checked.length} tables.`,
      },
    };
  }
  const tables = report.counts.map((c) => c.table).join(", ");
  return {
    notice: {
      intent: "warning",
      title: "Validation",
      message: `${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"} in ${tables}. The problem cells are marked; the list is under Validation.`,
    },
  };
}
