/** Worksheet.freezePanes and Worksheet.pageLayout. */
import { MAX_COLUMNS, MAX_ROWS } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { PageLayoutState, SheetState } from "../model/state";
import type { HostRequestContext } from "./context";
import { describeArg, HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostRange } from "./range";
import { argumentRect } from "./range-argument";

export class HostFreezePanes extends HostObject {
  protected readonly className = "WorksheetFreezePanes";

  constructor(
    context: HostRequestContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }

  protected readers(): PropertyReaders {
    return {};
  }

  private set(rows: number, columns: number, method: string): void {
    this.queueCall(method, [rows, columns], () => {
      if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0) {
        throw hostError(HostErrorCodes.invalidArgument, `${method}: the count must be a whole number >= 0.`);
      }
      const sheet = this.sheet();
      sheet.freezeRows = rows;
      sheet.freezeColumns = columns;
    });
  }

  freezeRows(count?: number): void {
    this.set(count ?? 1, 0, "freezeRows");
  }

  freezeColumns(count?: number): void {
    this.set(0, count ?? 1, "freezeColumns");
  }

  /** Freezes the rows above and the columns left of the range's bottom-right cell + 1 (Excel's rule). */
  freezeAt(frozenRange: HostRange | string): void {
    this.queueCall("freezeAt", [describeArg(frozenRange)], () => {
      const sheet = this.sheet();
      const rect = argumentRect(frozenRange);
      if (!rect) throw hostError(HostErrorCodes.invalidArgument, "freezeAt needs a range.");
      sheet.freezeRows = rect.r1 === MAX_ROWS - 1 ? 0 : rect.r1 + 1;
      sheet.freezeColumns = rect.c1 === MAX_COLUMNS - 1 ? 0 : rect.c1 + 1;
    });
  }

  unfreeze(): void {
    this.set(0, 0, "unfreeze");
  }

  /** The frozen cells: "1:2" for two rows, "A:B" for two columns, "A1:B2" for both; null when none. */
  getLocationOrNullObject(): HostRange {
    return new HostRange(
      this.context,
      () => {
        const sheet = this.sheet();
        const rows = sheet.freezeRows;
        const cols = sheet.freezeColumns;
        if (rows === 0 && cols === 0) return undefined;
        const rect =
          cols === 0
            ? { r0: 0, c0: 0, r1: rows - 1, c1: MAX_COLUMNS - 1 }
            : rows === 0
              ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: cols - 1 }
              : { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 };
        return { sheetId: sheet.id, rect };
      },
      true,
      { call: "WorksheetFreezePanes.getLocationOrNullObject" },
    );
  }
}

const ORIENTATIONS = ["Portrait", "Landscape"];

export class HostPageLayout extends HostObject {
  protected readonly className = "PageLayout";

  constructor(
    context: HostRequestContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }

  private layout(): PageLayoutState {
    return this.sheet().pageLayout;
  }

  protected readers(): PropertyReaders {
    return {
      orientation: () => this.layout().orientation,
      zoom: () => ({ ...this.layout().zoom }),
      centerHorizontally: () => this.layout().centerHorizontally,
      centerVertically: () => this.layout().centerVertically,
      printGridlines: () => this.layout().printGridlines,
    };
  }

  get orientation(): Excel.PageOrientation {
    return this.loaded("orientation");
  }
  set orientation(value: Excel.PageOrientation) {
    this.queueSet("orientation", value, () => {
      if (!ORIENTATIONS.includes(String(value))) {
        throw hostError(HostErrorCodes.invalidArgument, `"${String(value)}" is not a page orientation.`);
      }
      this.layout().orientation = value;
    });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.loaded("zoom");
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.queueSet("zoom", value, () => {
      const zoom: PageLayoutState["zoom"] = {};
      if (value.scale !== undefined) {
        if (value.scale < 10 || value.scale > 400) {
          throw hostError(HostErrorCodes.invalidArgument, "The zoom scale must be between 10 and 400.");
        }
        zoom.scale = value.scale;
      }
      // Fit-to-pages is one setting with two numbers: the one not given takes the file format's default,
      // 1 page (ECMA-376 18.3.1.64 pageSetup fitToWidth / fitToHeight, default 1; 0 = as many as needed).
      // So { horizontalFitToPages: 1 } alone also squeezes the sheet onto ONE page tall.
      const fit = value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined;
      if (fit) {
        zoom.horizontalFitToPages = value.horizontalFitToPages ?? 1;
        zoom.verticalFitToPages = value.verticalFitToPages ?? 1;
      }
      this.layout().zoom = zoom;
    });
  }
  get centerHorizontally(): boolean {
    return this.loaded("centerHorizontally");
  }
  set centerHorizontally(value: boolean) {
    this.queueSet("centerHorizontally", value, () => {
      this.layout().centerHorizontally = Boolean(value);
    });
  }
  get centerVertically(): boolean {
    return this.loaded("centerVertically");
  }
  set centerVertically(value: boolean) {
    this.queueSet("centerVertically", value, () => {
      this.layout().centerVertically = Boolean(value);
    });
  }
  get printGridlines(): boolean {
    return this.loaded("printGridlines");
  }
  set printGridlines(value: boolean) {
    this.queueSet("printGridlines", value, () => {
      this.layout().printGridlines = Boolean(value);
    });
  }

  setPrintTitleRows(rows: HostRange | string): void {
    this.queueCall("setPrintTitleRows", [describeArg(rows)], () => {
      const rect = argumentRect(rows);
      if (!rect)
        throw hostError(HostErrorCodes.invalidArgument, 'setPrintTitleRows needs rows such as "1:1".');
      this.layout().printTitleRows = `$${rect.r0 + 1}:$${rect.r1 + 1}`;
    });
  }
}
