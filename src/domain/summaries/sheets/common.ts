/** The start every generated sheet shares: title block plus a warning when tables are missing. */
import type { TableName } from "../../catalog";
import { SheetBuilder, type SheetIdentity } from "../builder";
import { missingTables, sourceCounts, type SummaryInput } from "../inputs";

export function startSheet(
  identity: SheetIdentity,
  input: SummaryInput,
  tables: readonly TableName[],
): SheetBuilder {
  const b = new SheetBuilder(identity, input.asOf, sourceCounts(input.tables, tables));
  const missing = missingTables(input.tables, tables);
  if (missing.length > 0) {
    b.line(
      [`Not found: ${missing.join(", ")}. Run Set up workbook; figures from those tables show as empty.`],
      "warning",
    );
    b.blank();
  }
  return b;
}
