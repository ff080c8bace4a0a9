/**
 * Lookups follow edits (issue 12: one typed cell in a 100k-row table rebuilt the table's lookups and
 * held the page): a cached GroupIndex is updated for the edited or appended rows only, and must then be
 * exactly the index a fresh build over the edited table gives.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/domain/catalog";
import { GroupIndex, type RowKeys } from "../../../src/domain/rules/group-index";
import { WorkbookModel } from "../../../src/domain/rules/workbook-model";
import { runAll } from "../../../src/domain/slices";
import { AS_OF, d } from "./fixture";

/** The answer to every question a rule can ask of an index (`keys` in any order). */
function answers(index: GroupIndex, rows: number) {
  const keys = [...index.keys()].sort();
  return {
    rowKey: index.rowKey,
    keys,
    byKey: keys.map((key) => ({ key, rows: index.rows(key), first: index.first(key), has: index.has(key) })),
    shared: Array.from({ length: rows }, (_, r) => index.isShared(r)),
  };
}

function expectSameIndex(actual: GroupIndex, fresh: GroupIndex, rows: number): void {
  expect(answers(actual, rows)).toEqual(answers(fresh, rows));
}

const build = (keys: readonly (string | null)[]) =>
  runAll(GroupIndex.build(keys.length, (r) => keys[r] ?? null));

// Few keys, so chains form and break; N1/N2 are keys no row starts with.
const keyArb = fc.constantFrom<string | null>("A", "B", "C", "D", "N1", "N2", null);

type Change =
  { kind: "patch"; at: number; keys: (string | null)[] } | { kind: "append"; keys: (string | null)[] };
const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant("patch" as const),
    at: fc.nat(),
    keys: fc.array(keyArb, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant("append" as const), keys: fc.array(keyArb, { minLength: 1, maxLength: 3 }) }),
);

