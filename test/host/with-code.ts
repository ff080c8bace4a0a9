/** A toThrow matcher: an error whose code is `code` (typed, unlike expect.objectContaining). */
export function withCode(code: string): Error {
  return expect.objectContaining({ code }) as Error;
}
