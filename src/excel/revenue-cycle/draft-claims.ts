/**
 * Create draft claims: a preview (read only) of one Draft claim per unbilled visit, then one run that
 * appends exactly those claims and writes each new Claim ID into its appointment's Claim ID cell.
 * Everything is recomputed at creation; if the visits or claims changed since the preview, nothing is
 * written and the user previews again.
 */
import { CATALOG } from "../../domain/catalog";
import { serialFromLocalDate } from "../../domain/dates/excel-dates";
import { draftClaims, unbilledVisits, type DraftClaim } from "../../domain/revenue-cycle/unbilled";
import type { ExcelRunner } from "../runner";
import { appendRows, readTables, updateRows } from "../table-io";
import { queueUnbilledAfterDays, unbilledAfterDaysOf } from "./settings";

export interface DraftClaimsPreview {
  readonly asOf: number;
  readonly afterDays: number;
  readonly drafts: readonly DraftClaim[];
}

export class DraftsOutdatedError extends Error {
  constructor() {
    super("Appointments or Claims changed since the preview. Preview the draft claims again.");
    this.name = "DraftsOutdatedError";
  }
}

async function draftsFromWorkbook(context: Excel.RequestContext, asOf: number): Promise<DraftClaimsPreview> {
  const setting = queueUnbilledAfterDays(context);
  const data = await readTables(context, ["Appointments", "Claims"]);
  const appointments = data.get("Appointments");
  const claims = data.get("Claims");
  if (!appointments) throw new Error("Appointments table not found - run Set up workbook.");
  if (!claims) throw new Error("Claims table not found - run Set up workbook.");
  if (appointments.columnIndex("Claim ID") < 0)
    throw new Error(
      "Appointments has no Claim ID column yet - run Set up workbook (it adds it, changing nothing else).",
    );
  const afterDays = unbilledAfterDaysOf(setting);
  const claimRows = claims.typedRows(CATALOG.Claims);
  const visits = unbilledVisits(appointments.typedRows(CATALOG.Appointments), claimRows, asOf, afterDays);
  return { asOf, afterDays, drafts: draftClaims(visits, claimRows, asOf) };
}

/** What Create draft claims would add (nothing is written). */
export function previewDraftClaims(
  run: ExcelRunner,
  asOf: number = serialFromLocalDate(new Date()),
): Promise<DraftClaimsPreview> {
  return run((context) => draftsFromWorkbook(context, asOf));
}

/** Appends the previewed Draft claims and links each appointment to its claim. */
export function createDraftClaims(
  run: ExcelRunner,
  preview: DraftClaimsPreview,
): Promise<{ readonly claimsAdded: number }> {
  return run(async (context) => {
    const now = await draftsFromWorkbook(context, preview.asOf);
    if (JSON.stringify(now.drafts) !== JSON.stringify(preview.drafts)) throw new DraftsOutdatedError();
    if (now.drafts.length === 0) return { claimsAdded: 0 };
    await appendRows(
      context,
      "Claims",
      now.drafts.map((d) => d.row),
    );
    await updateRows(
      context,
      "Appointments",
      now.drafts.map((d) => ({ rowIndex: d.appointmentRow, values: { "Claim ID": d.row["Claim ID"] } })),
    );
    return { claimsAdded: now.drafts.length };
  });
}
