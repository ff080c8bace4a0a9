/**
 * Fingerprint of a sheet's contents: the used range's position and its formulas (a formula cell's
 * formula, any other cell's value). Read back from Excel right after generating, so whatever Excel does
 * to written values (numbers typed as text, formula spelling) is part of the fingerprint.
 */
export function contentFingerprint(
  usedAddress: string | null,
  formulas: readonly (readonly unknown[])[] | null,
): string {
  const where = usedAddress === null ? "" : usedAddress.slice(usedAddress.lastIndexOf("!") + 1);
  return hash(JSON.stringify([where, formulas ?? []]));
}

/** 53-bit string hash (cyrb53), hex: not cryptographic, only to notice changes. */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
