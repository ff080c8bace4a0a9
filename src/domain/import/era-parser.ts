import type {
  Adjustment,
  ClaimPayment,
  Party,
  ProviderAdjustment,
  Remittance,
  ServicePayment,
  UnpostableClaim,
} from "./era-types";
import {
  at,
  exactly,
  notAn835,
  readAdjustments,
  readProcedure,
  readProviderAdjustments,
} from "./era-segment-readers";
import { walkEnvelopes, type X12TransactionInfo } from "./x12-envelope";
import { X12ParseError } from "./x12-error";
import { eachSegment, segmentPosition, type X12Segment, type X12Text } from "./x12-segments";
import { amount, fail, optionalAmount, optionalDate, required, text } from "./x12-values";

/**
 * Reads every 835 transaction of a file, given whole or as chunks of text (split anywhere: a file read
 * piece by piece is never held whole). Throws X12ParseError (with the segment number) for anything that
 * is not a well-formed 835: other X12 transactions such as an 837 included.
 */
export function parse835(fileText: X12Text): Remittance[] {
  // One pass, segment by segment: a 20 MB file is never held as millions of segments. What the file is
  // comes first: each ST is checked as it opens, before its SE (or the GE, IEA) counts are, so an 837
  // with a wrong SE count is still "an 837, not an 835".
  const remittances: Remittance[] = [];
  let reader: RemittanceReader | null = null;
  let last: X12Segment | null = null;
  const tracked = function* () {
    for (const segment of eachSegment(fileText)) yield (last = segment);
  };
  try {
    walkEnvelopes(tracked(), {
      start: (st, info) => {
        if (info.setId !== "835") notAn835(st, info.setId);
        reader = remittanceReader(st, info, remittances.length + 1);
      },
      segment: (segment) => reader?.feed(segment),
      end: () => {
        if (reader) remittances.push(reader.finish());
        reader = null;
      },
    });
  } catch (error) {
    throw truncatedOr(error, last);
  }
  const end = last as X12Segment | null; // assigned inside the generator
  if (remittances.length === 0 && end) fail(end, "The file has no transaction (ST ... SE) in it.");
  return remittances;
}

/** An error at a last segment the file cuts off (e.g. inside the IEA) means the file is truncated. */
function truncatedOr(error: unknown, last: X12Segment | null): unknown {
  if (!(error instanceof X12ParseError) || !last?.unterminated || error.segmentNumber !== last.number)
    return error;
  if (error.detail.includes("truncated")) return error;
  return new X12ParseError(
    `The file ends inside its last segment (${last.id}): it looks truncated. ${error.detail}`,
    segmentPosition(last),
  );
}

