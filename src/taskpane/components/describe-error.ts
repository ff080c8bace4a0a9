/** "Code: message" for Office errors (OfficeExtension.Error carries a string code), else the message. */
export function describeError(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === "string" && message ? message : "Unknown error";
    return typeof code === "string" && code ? `${code}: ${text}` : text;
  }
  return String(error);
}
