import { DEFAULT_AS_OF, generatePractice } from "../../../src/domain/sample";
import { ValidationController } from "../../../src/excel/validation";
import { CATALOG } from "../../../src/domain/catalog";
import { hostWith, markAt, marksOf } from "./workbook";

describe("the sample practice with planted errors, on the in-memory host", () => {
  it("finds every planted error on its cell, marks it, and clears the marks of a fixed cell live", async () => {
    const practice = generatePractice({ plantErrors: true, providers: 2, months: 2 });
    const host = await hostWith(practice);
    const controller = new ValidationController(host.run);
    const report = await controller.validate({ asOf: DEFAULT_AS_OF });
    const at = (table: string, row: number, header: string) =>
      report.findings.filter((f) => f.table === table && f.rowIndex === row && f.header === header);
    expect(practice.plantedErrors.length).toBeGreaterThanOrEqual(20);
    for (const planted of practice.plantedErrors) {
      const found = at(planted.table, planted.rowIndex, planted.header);
      if (found.length === 0) throw new Error(`planted ${planted.kind} (${planted.detail}) was not reported`);
    }
    for (const planted of practice.plantedErrors) {
      const sheet = CATALOG[planted.table].sheet;
      const column = practice[planted.table].headers.indexOf(planted.header);
      expect([planted.kind, markAt(host, sheet, planted.rowIndex + 1, column)]).toEqual([
        planted.kind,
        "error",
      ]);
    }

    // A co-author fixes the planted NPI: its mark goes within the same edit.
    const npi = practice.plantedErrors.find((p) => p.kind === "invalid-npi")!;
    const sheetRow = npi.rowIndex + 2;
    await host.edit("Providers", `C${sheetRow}`, [["1234567893"]], "Local");
    expect(
      controller.getSnapshot().report!.findings.filter((f) => f.table === "Providers" && f.header === "NPI"),
    ).toEqual([]);
    expect(marksOf(host).filter((m) => m.startsWith(`Providers!C${sheetRow} `))).toEqual([]);
  });
});
