import { CATALOG, type ColumnSpec, type TableName, type TableSpec } from "../../../src/domain/catalog";
import { PRACTICE_RULES, catalogRules, validateWithSpecs } from "../../../src/domain/rules";
import { AS_OF, brief, toWorkbook, validPractice } from "./fixture";

describe("rules driven by the catalog's data", () => {
  it("validates a column added to the catalog with no new code: kind, required, code, reference", () => {
    const extra: ColumnSpec[] = [
      {
        header: "Referring NPI",
        key: "referringNpi",
        kind: "id",
        required: true,
        code: "npi",
        description: "test",
      },
      { header: "Follow-up Date", key: "followUp", kind: "date", description: "test" },
      {
        header: "Billing Provider",
        key: "billingProvider",
        kind: "id",
        ref: { table: "Providers", column: "Provider ID" },
        description: "test",
      },
    ];
    const claims: TableSpec = { ...CATALOG.Claims, columns: [...CATALOG.Claims.columns, ...extra] };
    const specs: Record<TableName, TableSpec> = { ...CATALOG, Claims: claims };
    const wb = toWorkbook(validPractice());
    const table = wb.Claims!;
    const headers = [...table.headers, "Referring NPI", "Follow-up Date", "Billing Provider"];
    const rows = [
      [...table.rows[0]!, "1234567890", "2026-02-30", "P404"],
      [...table.rows[1]!, "1234567893", 46111, "P001"], // 2026-03-30
    ];
    const findings = validateWithSpecs({ ...wb, Claims: { headers, rows } }, { asOf: AS_OF }, specs, [
      ...catalogRules(Object.values(specs)),
      ...PRACTICE_RULES,
    ]);
    expect(brief(findings)).toEqual([
      "Claims#0 Referring NPI code.npi error",
      "Claims#0 Follow-up Date cell.type error",
      "Claims#0 Billing Provider ref.exists error",
    ]);
  });

  it("makes one unique-key rule per keyed table and one reference rule per referring column", () => {
    const rules = catalogRules();
    const keyed = Object.values(CATALOG)
      .filter((s: TableSpec) => s.key.length > 0)
      .map((s) => s.name);
    expect(rules.filter((r) => r.id === "key.unique").map((r) => r.table)).toEqual(keyed);
    const refs = Object.values(CATALOG).flatMap((s: TableSpec) =>
      s.columns.filter((c) => c.ref).map(() => s.name),
    );
    expect(rules.filter((r) => r.id === "ref.exists").map((r) => r.table)).toEqual(refs);
    expect(rules.filter((r) => r.id === "calc.agrees").map((r) => r.table)).toEqual(["Claims", "DailyClose"]);
  });
});
