/**
 * Formula text for the file, converted once per distinct (formula, table): a calculated column repeats
 * the same formula on every row, so 100k cells cost one conversion.
 */
import { toFileFormula } from "../formula-text";

export class FileFormulas {
  private readonly cache = new Map<string, string>();

  of(formula: string, table: string | null): string {
    const key = table === null ? formula : `${table}\u0000${formula}`;
    let text = this.cache.get(key);
    if (text === undefined) {
      text = toFileFormula(formula, table);
      this.cache.set(key, text);
    }
    return text;
  }
}
