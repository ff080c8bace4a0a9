import type { Finding } from "../../domain/rules";
import type { ExcelRunner } from "../runner";

/**
 * Jump to a problem: activates the table's sheet and selects the finding's cell (the header row for a
 * problem with the table itself). The standalone app's grid follows the host's selection.
 */
export async function selectFinding(
  run: ExcelRunner,
  finding: Pick<Finding, "table" | "rowIndex" | "columnIndex">,
) {
  await run(async (context) => {
    const table = context.workbook.tables.getItem(finding.table);
    const range =
      finding.rowIndex < 0 || finding.columnIndex < 0
        ? table.getHeaderRowRange()
        : table.getDataBodyRange().getCell(finding.rowIndex, finding.columnIndex);
    table.worksheet.activate();
    range.select();
    await context.sync();
  });
}
