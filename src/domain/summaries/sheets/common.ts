/**
 * The start every generated sheet shares: title block, a warning when tables are missing, and one line per
 * table naming the cells that could not be used (figures never leave data out silently).
 */
import type { TableName } from "../../catalog";
import { SheetBuilder, type SheetIdentity } from "../builder";
import { missingTables, sourceCounts, unreadNote, type SummaryInput } from "../inputs";

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
  const notes = tables.map((t) => unreadNote(t, input.unread?.[t])).filter((n): n is string => n !== null);
  for (const note of notes) b.line([note], "warning");
  if (notes.length > 0) b.blank();
  return b;
}
