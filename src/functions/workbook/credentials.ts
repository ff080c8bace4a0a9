/**
 * =PM.CREDSTATUS: a person's standing for one credential type, from the Credentials table (see
 * src/domain/metrics/credentials). Streams: the cell follows edits to the table.
 */
import { CATALOG } from "../../domain/catalog";
import { CREDENTIAL_TYPES } from "../../domain/catalog/lists";
import { credentialStanding, type CredentialPeriod, type CredentialState } from "../../domain/metrics";
import type { CellProblem } from "../../excel/table-io";
import type { Args } from "../args";
import { FunctionFault } from "../excel-errors";
import { tableNotFound } from "./live-workbook";
import { streamCell } from "./stream";
import { liveWorkbook } from "./functions";

interface CredentialLine extends CredentialPeriod {
  readonly person: string;
  readonly type: string;
  readonly payer: string | null;
  /** Unreadable Effective On / Expires On / Status cells of the row (the answer would be a guess). */
  readonly problems: readonly CellProblem[];
}

async function credentialLines(): Promise<CredentialLine[]> {
  const w = liveWorkbook();
  const tables = await w.tables(["Credentials"]);
  if (!tables.get("Credentials")) throw new FunctionFault("#N/A", tableNotFound("Credentials"));
  return w.memo("credential-lines", ["Credentials"], (t) => {
    const table = t.get("Credentials");
    const problems: CellProblem[] = [];
    const rows = table?.typedRows(CATALOG.Credentials, problems) ?? [];
    return rows.map((row, i) => ({
      person: (row.personId ?? "").toUpperCase(),
      type: (row.type ?? "").toUpperCase(),
      payer: row.payerId === null ? null : row.payerId.toUpperCase(),
      effectiveOn: row.effectiveOn,
      expiresOn: row.expiresOn,
      status: row.status,
      problems: problems.filter((p) => p.rowIndex === i),
    }));
  });
}

/** The type argument: a credential type (any case), or a Payer ID meaning the enrollment with that payer. */
function wanted(
  a: Args,
  value: unknown,
  lines: readonly CredentialLine[],
): (line: CredentialLine) => boolean {
  const text = a.text("type", value);
  const type = CREDENTIAL_TYPES.find((t) => t.toLowerCase() === text.toLowerCase());
  if (type !== undefined) return (line) => line.type === type.toUpperCase();
  const payer = text.toUpperCase();
  if (lines.some((l) => l.type === "PAYER ENROLLMENT" && l.payer === payer))
    return (line) => line.type === "PAYER ENROLLMENT" && line.payer === payer;
  throw a.fail(
    `type "${text}" is not a credential type (${CREDENTIAL_TYPES.join(", ")}) nor a Payer ID of a Payer Enrollment`,
  );
}

export function credStatus(
  personId: unknown,
  type: unknown,
  asOf: unknown,
  invocation: CustomFunctions.StreamingInvocation<CredentialState>,
): void {
  streamCell(liveWorkbook(), "CREDSTATUS", ["Credentials"], invocation, async (a) => {
    const person = a.text("personId", personId).toUpperCase();
    const day = a.optionalDate("asOf", asOf);
    const lines = await credentialLines();
    const matches = wanted(a, type, lines);
    const mine = lines.filter((l) => l.person === person && matches(l));
    const unreadable = mine.flatMap((l) => l.problems);
    if (unreadable[0]) throw a.fail(`Credentials ${unreadable[0].address}: ${unreadable[0].message}`);
    return credentialStanding(mine, day).state;
  });
}
