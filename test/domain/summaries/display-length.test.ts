/**
 * Column widths of the summary sheets count money as toLocaleString("en-US") shows it; groupedLength
 * counts it without toLocaleString (too slow for a sheet of 100k rows) and must agree with it.
 */
import { displayLength, groupedLength } from "../../../src/domain/summaries/builder";

const shown = (value: number, digits: number) =>
  Math.abs(value).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .length;

describe("groupedLength", () => {
  const values = [
    0, 0.004, 0.005, 0.995, 9.995, 99.5, 999.5, 999.995, 999_999.995, 1_000, 12_345.675, 123_456_789.125,
    -1_234.5, 1e20, 1.5e21, 2.675, 1.005, -0,
  ];
  it.each(values)("%d with 0 and 2 decimals has toLocaleString's length", (value) => {
    expect(groupedLength(value, 0)).toBe(shown(value, 0));
    expect(groupedLength(value, 2)).toBe(shown(value, 2));
  });

  it("agrees with toLocaleString on many amounts (seeded)", () => {
    let seed = 12_345;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      const value = Math.round(next() * 10 ** Math.floor(next() * 10) * 1000) / 1000;
      expect([groupedLength(value, 0), groupedLength(value, 2)]).toEqual([shown(value, 0), shown(value, 2)]);
    }
  });

  it("is what a currency cell's width is made of", () => {
    expect(displayLength(-1_234.5, "currency")).toBe("-$1,234.50".length);
    expect(displayLength(1_000_000, "integer")).toBe("1,000,000".length);
  });
});
