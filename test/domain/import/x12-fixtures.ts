import { existsSync, readFileSync } from "fs";
import path from "path";

/** Our synthetic 835s (test/fixtures/x12) and the public samples in ../shared, when present. */
export const FIXTURES = path.resolve(__dirname, "../../fixtures/x12");
export const SHARED_X12 = path.resolve(__dirname, "../../../../shared/fixtures/x12");
export const hasShared = existsSync(path.join(SHARED_X12, "profee.edi"));

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8");
}

export function shared(name: string): string {
  return readFileSync(path.join(SHARED_X12, name), "utf8");
}

/** describe() for the public samples, skipped with a reason in a clone without ../shared. */
export function describeShared(name: string, body: () => void): void {
  if (hasShared) {
    describe(name, body);
  } else {
    describe.skip(
      `${name} (skipped: ${SHARED_X12} is absent; the public X12 samples live outside the repo)`,
      body,
    );
    console.warn(`Skipping "${name}": public X12 samples not found at ${SHARED_X12}`);
  }
}
