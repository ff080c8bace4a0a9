import { CATALOG, columnSpec } from "../../../src/domain/catalog";
import { cellSchema, isExcelError, readCell } from "../../../src/domain/catalog/cells";
import { serialFromYmd } from "../../../src/domain/dates/excel-dates";

const claims = CATALOG.Claims;
const col = (header: string) => {
  const c = columnSpec(claims, header);
  if (!c) throw new Error(header);
  return c;
};

describe("readCell", () => {
  it("reads dates from serials and ISO text, and refuses other text", () => {
    expect(readCell(col("Service Date"), 46000)).toEqual({ ok: true, value: 46000 });
    expect(readCell(col("Service Date"), "2026-01-31")).toEqual({
      ok: true,
      value: serialFromYmd(2026, 1, 31),
    });
    expect(readCell(col("Service Date"), "2026-02-30").ok).toBe(false);
    expect(readCell(col("Service Date"), "03/04/2026").ok).toBe(false);
  });

  it("reads amounts, refusing text and values below the column minimum", () => {
    expect(readCell(col("Total Charge"), "$1,250.50")).toEqual({ ok: true, value: 1250.5 });
    expect(readCell(col("Total Charge"), -1)).toEqual({ ok: false, message: "Total Charge -1 is below 0" });
    expect(readCell(col("Total Charge"), "abc").ok).toBe(false);
  });

  it("matches fixed lists case-insensitively and returns the catalog spelling", () => {
    expect(readCell(col("Status"), "partially paid")).toEqual({ ok: true, value: "Partially Paid" });
    const bad = readCell(col("Status"), "Lost");
    expect(bad.ok).toBe(false);
  });

  it("reports Excel error values instead of reading them", () => {
    expect(isExcelError("#N/A")).toBe(true);
    expect(isExcelError("#hashtag")).toBe(false);
    expect(readCell(col("Paid"), "#VALUE!")).toEqual({
      ok: false,
      message: "Paid shows the Excel error #VALUE!",
    });
  });

  it("reads blank cells as null and keeps IDs typed as numbers as text", () => {
    expect(readCell(col("Paid"), "")).toEqual({ ok: true, value: null });
    expect(readCell(col("Claim ID"), 1001)).toEqual({ ok: true, value: "1001" });
  });

  it("whole numbers must be whole", () => {
    const units = columnSpec(CATALOG.ClaimLines, "Units");
    if (!units) throw new Error("Units");
    expect(readCell(units, 2)).toEqual({ ok: true, value: 2 });
    expect(readCell(units, 1.5).ok).toBe(false);
  });
});

describe("cellSchema (zod)", () => {
  it("reports required blanks and bad values as zod issues", () => {
    const schema = cellSchema(col("Claim ID"));
    expect(schema.safeParse("C-1").success).toBe(true);
    const blank = schema.safeParse("");
    expect(blank.success).toBe(false);
    if (!blank.success) expect(blank.error.issues[0]?.message).toBe("Claim ID is required");
  });
});
