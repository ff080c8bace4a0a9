/**
 * The part of Excel.Range that locates it: the sheet and rectangle it is bound to at sync, and the
 * methods that give another range from it (getCell, getOffsetRange, getIntersection, getUsedRange ...).
 */
import type { Rect } from "../address";
import { boundingRect, intersectRects, MAX_COLUMNS, MAX_ROWS, parseAddress } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { SheetState } from "../model/state";
import { BoundObject } from "./bound-object";
import { describeArg } from "./host-object";
import type { RangeTarget } from "./range-target";

export interface RangeLocation {
  readonly sheetId: string;
  readonly rect: Rect;
}

/** R: the range class (HostRange), which makes the proxies of derived ranges. */
export abstract class RangeNavigation<R extends RangeTarget>
  extends BoundObject<RangeLocation>
  implements RangeTarget
{
  protected readonly noun = "range";

  /** A new range proxy, bound at sync to what locate returns. */
  protected abstract rangeAt(
    locate: () => RangeLocation | undefined,
    nullable: boolean,
    description: unknown,
  ): R;

  /** @internal the bound sheet and rectangle, at sync time. */
  location(): { sheet: SheetState; rect: Rect } {
    const { sheetId, rect } = this.requireKey();
    const sheet = this.context.model.sheetById(sheetId);
    if (!sheet) throw hostError(HostErrorCodes.itemNotFound, "The range's worksheet no longer exists.");
    return { sheet, rect };
  }

  /** @internal */
  locationKey(): RangeLocation {
    const { sheet, rect } = this.location();
    return { sheetId: sheet.id, rect };
  }

  /** A range whose rectangle `compute` gives from this one's, at sync; outside the sheet fails the sync. */
  protected derive(
    method: string,
    args: unknown[],
    compute: (rect: Rect) => Rect | undefined,
    nullable = false,
  ): R {
    return this.rangeAt(
      () => {
        const { sheet, rect } = this.location();
        const next = compute(rect);
        if (!next) return undefined;
        if (
          next.r0 < 0 ||
          next.c0 < 0 ||
          next.r1 >= MAX_ROWS ||
          next.c1 >= MAX_COLUMNS ||
          next.r1 < next.r0 ||
          next.c1 < next.c0
        ) {
          throw hostError(
            HostErrorCodes.invalidArgument,
            `Range.${method}: the resulting range is outside the sheet.`,
          );
        }
        return { sheetId: sheet.id, rect: next };
      },
      nullable,
      { call: `Range.${method}`, args },
    );
  }

  getCell(row: number, column: number): R {
    return this.derive("getCell", [row, column], (r) => ({
      r0: r.r0 + row,
      c0: r.c0 + column,
      r1: r.r0 + row,
      c1: r.c0 + column,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): R {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (r) => ({
      r0: r.r0 + rowOffset,
      c0: r.c0 + columnOffset,
      r1: r.r1 + rowOffset,
      c1: r.c1 + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): R {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (r) => ({
      ...r,
      r1: r.r1 + deltaRows,
      c1: r.c1 + deltaColumns,
    }));
  }

  getRow(row: number): R {
    return this.derive("getRow", [row], (r) => ({ ...r, r0: r.r0 + row, r1: r.r0 + row }));
  }

  getColumn(column: number): R {
    return this.derive("getColumn", [column], (r) => ({ ...r, c0: r.c0 + column, c1: r.c0 + column }));
  }

  getRows(first: number, count: number): R {
    return this.derive("getRows", [first, count], (r) => ({
      ...r,
      r0: r.r0 + first,
      r1: r.r0 + first + count - 1,
    }));
  }

  getEntireRow(): R {
    return this.derive("getEntireRow", [], (r) => ({ r0: r.r0, r1: r.r1, c0: 0, c1: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): R {
    return this.derive("getEntireColumn", [], (r) => ({ r0: 0, r1: MAX_ROWS - 1, c0: r.c0, c1: r.c1 }));
  }

  getLastRow(): R {
    return this.derive("getLastRow", [], (r) => ({ ...r, r0: r.r1 }));
  }

  getLastColumn(): R {
    return this.derive("getLastColumn", [], (r) => ({ ...r, c0: r.c1 }));
  }

  getLastCell(): R {
    return this.derive("getLastCell", [], (r) => ({ r0: r.r1, c0: r.c1, r1: r.r1, c1: r.c1 }));
  }

  private otherRect(other: R | string): Rect {
    if (typeof other !== "string") {
      const loc = other.location();
      if (loc.sheet.id !== this.location().sheet.id) {
        throw hostError(HostErrorCodes.invalidArgument, "The ranges are on different worksheets.");
      }
      return loc.rect;
    }
    const parsed = parseAddress(other);
    if (!parsed) throw hostError(HostErrorCodes.invalidArgument, `"${other}" is not a valid address.`);
    return parsed.rect;
  }

  getIntersectionOrNullObject(other: R | string): R {
    return this.derive(
      "getIntersectionOrNullObject",
      [describeArg(other)],
      (r) => intersectRects(r, this.otherRect(other)),
      true,
    );
  }

  getIntersection(other: R | string): R {
    return this.derive("getIntersection", [describeArg(other)], (r) => {
      const hit = intersectRects(r, this.otherRect(other));
      if (!hit) throw hostError(HostErrorCodes.itemNotFound, "The ranges do not intersect.");
      return hit;
    });
  }

  getBoundingRect(other: R | string): R {
    return this.derive("getBoundingRect", [describeArg(other)], (r) =>
      boundingRect(r, this.otherRect(other)),
    );
  }

  /**
   * "The used range of the given range object. If there are no used cells within the range, [...] an
   * object with its isNullObject property set to true" (Excel.Range.getUsedRangeOrNullObject): the
   * bounding box of the used cells inside the range, not the sheet's used range cut to it.
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): R {
    return this.derive(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (r) => this.location().sheet.cells.usedRectWithin(r, valuesOnly === true),
      true,
    );
  }

  getUsedRange(valuesOnly?: boolean): R {
    return this.derive("getUsedRange", [valuesOnly], (r) => {
      const hit = this.location().sheet.cells.usedRectWithin(r, valuesOnly === true);
      return hit ?? { r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 };
    });
  }
}
