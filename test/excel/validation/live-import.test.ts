/**
 * Live validation after a large append that took the import path (rows written below the table, which
 * Table.resize takes in: test/excel/table-io/import-append.test.ts) reads and checks only the new rows,
 * as after rows.add. Excel reports writing cells as a TableChanged "RangeEdited" over those cells
 * (learn.microsoft.com/javascript/api/excel/excel.tablechangedeventargs); rows that start where the table
 * used to end, when the table grew by just as many rows, are an append.
 */
import { generatePractice, DEFAULT_AS_OF } from "../../../src/domain/sample";
import { appendRows } from "../../../src/excel/table-io";
import { IMPORT_MIN_ROWS } from "../../../src/excel/table-io/import-rows";
import { ValidationController } from "../../../src/excel/validation";
import { hostWith } from "./workbook";

it("a co-author's import of 600 lines into a 20,000-line table is checked by reading those lines only", async () => {
  const host = await hostWith(generatePractice({ claimLines: 20_000 }));
  const me = new ValidationController(host.run);
  await me.validate({ asOf: DEFAULT_AS_OF });
  await host.settle();
  const before = me.getSnapshot().report?.findings.length ?? 0;
  const [claimId, line] = host.workbook.values("Claim Lines", "A2:B2")[0] ?? [];
  const count = IMPORT_MIN_ROWS + 100;
  // The last imported line repeats the first line's Claim ID and Line: a duplicate key to find.
  const rows = Array.from({ length: count }, (_, i) =>
    i === count - 1 ? [claimId, line, "99213", 1, 50] : [`IMP${i}`, 1, "99213", 1, 50],
  );

  host.resetStats();
  const result = await host
    .session("co-author")
    .run((context) =>
      appendRows(context, "ClaimLines", { headers: ["Claim ID", "Line", "Code", "Units", "Charge"], rows }),
    );
  await host.settle();

  expect(result.path).toBe("import");
  expect(me.getSnapshot().lastLive).toMatchObject({ table: "ClaimLines", read: "rows" });
  expect(me.getSnapshot().report?.findings.length ?? 0).toBeGreaterThan(before);
  // The whole table is megabytes; the import and my read of its rows are well under one.
  expect(host.stats.totalResponseBytes).toBeLessThan(300_000);
});
