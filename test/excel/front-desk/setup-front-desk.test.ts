import { CATALOG } from "../../../src/domain/catalog";
import { setupWorkbook } from "../../../src/excel/setup";
import { createExcelHost } from "../../../src/host";
import { putTable, rangeValues } from "../table-io/helpers";

/**
 * Appointments as a workbook set up before the front-desk columns existed (after the revenue cycle's Claim
 * ID), with the user's own column.
 */
const OLD_HEADERS = CATALOG.Appointments.columns
  .map((c) => c.header)
  .filter(
    (h) =>
      h !== "Checked In" &&
      h !== "Roomed" &&
      h !== "Checked Out" &&
      !h.startsWith("Copay") &&
      h !== "Payment Method",
  );

describe("Set up brings an existing workbook up to the front-desk tables and columns", () => {
  test("appends the visit-time and copay columns to Appointments without touching a value, and adds TimeOff, Holidays, DailyClose", async () => {
    const host = createExcelHost();
    const headers = [...OLD_HEADERS, "Desk note"];
    const rows = [
      ["A1", 46097, 0.375, 30, "P001", "MRN1", "Follow-up", "1", "Completed", "", "", "C1", "paid cash"],
      ["A2", "2026-03-16", "9:00", "20", "P001", "00123", "", "", "Scheduled", "", "=x", "", ""],
    ];
    await putTable(host, "Appointments", "Appointments", headers, rows);
    const before = await rangeValues(host, "Appointments", "A1:M3");

    const result = await setupWorkbook(host.run);

    expect(result.columnsAdded).toContainEqual({
      table: "Appointments",
      columns: ["Checked In", "Roomed", "Checked Out", "Copay Due", "Copay Collected", "Payment Method"],
    });
    for (const table of ["TimeOff", "Holidays", "DailyClose"] as const)
      expect(result.created).toContainEqual({ table, sheet: CATALOG[table].sheet });
    expect(await rangeValues(host, "Appointments", "A1:M3")).toEqual(before);
    expect((await rangeValues(host, "Appointments", "N1:S1"))[0]).toEqual([
      "Checked In",
      "Roomed",
      "Checked Out",
      "Copay Due",
      "Copay Collected",
      "Payment Method",
    ]);

    const formats = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Appointments");
      const checkedIn = sheet.getRange("N2:N3");
      const copay = sheet.getRange("Q2");
      const method = sheet.getRange("S2");
      checkedIn.load("numberFormat");
      copay.load("numberFormat");
      method.dataValidation.load("rule");
      const variance = context.workbook.tables.getItem("DailyClose").columns.getItem("Variance");
      const header = variance.getHeaderRowRange();
      header.load("values");
      const from = context.workbook.tables.getItem("TimeOff").columns.getItem("From").getHeaderRowRange();
      from.load("address");
      await context.sync();
      return {
        checkedIn: checkedIn.numberFormat,
        copay: copay.numberFormat,
        method: method.dataValidation.rule,
        variance: header.values,
      };
    });
    expect(formats.checkedIn).toEqual([["h:mm AM/PM"], ["h:mm AM/PM"]]);
    expect(formats.copay).toEqual([["$#,##0.00"]]);
    expect(formats.method.list?.source).toBe("EFT,Check,Card,Cash,Other");
    expect(formats.variance).toEqual([["Variance"]]);

    // Running it again adds nothing more.
    const again = await setupWorkbook(host.run);
    expect(again.created).toEqual([]);
    expect(again.columnsAdded).toEqual([]);
  });

  test("TimeOff From/To take a date and time; DailyClose Variance is calculated", async () => {
    const host = createExcelHost();
    await setupWorkbook(host.run);
    const body = await host.run(async (context) => {
      const from = context.workbook.tables.getItem("TimeOff").columns.getItem("From").getDataBodyRange();
      from.load("numberFormat");
      from.dataValidation.load("type");
      const close = context.workbook.tables.getItem("DailyClose");
      close.rows.add(undefined, [[46097, "Cash", 120, 115, "", "Jo", 46097.75]]);
      await context.sync();
      const variance = close.columns.getItem("Variance").getDataBodyRange();
      variance.load("values,formulas");
      await context.sync();
      return {
        format: from.numberFormat,
        type: from.dataValidation.type,
        variance: variance.values,
        formulas: variance.formulas,
      };
    });
    expect(body.format[0]).toEqual(["yyyy-mm-dd h:mm AM/PM"]);
    expect(body.type).toBe("Date");
    expect(body.variance).toEqual([[-5]]);
    expect(String(body.formulas[0]?.[0])).toMatch(/Counted.*-.*Expected/);
  });
});
