/**
 * Reading and typing a large table runs in steps (issue 12: the task pane's thread, which this code
 * shares with the page, never freezes for long): the work breathes between steps of rows, and what it
 * returns is what the one-go work returns.
 */
import { ROWS_PER_STEP } from "../../../src/domain/slices";
import { readTables } from "../../../src/excel/table-io";
import { rowBytes } from "../../../src/excel/table-io/read";
import { utf8Length } from "../../../src/excel/table-io/budget";
import { jsonBytes as hostJsonBytes } from "../../../src/host/proxy/payload";
import { createTableData, type CellProblem } from "../../../src/excel/table-io/table-data";
import { createExcelHost } from "../../../src/host";
import { CLAIM_LINE_HEADERS, claimLineRows, putTable } from "./helpers";
import { countingBreathe } from "../../support/counting-breathe";

const HEADERS = CLAIM_LINE_HEADERS;
const ROWS = 3 * ROWS_PER_STEP + 17;

describe("a large table in steps", () => {
  const rows = claimLineRows(ROWS).map((row, i) =>
    // Some cells that cannot be used (text in an amount column) and one that is used as it is.
    i % 500 === 7 ? row.map((v, c) => (c === 6 ? "n/a" : c === 5 ? -2 : v)) : row,
  );

  it("typedInSteps gives typed()'s rows and problems, breathing once per step", async () => {
    const data = createTableData({
      name: "ClaimLines",
      sheet: "ClaimLines",
      headers: HEADERS,
      rows,
      firstRow: 1,
      firstColumn: 0,
    });
    const oneGo: CellProblem[] = [];
    const stepped: CellProblem[] = [];
    const { breathe, calls } = countingBreathe();
    const typed = await data.typedInSteps(breathe, stepped);
    expect(typed).toEqual(data.typed(oneGo));
    expect(stepped).toEqual(oneGo);
    expect(oneGo.length).toBeGreaterThan(5); // the planted problems are there to compare
    expect(calls()).toBe(Math.ceil(ROWS / ROWS_PER_STEP) - 1);
  });

  it("readTables measures the rows it read in steps, with the same rows back", async () => {
    const host = createExcelHost();
    await putTable(host, "ClaimLines", "ClaimLines", HEADERS, rows);
    const { breathe, calls } = countingBreathe();
    const stepped = await host.run(async (context) =>
      (await readTables(context, ["ClaimLines"], { breathe })).get("ClaimLines"),
    );
    const plain = await host.run(async (context) =>
      (await readTables(context, ["ClaimLines"])).get("ClaimLines"),
    );
    expect(stepped?.rowCount).toBe(ROWS);
    expect(stepped?.rows).toEqual(plain?.rows);
    expect(calls()).toBeGreaterThanOrEqual(2);
  });
});

describe("byte counts (one pass, or one native scan for ASCII)", () => {
  it.each(["plain ascii", "ctrl \u0001\u007f", "é", "€ and text", "😀", ""])(
    "utf8Length and the host's jsonBytes count UTF-8 bytes: %j",
    (text) => {
      const encoded = new TextEncoder().encode(text).length;
      expect(utf8Length(text)).toBe(encoded);
      expect(hostJsonBytes([text, 1])).toBe(new TextEncoder().encode(JSON.stringify([text, 1])).length);
    },
  );

  it.each([
    [["plain", 12.5, true, null]],
    [['a"b', "c\\d", "line\nbreak", "tab\t", "\u0001"]],
    [["é", "€", "😀", "日本"]],
  ])("counts UTF-8 bytes plus one per escape: %j", (row) => {
    const json = JSON.stringify(row);
    const escapes = (json.match(/\\./g) ?? []).length;
    expect(rowBytes(row)).toBe(new TextEncoder().encode(json).length + escapes);
  });
});
