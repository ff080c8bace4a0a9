/** Parts of exceljs's worksheet that its type definitions leave out (present in exceljs 4.4 at runtime). */
import type ExcelJS from "exceljs";

export interface DataValidations {
  /** Read: one entry per cell address. Write: keys may also be ranges ("B2:B90"), written as one rule. */
  readonly model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}

export function dataValidations(worksheet: ExcelJS.Worksheet): DataValidations {
  return (worksheet as unknown as { dataValidations: DataValidations }).dataValidations;
}

export function conditionalFormattings(worksheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (
    (worksheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings ?? []
  );
}
