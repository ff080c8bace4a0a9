/**
 * Which validation rule applies at a cell, from the rectangles of a sheet's rules: per column, sorted
 * non-overlapping row segments (a rule listed later wins where two overlap, as in exceljs's reading).
 * A lookup is a binary search, so 100k validated rows cost no per-cell map of addresses.
 */
import type { Rect } from "../../../host/address";
import type { ValidationRuleState } from "../../../host/model/validation";

interface Segment {
  readonly r0: number;
  readonly r1: number;
  readonly rule: ValidationRuleState;
}

export class ValidationIndex {
  private readonly columns = new Map<number, Segment[]>();

  paint(rect: Rect, rule: ValidationRuleState): void {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const kept: Segment[] = [];
      for (const s of this.columns.get(c) ?? []) {
        if (s.r1 < rect.r0 || s.r0 > rect.r1) kept.push(s);
        else {
          if (s.r0 < rect.r0) kept.push({ r0: s.r0, r1: rect.r0 - 1, rule: s.rule });
          if (s.r1 > rect.r1) kept.push({ r0: rect.r1 + 1, r1: s.r1, rule: s.rule });
        }
      }
      kept.push({ r0: rect.r0, r1: rect.r1, rule });
      kept.sort((a, b) => a.r0 - b.r0);
      this.columns.set(c, kept);
    }
  }

  at(row: number, col: number): ValidationRuleState | null {
    const segments = this.columns.get(col);
    if (!segments) return null;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid]!;
      if (row < s.r0) hi = mid - 1;
      else if (row > s.r1) lo = mid + 1;
      else return s.rule;
    }
    return null;
  }

  forEachSegment(visit: (col: number, r0: number, r1: number, rule: ValidationRuleState) => void): void {
    for (const [col, segments] of this.columns) for (const s of segments) visit(col, s.r0, s.r1, s.rule);
  }
}
