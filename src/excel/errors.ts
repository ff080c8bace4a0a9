/**
 * Turns anything thrown while talking to Excel into a message a practice manager can act on.
 * OfficeExtension.Error carries a code ("ItemNotFound"), Excel's own message and debugInfo (where it
 * failed); we keep the code and Excel's text (support needs them) and lead with what to do.
 * Never used to swallow errors: callers show the result, then rethrow or stop.
 */
export interface UserError {
  /** Office error code (e.g. "InvalidArgument"), or the JavaScript error name for other errors. */
  readonly code: string;
  /** One or two sentences for the task pane. */
  readonly message: string;
}

/** What to tell the user for the Office error codes a workbook add-in meets in practice. */
const ADVICE: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode:
    "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.",
  AccessDenied: "Excel refused the change: the sheet or workbook may be protected or read-only.",
  ActivityLimitReached: "Excel is busy with too many requests. Wait a moment and try again.",
  ApiNotFound:
    "This version of Excel does not support a feature the add-in needs. Update Office and try again.",
  ApiNotAvailable:
    "This version of Excel does not support a feature the add-in needs. Update Office and try again.",
  ConnectionFailure: "The add-in lost its connection to Excel. Reload the add-in and try again.",
  GeneralException: "Excel could not complete the request.",
  InsertDeleteConflict:
    "The change would shift cells that belong to a table or merged area. Move them and try again.",
  InvalidArgument: "Excel rejected a value the add-in sent.",
  InvalidOperation: "Excel does not allow this operation on the current workbook.",
  InvalidReference: "A sheet, table or range the add-in expected is missing or was renamed.",
  ItemAlreadyExists: "A sheet, table or name with that name already exists.",
  ItemNotFound: "A sheet, table or column the add-in expected is missing or was renamed.",
  MemoryLimitReached: "Excel ran out of memory. Close other workbooks and try again.",
  RequestPayloadSizeLimitExceeded: "The request to Excel was too large.",
  ResponsePayloadSizeLimitExceeded: "The data requested from Excel was too large.",
  ServiceNotAvailable: "Excel is temporarily unavailable. Try again in a minute.",
  Unauthenticated: "Sign in to Office again and retry.",
  UnsupportedOperation: "Excel does not support this operation here.",
  UnsupportedSheet: "This kind of sheet (e.g. a chart or macro sheet) cannot be used for this.",
  WorkbookProtected:
    "The workbook structure is protected. Unprotect it (Review > Protect Workbook) and try again.",
};

interface OfficeLikeError {
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string; message?: string } | undefined;
}

/** OfficeExtension.Error (name "RichApi.Error" / "OfficeExtension.Error", or carrying debugInfo). */
function isOfficeLikeError(e: unknown): e is OfficeLikeError {
  if (typeof e !== "object" || e === null) return false;
  const candidate = e as { code?: unknown; message?: unknown; name?: unknown; debugInfo?: unknown };
  if (typeof candidate.code !== "string" || typeof candidate.message !== "string") return false;
  const officeName = typeof candidate.name === "string" && /RichApi|OfficeExtension/.test(candidate.name);
  return officeName || candidate.debugInfo !== undefined || !(e instanceof Error);
}

function clean(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

export function describeOfficeError(e: unknown): UserError {
  if (isOfficeLikeError(e)) {
    const code = e.code || "UnknownError";
    const excelSays = clean(e.message || e.debugInfo?.message || "");
    const where = e.debugInfo?.errorLocation ? ` (at ${e.debugInfo.errorLocation})` : "";
    const advice = ADVICE[code];
    const detail = excelSays ? `Excel says: ${excelSays}${where}` : `Excel error ${code}${where}`;
    return { code, message: advice ? `${advice} ${detail}` : detail };
  }
  if (e instanceof Error) {
    // Our own errors (TableNotFoundError, UnknownColumnError ...) carry a code and a message written for users.
    const code = (e as { code?: unknown }).code;
    return { code: typeof code === "string" ? code : e.name || "Error", message: clean(e.message) || e.name };
  }
  if (typeof e === "string") return { code: "Error", message: clean(e) };
  let text: string;
  try {
    text = JSON.stringify(e) ?? String(e);
  } catch {
    text = String(e);
  }
  return { code: "Error", message: `Unexpected error: ${text}` };
}

/** describeOfficeError as one line: "message [code]". */
export function officeErrorText(e: unknown): string {
  const { code, message } = describeOfficeError(e);
  return `${message} [${code}]`;
}
