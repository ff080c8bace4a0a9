/** A part of exceljs's worksheet that its type definitions leave out (present in exceljs 4.4 at runtime). */
import type ExcelJS from "exceljs";

export function conditionalFormattings(worksheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (
    (worksheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings ?? []
  );
}
