/**
 * Arguments that arrive as data-type objects (Excel.CellValue: "Custom functions and data types",
 * learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts) are read by their
 * basic value (an entity by its text), as the cell shows them, instead of returning #VALUE!.
 */
import { serialFromYmd } from "../../src/domain/dates/excel-dates";
import * as pm from "../../src/functions/functions";

const double = (basicValue: number) => ({ type: "Double", basicValue, numberFormat: "m/d/yyyy" });
const text = (basicValue: string) => ({ type: "String", basicValue });
const entity = (label: string) => ({ type: "Entity", text: label, properties: { Name: text(label) } });

describe("data-type arguments", () => {
  it("dates and numbers given as formatted-number values", () => {
    const from = serialFromYmd(2026, 1, 1);
    expect(pm.age(double(from), double(from + 10))).toBe(10);
    expect(pm.variance(double(120), { type: "Double", basicValue: 100 })).toBe(20);
  });

  it("codes given as string values or entities", () => {
    expect(pm.isNpi(text("1234567893"))).toBe(true);
    expect(pm.isCpt(entity("99213"))).toBe(true);
  });

  it("ranges whose cells are data types", () => {
    const days = pm.denialRate([[text("Denied")], [entity("Paid")]]);
    expect(days).toBe(0.5);
  });
});
