/** Plain-language lines about a refresh, for the task pane and the ribbon's notice. */
import type { RefreshedSheet, RefreshResult } from "./refresh";

export function describeSheet(s: RefreshedSheet): string {
  switch (s.action) {
    case "created":
      return `${s.sheet}: created`;
    case "updated":
      return `${s.sheet}: updated`;
    case "overwritten":
      return `${s.sheet}: updated (your changes were replaced)`;
    case "keptCopy":
      return `${s.sheet}: updated; your edited version is kept as "${s.keptAs ?? ""}"`;
    case "replacedSheetWithTable":
      return `${s.sheet}: created; "${s.keptAs ?? ""}" holds a table now, so it was left alone as your sheet`;
  }
}

export function describeRefresh(result: RefreshResult): string {
  if (result.status === "needsDecision") {
    return `${result.edited.map((e) => e.sheet).join(", ")} changed since the add-in generated ${
      result.edited.length === 1 ? "it" : "them"
    }. Choose whether to overwrite the changes or keep a copy.`;
  }
  const created = result.sheets.filter((s) => s.action !== "updated").map(describeSheet);
  return [`${result.sheets.length} summary sheets refreshed.`, ...created].join(" ");
}
