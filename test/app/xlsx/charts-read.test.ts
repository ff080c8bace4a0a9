/**
 * Charts read from a file: a line chart with series in rows comes back as it was saved, and a chart the
 * app cannot draw (here a pie chart) is named in the notes instead of vanishing silently.
 */
import { readXlsx } from "../../../src/app/xlsx/read-xlsx";
import { writeXlsx } from "../../../src/app/xlsx/write-xlsx";
import { ZipReader } from "../../../src/app/xlsx/zip/zip-reader";
import { ZipWriter } from "../../../src/app/xlsx/zip/zip-writer";
import { createExcelHost, WorkbookModel } from "../../../src/host";

async function workbookWithLineChart(): Promise<Uint8Array> {
  const host = createExcelHost({ workbook: new WorkbookModel({ sheetNames: ["Trend"] }) });
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Trend");
    sheet.getRange("A1:D3").values = [
      ["Visits", "Jan", "Feb", "Mar"],
      ["Dr. A", 10, 12, 9],
      ["Dr. B", 7, 8, 11],
    ];
    const chart = sheet.charts.add("Line", sheet.getRange("A1:D3"), "Rows");
    chart.title.text = "Visits by month";
    chart.legend.position = "Bottom";
    chart.setPosition("F2", "L15");
    await context.sync();
  });
  return (await writeXlsx(host.workbook)).bytes;
}

/** The same package with one part's text changed. */
async function withPart(bytes: Uint8Array, name: string, change: (xml: string) => string) {
  const zip = new ZipReader(bytes);
  const out = new ZipWriter();
  for (const entry of zip.names()) {
    if (entry === name) out.addText(entry, change(await zip.textOf(entry)));
    else out.addRaw(zip.raw(entry));
  }
  return out.finish();
}

describe("charts read from a file", () => {
  it("keeps a line chart with series in rows: data, title, legend, cells covered", async () => {
    const { model, notes } = await readXlsx(await workbookWithLineChart());
    expect(notes).toEqual([]);
    const [chart] = model.getSheet("Trend")!.charts;
    expect(chart).toMatchObject({
      type: "Line",
      seriesBy: "Rows",
      sourceRect: { r0: 0, c0: 0, r1: 2, c1: 3 },
      title: "Visits by month",
      legendVisible: true,
      legendPosition: "Bottom",
      startCell: "F2",
      endCell: "L15",
    });
  });

  it("names a chart it cannot draw (a pie chart) in the notes", async () => {
    const bytes = await withPart(await workbookWithLineChart(), "xl/charts/chart1.xml", (xml) =>
      xml.replace(/<c:lineChart>/, "<c:pieChart>").replace(/<\/c:lineChart>/, "</c:pieChart>"),
    );
    const { model, notes } = await readXlsx(bytes);
    expect(model.getSheet("Trend")!.charts).toEqual([]);
    expect(notes).toEqual([
      "1 chart(s) on Trend are not shown and not saved again: Chart 1 (the app does not draw pie charts).",
    ]);
  });
});
