import type { CellValue, TableName, TableSpec } from "../catalog";
import { mergeFindings, sortFindings } from "./findings";
import { ALL_RULES, rulesByTable } from "./registry";
import { ROWS_PER_STEP, runAll, runInSteps, type Breathe } from "../slices";
import type { Rule, RowCheck } from "./rule";
import { addRows, addTable, inScope, rangeOf } from "./scope";
import type { Finding, RawTable, RawWorkbook, Scope, ValidationOptions } from "./types";
import { WorkbookModel } from "./workbook-model";

/** Findings for the rows in `scope`: each row's cell problems and every rule of its table. */
export function validateScope(
  workbook: WorkbookModel,
  scope: Scope,
  rules: readonly Rule[] = ALL_RULES,
): Finding[] {
  return runAll(scopeSteps(workbook, scope, rules));
}

/** validateScope in steps, breathing between them: the same findings in the same order. */
export function validateScopeInSteps(
  workbook: WorkbookModel,
  scope: Scope,
  breathe: Breathe,
  rules: readonly Rule[] = ALL_RULES,
): Promise<Finding[]> {
  return runInSteps(scopeSteps(workbook, scope, rules), breathe);
}

/**
 * The work of validateScope, pausing (yield) while a rule's lookups are built, after each rule's checker
 * is made, and every ROWS_PER_STEP rows.
 */
function* scopeSteps(
  workbook: WorkbookModel,
  scope: Scope,
  rules: readonly Rule[],
): Generator<void, Finding[]> {
  const byTable = rulesByTable(rules);
  const out: Finding[] = [];
  for (const [name, rows] of scope) {
    const model = workbook.table(name);
    if (!model) continue;
    const checks: RowCheck[] = [];
    for (const rule of byTable.get(name) ?? []) {
      for (const { table, keys, by } of rule.lookups ?? []) yield* workbook.indexSteps(table, keys, by);
      const check = rule.checker(workbook);
      if (check !== null) checks.push(check);
      yield;
    }
    const checkRow = (row: number) => {
      if (row < 0 || row >= model.rowCount || model.isBlank(row)) return;
      const cells = model.cellFindings(row);
      for (const f of cells) out.push(f);
      for (const check of checks) check(row, out);
    };
    if (rows === "all") {
      out.push(...model.tableFindings);
      for (let r = 0; r < model.rowCount; r++) {
        checkRow(r);
        if ((r + 1) % ROWS_PER_STEP === 0) yield;
      }
    } else {
      let n = 0;
      for (const r of rows) {
        checkRow(r);
        if (++n % ROWS_PER_STEP === 0) yield;
      }
    }
  }
  return out;
}

/** Every table of the workbook checked by the catalog and the practice rules, sorted for the problem list. */
export function validateWorkbook(workbook: RawWorkbook, options: ValidationOptions): Finding[] {
  const model = new WorkbookModel(workbook, options);
  return sortFindings(validateScope(model, fullScope(model)));
}

/** Validation against other table specs (a catalog with a new column): the same engine, no new code. */
export function validateWithSpecs(
  workbook: RawWorkbook,
  options: ValidationOptions,
  specs: Readonly<Record<TableName, TableSpec>>,
  rules: readonly Rule[],
): Finding[] {
  const model = new WorkbookModel(workbook, options, specs);
  return sortFindings(validateScope(model, fullScope(model), rules));
}

export function fullScope(model: WorkbookModel): Scope {
  const scope: Scope = new Map();
  for (const name of model.tableNames()) addTable(scope, name);
  return scope;
}

/**
 * Adds to `scope` the rows whose findings may change when `rows` of `table` change: the rows themselves
 * and, per rule, the rows related to them (same key, same provider and day, a claim and its lines, rows
 * referring to a changed ID ...). Call it on the workbook before the edit and again after it.
 */
export function addDependents(
  workbook: WorkbookModel,
  scope: Scope,
  table: TableName,
  rows: readonly number[],
  rules: readonly Rule[] = ALL_RULES,
): void {
  addRows(scope, table, rows);
  for (const rule of rules) {
    if (!rule.related || (rule.table !== table && !rule.reads.includes(table))) continue;
    if (inScope(scope, rule.table, -1)) continue; // the whole table is re-checked anyway
    for (const row of rows) addRows(scope, rule.table, rule.related(workbook, table, row));
  }
}

