import { isCarc, isGroupCode } from "../codes";
import type { Adjustment, ProcedureRef, ProviderAdjustment, SegmentRef } from "./era-types";
import type { X12Segment } from "./x12-segments";
import { amount, components, fail, optionalAmount, optionalDate, required, text } from "./x12-values";

/** Readers of the 835 segments that carry codes and amounts (CAS, PLB, SVC procedures), and the ST check. */

const MAX_CAS_TRIPLETS = 6;
const MAX_PLB_PAIRS = 6;

/** The one empty list every empty list of the model shares (frozen: nothing may be added to it). */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** A copy of `list` at its exact length (a list grown by push keeps room for more); empty ones shared. */
export function exactly<T>(list: T[]): T[] {
  return list.length === 0 ? NONE : list.slice();
}

export function at(segment: X12Segment): SegmentRef {
  return { segmentNumber: segment.number, offset: segment.offset };
}

/** Other X12 health care transactions a practice meets, by ST01. */
const OTHER_TRANSACTIONS: Readonly<Record<string, string>> = {
  "837": "an 837 (claims you sent)",
  "278": "a 278 (prior authorization request or answer)",
  "277": "a 277 (claim status)",
  "276": "a 276 (claim status request)",
  "270": "a 270 (eligibility request)",
  "271": "a 271 (eligibility answer)",
  "999": "a 999 (acknowledgment of a file you sent)",
  "997": "a 997 (acknowledgment of a file you sent)",
  "820": "an 820 (premium payment)",
  "834": "an 834 (benefit enrollment)",
};

export function notAn835(st: X12Segment, setId: string): never {
  const what = OTHER_TRANSACTIONS[setId] ?? `an X12 ${setId || "(unnamed)"} transaction`;
  return fail(st, `This is ${what}, not an 835 remittance. Import the payer's 835 (ERA) file.`);
}

export function readProcedure(segment: X12Segment, index: number, what: string): ProcedureRef | null {
  const parts = components(segment, index);
  const [qualifier = "", code = ""] = parts;
  if (qualifier === "" && code === "") return null;
  if (code === "") fail(segment, `${segment.id}0${index} (${what}) has no procedure code.`);
  return {
    qualifier,
    code: code.toUpperCase(),
    modifiers: exactly(parts.slice(2, 6).filter((m) => m !== "")),
  };
}

export function readAdjustments(segment: X12Segment): Adjustment[] {
  const group = required(segment, 1, "adjustment group").toUpperCase();
  if (!isGroupCode(group))
    fail(segment, `CAS01 "${group}" is not an adjustment group (CO, PR, OA, PI, or CR in 4010 files).`);
  const adjustments: Adjustment[] = [];
  for (let i = 0; i < MAX_CAS_TRIPLETS; i++) {
    const first = 2 + i * 3;
    const reason = text(segment, first).toUpperCase();
    if (reason === "") {
      if (text(segment, first + 1) !== "")
        fail(segment, `CAS${String(first + 1).padStart(2, "0")} has an amount but no reason code.`);
      continue;
    }
    if (!isCarc(reason))
      fail(segment, `CAS${String(first).padStart(2, "0")} "${reason}" is not an adjustment reason code.`);
    adjustments.push({
      group,
      reason,
      amount: amount(segment, first + 1, `${group}-${reason} amount`),
      quantity: optionalAmount(segment, first + 2, "quantity"),
    });
  }
  if (adjustments.length === 0) fail(segment, "CAS has no reason code and amount.");
  if (segment.elements.length > 2 + MAX_CAS_TRIPLETS * 3) {
    fail(segment, "CAS has more than six reason/amount/quantity groups.");
  }
  return adjustments;
}

export function readProviderAdjustments(segment: X12Segment): ProviderAdjustment[] {
  const provider = required(segment, 1, "provider identifier");
  optionalDate(segment, 2, "fiscal period date");
  const result: ProviderAdjustment[] = [];
  for (let i = 0; i < MAX_PLB_PAIRS; i++) {
    const index = 3 + i * 2;
    const [reason = "", reference = ""] = components(segment, index);
    if (reason === "") continue;
    result.push({
      at: at(segment),
      provider,
      reason,
      reference,
      amount: amount(segment, index + 1, `${reason} amount`),
    });
  }
  if (result.length === 0) fail(segment, "PLB has no adjustment reason and amount.");
  return result;
}
