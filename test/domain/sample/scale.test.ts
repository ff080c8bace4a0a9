import { CATALOG, TABLE_NAMES } from "../../../src/domain/catalog";
import { readCell } from "../../../src/domain/catalog/cells";
import { generatePractice, type PracticeData } from "../../../src/domain/sample";
import { cents, table } from "./sample-helpers";

/** The 100k-line practice is large: these checks only count, they build no per-cell expectations. */
let data: PracticeData;
beforeAll(() => {
  data = generatePractice({ claimLines: 100_000 });
}, 120_000);

describe("sample practice at 100,000 claim lines", () => {
  it("has about 100k claim lines and proportionally more of everything else", () => {
    expect(data.ClaimLines.rows.length).toBeGreaterThan(90_000);
    expect(data.ClaimLines.rows.length).toBeLessThan(110_000);
    expect(data.Claims.rows.length).toBeGreaterThan(50_000);
    expect(data.Appointments.rows.length).toBeGreaterThan(data.Claims.rows.length);
    expect(data.Providers.rows.length).toBeGreaterThan(12);
    expect(data.Staff.rows.length).toBeGreaterThan(30);
  });

  it("reads every cell cleanly", () => {
    let problems = 0;
    let cells = 0;
    for (const name of TABLE_NAMES) {
      const columns = CATALOG[name].columns;
      for (const row of data[name].rows) {
        for (let c = 0; c < columns.length; c++) {
          const column = columns[c];
          if (column === undefined) continue;
          cells++;
          const read = readCell(column, row[c] ?? "");
          if (!read.ok || ("required" in column && column.required && read.value === null)) problems++;
        }
      }
    }
    expect(cells).toBeGreaterThan(3_000_000);
    expect(problems).toBe(0);
  }, 60_000);

  it("keeps claim IDs unique, every line on an existing claim, and totals equal to the lines", () => {
    const claims = table(data, "Claims");
    const lines = table(data, "ClaimLines");
    const ids = claims.column("Claim ID");
    expect(new Set(ids).size).toBe(ids.length);
    const sums = new Map<string, number>();
    for (const l of lines.rows) {
      const id = String(lines.value(l, "Claim ID"));
      sums.set(id, (sums.get(id) ?? 0) + cents(lines.value(l, "Charge")));
    }
    expect(sums.size).toBe(ids.length);
    let mismatched = 0;
    for (const c of claims.rows)
      if (sums.get(String(claims.value(c, "Claim ID"))) !== cents(claims.value(c, "Total Charge")))
        mismatched++;
    expect(mismatched).toBe(0);
  });

  it("keeps every provider reference resolvable", () => {
    const known = new Set(table(data, "Providers").column("Provider ID"));
    const dangling = [
      ...table(data, "Appointments").column("Provider ID"),
      ...table(data, "Claims").column("Provider ID"),
    ].filter((p) => !known.has(p));
    expect(dangling.length).toBe(0);
  });
});
