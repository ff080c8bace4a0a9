import { spansByBytes, utf8Length, jsonBytes } from "../../../src/excel/table-io/budget";
import {
  cellAddress,
  columnIndexFromLetters,
  columnLetters,
  parseRangeAddress,
  quoteSheet,
  rangeAddress,
} from "../../../src/excel/table-io/address";
import { blocksFromCells, packBlocks } from "../../../src/excel/table-io/update";
import type { CellValue } from "../../../src/domain/catalog";

describe("budget", () => {
  test("utf8Length counts bytes as UTF-8 encodes them", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("é")).toBe(2); // U+00E9
    expect(utf8Length("€")).toBe(3); // U+20AC
    expect(utf8Length("😀")).toBe(4); // surrogate pair
    expect(jsonBytes(["a", 1])).toBe('["a",1]'.length);
  });

  test("spansByBytes keeps each span within the limit and covers every item once", () => {
    // sizes 4,4,4,4,4 with limit 10: two per span, the last alone
    expect(spansByBytes([4, 4, 4, 4, 4], 10)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 2 },
      { start: 4, count: 1 },
    ]);
    // an oversized item gets its own span
    expect(spansByBytes([3, 20, 3], 10)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 1 },
      { start: 2, count: 1 },
    ]);
    expect(spansByBytes([], 10)).toEqual([]);
  });
});

describe("addresses", () => {
  test("column letters both ways", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
    expect(columnIndexFromLetters("AAA")).toBe(702);
    expect(columnIndexFromLetters("c")).toBe(2);
  });

  test("sheet names are quoted when Excel needs it", () => {
    expect(quoteSheet("Claims")).toBe("Claims");
    expect(quoteSheet("Claim Lines")).toBe("'Claim Lines'");
    expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
    expect(quoteSheet("AB12")).toBe("'AB12'"); // looks like a cell reference
    expect(cellAddress("Claim Lines", 4, 2)).toBe("'Claim Lines'!C5");
    expect(rangeAddress({ sheet: "Claims", row: 1, column: 0, rowCount: 3, columnCount: 2 })).toBe(
      "Claims!A2:B4",
    );
  });

  test("parseRangeAddress reads what Excel reports", () => {
    expect(parseRangeAddress("'Claim Lines'!A2:I100001")).toEqual({
      sheet: "Claim Lines",
      row: 1,
      column: 0,
      rowCount: 100000,
      columnCount: 9,
    });
    expect(parseRangeAddress("'O''Brien'!$B$5")).toEqual({
      sheet: "O'Brien",
      row: 4,
      column: 1,
      rowCount: 1,
      columnCount: 1,
    });
    expect(() => parseRangeAddress("Sheet1!nonsense")).toThrow(/Cannot read/);
  });
});

describe("update blocks", () => {
  const cells = (entries: [number, [number, CellValue][]][]) =>
    new Map(entries.map(([r, cs]) => [r, new Map(cs)] as const));

  test("consecutive rows with the same columns become one block; gaps split", () => {
    const blocks = blocksFromCells(
      cells([
        [
          3,
          [
            [1, "a"],
            [2, "b"],
          ],
        ],
        [
          4,
          [
            [1, "c"],
            [2, "d"],
          ],
        ],
        [
          6,
          [
            [1, "e"],
            [2, "f"],
          ],
        ], // row 5 missing: new block
        [
          7,
          [
            [0, "g"],
            [2, "h"],
          ],
        ], // columns 0 and 2 are not contiguous: two blocks
      ]),
    );
    expect(blocks).toEqual([
      {
        row: 3,
        column: 1,
        values: [
          ["a", "b"],
          ["c", "d"],
        ],
      },
      { row: 6, column: 1, values: [["e", "f"]] },
      { row: 7, column: 0, values: [["g"]] },
      { row: 7, column: 2, values: [["h"]] },
    ]);
  });

  test("every given cell lands in exactly one block, and nothing else", () => {
    const given = cells([
      [
        0,
        [
          [0, 1],
          [1, 2],
          [5, 3],
        ],
      ],
      [
        1,
        [
          [0, 4],
          [1, 5],
        ],
      ],
      [2, [[5, 6]]],
      [3, [[5, 7]]],
    ]);
    const written = new Map<string, CellValue>();
    for (const b of blocksFromCells(given)) {
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const key = `${b.row + i},${b.column + j}`;
          expect(written.has(key)).toBe(false);
          written.set(key, v);
        }),
      );
    }
    const expected = new Map<string, CellValue>();
    for (const [r, cs] of given) for (const [c, v] of cs) expected.set(`${r},${c}`, v);
    expect(written).toEqual(expected);
  });

  test("packBlocks splits a block over the limit by rows and packs small ones together", () => {
    // 10 rows of ["xxxxxxxx"] = 12 bytes JSON + 1 each = 13; address overhead 64
    const big = { row: 0, column: 0, values: Array.from({ length: 10 }, () => ["xxxxxxxx"] as CellValue[]) };
    const groups = packBlocks([big], 64 + 13 * 4);
    // 4 rows per piece → pieces of 4, 4, 2 rows, each alone in its group (4 rows fill the limit)
    expect(groups.map((g) => g.map((b) => [b.row, b.values.length]))).toEqual([[[0, 4]], [[4, 4]], [[8, 2]]]);
    const small = [
      { row: 0, column: 0, values: [["a"]] },
      { row: 5, column: 0, values: [["b"]] },
    ];
    expect(packBlocks(small, 1000)).toHaveLength(1);
  });
});
