import { CATALOG, TABLE_NAMES, TABLE_SPECS, type CellValue } from "../../../src/domain/catalog";
import { WEEKDAYS } from "../../../src/domain/catalog/lists";
import {
  isCarc,
  isGroupCode,
  isIcd10,
  isModifier,
  isNpi,
  isProcedureCode,
  splitCodeList,
} from "../../../src/domain/codes";
import { generatePractice, type PracticeData } from "../../../src/domain/sample";
import { cellProblems, table } from "./sample-helpers";

let data: PracticeData;
beforeAll(() => {
  data = generatePractice();
}, 60_000);

describe("default sample practice against the catalog", () => {
  it("has every table, with the catalog's headers in catalog order and full-width rows", () => {
    expect(Object.keys(data)).toEqual([...TABLE_NAMES]);
    for (const name of TABLE_NAMES) {
      expect(data[name].headers).toEqual(CATALOG[name].columns.map((c) => c.header));
      const width = data[name].headers.length;
      expect(data[name].rows.every((r) => r.length === width)).toBe(true);
      expect(data[name].rows.length).toBeGreaterThan(0);
    }
  });

  it("reads every cell cleanly through readCell, and fills every required cell", () => {
    expect(cellProblems(data).slice(0, 5)).toEqual([]);
  });

  it("has unique keys in every keyed table", () => {
    for (const spec of TABLE_SPECS) {
      if (spec.key.length === 0) continue;
      const t = table(data, spec.name);
      const keys = t.rows.map((r) => spec.key.map((h) => String(t.value(r, h))).join("\u0000"));
      const seen = new Set<string>();
      const duplicates = keys.filter((k) => seen.has(k) || (seen.add(k), false));
      expect({ table: spec.name, duplicates: duplicates.slice(0, 3) }).toEqual({
        table: spec.name,
        duplicates: [],
      });
    }
  });

  it("resolves every reference to another table", () => {
    for (const spec of TABLE_SPECS) {
      for (const column of spec.columns) {
        if (!("ref" in column) || column.ref === undefined) continue;
        const targets = new Set(table(data, column.ref.table).column(column.ref.column));
        const dangling = table(data, spec.name)
          .column(column.header)
          .filter((v) => v !== "" && !targets.has(v));
        expect({ at: `${spec.name}[${column.header}]`, dangling: dangling.slice(0, 3) }).toEqual({
          at: `${spec.name}[${column.header}]`,
          dangling: [],
        });
      }
    }
  });

  it("writes every code in the format its column declares", () => {
    const checks: Record<string, (v: string) => boolean> = {
      npi: isNpi,
      procedure: isProcedureCode,
      "icd10-list": (v) => splitCodeList(v).length > 0 && splitCodeList(v).every(isIcd10),
      modifier: isModifier,
      "modifier-list": (v) => v.split(",").length <= 4 && v.split(",").every(isModifier),
      carc: isCarc,
      group: isGroupCode,
      weekdays: (v) => v.split(",").every((d) => (WEEKDAYS as readonly string[]).includes(d)),
    };
    let checked = 0;
    for (const spec of TABLE_SPECS) {
      for (const column of spec.columns) {
        if (!("code" in column) || column.code === undefined) continue;
        const check = checks[column.code];
        if (check === undefined) throw new Error(`no check for code format ${column.code}`);
        const bad = table(data, spec.name)
          .column(column.header)
          .filter((v) => v !== "")
          .filter((v) => !check(String(v)));
        checked++;
        expect({ at: `${spec.name}[${column.header}]`, bad: bad.slice(0, 3) }).toEqual({
          at: `${spec.name}[${column.header}]`,
          bad: [],
        });
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it("rounds money to cents", () => {
    for (const spec of TABLE_SPECS) {
      for (const column of spec.columns) {
        if (column.kind !== "currency") continue;
        const amounts = table(data, spec.name)
          .column(column.header)
          .filter((v): v is number => typeof v === "number");
        const unrounded = amounts.filter((v) => Math.abs(v * 100 - Math.round(v * 100)) > 1e-6);
        expect({ at: `${spec.name}[${column.header}]`, unrounded: unrounded.slice(0, 3) }).toEqual({
          at: `${spec.name}[${column.header}]`,
          unrounded: [],
        });
      }
    }
  });

  it("leaves calculated columns blank for Excel to fill", () => {
    for (const spec of TABLE_SPECS) {
      for (const column of spec.columns) {
        if (!("formula" in column) || column.formula === undefined) continue;
        expect(new Set(table(data, spec.name).column(column.header))).toEqual(new Set([""]));
      }
    }
  });

  it("never writes text Excel would read as a formula", () => {
    const risky: CellValue[] = [];
    for (const name of TABLE_NAMES) {
      for (const row of data[name].rows)
        for (const v of row) if (typeof v === "string" && /^[=+\-@]/.test(v)) risky.push(v);
    }
    expect(risky).toEqual([]);
  });

  it("writes dates as whole serial numbers and times as fractions of a day", () => {
    for (const spec of TABLE_SPECS) {
      for (const column of spec.columns) {
        const values = table(data, spec.name)
          .column(column.header)
          .filter((v) => v !== "");
        if (column.kind === "date" || column.kind === "month") {
          expect(values.every((v) => typeof v === "number" && Number.isInteger(v))).toBe(true);
        }
        if (column.kind === "time") {
          expect(values.every((v) => typeof v === "number" && v >= 0 && v < 1)).toBe(true);
        }
      }
    }
  });
});
