/**
 * Bodies of PM.RVU and PM.WRVU (their JSDoc and ids are in ../functions.ts). They stream from the RVU,
 * Claims and ClaimLines tables through the shared LiveWorkbook, so a cell follows edits and imports,
 * and they use the same RVU index and line rule as the Productivity sheet.
 */
import { CATALOG } from "../../domain/catalog";
import { ymdFromSerial } from "../../domain/dates/excel-dates";
import { lineWrvu, rvuIndexOf, splitModifierList, type RvuIndex } from "../../domain/metrics/rvu";
import { isBlankArg, today, type Args } from "../args";
import { FunctionFault } from "../excel-errors";
import { liveWorkbook } from "./functions";
import { tableNotFound, type WatchedTable } from "./live-workbook";
import { streamCell } from "./stream";

const RVU_TABLES: readonly WatchedTable[] = ["RVU"];
const WRVU_TABLES: readonly WatchedTable[] = ["RVU", "Claims", "ClaimLines"];

async function rvuIndex(): Promise<RvuIndex> {
  const w = liveWorkbook();
  const loaded = await w.tables(RVU_TABLES);
  if (!loaded.get("RVU")) throw new FunctionFault("#N/A", tableNotFound("RVU"));
  return w.memo("rvu-index", RVU_TABLES, (t) => rvuIndexOf(t.get("RVU")?.typedRows(CATALOG.RVU) ?? []));
}

export type RvuKind = "work" | "pe" | "mp" | "total";

function rvuKind(a: Args, value: unknown): RvuKind {
  if (isBlankArg(value)) return "work";
  const kind = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (kind === "work" || kind === "pe" || kind === "mp" || kind === "total") return kind;
  throw a.fail(`kind must be "work", "pe", "mp" or "total"`);
}

export function rvu(
  code: unknown,
  modifier: unknown,
  year: unknown,
  kind: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCell(liveWorkbook(), "RVU", RVU_TABLES, invocation, async (a) => {
    const c = a.text("code", code).toUpperCase();
    const modifiers = isBlankArg(modifier) ? [] : splitModifierList(a.text("modifier", modifier));
    const y = a.optionalYear("year", year, () => ymdFromSerial(today()).year);
    const k = rvuKind(a, kind);
    const entry = (await rvuIndex()).forService(c, modifiers, y);
    if (!entry)
      throw a.missing(
        `${c}${modifiers.length > 0 ? `-${modifiers.join(",")}` : ""} has no RVU for ${y} in the RVU table`,
      );
    const value =
      k === "work" ? entry.workRvu : k === "pe" ? entry.peRvu : k === "mp" ? entry.mpRvu : entry.totalRvu;
    if (value === null) throw a.missing(`${c} has no ${k.toUpperCase()} RVU for ${y} in the RVU table`);
    return value;
  });
}

/** Provider ID (any case) -> claims' lines in service order, built once per table change. */
interface WrvuBook {
  readonly lines: Map<
    string,
    { serviceDate: number | null; code: string | null; modifiers: string | null; units: number | null }[]
  >;
}

async function wrvuBook(): Promise<{ book: WrvuBook; index: RvuIndex }> {
  const w = liveWorkbook();
  const loaded = await w.tables(WRVU_TABLES);
  for (const name of WRVU_TABLES) if (!loaded.get(name)) throw new FunctionFault("#N/A", tableNotFound(name));
  const index = await rvuIndex();
  const book = await w.memo("wrvu-book", ["Claims", "ClaimLines"], (t) => {
    const claims = new Map<string, { providerId: string; serviceDate: number | null }>();
    for (const c of t.get("Claims")?.typedRows(CATALOG.Claims) ?? []) {
      if (c.claimId !== null && c.providerId !== null)
        claims.set(c.claimId.trim().toLowerCase(), {
          providerId: c.providerId.trim().toLowerCase(),
          serviceDate: c.serviceDate,
        });
    }
    const lines: WrvuBook["lines"] = new Map();
    for (const l of t.get("ClaimLines")?.typedRows(CATALOG.ClaimLines) ?? []) {
      const claim = l.claimId === null ? undefined : claims.get(l.claimId.trim().toLowerCase());
      if (!claim) continue;
      const list = lines.get(claim.providerId) ?? [];
      list.push({ serviceDate: claim.serviceDate, code: l.code, modifiers: l.modifiers, units: l.units });
      lines.set(claim.providerId, list);
    }
    return { lines };
  });
  return { book, index };
}

export function wrvu(
  providerId: unknown,
  from: unknown,
  to: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCell(liveWorkbook(), "WRVU", WRVU_TABLES, invocation, async (a) => {
    const id = a.text("providerId", providerId);
    const start = Math.floor(a.date("from", from));
    const end = Math.floor(a.date("to", to));
    if (end < start) throw a.fail("to is before from");
    const { book, index } = await wrvuBook();
    let total = 0;
    const gaps = new Map<string, number>();
    for (const line of book.lines.get(id.toLowerCase()) ?? []) {
      if (line.serviceDate === null || line.serviceDate < start || Math.floor(line.serviceDate) > end)
        continue;
      const w = lineWrvu(index, line, line.serviceDate);
      if (w.wrvu !== null) total += w.wrvu;
      else {
        const label = `${(line.code ?? "(no code)").toUpperCase()} (${ymdFromSerial(line.serviceDate).year})`;
        gaps.set(label, (gaps.get(label) ?? 0) + 1);
      }
    }
    if (gaps.size > 0) {
      // A total that quietly leaves services out would look right and be wrong.
      const n = [...gaps.values()].reduce((s, v) => s + v, 0);
      throw a.missing(
        `${n} claim line${n === 1 ? "" : "s"} of ${id} in the period ${n === 1 ? "has" : "have"} no RVU for their year: ${[...gaps.keys()].slice(0, 3).join(", ")}`,
      );
    }
    return Math.round(total * 1e6) / 1e6;
  });
}
