import { TABLE_NAMES, type TableName } from "../../domain/catalog";
import type { ExcelRunner } from "../runner";
import { MarkScan } from "./marks";

/** Clear marks: deletes our conditional formats from every catalog table, nothing else. Returns how many. */
export async function clearMarks(run: ExcelRunner): Promise<number> {
  return run(async (context) => {
    const lookups = TABLE_NAMES.map((name) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      return { name, table };
    });
    await context.sync();
    const present: TableName[] = lookups.filter((l) => !l.table.isNullObject).map((l) => l.name);
    if (present.length === 0) return 0;
    const ours = await new MarkScan(context, present).ours();
    for (const format of ours) format.delete();
    if (ours.length > 0) await context.sync();
    return ours.length;
  });
}
