import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

/** Each PM function id -> the exported JavaScript function Excel calls (the build's associate list). */
export async function functionsById(): Promise<Map<string, (...args: unknown[]) => unknown>> {
  const generated = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../src/functions/functions.ts"),
  );
  const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
  return new Map(
    generated.associate.map((a) => [a.id, exported[a.functionName] as (...args: unknown[]) => unknown]),
  );
}
