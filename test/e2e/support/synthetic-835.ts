/**
 * A small, well-formed X12 835 built from amounts the test chose (in cents), so the spec can post a
 * remittance that pays claims of the workbook the app is showing and derive every expected number by
 * hand. Balanced by construction: per line charge - paid = its CAS, per claim charge - paid = all its
 * CAS, BPR02 = the claims' paid amounts. Not a general 835 writer: only what the importer reads.
 */
export interface SyntheticAdjustment {
  /** CO, PR, OA or PI. */
  readonly group: string;
  /** CARC, e.g. "45". */
  readonly reason: string;
  readonly cents: number;
}

export interface SyntheticLine {
  /** The ClaimLines Line number, sent back in REF*6R. */
  readonly line: number;
  readonly code: string;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly chargeCents: number;
  readonly paidCents: number;
  readonly adjustments: readonly SyntheticAdjustment[];
}

export interface SyntheticClaim {
  readonly claimId: string;
  /** CLP02: "1" processed as primary, "4" denied, ... */
  readonly status: string;
  readonly chargeCents: number;
  readonly paidCents: number;
  /** Claim-level CAS (a denial usually has only these). */
  readonly adjustments: readonly SyntheticAdjustment[];
  readonly lines: readonly SyntheticLine[];
}

export interface Synthetic835 {
  readonly payerName: string;
  /** N1*PR N104 (XV), matched against Payers[X12 Payer ID]. */
  readonly payerX12Id: string;
  /** TRN02: the EFT trace number. */
  readonly trace: string;
  readonly paymentDate: { readonly year: number; readonly month: number; readonly day: number };
  readonly claims: readonly SyntheticClaim[];
}

/** 12345 -> "123.45", 12300 -> "123", -5 -> "-0.05" (X12 decimals: no trailing zeros needed). */
export function x12Amount(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const rest = abs % 100;
  if (rest === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

/** $1,234.50, as the app formats currency. */
export function money(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toLocaleString("en-US");
  return `${sign}$${whole}.${String(abs % 100).padStart(2, "0")}`;
}

const pad = (text: string, width: number) => text.padEnd(width, " ").slice(0, width);
const two = (n: number) => String(n).padStart(2, "0");

function casSegments(adjustments: readonly SyntheticAdjustment[]): string[] {
  return adjustments.map((a) => `CAS*${a.group}*${a.reason}*${x12Amount(a.cents)}`);
}

function sum(values: readonly number[]): number {
  return values.reduce((t, v) => t + v, 0);
}

/** Throws when the amounts do not balance, so a mistake in the spec shows up as one, not as a warning. */
function checkBalanced(remit: Synthetic835): void {
  for (const claim of remit.claims) {
    for (const line of claim.lines) {
      const adjusted = sum(line.adjustments.map((a) => a.cents));
      if (line.chargeCents - line.paidCents !== adjusted)
        throw new Error(`${claim.claimId} line ${line.line}: charge - paid != adjustments`);
    }
    const all = [...claim.adjustments, ...claim.lines.flatMap((l) => l.adjustments)];
    if (claim.chargeCents - claim.paidCents !== sum(all.map((a) => a.cents)))
      throw new Error(`${claim.claimId}: charge - paid != adjustments`);
    if (claim.lines.length > 0 && sum(claim.lines.map((l) => l.chargeCents)) !== claim.chargeCents)
      throw new Error(`${claim.claimId}: line charges do not add up to the claim charge`);
  }
}

/** The 835 text, one segment per line ("~" then LF, as many payers send it). */
export function build835(remit: Synthetic835): string {
  checkBalanced(remit);
  const { year, month, day } = remit.paymentDate;
  const date = `${year}${two(month)}${two(day)}`;
  const total = sum(remit.claims.map((c) => c.paidCents));
  const control = "000004242";
  const body: string[] = [
    "ST*835*0001*005010X221A1",
    `BPR*I*${x12Amount(total)}*C*ACH*CCP*01*999999999*DA*123456*1999999999**01*888888888*DA*654321*${date}`,
    `TRN*1*${remit.trace}*1999999999`,
    `DTM*405*${date}`,
    `N1*PR*${remit.payerName}*XV*${remit.payerX12Id}`,
    "N1*PE*SAMPLE PRACTICE*XX*1234567893",
    "LX*1",
  ];
  for (const claim of remit.claims) {
    const patient = sum(
      [...claim.adjustments, ...claim.lines.flatMap((l) => l.adjustments)]
        .filter((a) => a.group === "PR")
        .map((a) => a.cents),
    );
    body.push(
      `CLP*${claim.claimId}*${claim.status}*${x12Amount(claim.chargeCents)}*${x12Amount(claim.paidCents)}*` +
        `${x12Amount(patient)}*12*PCN${claim.claimId}*11*1`,
      ...casSegments(claim.adjustments),
      `NM1*QC*1*SAMPLE*PATIENT****MI*M${claim.claimId}`,
    );
    for (const line of claim.lines) {
      const procedure = ["HC", line.code, ...line.modifiers].join(":");
      const allowed =
        line.chargeCents - sum(line.adjustments.filter((a) => a.group !== "PR").map((a) => a.cents));
      body.push(
        `SVC*${procedure}*${x12Amount(line.chargeCents)}*${x12Amount(line.paidCents)}**${line.units}`,
        `DTM*472*${date}`,
        ...casSegments(line.adjustments),
        `REF*6R*${line.line}`,
        `AMT*B6*${x12Amount(allowed)}`,
      );
    }
  }
  body.push(`SE*${body.length + 1}*0001`);
  const yymmdd = date.slice(2);
  return [
    `ISA*00*${pad("", 10)}*00*${pad("", 10)}*ZZ*${pad("E2EPAYER", 15)}*ZZ*${pad("PRACTICE", 15)}*${yymmdd}*0900*^*00501*${control}*0*P*:`,
    `GS*HP*E2EPAYER*PRACTICE*${date}*0900*4242*X*005010X221A1`,
    ...body,
    "GE*1*4242",
    `IEA*1*${control}`,
  ]
    .map((segment) => `${segment}~\n`)
    .join("");
}