interface RemittanceReader {
  feed(segment: X12Segment): void;
  finish(): Remittance;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type ClaimDraft = Mutable<ClaimPayment> & { adjustments: Adjustment[]; lines: ServicePayment[] };
type LineDraft = Mutable<ServicePayment> & { adjustments: Adjustment[]; remarks: string[] };
type PartyDraft = Mutable<Party> & { otherIds: string[] };

/** Reads one 835 transaction as its segments arrive (ST given, SE not fed). */
function remittanceReader(
  st: X12Segment,
  transaction: X12TransactionInfo,
  transactionNumber: number,
): RemittanceReader {
  let bpr: X12Segment | null = null;
  let traceNumber = "";
  let traceOriginator = "";
  let productionDate: number | null = null;
  let payer: PartyDraft | null = null;
  let payee: PartyDraft | null = null;
  let party: PartyDraft | null = null;
  const claims: ClaimDraft[] = [];
  const providerAdjustments: ProviderAdjustment[] = [];
  let claim: ClaimDraft | null = null;
  let line: LineDraft | null = null;
  const unpostable: UnpostableClaim[] = [];
  /** Inside a claim that could not be read: its segments are skipped up to the next claim. */
  let skipping = false;

  function feed(segment: X12Segment): void {
    if (skipping) {
      if (segment.id !== "CLP" && segment.id !== "LX" && segment.id !== "PLB") return;
      skipping = false;
    }
    try {
      readSegment(segment);
    } catch (error) {
      // One bad claim does not sink the file: the claim is listed as not postable, the rest stays.
      const open = claim;
      const inClaim = open !== null || segment.id === "CLP";
      if (!(error instanceof X12ParseError) || !inClaim || segment.id === "SE") throw error;
      const broken = segment.id === "CLP" ? null : open;
      if (broken) claims.splice(claims.lastIndexOf(broken), 1);
      const clp = broken ? null : segment;
      const paid = broken
        ? broken.paid
        : /^-?(\d+\.?\d*|\.\d+)$/.test(text(segment, 4))
          ? Number(text(segment, 4))
          : null;
      unpostable.push({
        at: broken ? broken.at : at(segment),
        claimId: broken ? broken.claimId : text(clp ?? segment, 1) || "(no claim ID)",
        reason: `${error.detail.replace(/\.$/, "")} (segment ${segment.number}, ${segment.id})`,
        paid,
      });
      claim = null;
      line = null;
      skipping = true;
    }
  }

  function readSegment(segment: X12Segment): void {
    switch (segment.id) {
      case "BPR":
        if (bpr) fail(segment, "A remittance has only one BPR (payment) segment.");
        bpr = segment;
        break;
      case "TRN":
        if (traceNumber === "") {
          traceNumber = required(segment, 2, "check or EFT trace number");
          traceOriginator = text(segment, 3);
        }
        break;
      case "N1": {
        if (claim) fail(segment, "N1 (payer or payee name) appears after the first claim.");
        const qualifier = text(segment, 1);
        const draft: PartyDraft = {
          name: text(segment, 2),
          idQualifier: text(segment, 3),
          id: text(segment, 4),
          otherIds: [],
        };
        if (qualifier === "PR") payer = party = draft;
        else if (qualifier === "PE") payee = party = draft;
        else party = null;
        break;
      }
      case "REF":
        if (line) {
          if (text(segment, 1) === "6R") line.lineControl = text(segment, 2);
        } else if (!claim && party && ["2U", "NF", "TJ", "PQ", "EO"].includes(text(segment, 1))) {
          party.otherIds.push(text(segment, 2));
        }
        break;
      case "DTM": {
        const qualifier = text(segment, 1);
        if (line) {
          if (qualifier === "472" || qualifier === "150")
            line.serviceDate = optionalDate(segment, 2, "service date");
        } else if (claim) {
          if (qualifier === "232") claim.statementFrom = optionalDate(segment, 2, "statement from date");
          if (qualifier === "233") claim.statementTo = optionalDate(segment, 2, "statement to date");
        } else if (qualifier === "405") {
          productionDate = optionalDate(segment, 2, "production date");
        }
        break;
      }
      case "LX":
        closeClaim();
        claim = null;
        line = null;
        party = null;
        break;
      case "CLP":
        if (!bpr) fail(segment, "CLP (claim) appears before the BPR payment segment.");
        closeClaim();
        line = null;
        party = null;
        claim = {
          at: at(segment),
          claimId: required(segment, 1, "claim id"),
          statusCode: required(segment, 2, "claim status"),
          charge: amount(segment, 3, "claim charge"),
          paid: amount(segment, 4, "claim payment"),
          patientResponsibility: optionalAmount(segment, 5, "patient responsibility") ?? 0,
          payerClaimNumber: text(segment, 7),
          frequency: text(segment, 9),
          patient: null,
          statementFrom: null,
          statementTo: null,
          coverageAmount: null,
          adjustments: [],
          lines: [],
        };
        claims.push(claim);
        break;
      case "CAS": {
        const target = line ?? claim;
        if (!target) fail(segment, "CAS (adjustment) appears outside a claim.");
        target.adjustments.push(...readAdjustments(segment));
        break;
      }
      case "NM1":
        if (claim && !line && text(segment, 1) === "QC") {
          claim.patient = { last: text(segment, 3), first: text(segment, 4), id: text(segment, 9) };
        }
        break;
      case "AMT":
        if (line && text(segment, 1) === "B6") line.allowedAmount = amount(segment, 2, "allowed amount");
        else if (claim && !line && text(segment, 1) === "AU")
          claim.coverageAmount = amount(segment, 2, "coverage amount");
        break;
      case "SVC": {
        if (!claim) fail(segment, "SVC (service line) appears outside a claim.");
        const procedure = readProcedure(segment, 1, "procedure");
        if (!procedure) fail(segment, "SVC01 (procedure) is missing.");
        const units = optionalAmount(segment, 5, "units");
        line = {
          at: at(segment),
          procedure,
          submittedProcedure: readProcedure(segment, 6, "submitted procedure"),
          charge: amount(segment, 2, "line charge"),
          paid: amount(segment, 3, "line payment"),
          units: units ?? 1,
          serviceDate: null,
          allowedAmount: null,
          lineControl: null,
          adjustments: [],
          remarks: [],
        };
        claim.lines.push(line);
        break;
      }
      case "LQ":
        if (line && text(segment, 1) === "HE") line.remarks.push(text(segment, 2));
        break;
      case "PLB":
        closeClaim();
        claim = null;
        line = null;
        providerAdjustments.push(...readProviderAdjustments(segment));
        break;
      default:
        break; // ST, SE and segments the practice does not use (PER, N3, N4, MIA, MOA, QTY, TS3 ...).
    }
  }

  return { feed, finish };

  /**
   * The claim read so far takes no more segments: its lists are copied at their exact length (a list
   * grown by push keeps room for 16 more), empty ones shared. 200,000 claims hold a third less.
   */
  function closeClaim(): void {
    if (!claim) return;
    claim.adjustments = exactly(claim.adjustments);
    for (const l of claim.lines as LineDraft[]) {
      l.adjustments = exactly(l.adjustments);
      l.remarks = exactly(l.remarks);
    }
    claim.lines = exactly(claim.lines);
  }

  function finish(): Remittance {
    closeClaim();
    if (!bpr) fail(st, "The remittance has no BPR segment (payment amount and method).");
    if (traceNumber === "") fail(st, "The remittance has no TRN segment (check or EFT trace number).");
    if (!payer) fail(st, "The remittance has no N1*PR segment (payer name).");
    const payment: X12Segment = bpr;
    return {
      at: at(st),
      transactionNumber,
      controlNumber: transaction.controlNumber,
      interchangeControl: transaction.interchangeControl,
      isTest: transaction.isTest,
      handling: text(payment, 1),
      totalPaid: amount(payment, 2, "total payment"),
      creditDebit: text(payment, 3),
      methodCode: text(payment, 4).toUpperCase(),
      paymentDate: optionalDate(payment, 16, "payment date"),
      traceNumber,
      traceOriginator,
      productionDate,
      payer,
      payee,
      claims,
      providerAdjustments,
      ...(unpostable.length > 0 ? { unpostable } : {}),
    };
  }
}
