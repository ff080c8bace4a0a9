/**
 * Appeal Letter: a printable sheet for one denied claim, with the practice and payer, the claim, its
 * lines and amounts and the denial reason in words, and blanks for the argument. Generated like the
 * summaries (Refresh never touches it; generating it again asks before replacing a user's edits).
 */
import type { TableName } from "../../catalog";
import { COMMON_CARC } from "../../codes/adjustments";
import { isoFromSerial } from "../../dates/excel-dates";
import type { SummaryInput } from "../inputs";
import { rowsOf, textKey } from "../inputs";
import type { SheetModel } from "../model";
import { startSheet } from "./common";

export const APPEAL_LETTER = { id: "appealLetter", name: "Appeal Letter", title: "Appeal Letter" } as const;
export const APPEAL_TABLES: readonly TableName[] = ["Claims", "ClaimLines", "Payers", "Providers"];

const BLANK = "______________________________";

/** "CO-197 ..." -> the CARC's words; every code named in the reason, in order. */
export function denialInWords(reason: string | null): string[] {
  if (reason === null) return [];
  const words: string[] = [];
  for (const m of reason.matchAll(/\b(CO|PR|OA|PI)[-\s]?([A-Z]?\d{1,3})\b/gi)) {
    const text = COMMON_CARC[(m[2] ?? "").toUpperCase()];
    words.push(
      `${(m[1] ?? "").toUpperCase()}-${(m[2] ?? "").toUpperCase()}: ${text ?? "see the payer's remittance advice"}`,
    );
  }
  return words;
}

export function appealLetterSheet(input: SummaryInput, claimId: string): SheetModel {
  const b = startSheet(APPEAL_LETTER, input, APPEAL_TABLES);
  const claim = rowsOf(input.tables, "Claims").find(
    (c) => c.claimId !== null && textKey(c.claimId) === textKey(claimId),
  );
  if (!claim) {
    b.line([`Claim ${claimId} is not in Claims.`], "warning");
    return b.build();
  }
  const payer = rowsOf(input.tables, "Payers").find((p) => textKey(p.payerId) === textKey(claim.payerId));
  const provider = rowsOf(input.tables, "Providers").find(
    (p) => textKey(p.providerId) === textKey(claim.providerId),
  );
  const lines = rowsOf(input.tables, "ClaimLines")
    .filter((l) => textKey(l.claimId) === textKey(claim.claimId))
    .sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  const date = (n: number | null) => (n === null ? BLANK : isoFromSerial(n));

  b.section("From");
  b.line(["Practice", BLANK]);
  b.line([
    "Rendering provider",
    `${provider?.name ?? claim.providerId ?? ""}${provider?.npi ? `, NPI ${provider.npi}` : ""}`,
  ]);
  b.line(["Date of this letter", isoFromSerial(Math.floor(input.asOf))]);
  b.blank();
  b.section("To");
  b.line([
    "Payer",
    `${payer?.name ?? claim.payerId ?? ""}${payer?.x12PayerId ? ` (payer ID ${payer.x12PayerId})` : ""}`,
  ]);
  b.line(["Appeals address", BLANK]);
  b.blank();
  b.section(`Request for reconsideration of claim ${claim.claimId ?? claimId}`);
  b.line(["Patient Ref", claim.patientRef ?? ""]);
  b.line(["Member ID", BLANK]);
  b.line(["Date of service", date(claim.serviceDate)]);
  b.line(["Submitted on", date(claim.submittedOn)]);
  b.line(["Denied on (last activity)", date(claim.lastActivity)]);
  b.line(["Appeal deadline", date(claim.appealDeadline)]);
  b.line(["Diagnosis codes", claim.diagnosisCodes ?? ""]);
  b.blank();
  const t = b.table([
    { header: "Line", format: "integer", width: 26 },
    { header: "Code", format: "text", width: 40 },
    { header: "Modifiers", format: "text", width: 10 },
    { header: "Units", format: "integer", width: 8 },
    { header: "Charge", format: "currency", width: 12 },
    { header: "Allowed", format: "currency", width: 12 },
    { header: "Paid", format: "currency", width: 12 },
  ]);
  for (const l of lines) t.add([l.line, l.code, l.modifiers, l.units, l.charge, l.allowed, l.paid]);
  if (lines.length === 0) t.add(["No lines for this claim in Claim Lines"], "note");
  t.add(["Claim total", null, null, null, claim.totalCharge, claim.allowed, claim.paid], "total");
  t.end();
  b.blank();
  b.section("Reason for denial");
  b.line(["As stated", claim.denialReason ?? "(no Denial Reason recorded)"]);
  for (const w of denialInWords(claim.denialReason)) b.line(["In words", w]);
  b.blank();
  b.section("Why the claim should be paid");
  for (let i = 0; i < 6; i++) b.line([i === 0 ? "Argument" : "", BLANK]);
  b.line(["Enclosures", BLANK]);
  b.blank();
  b.line(["Signature", BLANK]);
  b.line(["Name and title", BLANK]);
  b.note(
    "Fill in the blanks (practice, member ID, argument) here or after printing; the workbook holds no patient names or addresses.",
  );
  return b.build();
}
