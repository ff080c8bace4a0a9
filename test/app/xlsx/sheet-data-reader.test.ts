/** The in-place scanner of a sheet's cells: what each XML form of a cell reads as. */
import { scanSheetData, type RawCell } from "../../../src/app/xlsx/read/sheet-data-reader";
import { readSharedStrings } from "../../../src/app/xlsx/read/shared-strings-reader";

function scan(xml: string) {
  const cells: RawCell[] = [];
  const rows: [number, number | null][] = [];
  scanSheetData(xml, 0, xml.length, {
    row: (row, height) => rows.push([row, height]),
    cell: (cell) => cells.push({ ...cell }),
  });
  return { cells, rows };
}

describe("scanSheetData", () => {
  it("reads position, style, type, value and formula of each cell", () => {
    const { cells, rows } = scan(
      '<row r="3" ht="21.75" customHeight="1"><c r="B3" s="4" t="s"><v>12</v></c>' +
        '<c r="C3" s="2"/><c r="D3"><f>SUM(B1:B2)</f><v>3</v></c><c r="AA3" t="b"><v>0</v></c></row>',
    );
    expect(rows).toEqual([[2, 21.75]]);
    expect(cells).toEqual([
      { row: 2, col: 1, style: 4, type: "s", value: "12", formula: null },
      { row: 2, col: 2, style: 2, type: "", value: null, formula: null },
      { row: 2, col: 3, style: 0, type: "", value: "3", formula: "SUM(B1:B2)" },
      { row: 2, col: 26, style: 0, type: "b", value: "0", formula: null },
    ]);
  });

  it("numbers rows and cells written without r after the previous ones", () => {
    const { cells } = scan(
      '<row r="2"><c r="C2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>',
    );
    expect(cells.map((c) => [c.row, c.col, c.value])).toEqual([
      [1, 2, "1"],
      [1, 3, "2"],
      [2, 0, "3"],
    ]);
  });

  it("resolves entities and CDATA, reads inline strings without phonetic runs", () => {
    const { cells } = scan(
      '<row r="1"><c r="A1" t="str"><f>"a"&amp;"b"</f><v>a&amp;b</v></c>' +
        '<c r="B1" t="inlineStr"><is><r><t>x &lt; </t></r><r><t><![CDATA[<y>]]></t></r><rPh><t>no</t></rPh></is></c></row>',
    );
    expect(cells.map((c) => [c.formula, c.value])).toEqual([
      ['"a"&"b"', "a&b"],
      [null, "x < <y>"],
    ]);
  });

  it("expands a shared formula into each cell it covers, moving relative references only", () => {
    const { cells } = scan(
      '<row r="2"><c r="B2"><f t="shared" ref="B2:C3" si="5">A2*$A$1+Sheet2!A2</f></c>' +
        '<c r="C2"><f t="shared" si="5"/></c></row><row r="3"><c r="B3"><f t="shared" si="5"/></c>' +
        '<c r="C3"><f t="shared" si="5"></f></c></row>',
    );
    expect(cells.map((c) => c.formula)).toEqual([
      "A2*$A$1+Sheet2!A2",
      "B2*$A$1+Sheet2!B2",
      "A3*$A$1+Sheet2!A3",
      "B3*$A$1+Sheet2!B3",
    ]);
  });

  it("reads elements with a namespace prefix and skips comments and extension lists", () => {
    const { cells } = scan(
      '<x:row r="1"><!-- <c r="Z1"><v>9</v></c> --><x:c r="A1"><x:v>1</x:v><x:extLst><x:ext/></x:extLst></x:c>' +
        '<x:c r="B1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c></x:row>',
    );
    expect(cells.map((c) => [c.col, c.value])).toEqual([
      [0, "1"],
      [1, "p"],
    ]);
  });
});

describe("readSharedStrings", () => {
  it("reads plain and rich items, empty items, text with a bare > and Excel's escapes", async () => {
    const xml =
      '<sst xmlns="urn:main" count="4" uniqueCount="4"><si><t>a > b</t></si><si/>' +
      '<si><r><t>bo</t></r><r><rPr><b/></rPr><t>ld</t></r><rPh sb="0" eb="1"><t>ph</t></rPh></si>' +
      "<si><t>one_x000D_\ntwo</t></si></sst>";
    expect(await readSharedStrings(xml)).toEqual(["a > b", "", "bold", "one\r\ntwo"]);
  });

  it("pauses every few thousand items and reads the same strings (a large file lets the page run)", async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `<si><t>s${i} &amp; é</t></si>`).join("");
    const xml = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`;
    let pauses = 0;
    const stepped = await readSharedStrings(xml, () => {
      pauses++;
      return Promise.resolve();
    });
    expect(pauses).toBe(2);
    expect(stepped).toEqual(await readSharedStrings(xml));
    expect(stepped[9_999]).toBe("s9999 & é");
  });
});
