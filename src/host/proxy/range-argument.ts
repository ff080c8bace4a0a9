/** Method arguments that name a range: an address ("Claims!A1:F1") or a Range proxy. */
import type { Rect } from "../address";
import { parseAddress } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { SheetState } from "../model/state";
import type { HostRequestContext } from "./context";
import type { HostRange } from "./range";

/** Resolves an address or range argument to a sheet + rectangle at sync time. */
export function resolveTarget(
  context: HostRequestContext,
  target: HostRange | string,
  defaultSheetId: string | undefined,
): { sheet: SheetState; rect: Rect } {
  if (typeof target !== "string") return target.location();
  const parsed = parseAddress(target);
  if (!parsed) throw hostError(HostErrorCodes.invalidArgument, `"${target}" is not a valid address.`);
  const sheet =
    parsed.sheet !== undefined
      ? context.model.requireSheet(parsed.sheet)
      : defaultSheetId !== undefined
        ? context.model.requireSheet(defaultSheetId)
        : context.model.activeSheet();
  if (defaultSheetId !== undefined && sheet.id !== defaultSheetId) {
    throw hostError(HostErrorCodes.invalidArgument, `The address "${target}" is on another worksheet.`);
  }
  return { sheet, rect: parsed.rect };
}

/** The rectangle an argument names, at sync time (its sheet aside); undefined for text that is no address. */
export function argumentRect(arg: HostRange | string): Rect | undefined {
  return typeof arg === "string" ? parseAddress(arg)?.rect : arg.location().rect;
}
