/**
 * A workbook set up before the revenue-cycle columns existed: Set up adds ClaimActivity and appends the
 * new Claims, Payers and Appointments columns at the end, with their formats and dropdowns, and leaves
 * every value the practice typed as it was.
 */
import { CATALOG, type CellValue } from "../../../src/domain/catalog";
import { setupWorkbook, type SetupResult } from "../../../src/excel/setup";
import { createExcelHost, type ExcelHost } from "../../../src/host";
import { putTable, sheetContents, type SheetContents } from "../table-io/helpers";

const NEW_CLAIM_COLUMNS = ["Follow-up On", "Owner", "Appeal Deadline", "Appeal Filed On", "Appeal Outcome"];

const headersWithout = (table: keyof typeof CATALOG, dropped: readonly string[]) =>
  CATALOG[table].columns.map((c) => c.header).filter((h) => !dropped.includes(h));

/** Claims as a 2025 workbook had them (no follow-up or appeal columns), one row typed by hand. */
const OLD_CLAIMS = headersWithout("Claims", NEW_CLAIM_COLUMNS);
const OLD_PAYERS = headersWithout("Payers", ["Appeal Window (days)"]);
const OLD_APPOINTMENTS = headersWithout("Appointments", ["Claim ID"]);

function row(headers: readonly string[], values: Record<string, CellValue>): CellValue[] {
  return headers.map((h) => values[h] ?? "");
}

describe("Set up over a workbook from before the revenue-cycle columns", () => {
  let host: ExcelHost;
  let result: SetupResult;
  const before = new Map<string, SheetContents | null>();

  beforeAll(async () => {
    host = createExcelHost();
    await putTable(host, "Payers", "Payers", OLD_PAYERS, [
      row(OLD_PAYERS, { "Payer ID": "AETNA", Name: "Aetna", "Timely Filing (days)": 90 }),
    ]);
    await putTable(host, "Claims", "Claims", OLD_CLAIMS, [
      row(OLD_CLAIMS, {
        "Claim ID": "C1",
        "Patient Ref": "MRN1",
        "Payer ID": "AETNA",
        "Service Date": 46000,
        "Total Charge": 150,
        Status: "Denied",
        "Denial Reason": "CO-197 precertification absent",
      }),
    ]);
    await putTable(host, "Appointments", "Appointments", OLD_APPOINTMENTS, [
      row(OLD_APPOINTMENTS, {
        "Appointment ID": "A1",
        Date: 46000,
        "Patient Ref": "MRN1",
        Status: "Completed",
      }),
    ]);
    for (const sheet of ["Payers", "Claims", "Appointments"])
      before.set(sheet, await sheetContents(host, sheet));
    result = await setupWorkbook(host.run);
  });

  test("creates Claim Activity and appends exactly the new columns, at the end", () => {
    expect(result.created).toContainEqual({ table: "ClaimActivity", sheet: "Claim Activity" });
    expect(result.columnsAdded).toContainEqual({ table: "Claims", columns: NEW_CLAIM_COLUMNS });
    expect(result.columnsAdded).toContainEqual({ table: "Payers", columns: ["Appeal Window (days)"] });
    expect(result.columnsAdded).toContainEqual({ table: "Appointments", columns: ["Claim ID"] });
    expect(result.problems).toEqual([]);
  });

  test("every value typed before is where it was", async () => {
    for (const [sheet, old] of before) {
      if (!old) throw new Error(`${sheet} had no content`);
      const now = await sheetContents(host, sheet);
      old.values.forEach((r, i) => expect(now?.values[i]?.slice(0, r.length)).toEqual(r));
      // the new cells of the old rows are blank
      const added = (now?.values[1] ?? []).slice(old.values[0]?.length ?? 0);
      expect(added.every((v) => v === "")).toBe(true);
    }
  });

  test("new columns get their formats and dropdowns", async () => {
    const got = await host.run(async (context) => {
      const claims = context.workbook.tables.getItem("Claims");
      const deadline = claims.columns.getItem("Appeal Deadline").getDataBodyRange();
      const outcome = claims.columns.getItem("Appeal Outcome").getDataBodyRange();
      const action = context.workbook.tables
        .getItem("ClaimActivity")
        .getHeaderRowRange()
        .getOffsetRange(1, 0)
        .getColumn(3);
      deadline.load("numberFormat");
      outcome.dataValidation.load("rule");
      action.dataValidation.load("rule");
      await context.sync();
      return {
        deadline: deadline.numberFormat,
        outcome: outcome.dataValidation.rule.list?.source,
        action: action.dataValidation.rule.list?.source,
      };
    });
    expect(got.deadline[0]?.[0]).toMatch(/yyyy|m\/d/i);
    expect(got.outcome).toBe("Pending,Won,Partly Won,Lost");
    expect(got.action).toContain("Appeal Filed");
    expect(got.action).toContain("Underpaid");
  });

  test("running setup again changes nothing", async () => {
    const snapshot = host.snapshot();
    const again = await setupWorkbook(host.run);
    expect(host.snapshot()).toBe(snapshot);
    expect(again.columnsAdded).toEqual([]);
  });
});
