/**
 * ICD-10-CM code shape: a letter, a digit, an alphanumeric, then optionally a dot and 1-4
 * alphanumerics (E11.9, S72.001A, Z00.00). The dot may be left out as claims do (E119).
 */
const ICD10_CM = /^[A-Z]\d[A-Z0-9](?:\.?[A-Z0-9]{1,4})?$/;

export function isIcd10(value: string): boolean {
  return ICD10_CM.test(value.trim().toUpperCase());
}

/** Splits a list cell ("E11.9, I10; Z00.00") into its codes. */
export function splitCodeList(value: string): string[] {
  return value
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
}
