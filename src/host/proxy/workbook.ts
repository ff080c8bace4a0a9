/** context.workbook, context.runtime and workbook.application. */
import type { HostRequestContext } from "./context";
import { HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostNamedItemCollection } from "./named-items";
import { HostSettingCollection } from "./settings";
import { HostRange } from "./range";
import { HostTableCollection } from "./table-collection";
import { HostWorksheetCollection } from "./worksheet-collection";

export class HostApplication extends HostObject {
  protected readonly className = "Application";

  protected readers(): PropertyReaders {
    return { calculationMode: () => this.context.model.state.calculationMode };
  }

  get calculationMode(): Excel.CalculationMode {
    return this.loaded("calculationMode");
  }
  set calculationMode(value: Excel.CalculationMode) {
    this.queueSet("calculationMode", value, () => {
      this.context.model.state.calculationMode = String(value);
    });
  }

  /** The host always keeps formulas calculated; this marks them for recalculation. */
  calculate(_calculationType: Excel.CalculationType | string): void {
    this.queueCall("calculate", [], () => this.context.model.touch());
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.queueCall("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}

export class HostRuntime extends HostObject {
  protected readonly className = "Runtime";

  protected readers(): PropertyReaders {
    return { enableEvents: () => this.context.eventsEnabled };
  }

  /** When false, changes this context makes fire no events (applied at sync, like Excel). */
  get enableEvents(): boolean {
    return this.loaded("enableEvents");
  }
  set enableEvents(value: boolean) {
    this.queueSet("enableEvents", value, () => {
      this.context.eventsEnabled = Boolean(value);
    });
  }
}

export class HostWorkbook extends HostObject {
  protected readonly className = "Workbook";
  readonly worksheets: HostWorksheetCollection;
  readonly tables: HostTableCollection;
  readonly names: HostNamedItemCollection;
  readonly settings: HostSettingCollection;
  readonly application: HostApplication;

  constructor(context: HostRequestContext) {
    super(context);
    this.worksheets = new HostWorksheetCollection(context);
    this.tables = new HostTableCollection(context, () => undefined);
    this.names = new HostNamedItemCollection(context, () => undefined);
    this.settings = new HostSettingCollection(context);
    this.application = new HostApplication(context);
  }

  protected override navigations(): Record<string, HostObject> {
    return { worksheets: this.worksheets, tables: this.tables, names: this.names, settings: this.settings };
  }

  protected readers(): PropertyReaders {
    return {
      name: () => "Workbook.xlsx",
      use1904DateSystem: () => this.context.model.state.date1904 === true,
    };
  }

  /** Excel.Workbook.use1904DateSystem (ExcelApi 1.16): true when the workbook counts dates from 1904. */
  get use1904DateSystem(): boolean {
    return this.loaded("use1904DateSystem");
  }

  get name(): string {
    return this.loaded("name");
  }

  getSelectedRange(): HostRange {
    return new HostRange(this.context, () => this.context.model.state.selection, false, {
      call: "getSelectedRange",
    });
  }

  getActiveCell(): HostRange {
    return new HostRange(
      this.context,
      () => {
        const { sheetId, rect } = this.context.model.state.selection;
        return { sheetId, rect: { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 } };
      },
      false,
      { call: "getActiveCell" },
    );
  }
}
