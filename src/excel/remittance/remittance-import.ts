import { CATALOG, normalizeHeader, type TableSpec } from "../../domain/catalog";
import { queueDateSystemCheck } from "../date-system";
import { serialFromLocalDate } from "../../domain/dates/excel-dates";
import {
  planRemittancePosting,
  type PlanWarning,
  type RemittanceFile,
  type RemittancePlan,
} from "../../domain/import";
import type { ProgressListener } from "../progress";
import type { ExcelRunner } from "../runner";
import {
  readRemittanceTables,
  typeRemittanceTables,
  type RawRemittanceTables,
  type RemittanceTables,
} from "./read-workbook";
import { tablesFingerprint } from "./workbook-fingerprint";
import { changeBlocks, rowsBlock } from "./write-blocks";
import { writePosting } from "./write-posting";

/**
 * The two user actions of "Import remittance (835)": preview (read only) and post. Each is one runner
 * call. Posting reads the workbook again, so what it writes always matches the workbook as it is now,
 * and a remittance posted in the meantime is not posted twice: it uses the preview's plan only when the
 * same files meet the same cells on the same day (the plan is a pure function of those), and otherwise
 * recomputes it. Reusing it spares holding a second plan while posting (200,000 claims: about 200 MB).
 */
export interface RemittanceOptions {
  /** Serial of today (Received On when a file has no payment date); default: the local date. */
  readonly today?: number;
  readonly onProgress?: ProgressListener;
  /** Request budget override for tests (default 4 MB). */
  readonly maxBytes?: number;
}

export interface RemittancePreviewResult {
  readonly plan: RemittancePlan;
  /** Cells posting would overwrite that hold something unreadable: posting refuses until fixed. */
  readonly blocking: readonly string[];
  /** What the plan was computed from; a post given this preview reuses its plan while all still hold. */
  readonly basis?: PlanBasis;
}

/** The inputs of a plan: the files (by identity), today's date and the fingerprint of the cells read. */
export interface PlanBasis {
  readonly files: readonly RemittanceFile[];
  readonly today: number;
  readonly fingerprint: string;
}

export interface PostOptions extends RemittanceOptions {
  readonly confirmedWarnings?: readonly string[];
  /** The preview the user confirmed: its plan is posted if files, day and workbook are unchanged. */
  readonly preview?: RemittancePreviewResult;
}

export type PostOutcome =
  | {
      readonly kind: "posted";
      readonly plan: RemittancePlan;
      /** True when the preview's plan was posted (files, day and workbook unchanged since it). */
      readonly reusedPreview: boolean;
      readonly paymentsAdded: number;
      readonly payersAdded: number;
      readonly claimsUpdated: number;
      readonly linesUpdated: number;
    }
  /** Every remittance was posted before (or repeats one in this import): nothing was written. */
  | { readonly kind: "nothing-to-post"; readonly plan: RemittancePlan }
  /** Warnings the user has not confirmed: nothing was written. */
  | {
      readonly kind: "needs-confirmation";
      readonly plan: RemittancePlan;
      readonly warnings: readonly PlanWarning[];
    }
  | { readonly kind: "blocked"; readonly plan: RemittancePlan; readonly problems: readonly string[] };

function today(options: RemittanceOptions): number {
  return options.today ?? serialFromLocalDate(new Date());
}

function blockingProblems(
  plan: RemittancePlan,
  data: Pick<RemittanceTables, "problems" | "activity">,
): string[] {
  const found: string[] = [];
  const check = (
    spec: TableSpec,
    table: "Claims" | "ClaimLines",
    updates: readonly { index: number; values: object }[],
  ) => {
    for (const update of updates) {
      for (const key of Object.keys(update.values)) {
        const header = spec.columns.find((c) => c.key === key)?.header ?? key;
        const problem = data.problems[table].find(
          (p) => p.rowIndex === update.index && normalizeHeader(p.header) === normalizeHeader(header),
        );
        if (problem)
          found.push(`${problem.address}: ${problem.message}. Fix it first: posting would overwrite it.`);
      }
    }
  };
  check(CATALOG.Claims, "Claims", plan.claimUpdates);
  check(CATALOG.ClaimLines, "ClaimLines", plan.lineUpdates);
  if (plan.newActivity.length > 0 && data.activity === null)
    found.push(
      `${plan.newActivity.length} underpaid claim(s) would be stored in Claim Activity, which this workbook does not have yet. Run Set up workbook first (it adds the table and changes nothing else).`,
    );
  return found;
}

export function previewRemittances(
  run: ExcelRunner,
  files: readonly RemittanceFile[],
  options: RemittanceOptions = {},
): Promise<RemittancePreviewResult> {
  return run(async (context) => {
    const dateSystem = queueDateSystemCheck(context);
    let raw: RawRemittanceTables | null = await readRemittanceTables(context, readOptions(options));
    dateSystem.check();
    const basis = basisOf(files, options, raw);
    const { workbook, problems, activity } = typeRemittanceTables(raw);
    // The preview writes nothing: the raw cells (200,000 claims: tens of MB) go before planning.
    raw = null;
    const plan = planRemittancePosting(files, workbook, { today: basis.today });
    return { plan, blocking: blockingProblems(plan, { problems, activity }), basis };
  });
}