/** What an edit changed: the scope re-checked, the findings it removed and added, and the new full list. */
export interface FindingsUpdate {
  readonly scope: Scope;
  readonly removed: readonly Finding[];
  readonly added: readonly Finding[];
  readonly findings: readonly Finding[];
}

/** A workbook already modelled and fully checked (ValidationSession.create's first run). */
export class CheckedWorkbook {
  constructor(
    readonly model: WorkbookModel,
    readonly findings: readonly Finding[],
  ) {}
}

/**
 * Validation that stays in step with the workbook: the first run checks everything; after that an edit
 * re-checks only the edited rows and the rows that depend on them, and merges the result.
 */
export class ValidationSession {
  readonly model: WorkbookModel;
  private current: readonly Finding[];

  /**
   * The first run in steps, breathing between them (a large workbook takes seconds to check, and the
   * page's thread is not to freeze meanwhile): the same session the constructor makes.
   */
  static async create(
    workbook: RawWorkbook,
    options: ValidationOptions,
    breathe: Breathe,
    rules: readonly Rule[] = ALL_RULES,
  ): Promise<ValidationSession> {
    const model = await WorkbookModel.build(workbook, options, breathe);
    const findings = await validateScopeInSteps(model, fullScope(model), breathe, rules);
    await breathe();
    // The lookups edits re-check rows by (a claim's appointments, a provider's claims ...): built now, in
    // steps, so the first edit does not build them in one go.
    for (const rule of rules) {
      for (const { table, keys, by } of rule.relatedLookups ?? []) {
        await runInSteps(model.indexSteps(table, keys, by), breathe);
      }
    }
    return new ValidationSession(new CheckedWorkbook(model, sortFindings(findings)), options, rules);
  }

  constructor(
    workbook: RawWorkbook | CheckedWorkbook,
    options: ValidationOptions,
    private readonly rules: readonly Rule[] = ALL_RULES,
  ) {
    if (workbook instanceof CheckedWorkbook) {
      this.model = workbook.model;
      this.current = workbook.findings;
      return;
    }
    this.model = new WorkbookModel(workbook, options);
    this.current = sortFindings(validateScope(this.model, fullScope(this.model), rules));
  }

  get findings(): readonly Finding[] {
    return this.current;
  }

  /** Rows [first, first + rows.length) of `table` now hold `rows` (edited in place; the table kept its size). */
  editRows(table: TableName, first: number, rows: readonly (readonly CellValue[])[]): FindingsUpdate {
    const changed = rangeOf(first, rows.length);
    const scope: Scope = new Map();
    addDependents(this.model, scope, table, changed, this.rules);
    this.model.patchRows(table, first, rows);
    addDependents(this.model, scope, table, changed, this.rules);
    return this.apply(scope);
  }

  /**
   * Rows were added after the last row of `table` (an append): only they and the rows that depend on
   * them are re-checked, not the whole table.
   */
  appendRows(table: TableName, rows: readonly (readonly CellValue[])[]): FindingsUpdate {
    const first = this.model.table(table)?.rowCount ?? 0;
    this.model.appendRows(table, rows);
    const scope: Scope = new Map();
    addDependents(this.model, scope, table, rangeOf(first, rows.length), this.rules);
    return this.apply(scope);
  }

  /** The whole table was re-read (rows inserted or deleted, headers changed) or removed (null). */
  replaceTable(table: TableName, raw: RawTable | null): FindingsUpdate {
    // The whole table is re-checked; first, so its own rules skip listing its rows one by one.
    const scope: Scope = new Map([[table, "all"]]);
    const before = this.model.table(table)?.rowCount ?? 0;
    addDependents(this.model, scope, table, rangeOf(0, before), this.rules);
    this.model.setTable(table, raw);
    addDependents(this.model, scope, table, rangeOf(0, raw?.rows.length ?? 0), this.rules);
    return this.apply(scope);
  }

  private apply(scope: Scope): FindingsUpdate {
    const fresh = validateScope(this.model, scope, this.rules);
    const removed = this.current.filter((f) => inScope(scope, f.table, f.rowIndex));
    this.current = mergeFindings(this.current, scope, fresh);
    return { scope, removed, added: sortFindings(fresh), findings: this.current };
  }
}
