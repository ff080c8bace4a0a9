/** Grouping cells into rectangles for the file, and finding a cell's rule from rectangles. */
import type { Rect } from "../../../src/host/address";
import type { ValidationRuleState } from "../../../src/host/model/validation";
import { RectCollector } from "../../../src/app/xlsx/rects";
import { ValidationIndex } from "../../../src/app/xlsx/read/validation-index";

describe("RectCollector", () => {
  it("merges vertical runs of one key into rectangles across neighbouring columns", () => {
    const collector = new RectCollector<string>();
    // Rows 1..3 of columns B..C hold "list", B5 holds "list" again after a gap, D2 holds "date".
    for (let r = 1; r <= 3; r++) {
      collector.add(r, 1, "list");
      collector.add(r, 2, "list");
      if (r === 1) collector.add(r, 3, "date");
    }
    collector.add(5, 1, "list");
    const rects = collector.rects();
    expect(rects.get("list")).toEqual([
      { r0: 1, r1: 3, c0: 1, c1: 2 },
      { r0: 5, r1: 5, c0: 1, c1: 1 },
    ]);
    expect(rects.get("date")).toEqual([{ r0: 1, r1: 1, c0: 3, c1: 3 }]);
  });

  it("starts a new run where the key changes down a column", () => {
    const collector = new RectCollector<string>();
    ["a", "a", "b", "a"].forEach((key, r) => collector.add(r, 0, key));
    const rects = collector.rects();
    expect(rects.get("a")).toEqual([
      { r0: 0, r1: 1, c0: 0, c1: 0 },
      { r0: 3, r1: 3, c0: 0, c1: 0 },
    ]);
    expect(rects.get("b")).toEqual([{ r0: 2, r1: 2, c0: 0, c1: 0 }]);
  });
});

describe("ValidationIndex", () => {
  const rule = (name: string) => ({ type: "List", name }) as unknown as ValidationRuleState;
  const first = rule("first");
  const second = rule("second");
  const rect = (r0: number, r1: number, c0: number, c1: number): Rect => ({ r0, r1, c0, c1 });

  it("finds the rule of a cell; where two overlap the later one wins", () => {
    const index = new ValidationIndex();
    index.paint(rect(1, 100, 0, 1), first);
    index.paint(rect(50, 60, 1, 2), second);
    expect(index.at(1, 0)).toBe(first);
    expect(index.at(55, 0)).toBe(first);
    expect(index.at(49, 1)).toBe(first);
    expect(index.at(50, 1)).toBe(second);
    expect(index.at(60, 1)).toBe(second);
    expect(index.at(61, 1)).toBe(first);
    expect(index.at(55, 2)).toBe(second);
    expect(index.at(0, 0)).toBeNull();
    expect(index.at(101, 0)).toBeNull();
    expect(index.at(5, 3)).toBeNull();
  });

  it("lists what it covers as column segments", () => {
    const index = new ValidationIndex();
    index.paint(rect(0, 9, 0, 0), first);
    index.paint(rect(3, 4, 0, 0), second);
    const segments: [number, number, number, unknown][] = [];
    index.forEachSegment((c, r0, r1, r) => segments.push([c, r0, r1, r]));
    expect(segments).toEqual([
      [0, 0, 2, first],
      [0, 3, 4, second],
      [0, 5, 9, first],
    ]);
  });
});
