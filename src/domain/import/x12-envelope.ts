import type { X12Segment } from "./x12-segments";
import { fail } from "./x12-values";

/** A transaction set (ST..SE) with the envelope facts around it. */
export interface X12Transaction {
  /** ST01, e.g. "835". */
  readonly setId: string;
  /** ST02. */
  readonly controlNumber: string;
  /** ISA13. */
  readonly interchangeControl: string;
  /** GS01 functional identifier, e.g. "HP" for 835, "HC" for 837. */
  readonly functionalId: string;
  /** GS08, e.g. "005010X221A1". */
  readonly version: string;
  /** ISA15 = "T". */
  readonly isTest: boolean;
  /** ST through SE, both included. */
  readonly segments: readonly X12Segment[];
}

export function element(segment: X12Segment, index: number): string {
  return (segment.elements[index] ?? "").trim();
}

function count(segment: X12Segment, index: number, what: string): number {
  const text = element(segment, index);
  if (!/^\d{1,9}$/.test(text))
    fail(segment, `${segment.id}0${index} should be the number of ${what}, not "${text}".`);
  return Number(text);
}

const CLOSER: Record<string, string> = {
  interchange: "IEA (end of interchange)",
  group: "GE (end of functional group)",
  transaction: "SE (end of transaction)",
};

/** The envelope facts of a transaction, known at its ST. */
export type X12TransactionInfo = Omit<X12Transaction, "segments">;

/** What walkEnvelopes hands on: each transaction's ST, the segments inside it, then its checked SE. */
export interface TransactionSink {
  start(st: X12Segment, info: X12TransactionInfo): void;
  segment(segment: X12Segment): void;
  end(se: X12Segment): void;
}

/** Checks the envelopes of the whole file, holding every segment (small files, tests). */
export function readEnvelopes(segments: readonly X12Segment[]): X12Transaction[] {
  const transactions: X12Transaction[] = [];
  let open: { info: X12TransactionInfo; segments: X12Segment[] } | null = null;
  walkEnvelopes(segments, {
    start: (st, info) => (open = { info, segments: [st] }),
    segment: (segment) => open?.segments.push(segment),
    end: (se) => {
      if (open) transactions.push({ ...open.info, segments: [...open.segments, se] });
      open = null;
    },
  });
  return transactions;
}

/**
 * Checks the ISA/GS/ST envelopes (nesting, counts, control numbers) one segment at a time and hands each
 * transaction to `sink` as it goes, so a large file is never held in memory as segments. Returns the
 * number of segments read.
 */
export function walkEnvelopes(segments: Iterable<X12Segment>, sink: TransactionSink): number {
  let state: "outside" | "interchange" | "group" | "transaction" = "outside";
  let isa: X12Segment | null = null;
  let gs: X12Segment | null = null;
  let st: X12Segment | null = null;
  let inTransaction = 0;
  let groups = 0;
  let sets = 0;
  let last: X12Segment | null = null;

  for (const segment of segments) {
    last = segment;
    const id = segment.id;
    if (state === "transaction") {
      inTransaction++;
      if (id === "SE") {
        if (!st || !isa || !gs) return fail(segment, "SE without ST.");
        const declared = count(segment, 1, "segments in the transaction");
        if (declared !== inTransaction) {
          fail(
            segment,
            `SE says transaction ${element(st, 2)} has ${declared} segments but it has ${inTransaction}: ` +
              "the file is damaged or was edited by hand.",
          );
        }
        if (element(segment, 2) !== element(st, 2)) {
          fail(
            segment,
            `SE control number ${element(segment, 2)} does not match ST control number ${element(st, 2)}.`,
          );
        }
        sink.end(segment);
        sets++;
        state = "group";
      } else if (["ISA", "IEA", "GS", "GE", "ST"].includes(id)) {
        fail(
          segment,
          `${id} appears before the ${CLOSER.transaction} of the transaction: the file is damaged or truncated.`,
        );
      } else {
        sink.segment(segment);
      }
      continue;
    }
    if (state === "outside") {
      if (id !== "ISA") fail(segment, `${id} appears outside an interchange: expected ISA.`);
      isa = segment;
      groups = 0;
      state = "interchange";
      continue;
    }
    if (state === "interchange") {
      if (id === "GS") {
        gs = segment;
        sets = 0;
        groups++;
        state = "group";
      } else if (id === "IEA") {
        const declared = count(segment, 1, "functional groups");
        if (declared !== groups)
          fail(segment, `IEA says the interchange has ${declared} functional groups but it has ${groups}.`);
        const opened = isa ? element(isa, 13) : "";
        if (element(segment, 2) !== opened) {
          fail(
            segment,
            `IEA control number ${element(segment, 2)} does not match ISA control number ${opened}.`,
          );
        }
        state = "outside";
      } else if (id !== "TA1") {
        fail(segment, `${id} appears outside a functional group: expected GS or IEA.`);
      }
      continue;
    }
    // state === "group"
    if (id === "ST") {
      st = segment;
      inTransaction = 1;
      state = "transaction";
      if (!isa || !gs) return fail(segment, "ST outside a functional group.");
      sink.start(segment, {
        setId: element(segment, 1),
        controlNumber: element(segment, 2),
        interchangeControl: element(isa, 13),
        functionalId: element(gs, 1),
        version: element(gs, 8),
        isTest: element(isa, 15) === "T",
      });
    } else if (id === "GE") {
      const declared = count(segment, 1, "transactions");
      if (declared !== sets)
        fail(segment, `GE says the group has ${declared} transactions but it has ${sets}.`);
      const opened = gs ? element(gs, 6) : "";
      if (element(segment, 2) !== opened) {
        fail(segment, `GE control number ${element(segment, 2)} does not match GS control number ${opened}.`);
      }
      state = "interchange";
    } else {
      fail(segment, `${id} appears outside a transaction: expected ST or GE.`);
    }
  }

  if (state !== "outside" && last) {
    fail(last, `The file ends before the ${CLOSER[state] ?? "IEA"}: it looks truncated.`);
  }
  return last?.number ?? 0;
}
