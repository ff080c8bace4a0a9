/**
 * A sheet's charts into the package: one drawing part per sheet with charts, one chart part per chart,
 * their relationships, and the content types to declare. Charts of a type the app cannot write (only
 * clustered column, clustered bar and line are) are named in `notes`.
 */
import type { SheetState } from "../../../host/model/state";
import type { WorkbookModel } from "../../../host/model/workbook-model";
import { chartData } from "../../charts/chart-series";
import type { ZipWriter } from "../zip/zip-writer";
import { renderChart } from "./chart-part";
import { renderDrawing } from "./drawing-part";
import { CONTENT_TYPE, REL } from "./namespaces";
import { relationships } from "./package-parts";

export interface ContentTypeOverride {
  /** "/xl/charts/chart1.xml" */
  readonly part: string;
  readonly type: string;
}

/** Numbers the drawing and chart parts across the workbook and collects their content types. */
export class ChartParts {
  private drawings = 0;
  private charts = 0;
  readonly overrides: ContentTypeOverride[] = [];

  constructor(
    private readonly model: WorkbookModel,
    private readonly zip: ZipWriter,
    private readonly notes: string[],
  ) {}

  /**
   * Writes the sheet's charts; returns the target of its drawing relationship
   * ("../drawings/drawing1.xml"), or null when the sheet has no chart to write.
   */
  add(sheet: SheetState): string | null {
    const written = [];
    const skipped: string[] = [];
    for (const chart of sheet.charts) {
      const data = chartData(this.model, chart);
      if (data) written.push({ chart, data });
      else skipped.push(chart.name);
    }
    if (skipped.length > 0) {
      this.notes.push(
        `${skipped.length} chart(s) on ${sheet.name} are not saved (the app saves column, bar and line ` +
          `charts of cells in the workbook): ${skipped.join(", ")}.`,
      );
    }
    if (written.length === 0) return null;
    const drawing = ++this.drawings;
    const targets = written.map(({ chart, data }) => {
      const number = ++this.charts;
      this.zip.addText(`xl/charts/chart${number}.xml`, renderChart(chart, data));
      this.overrides.push({ part: `/xl/charts/chart${number}.xml`, type: CONTENT_TYPE.chart });
      return { type: REL.chart, target: `../charts/chart${number}.xml` };
    });
    const path = `xl/drawings/drawing${drawing}.xml`;
    this.zip.addText(
      path,
      renderDrawing(
        sheet,
        written.map((w) => w.chart),
      ),
    );
    this.zip.addText(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relationships(targets));
    this.overrides.push({ part: `/${path}`, type: CONTENT_TYPE.drawing });
    return `../drawings/drawing${drawing}.xml`;
  }
}
