import { CATALOG } from "../../domain/catalog";
import type { RemittanceWorkbook } from "../../domain/import";
import {
  readTables,
  TableNotFoundError,
  type CellProblem,
  type ReadOptions,
  type TableData,
} from "../table-io";

/** The tables an import reads: matched against (Payers, FeeSchedule), checked (Payments) and posted to. */
export const REMITTANCE_TABLES = ["Payers", "Claims", "ClaimLines", "FeeSchedule", "Payments"] as const;
export type RemittanceTable = (typeof REMITTANCE_TABLES)[number];

export interface RemittanceTables {
  readonly workbook: RemittanceWorkbook;
  readonly tables: Readonly<Record<RemittanceTable, TableData<RemittanceTable>>>;
  /** Cells that did not read as their column's kind, per table (typed rows hold null there). */
  readonly problems: Readonly<Record<RemittanceTable, readonly CellProblem[]>>;
  /** Where underpayments are stored for follow-up; null when Set up has not added it yet. */
  readonly activity: TableData<string> | null;
}

/** The tables as read (raw cells), before typing. */
export type RawRemittanceTables = Pick<RemittanceTables, "tables" | "activity">;

/** Reads the five tables (chunked, within the request budget). Throws when setup has not run. */
export async function readRemittanceWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<RemittanceTables> {
  return typeRemittanceTables(await readRemittanceTables(context, options));
}

/** The five tables' raw cells, read without typing them (a post reusing its preview's plan needs no more). */
export async function readRemittanceTables(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<RawRemittanceTables> {
  // ClaimActivity rides along in the same reads (it is optional: only underpayments go there).
  const read = await readTables(context, [...REMITTANCE_TABLES, "ClaimActivity"], options);
  const table = (name: RemittanceTable): TableData<RemittanceTable> => {
    const data = read.get(name);
    if (!data) throw new TableNotFoundError(name);
    return data as TableData<RemittanceTable>; // read by this name, so it carries it
  };
  const tables = {
    Payers: table("Payers"),
    Claims: table("Claims"),
    ClaimLines: table("ClaimLines"),
    FeeSchedule: table("FeeSchedule"),
    Payments: table("Payments"),
  };
  return { tables, activity: read.get("ClaimActivity") ?? null };
}

/** Typed rows of the tables read, and the cells that did not read as their column's kind. */
export function typeRemittanceTables({ tables, activity }: RawRemittanceTables): RemittanceTables {
  const problems: Record<RemittanceTable, CellProblem[]> = {
    Payers: [],
    Claims: [],
    ClaimLines: [],
    FeeSchedule: [],
    Payments: [],
  };
  const workbook: RemittanceWorkbook = {
    payers: tables.Payers.typedRows(CATALOG.Payers, problems.Payers),
    claims: tables.Claims.typedRows(CATALOG.Claims, problems.Claims),
    claimLines: tables.ClaimLines.typedRows(CATALOG.ClaimLines, problems.ClaimLines),
    feeSchedule: tables.FeeSchedule.typedRows(CATALOG.FeeSchedule, problems.FeeSchedule),
    payments: tables.Payments.typedRows(CATALOG.Payments, problems.Payments),
  };
  return { workbook, tables, problems, activity };
}
