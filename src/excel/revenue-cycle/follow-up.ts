/**
 * Log follow-up: appends a ClaimActivity row for a claim and updates the claim's follow-up columns
 * (Follow-up On, Owner, Last Activity; Appeal Filed On / Appeal Outcome for appeal actions), in one run.
 */
import { CATALOG, type CellValue } from "../../domain/catalog";
import { CLAIM_ACTIVITY_ACTIONS } from "../../domain/catalog/revenue-cycle-lists";
import { textKey } from "../../domain/summaries/inputs";
import type { ExcelRunner } from "../runner";
import { appendRows, readTables, updateRows } from "../table-io";

export type ClaimAction = (typeof CLAIM_ACTIVITY_ACTIONS)[number];

export interface FollowUp {
  readonly claimId: string;
  readonly date: number;
  readonly by: string;
  readonly action: ClaimAction;
  readonly note: string;
  readonly amount?: number | null;
  readonly nextFollowUp?: number | null;
}

/** The claim columns an action sets, by header. */
export function claimChanges(f: FollowUp): Record<string, CellValue> {
  const changes: Record<string, CellValue> = { "Last Activity": f.date };
  if (f.nextFollowUp != null) changes["Follow-up On"] = f.nextFollowUp;
  if (f.by.trim() !== "") changes.Owner = f.by.trim();
  if (f.action === "Appeal Filed") {
    changes["Appeal Filed On"] = f.date;
    changes["Appeal Outcome"] = "Pending";
    changes.Status = "Appealed";
  }
  if (f.action === "Appeal Won") changes["Appeal Outcome"] = "Won";
  if (f.action === "Appeal Lost") changes["Appeal Outcome"] = "Lost";
  return changes;
}

export async function logFollowUp(run: ExcelRunner, f: FollowUp): Promise<{ readonly claimRow: number }> {
  if (f.claimId.trim() === "")
    throw new Error("Choose a claim first: type its Claim ID or select it in the workbook.");
  return run(async (context) => {
    const data = await readTables(context, ["Claims", "ClaimActivity"]);
    const claims = data.get("Claims");
    if (!claims) throw new Error("Claims table not found - run Set up workbook.");
    if (!data.get("ClaimActivity")) throw new Error("Claim Activity table not found - run Set up workbook.");
    const missing = ["Follow-up On", "Owner", "Appeal Filed On", "Appeal Outcome"].filter(
      (h) => claims.columnIndex(h) < 0,
    );
    if (missing.length > 0)
      throw new Error(`Claims has no ${missing.join(", ")} column yet - run Set up workbook.`);
    const rows = claims.typedRows(CATALOG.Claims);
    const row = rows.findIndex((c) => c.claimId !== null && textKey(c.claimId) === textKey(f.claimId));
    if (row < 0) throw new Error(`No claim ${f.claimId} in Claims.`);
    const claimId = rows[row]?.claimId ?? f.claimId;
    await appendRows(context, "ClaimActivity", [
      {
        "Claim ID": claimId,
        Date: f.date,
        By: f.by,
        Action: f.action,
        Amount: f.amount ?? null,
        Note: f.note,
        "Next Follow-up": f.nextFollowUp ?? null,
      },
    ]);
    // A status change only for appeal filing, and only from Denied (never overrides a later status).
    const changes = claimChanges(f);
    if (changes.Status !== undefined && rows[row]?.status !== "Denied") delete changes.Status;
    await updateRows(context, "Claims", [{ rowIndex: row, values: changes }]);
    return { claimRow: row };
  });
}

/**
 * The claim the user has selected: the active cell's value when it is a Claim ID, else column A of
 * the same row (Claims, Claim Activity and the Work Queue all start with the Claim ID). Null when
 * neither names a claim.
 */
export function selectedClaimId(run: ExcelRunner): Promise<string | null> {
  return run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load("values");
    const first = cell.getEntireRow().getCell(0, 0);
    first.load("values");
    await context.sync();
    const data = await readTables(context, ["Claims"]);
    const ids = new Map(
      (data.get("Claims")?.typedRows(CATALOG.Claims) ?? []).flatMap((c) =>
        c.claimId === null ? [] : [[textKey(c.claimId), c.claimId]],
      ),
    );
    for (const v of [cell.values[0]?.[0], first.values[0]?.[0]]) {
      const id = typeof v === "string" || typeof v === "number" ? ids.get(textKey(String(v))) : undefined;
      if (id !== undefined) return id;
    }
    return null;
  });
}
