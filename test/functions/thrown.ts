/** What a PM function threw, as code and message (fails the test when it returned instead). */
export function thrown(call: () => unknown): { code: string; message: string } {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    if (typeof e.code !== "string") throw new Error(`expected an Excel error, got ${String(error)}`);
    return { code: e.code, message: typeof e.message === "string" ? e.message : "" };
  }
  throw new Error(`expected an Excel error, got the result ${JSON.stringify(result)}`);
}
