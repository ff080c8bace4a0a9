/**
 * National Provider Identifier: 10 digits, first digit 1 or 2, the last a Luhn check digit computed
 * over the prefix 80840 followed by the first nine digits (CMS NPI check-digit algorithm).
 */
export function npiCheckDigit(firstNine: string): number {
  const digits = `80840${firstNine}`;
  let sum = 0;
  // Double every second digit from the right of the 14-digit payload (its last digit first).
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export type NpiProblem = "format" | "prefix" | "check-digit";

/** Why a value is not a valid NPI, or null when it is one. */
export function npiProblem(value: string): NpiProblem | null {
  if (!/^\d{10}$/.test(value)) return "format";
  if (value[0] !== "1" && value[0] !== "2") return "prefix";
  return npiCheckDigit(value.slice(0, 9)) === Number(value[9]) ? null : "check-digit";
}

export function isNpi(value: string): boolean {
  return npiProblem(value) === null;
}
