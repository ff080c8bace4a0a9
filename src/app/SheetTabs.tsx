/** Sheet tabs under the grid: visible sheets in order; choosing one activates it through the host. */
import type { KeyboardEvent } from "react";
import type { ExcelHost } from "../host";
import { useWorkbookVersion } from "./grid/useWorkbookVersion";

export function SheetTabs(props: { host: ExcelHost; onError: (message: string) => void }) {
  const { host, onError } = props;
  const model = host.workbook;
  useWorkbookVersion(model);
  const active = model.activeSheet();
  const sheets = model.sheets().filter((s) => s.visibility === "Visible");

  const activate = (name: string) =>
    host
      .run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      })
      .catch((error: unknown) => onError(`Could not show sheet ${name}: ${String(error)}`));

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = sheets[(index + step + sheets.length) % sheets.length];
    if (!next) return;
    void activate(next.name).then(() => document.getElementById(`pm-tab-${next.id}`)?.focus());
  };

  return (
    <div role="tablist" aria-label="Sheets" className="pm-tabs">
      {sheets.map((sheet, index) => {
        const selected = sheet.id === active.id;
        return (
          <button
            key={sheet.id}
            id={`pm-tab-${sheet.id}`}
            type="button"
            role="tab"
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className={`pm-tab${selected ? " pm-tab-on" : ""}`}
            style={sheet.tabColor ? { borderBottomColor: sheet.tabColor } : undefined}
            onClick={() => void activate(sheet.name)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {sheet.name}
          </button>
        );
      })}
    </div>
  );
}
