import {
  columnLayout,
  HEADER_HEIGHT,
  ROW_HEIGHT,
  scrollToReveal,
  visibleWindow,
} from "../../src/app/grid/geometry";
import { nextCell } from "../../src/app/grid/navigation";

// 48 pt = 64 px per default column; column 1 is 96 pt = 128 px.
const layout = columnLayout({ 1: 96 }, 10);

describe("grid geometry", () => {
  it("lays columns out from their widths in points", () => {
    expect(layout.lefts.slice(0, 4)).toEqual([0, 64, 192, 256]);
    expect(layout.total).toBe(64 * 9 + 128);
  });

  it("renders only the rows and columns in view, frozen rows apart", () => {
    // 100 px scrolled = 5 rows of 20 px; 1 frozen row; body 600 - 22 - 20 = 558 px = 28 rows.
    const window = visibleWindow({
      scrollTop: 100,
      scrollLeft: 70,
      width: 200,
      height: 600,
      rowCount: 100_000,
      frozenRows: 1,
      layout,
    });
    // x 70..270: column 1 starts at 64, column 3 spans 256..320.
    expect(window).toEqual({ firstRow: 6, lastRow: 6 + 28, firstColumn: 1, lastColumn: 3 });
  });

  it("scrolls just enough to show a cell below or right of the view, and not at all when it is in view", () => {
    const base = {
      scrollTop: 0,
      scrollLeft: 0,
      width: 300,
      height: 222,
      frozenRows: 0,
      rowHeaderWidth: 44,
      layout,
    };
    // 10 body rows fit (222 - 22 = 200 px); row 30 ends at 31 * 20 = 620 px -> scrollTop 420.
    expect(scrollToReveal({ ...base, row: 30, column: 0 }).scrollTop).toBe(
      31 * ROW_HEIGHT - (222 - HEADER_HEIGHT),
    );
    // Column 5 ends at 64 * 4 + 128 + 64 = 448 px; 256 px visible -> scrollLeft 192.
    expect(scrollToReveal({ ...base, row: 0, column: 5 }).scrollLeft).toBe(448 - 256);
    expect(scrollToReveal({ ...base, row: 3, column: 1 })).toEqual({ scrollTop: 0, scrollLeft: 0 });
  });

  it("keeps keyboard moves inside the sheet", () => {
    const limits = { rowCount: 100, columnCount: 26, pageRows: 20 };
    expect(nextCell("up", { row: 0, col: 3 }, limits)).toEqual({ row: 0, col: 3 });
    expect(nextCell("right", { row: 5, col: 25 }, limits)).toEqual({ row: 5, col: 25 });
    expect(nextCell("pageDown", { row: 90, col: 1 }, limits)).toEqual({ row: 99, col: 1 });
    expect(nextCell("start", { row: 50, col: 7 }, limits)).toEqual({ row: 0, col: 0 });
  });
});