describe("GroupIndex.update", () => {
  it("after any edits and appends, equals the index built fresh over the rows as they are", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<string | null>("A", "B", "C", "D", null), { maxLength: 24 }),
        fc.array(changeArb, { minLength: 1, maxLength: 12 }),
        (initial, changes) => {
          const keys = [...initial];
          const index = build(keys);
          for (const change of changes) {
            if (change.kind === "append") {
              const first = keys.length;
              keys.push(...change.keys);
              index.update(first, change.keys.length, (r) => keys[r] ?? null);
            } else {
              if (keys.length === 0) continue;
              const first = change.at % keys.length;
              const count = Math.min(change.keys.length, keys.length - first);
              for (let i = 0; i < count; i++) keys[first + i] = change.keys[i] ?? null;
              index.update(first, count, (r) => keys[r] ?? null);
            }
            expectSameIndex(index, build(keys), keys.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("moves a row between chains: out of a duplicate pair, into another key in row order, to blank", () => {
    const keys: (string | null)[] = ["A", "B", "A", "C", "B"];
    const index = build(keys);
    expect(index.isShared(0)).toBe(true);
    keys[2] = "B"; // A loses its duplicate; B gains a row between its two
    index.update(2, 1, (r) => keys[r] ?? null);
    expect(index.rows("A")).toEqual([0]);
    expect(index.isShared(0)).toBe(false);
    expect(index.rows("B")).toEqual([1, 2, 4]);
    expect(index.isShared(2)).toBe(true);
    keys[0] = null;
    index.update(0, 1, (r) => keys[r] ?? null);
    expect(index.has("A")).toBe(false);
    expect(index.isShared(0)).toBe(false);
    expectSameIndex(index, build(keys), keys.length);
  });

  it("refuses rows that are neither the table's rows nor appended after them", () => {
    const index = build(["A"]);
    expect(() => index.update(2, 1, () => "A")).toThrow(RangeError);
  });
});

/** A Claims table with the key columns the rules group by. */
const HEADERS = ["Claim ID", "Patient Ref", "Payer ID", "Provider ID", "Service Date", "Status"];
const POOL: readonly (readonly CellValue[])[] = [
  ["C1", "c1", "C2", "C3", "C9", ""], // case-insensitive duplicates, a new ID, blank
  ["PT1", "pt1", "PT2", ""],
  ["AETNA", "MCR", "NEW", ""],
  ["P001", "P002", ""],
  [d("2026-01-05"), d("2026-01-05") + 0.5, d("2026-01-06"), "not a date", ""],
  ["Open", "Paid", "Denied", "Bogus", ""],
];
/** Keys made by the lookup, not the cells as they are: the service date's day (a time of day ignored). */
const SERVICE_DAY: RowKeys = {
  id: "day",
  of: (model) => (r) => {
    const date = model?.valueOf("serviceDate", r);
    return typeof date === "number" ? String(Math.floor(date)) : null;
  },
};
/** The lookups the Claims rules keep, and more shapes (several columns, a date, keys made by `by`). */
const LOOKUPS: readonly { keys: string[]; by?: RowKeys }[] = [
  { keys: ["claimId"] },
  { keys: ["payerId"] },
  { keys: ["providerId"] },
  { keys: ["payerId", "status"] },
  { keys: ["patientRef", "serviceDate", "providerId"] },
  { keys: ["serviceDate"], by: SERVICE_DAY },
];

const rowArb = fc.tuple(...POOL.map((values) => fc.constantFrom(...values))).map((r) => [...r]);
const editArb = fc.record({
  row: fc.nat(),
  column: fc.nat({ max: HEADERS.length - 1 }),
  pick: fc.nat(),
  span: fc.nat({ max: 2 }),
});

describe("WorkbookModel lookups follow row edits and appends", () => {
  it("keeps every cached index equal to a fresh build, and builds none again", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 16 }),
        fc.array(fc.oneof(editArb, rowArb), { minLength: 1, maxLength: 10 }),
        (initial, changes) => {
          const rows = initial.map((r) => [...r]);
          const model = new WorkbookModel({ Claims: { headers: HEADERS, rows } }, { asOf: AS_OF });
          const cached = LOOKUPS.map(({ keys, by }) => runAll(model.indexSteps("Claims", keys, by)));
          for (const change of changes) {
            if (Array.isArray(change)) {
              rows.push(change);
              model.appendRows("Claims", [change]);
            } else {
              // A paste over up to 3 rows from `row`, the same column.
              const first = change.row % rows.length;
              const count = Math.min(change.span + 1, rows.length - first);
              const values = POOL[change.column] ?? [];
              const patch = rows.slice(first, first + count).map((r, i) => {
                const edited = [...r];
                edited[change.column] = values[(change.pick + i) % values.length] ?? "";
                return edited;
              });
              rows.splice(first, count, ...patch);
              model.patchRows("Claims", first, patch);
            }
          }
          const fresh = new WorkbookModel({ Claims: { headers: HEADERS, rows } }, { asOf: AS_OF });
          LOOKUPS.forEach(({ keys, by }, i) => {
            const index = model.index("Claims", keys, by);
            expect(index).toBe(cached[i]); // updated in place, not dropped
            expectSameIndex(index, fresh.index("Claims", keys, by), rows.length);
          });
          expect(model.indexesBuiltInOneGo).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("drops its lookups when the whole table is replaced", () => {
    const rows = [["C1", "PT1", "AETNA", "P001", d("2026-01-05"), "Open"]];
    const model = new WorkbookModel({ Claims: { headers: HEADERS, rows } }, { asOf: AS_OF });
    const before = runAll(model.indexSteps("Claims", ["claimId"]));
    model.setTable("Claims", { headers: HEADERS, rows: [["C2", ...rows[0]!.slice(1)]] });
    const after = model.index("Claims", ["claimId"]);
    expect(after).not.toBe(before);
    expect([...after.keys()]).toEqual(["C2"]);
  });
});
