/**
 * Validation of a large workbook runs in steps (issue 12: the page's thread never freezes for long):
 * ValidationSession.create breathes between tables, between steps of rows and between rules, and
 * its findings are exactly the ones of the one-go run.
 */
import { TABLE_NAMES, type CellValue } from "../../../src/domain/catalog";
import {
  ValidationSession,
  validateScope,
  validateScopeInSteps,
  validateWorkbook,
  fullScope,
} from "../../../src/domain/rules";
import { WorkbookModel } from "../../../src/domain/rules/workbook-model";
import { DEFAULT_AS_OF, generatePractice } from "../../../src/domain/sample";
import { ROWS_PER_STEP } from "../../../src/domain/slices";
import { countingBreathe } from "../../support/counting-breathe";

const practice = generatePractice({ plantErrors: true, providers: 3, months: 6 });
const options = { asOf: DEFAULT_AS_OF };
const rowCount = TABLE_NAMES.reduce((n, name) => n + (practice[name]?.rows.length ?? 0), 0);

describe("validation in steps", () => {
  it("holds enough rows for several steps (the test would prove nothing otherwise)", () => {
    expect(rowCount).toBeGreaterThan(3 * ROWS_PER_STEP);
  });

  it("finds what the one-go run finds, in the same order, breathing many times", async () => {
    const { breathe, calls } = countingBreathe();
    const stepped = await ValidationSession.create(practice, options, breathe);
    const whole = new ValidationSession(practice, options);
    expect(stepped.findings.length).toBeGreaterThan(20); // the planted errors at least
    expect(stepped.findings).toEqual(whole.findings);
    // Parsing and checking the rows each breathe at least once per ROWS_PER_STEP rows.
    expect(calls()).toBeGreaterThanOrEqual(2 * Math.floor(rowCount / ROWS_PER_STEP));
  });

  it("does not finish while a breath is pending: the steps really wait for it", async () => {
    const waiting: (() => void)[] = [];
    let done = false;
    const pending = ValidationSession.create(
      practice,
      options,
      () => new Promise((r) => waiting.push(r)),
    ).then((s) => {
      done = true;
      return s;
    });
    for (let i = 0; i < 5; i++) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      expect(done).toBe(false);
      expect(waiting).toHaveLength(1); // no work runs ahead of the pause
      waiting.shift()?.();
    }
    // Let the rest run freely.
    while (!done) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (waiting.length > 0) waiting.shift()?.();
    }
    expect((await pending).findings).toEqual(new ValidationSession(practice, options).findings);
  });

  it("a session made in steps follows edits as the one-go session does", async () => {
    const stepped = await ValidationSession.create(practice, options, countingBreathe().breathe);
    const whole = new ValidationSession(practice, options);
    const row = [...(practice.Claims.rows[0] ?? [])];
    row[practice.Claims.headers.indexOf("Claim ID")] = practice.Claims.rows[1]?.[0] ?? "";
    expect(stepped.editRows("Claims", 0, [row])).toEqual(whole.editRows("Claims", 0, [row]));
  });

  it("builds every lookup the rules use in steps: none in one go (a 100k-row index froze the page)", async () => {
    const model = await WorkbookModel.build(practice, options, countingBreathe().breathe);
    await validateScopeInSteps(model, fullScope(model), countingBreathe().breathe);
    // A rule that uses workbook.index() without listing it in `lookups` would count here.
    expect(model.indexesBuiltInOneGo).toBe(0);
    // The counter sees a lookup asked for without being prepared (once: it is kept after).
    model.index("Claims", ["payerId", "status"]);
    model.index("Claims", ["payerId", "status"]);
    expect(model.indexesBuiltInOneGo).toBe(1);
  });

  it("after the first run in steps, edits of any table build no lookup in one go: they update the cached ones", async () => {
    const session = await ValidationSession.create(practice, options, countingBreathe().breathe);
    const edited: Record<string, { headers: readonly string[]; rows: readonly (readonly CellValue[])[] }> =
      {};
    for (const name of TABLE_NAMES) {
      const table = practice[name];
      if (!table || table.rows.length < 2) continue;
      // Row 1 takes row 0's first cell (often its ID: a duplicate appears), row 0 a new one.
      const first = [...(table.rows[0] ?? [])];
      const second = [...(table.rows[1] ?? [])];
      second[0] = first[0] ?? "";
      first[0] = `${String(first[0] ?? "")}X`;
      session.editRows(name, 0, [first, second]);
      edited[name] = { headers: table.headers, rows: [first, second, ...table.rows.slice(2)] };
    }
    // A rule whose `related` uses a lookup it does not list in relatedLookups would count here.
    expect(session.model.indexesBuiltInOneGo).toBe(0);
    expect(session.findings).toEqual(validateWorkbook({ ...practice, ...edited }, options));
  });

  it("indexes a table in steps of ROWS_PER_STEP rows, to the same lookup as in one go", () => {
    const model = new WorkbookModel(practice, options);
    const lines = practice.ClaimLines.rows.length;
    expect(lines).toBeGreaterThan(2 * ROWS_PER_STEP);
    const steps = model.indexSteps("ClaimLines", ["claimId"]);
    let pauses = 0;
    let next = steps.next();
    while (next.done !== true) {
      pauses++;
      next = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(2 * Math.floor(lines / ROWS_PER_STEP));
    const stepped = next.value;
    const whole = new WorkbookModel(practice, options).index("ClaimLines", ["claimId"]);
    expect(stepped.rowKey).toEqual(whole.rowKey);
    for (const key of whole.keys()) expect(stepped.rows(key)).toEqual(whole.rows(key));
    // Kept: the rules that follow get the same index.
    expect(model.index("ClaimLines", ["claimId"])).toBe(stepped);
    expect(model.indexesBuiltInOneGo).toBe(0);
  });

  it("validateScopeInSteps checks a list of rows as validateScope does", async () => {
    const model = new ValidationSession(practice, options).model;
    const scope = fullScope(model);
    const { breathe, calls } = countingBreathe();
    expect(await validateScopeInSteps(model, scope, breathe)).toEqual(validateScope(model, scope));
    expect(calls()).toBeGreaterThan(1);
  });
});
