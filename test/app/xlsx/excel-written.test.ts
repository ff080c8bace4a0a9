/**
 * A workbook part by part as Excel itself writes one (not as exceljs writes it): tables without
 * headerRowCount and with a calculated column, shared formulas, inline and rich-text strings with
 * phonetic runs and _x000D_ escapes, format codes with quotes and backslashes, data validation with a
 * formula bound, merged cells and extension lists. The app must read all of it.
 */
import { readXlsx, type ReadResult } from "../../../src/app/xlsx/read-xlsx";
import { ZipWriter } from "../../../src/app/xlsx/zip/zip-writer";
import { snapshotWorkbook } from "../../../src/host/model/snapshot";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

const PARTS: Record<string, string> = {
  "[Content_Types].xml":
    DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' +
    "</Types>",
  "_rels/.rels":
    DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml":
    DECL +
    `<workbook ${MAIN} ${R} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>' +
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="1"/></bookViews>' +
    '<sheets><sheet name="Claims" sheetId="1" r:id="rId1"/><sheet name="Notes &amp; Lists" sheetId="4" r:id="rId2"/></sheets>' +
    '<definedNames><definedName name="Fees">Claims!$C$2:$C$4</definedName></definedNames>' +
    '<calcPr calcId="191029"/></workbook>',
  "xl/_rels/workbook.xml.rels":
    DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  "xl/styles.xml":
    DECL +
    `<styleSheet ${MAIN}>` +
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;$&quot;#,##0.00"/>' +
    '<numFmt numFmtId="165" formatCode="0.0\\ &quot;kg&quot;"/></numFmts>' +
    '<fonts count="3"><font><sz val="11"/><color theme="1"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font>' +
    '<font><b/><sz val="11"/><color rgb="FFC00000"/><name val="Aptos Narrow"/></font>' +
    '<font><b val="0"/><i/><sz val="11"/><color theme="1"/><name val="Aptos Narrow"/></font></fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>' +
    '<xf numFmtId="165" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1">' +
    '<alignment horizontal="center" wrapText="1"/></xf>' +
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    "</styleSheet>",
  "xl/sharedStrings.xml":
    DECL +
    `<sst ${MAIN} count="9" uniqueCount="8">` +
    "<si><t>Claim ID</t></si><si><t>Patient</t></si><si><t>Fee</t></si><si><t>Double</t></si><si><t>Note</t></si>" +
    '<si><r><rPr><b/><sz val="11"/></rPr><t>Mixed </t></r><r><t xml:space="preserve">runs </t></r>' +
    '<rPh sb="0" eb="1"><t>ignored</t></rPh><phoneticPr fontId="1"/></si>' +
    "<si><t>Line one_x000D_\nline two &amp; more</t></si><si><t>CLM-1</t></si></sst>",
  "xl/worksheets/_rels/sheet1.xml.rels":
    DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
  "xl/worksheets/sheet1.xml":
    DECL +
    `<worksheet ${MAIN} ${R} xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    '<dimension ref="A1:E5"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="C3" sqref="C3"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>' +
    '<cols><col min="1" max="1" width="14.7109375" customWidth="1"/><col min="3" max="3" width="9.140625" style="1"/></cols>' +
    "<sheetData>" +
    '<row r="1" spans="1:5" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
    '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>' +
    '<row r="2" spans="1:5" ht="30" customHeight="1"><c r="A2" t="s"><v>7</v></c><c r="B2" t="inlineStr"><is><t>Ann &amp; Bo</t></is></c>' +
    '<c r="C2" s="1"><v>120</v></c><c r="D2" s="1"><f>Table1[[#This Row],[Fee]]*2</f><v>240</v></c>' +
    '<c r="E2"><f t="shared" ref="E2:E4" si="0">C2+$C$2</f><v>240</v></c></row>' +
    // A row and cells written without their r attributes (allowed): row 3, cells A3, B3, C3, ...
    '<row><c t="inlineStr"><is><r><t>CLM-</t></r><r><rPr><i/></rPr><t>2</t></r></is></c><c t="b"><v>1</v></c>' +
    '<c s="1"><v>180.5</v></c><c s="1"><f>Table1[[#This Row],[Fee]]*2</f><v>361</v></c>' +
    '<c><f t="shared" si="0"/><v>300.5</v></c></row>' +
    '<row r="4"><c r="A4" t="s"><v>7</v></c><c r="B4" t="e"><v>#N/A</v></c><c r="C4" s="1"><v>1E-3</v></c>' +
    '<c r="D4" s="1"><f>Table1[[#This Row],[Fee]]*2</f><v>2E-3</v></c><c r="E4"><f t="shared" si="0"/><v>120.001</v></c></row>' +
    '<row r="5"><c r="A5" s="3" t="s"><v>5</v></c><c r="B5" s="4"><v>12.5</v></c><c r="C5" s="2"><v>45730</v></c>' +
    '<c r="D5" t="str"><f>IF(TRUE,"yes","no")</f><v>yes</v></c><c r="E5" s="5" t="s"><v>6</v></c></row>' +
    "</sheetData>" +
    '<mergeCells count="1"><mergeCell ref="F1:G1"/></mergeCells>' +
    '<dataValidations count="3">' +
    '<dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="C2:C4 C6"><formula1>0</formula1><formula2>$A$10</formula2></dataValidation>' +
    '<dataValidation type="date" operator="greaterThanOrEqual" allowBlank="1" sqref="C5"><formula1>45658</formula1></dataValidation>' +
    '<dataValidation type="list" allowBlank="1" showInputMessage="1" promptTitle="Pick" prompt="One of these" sqref="B8:B9">' +
    "<formula1>&quot;Open,Closed&quot;</formula1></dataValidation></dataValidations>" +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' +
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
    '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1>' +
    "<xm:sqref>A2:A4</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>",
  "xl/tables/table1.xml":
    DECL +
    `<table ${MAIN} id="1" name="Table1" displayName="Table1" ref="A1:E4" totalsRowShown="0">` +
    '<autoFilter ref="A1:E4"/><tableColumns count="5"><tableColumn id="1" name="Claim ID"/>' +
    '<tableColumn id="2" name="Patient"/><tableColumn id="3" name="Fee"/>' +
    '<tableColumn id="4" name="Double" dataDxfId="0"><calculatedColumnFormula>Table1[[#This Row],[Fee]]*2</calculatedColumnFormula></tableColumn>' +
    '<tableColumn id="5" name="Note"/></tableColumns>' +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
  "xl/worksheets/sheet2.xml":
    DECL +
    `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c>` +
    '<c r="B1"><v>7</v></c></row></sheetData></worksheet>',
};

