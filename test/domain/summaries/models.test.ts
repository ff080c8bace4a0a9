import { SUMMARIES, SUMMARY_IDS, isFormula, noTables, type SheetModel } from "../../../src/domain/summaries";
import { GENERATED_NOTICE } from "../../../src/domain/summaries/builder";
import { AS_OF, practiceInput } from "./fixtures";

const empty = { tables: noTables(), asOf: AS_OF, bucketDays: [30, 60, 90, 120] };

function find(model: SheetModel, label: string): readonly unknown[] {
  const line = model.cells.find((r) => r[0] === label);
  if (!line) throw new Error(`${model.name}: no row "${label}"`);
  return line;
}

describe("summary sheet models", () => {
  it("has the sheets in order (the appeal letter is generated per claim, not by Refresh summaries)", () => {
    expect(SUMMARIES.map((s) => s.id)).toEqual(SUMMARY_IDS.filter((id) => id !== "appealLetter"));
    expect(SUMMARIES.map((s) => s.name)).toEqual([
      "Dashboard",
      "AR Aging",
      "Budget vs Actual",
      "Schedule Summary",
      "Reorder List",
      "Contract Renewals",
      "Compliance",
      "Marketing",
      "Productivity",
      "Work Queue",
      "Unbilled Visits",
      "Patient Balances",
    ]);
  });

  for (const [label, input] of [
    ["practice", practiceInput()],
    ["empty workbook", empty],
  ] as const) {
    describe(`on the ${label}`, () => {
      for (const summary of SUMMARIES) {
        it(`${summary.name}: title block, rectangular grid, native formulas only`, () => {
          const model = summary.build(input);
          expect(model.cells[0]?.[0]).toBe(summary.title);
          expect(model.cells[1]?.slice(0, 2)).toEqual(["As of", AS_OF]);
          expect(model.cells[2]?.[0]).toBe("Computed from");
          expect(model.cells[2]?.[1]).toEqual(expect.stringMatching(/rows|not found/));
          expect(model.cells[3]?.[0]).toBe(GENERATED_NOTICE);
          for (const row of model.cells) expect(row).toHaveLength(model.width);
          expect(model.columnWidths).toHaveLength(model.width);
          for (const row of model.cells) {
            for (const cell of row) {
              if (isFormula(cell)) {
                expect(cell.formula).toMatch(/^=/);
                expect(cell.formula).not.toMatch(/PM\./i);
              } else if (typeof cell === "number") {
                expect(Number.isFinite(cell)).toBe(true);
              }
            }
          }
          for (const r of [...model.styles.map((s) => s.rect), ...model.numberFormats.map((f) => f.rect)]) {
            expect(r.row + r.rows).toBeLessThanOrEqual(model.cells.length);
            expect(r.col + r.cols).toBeLessThanOrEqual(model.width);
          }
          for (const c of model.charts)
            expect(c.source.row + c.source.rows).toBeLessThanOrEqual(model.cells.length);
        });
      }
    });
  }

  it("names the tables it was computed from with their row counts", () => {
    const dashboard = SUMMARIES[0]?.build(practiceInput());
    expect(dashboard?.cells[2]?.[1]).toContain("Appointments: 8 rows");
    expect(dashboard?.cells[2]?.[1]).toContain("Claims: 6 rows");
    const missing = SUMMARIES[0]?.build(empty);
    expect(missing?.cells[2]?.[1]).toContain("Claims: table not found");
    expect(missing?.cells[5]?.[0]).toEqual(
      expect.stringMatching(/^Not found: Appointments, Providers, Claims/),
    );
  });

  it("dashboard shows figures with their definitions and the net collection rate as a formula", () => {
    const model = SUMMARIES[0]?.build(practiceInput()) as SheetModel;
    expect(find(model, "Visits completed").slice(1, 4)).toEqual([2, 2, 4]);
    expect(find(model, "Charges").slice(1, 4)).toEqual([280, 300, 730]);
    expect(String(find(model, "Net collection rate")[4])).toMatch(/charges - contractual adjustments/);
    const ncr = find(model, "Net collection rate")[1];
    expect(isFormula(ncr as never) && (ncr as { formula: string }).formula).toMatch(
      /^=IF\(\(B\d+-B\d+\)=0,"",B\d+\/\(B\d+-B\d+\)\)$/,
    );
    expect(find(model, "Records requests overdue")[1]).toBe(1);
  });

  it("A/R Aging totals are SUM formulas over the payer rows and a chart plots the buckets", () => {
    const model = SUMMARIES[1]?.build(practiceInput()) as SheetModel;
    const insurance = find(model, "Due Insurance");
    expect((insurance[2] as { formula: string }).formula).toMatch(/^=SUM\(C\d+:C\d+\)$/);
    expect(find(model, "Due Patient").slice(1, 6)).toEqual([105, 0, 0, 0, 0]);
    expect(model.charts).toEqual([
      expect.objectContaining({ kind: "ColumnClustered", title: "A/R by age bucket" }),
    ]);
  });

  it("Budget vs Actual highlights over-budget variances with a conditional format", () => {
    const model = SUMMARIES[2]?.build(practiceInput()) as SheetModel;
    expect(model.conditionalFormats.length).toBeGreaterThanOrEqual(3);
    expect(
      model.conditionalFormats.every((c) => c.meaning === "over budget" && /ISNUMBER/.test(c.formula)),
    ).toBe(true);
    expect(model.charts[0]?.kind).toBe("ColumnClustered");
  });
});