function basisOf(
  files: readonly RemittanceFile[],
  options: RemittanceOptions,
  { tables, activity }: RawRemittanceTables,
): PlanBasis {
  return {
    files,
    today: today(options),
    fingerprint: tablesFingerprint([...Object.values(tables), activity]),
  };
}

function sameBasis(basis: PlanBasis | undefined, now: PlanBasis): basis is PlanBasis {
  return (
    basis !== undefined &&
    basis.fingerprint === now.fingerprint &&
    basis.today === now.today &&
    basis.files.length === now.files.length &&
    basis.files.every((file, i) => file === now.files[i])
  );
}

/**
 * Reads the workbook and plans the import, or takes the plan of `reuse` when its basis still holds. The
 * typed rows are let go on return (the plan holds what posting writes), so they are not held through the
 * writes: 200,000 claims' rows are tens of MB.
 */
async function readAndPlan(
  context: Excel.RequestContext,
  files: readonly RemittanceFile[],
  options: RemittanceOptions,
  reuse?: RemittancePreviewResult,
): Promise<{
  plan: RemittancePlan;
  blocking: readonly string[];
  basis: PlanBasis;
  reused: boolean;
  tables: RemittanceTables["tables"];
  activity: RemittanceTables["activity"];
}> {
  const dateSystem = queueDateSystemCheck(context);
  const raw: RawRemittanceTables = await readRemittanceTables(context, readOptions(options));
  dateSystem.check(); // posting into a 1904 workbook would shift every date four years
  const { tables, activity } = raw;
  const basis = basisOf(files, options, raw);
  if (reuse && sameBasis(reuse.basis, basis)) {
    return { plan: reuse.plan, blocking: reuse.blocking, basis, reused: true, tables, activity };
  }
  const data = typeRemittanceTables(raw);
  const plan = planRemittancePosting(files, data.workbook, { today: basis.today });
  return { plan, blocking: blockingProblems(plan, data), basis, reused: false, tables, activity };
}

export function postRemittances(
  run: ExcelRunner,
  files: readonly RemittanceFile[],
  options: PostOptions = {},
): Promise<PostOutcome> {
  return run(async (context) => {
    const data = await readAndPlan(context, files, options, options.preview);
    const { plan, blocking: problems } = data;
    const confirmed = new Set(options.confirmedWarnings ?? []);
    const unconfirmed = plan.warnings.filter((w) => !confirmed.has(w.key));
    if (unconfirmed.length > 0) return { kind: "needs-confirmation", plan, warnings: unconfirmed };
    if (problems.length > 0) return { kind: "blocked", plan, problems };
    if (plan.remittancesToPost === 0) {
      return { kind: "nothing-to-post", plan };
    }
    const { tables } = data;
    await writePosting(
      context,
      {
        appends: [
          {
            table: tables.Payers,
            rows: rowsBlock(tables.Payers, CATALOG.Payers, plan.newPayers),
            ids: plan.newPayers.map((p) => p.payerId ?? ""),
            idColumn: tables.Payers.columnIndex("Payer ID"),
          },
          {
            table: tables.Payments,
            rows: rowsBlock(tables.Payments, CATALOG.Payments, plan.newPayments),
            // Read only if the post fails and is undone (400,000 IDs are not held meanwhile).
            ids: { [Symbol.iterator]: () => paymentIds(plan.newPayments) },
            idColumn: tables.Payments.columnIndex("Payment ID"),
          },
          ...activityAppend(data, plan),
        ],
        changes: [
          { table: tables.Claims, blocks: changeBlocks(tables.Claims, CATALOG.Claims, plan.claimUpdates) },
          {
            table: tables.ClaimLines,
            blocks: changeBlocks(tables.ClaimLines, CATALOG.ClaimLines, plan.lineUpdates),
          },
        ],
      },
      writeOptions(options),
    );
    return {
      kind: "posted",
      plan,
      reusedPreview: data.reused,
      paymentsAdded: plan.newPayments.length,
      payersAdded: plan.newPayers.length,
      claimsUpdated: plan.claimUpdates.length,
      linesUpdated: plan.lineUpdates.length,
    };
  });
}

function* paymentIds(rows: Iterable<{ readonly paymentId: string | null }>): Generator<string> {
  for (const row of rows) yield row.paymentId ?? "";
}

/** The Underpaid rows to append to ClaimActivity (identified by their Note, unique per remittance). */
function activityAppend(data: Pick<RemittanceTables, "activity">, plan: RemittancePlan) {
  if (data.activity === null || plan.newActivity.length === 0) return [];
  return [
    {
      table: data.activity,
      rows: rowsBlock(data.activity, CATALOG.ClaimActivity, plan.newActivity),
      ids: plan.newActivity.map((a) => a.note ?? ""),
      idColumn: data.activity.columnIndex("Note"),
    },
  ];
}

function readOptions(options: RemittanceOptions) {
  return {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  };
}

const writeOptions = readOptions;