let opened: ReadResult;
let bytes: Uint8Array;

beforeAll(async () => {
  const zip = new ZipWriter();
  for (const [name, xml] of Object.entries(PARTS)) zip.addText(name, xml);
  bytes = await zip.finish();
  opened = await readXlsx(bytes);
});

describe("a large worksheet's cells, decoded a piece at a time (sheet-part.ts)", () => {
  it.each([16, 40, 97, 1000])(
    "read in pieces of %i bytes (cut where rows start), it is the same workbook",
    async (pieceBytes) => {
      // splitAbove 0: every worksheet takes the large-part path. A shared formula's master (row 2) and
      // the cells that use it (rows 3, 4), and the row without an r attribute, land in other pieces.
      const split = await readXlsx(bytes, { splitAbove: 0, pieceBytes });
      expect(snapshotWorkbook(split.model)).toEqual(snapshotWorkbook(opened.model));
      expect(split.notes).toEqual(opened.notes);
      expect(split.model.cell("Claims", 3, 4).formula).toBe("=C4+$C$2");
    },
  );
});

describe("a workbook as Excel writes it", () => {
  it("has its sheets in order and opens on the tab that was active", () => {
    expect(opened.model.sheetNames()).toEqual(["Claims", "Notes & Lists"]);
    expect(opened.model.getSelection().sheet).toBe("Notes & Lists");
  });

  it("keeps the table with its header row and every column, also after a calculated column", () => {
    expect(opened.model.table("Table1")).toMatchObject({
      address: "Claims!A1:E4",
      headers: ["Claim ID", "Patient", "Fee", "Double", "Note"],
      style: "TableStyleMedium2",
      showBandedRows: true,
    });
    expect(opened.model.tableByName("Table1")?.showFilterButton).toBe(true);
    expect(opened.model.table("Table1")?.columns[3]?.formula).toBe("=[@Fee]*2");
  });

  it("reads shared, inline and rich-text strings, booleans, errors and numbers in exponent form", () => {
    const cell = (address: string) => opened.model.cellAt("Claims", address);
    expect(cell("A2").value).toBe("CLM-1");
    expect(cell("B2").value).toBe("Ann & Bo");
    expect(cell("A3").value).toBe("CLM-2"); // inline rich text, cells without r follow on from A3
    expect(cell("B3")).toMatchObject({ value: true, valueType: "Boolean" });
    expect(cell("C3").value).toBe(180.5);
    expect(cell("B4")).toMatchObject({ value: "#N/A", valueType: "Error" });
    expect(cell("C4").value).toBe(0.001);
    expect(cell("A5").value).toBe("Mixed runs "); // runs joined, phonetic run left out
    expect(cell("E5").value).toBe("Line one\r\nline two & more");
    expect(opened.model.cellAt("Notes & Lists", "A1").value).toBe("second");
    expect(opened.model.cellAt("Notes & Lists", "B1").value).toBe(7);
  });

  it("expands shared formulas with their relative references moved, and computes them", () => {
    const cell = (address: string) => opened.model.cellAt("Claims", address);
    expect(cell("E2")).toMatchObject({ formula: "=C2+$C$2", value: 240 });
    expect(cell("E3")).toMatchObject({ formula: "=C3+$C$2", value: 300.5 });
    expect(cell("E4")).toMatchObject({ formula: "=C4+$C$2", value: 120.001 });
    expect(cell("D3")).toMatchObject({ formula: "=[@Fee]*2", value: 361 });
    expect(cell("D5")).toMatchObject({ formula: '=IF(TRUE,"yes","no")', value: "yes" });
  });

  it("keeps number formats as written (quotes and backslashes), fonts, fills and alignment", () => {
    const cell = (address: string) => opened.model.cellAt("Claims", address);
    expect(cell("C2").numberFormat).toBe('"$"#,##0.00');
    expect(cell("C2").text).toBe("$120.00");
    expect(cell("B5").numberFormat).toBe('0.0\\ "kg"');
    expect(cell("C5")).toMatchObject({ numberFormat: "mm-dd-yy", value: 45730 });
    expect(cell("E5").numberFormat).toBe("@");
    expect(cell("A5").format).toMatchObject({ bold: true, fontColor: "#C00000", fillColor: "#FFFF00" });
    // <b val="0"/> is not bold.
    expect(cell("B5").format).toMatchObject({
      bold: false,
      italic: true,
      horizontalAlignment: "Center",
      wrapText: true,
    });
  });

  it("keeps column widths, the whole-column format, row heights, frozen rows and the selected cell", () => {
    const sheet = opened.model.getSheet("Claims")!;
    expect(sheet.columnWidths[0]).toBeCloseTo(14.7109375 * 5.25, 2);
    expect(sheet.cells.columnDefault(2)?.numberFormat).toBe('"$"#,##0.00');
    expect(sheet.rowHeights[1]).toBe(30);
    expect(sheet.freezeRows).toBe(1);
  });

  it("reads data validation: a formula bound stays a formula, dates as dates, lists with their prompt", () => {
    const validation = (address: string) => opened.model.cellAt("Claims", address).validation;
    expect(validation("C3")?.rule).toEqual({
      wholeNumber: { operator: "Between", formula1: 0, formula2: "=$A$10" },
    });
    expect(validation("C6")?.type).toBe("WholeNumber"); // an empty cell of the rule's range
    expect(validation("C5")?.rule).toEqual({
      date: { operator: "GreaterThanOrEqualTo", formula1: "2025-01-01" },
    });
    expect(validation("B9")).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "Open,Closed" } },
      prompt: { showPrompt: true, title: "Pick", message: "One of these" },
    });
    // The x14 list in extLst (a list on another sheet) is not read, as before.
    expect(validation("A2")).toBeNull();
  });

  it("keeps the defined name and says what it could not keep", () => {
    expect(opened.model.names().map((n) => n.name)).toEqual(["Fees"]);
    expect(opened.notes).toEqual(["Merged cells on Claims are shown and saved unmerged."]);
  });
});
