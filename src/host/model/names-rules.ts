/** Excel's naming rules for sheets, tables and defined names. */
import { HostErrorCodes, hostError } from "../errors";

const SHEET_FORBIDDEN = /[[\]:*?/\\]/;

export function checkSheetName(name: string): void {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31) {
    throw hostError(
      HostErrorCodes.invalidArgument,
      `The sheet name "${String(name)}" is invalid: it must have 1 to 31 characters.`,
    );
  }
  if (SHEET_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw hostError(
      HostErrorCodes.invalidArgument,
      `The sheet name "${name}" is invalid: it cannot contain [ ] : * ? / \\ or start or end with an apostrophe.`,
    );
  }
  if (name.toLowerCase() === "history") {
    throw hostError(HostErrorCodes.invalidArgument, `The sheet name "${name}" is reserved by Excel.`);
  }
}

/** Tables and defined names: letter, "_" or "\" first; letters, digits, "_" and "." after; not a cell reference. */
export function checkItemName(kind: "table" | "name", name: string): void {
  const valid =
    typeof name === "string" &&
    name.length >= 1 &&
    name.length <= 255 &&
    /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^R[0-9]*C[0-9]*$/i.test(name);
  if (!valid) {
    throw hostError(
      HostErrorCodes.invalidArgument,
      `The ${kind} name "${String(name)}" is invalid: use letters, digits, "_" and ".", start with a letter or "_", and do not use a cell reference.`,
    );
  }
}
