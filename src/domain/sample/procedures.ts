/**
 * The procedure codes the sample practice bills, with an approximate Medicare national rate (dollars)
 * that anchors every payer's fee schedule and the practice's own charges.
 */
export interface Procedure {
  readonly code: string;
  readonly medicareRate: number;
  /** Preventive services carry no patient cost share (ACA / Medicare preventive rules). */
  readonly preventive?: boolean;
}

export const PROCEDURES: readonly Procedure[] = [
  { code: "99202", medicareRate: 72 },
  { code: "99203", medicareRate: 111 },
  { code: "99204", medicareRate: 166 },
  { code: "99205", medicareRate: 219 },
  { code: "99211", medicareRate: 23 },
  { code: "99212", medicareRate: 57 },
  { code: "99213", medicareRate: 91 },
  { code: "99214", medicareRate: 129 },
  { code: "99215", medicareRate: 181 },
  { code: "99395", medicareRate: 120, preventive: true },
  { code: "99396", medicareRate: 130, preventive: true },
  { code: "99397", medicareRate: 141, preventive: true },
  { code: "G0439", medicareRate: 130, preventive: true },
  { code: "G2211", medicareRate: 16 },
  { code: "36415", medicareRate: 3 },
  { code: "81002", medicareRate: 3.5 },
  { code: "83036", medicareRate: 13 },
  { code: "87880", medicareRate: 17 },
  { code: "93000", medicareRate: 17 },
  { code: "90471", medicareRate: 20, preventive: true },
  { code: "90686", medicareRate: 22, preventive: true },
  { code: "96372", medicareRate: 16 },
  { code: "J1885", medicareRate: 0.5 },
  { code: "17110", medicareRate: 110 },
  { code: "11102", medicareRate: 100 },
  { code: "20610", medicareRate: 60 },
  { code: "69210", medicareRate: 45 },
  { code: "10060", medicareRate: 120 },
];

const BY_CODE = new Map(PROCEDURES.map((p) => [p.code, p]));

export function procedure(code: string): Procedure {
  const found = BY_CODE.get(code);
  if (found === undefined) throw new Error(`Sample procedure ${code} is not in PROCEDURES`);
  return found;
}

/** Highest payer rate as a multiple of Medicare (commercial rate x yearly increases stays below it). */
const CHARGE_MULTIPLE = 1.8;

/** The practice's charge master: what it bills every payer, in cents (a round dollar amount). */
export function chargeCents(code: string): number {
  return Math.ceil(procedure(code).medicareRate * CHARGE_MULTIPLE + 5) * 100;
}
