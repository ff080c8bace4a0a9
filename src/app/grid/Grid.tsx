/**
 * The sheet grid: column letters, row numbers, sticky header and frozen rows, cells drawn as Excel
 * displays them, only the visible window rendered (so 100k-row sheets stay responsive). The selection is
 * the host's (range.select() anywhere, e.g. "go to problem", moves it and scrolls it into view); clicks
 * and keys select through the host, and typing goes through host.edit(..., "Local") so onChanged
 * handlers run as they would in Excel.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { CSSProperties, JSX, KeyboardEvent } from "react";
import {
  cellAddress,
  columnLetters,
  type ExcelHost,
  type Rect,
  type TableState,
  type WorkbookModel,
} from "../../host";
import { describeOfficeError } from "../../excel/errors";
import { ChartLayer } from "./ChartLayer";
import { cellLook, conditionalFormatAt, editingText, spills } from "./cell-look";
import { columnLayout, HEADER_HEIGHT, ROW_HEIGHT, scrollToReveal, visibleWindow } from "./geometry";
import { nextCell, type Move } from "./navigation";
import { useWorkbookVersion } from "./useWorkbookVersion";

export interface GridProps {
  readonly host: ExcelHost;
  /** Shows an error the user should see (a failed edit). */
  readonly onError: (message: string) => void;
}

interface Editing {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

const MIN_ROWS = 100;
const MIN_COLUMNS = 26;
const FALLBACK_SIZE = { width: 900, height: 600 };

function describe(error: unknown): string {
  const { code, message } = describeOfficeError(error);
  return `${message} (${code})`;
}

export function Grid({ host, onError }: GridProps) {
  const model = host.workbook;
  const version = useWorkbookVersion(model);
  const sheet = model.activeSheet();
  const selected = selectedRect(model, sheet.id);
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [size, setSize] = useState(FALLBACK_SIZE);
  const [editing, setEditing] = useState<Editing | null>(null);
  const committing = useRef(false);
  /**
   * The cell the last arrow key asked for while its selection is still on its way (a sync): the next
   * key moves on from there, so fast keys are never lost to a sync that has not landed yet.
   */
  const pendingSelection = useRef<{ row: number; col: number } | null>(null);

  const tables = useMemo(
    () => model.state.tables.filter((t) => t.sheetId === sheet.id),
    // `version` stands for "the workbook changed" (the model mutates in place).
    [model, sheet.id, version],
  );
  const rowCount = Math.max(MIN_ROWS, sheet.cells.rowCount + 20, selected.r1 + 20);
  const columnCount = useMemo(() => {
    let last = Math.max(selected.c1, ...Object.keys(sheet.columnWidths).map(Number));
    for (const t of tables) last = Math.max(last, t.rect.c1);
    for (let r = 0; r < Math.min(sheet.cells.rowCount, 500); r++) {
      last = Math.max(last, (sheet.cells.rowCells(r)?.length ?? 0) - 1);
    }
    return Math.max(MIN_COLUMNS, last + 4);
    // `version` stands for "the workbook changed" (the model mutates in place).
  }, [sheet, tables, selected.c1, version]);
  const layout = useMemo(
    () => columnLayout(sheet.columnWidths, columnCount),
    // Widths change in place: `version` recomputes them.
    [sheet, columnCount, version],
  );
  const rowHeaderWidth = Math.max(44, String(rowCount).length * 8 + 16);
  const frozenRows = Math.min(sheet.freezeRows, 20);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () =>
      setSize({
        width: element.clientWidth || FALLBACK_SIZE.width,
        height: element.clientHeight || FALLBACK_SIZE.height,
      });
    measure();
    if (typeof ResizeObserver === "undefined") {
      window.addEventListener("resize", measure);
      return () => window.removeEventListener("resize", measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Bring the active cell into view whenever the selection moves (keys, clicks, "go to problem").
  const revealKey = `${sheet.id}:${selected.r0}:${selected.c0}`;
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const next = scrollToReveal({
      row: selected.r0,
      column: selected.c0,
      scrollTop: element.scrollTop,
      scrollLeft: element.scrollLeft,
      width: size.width,
      height: size.height,
      frozenRows,
      rowHeaderWidth,
      layout,
    });
    if (next.scrollTop !== element.scrollTop) element.scrollTop = next.scrollTop;
    if (next.scrollLeft !== element.scrollLeft) element.scrollLeft = next.scrollLeft;
    setScroll({ top: next.scrollTop, left: next.scrollLeft });
    // Only when the selection itself moves, not on every render (the user may be scrolling).
  }, [revealKey]);

  const select = useCallback(
    (row: number, col: number) => {
      const request = { row, col };
      pendingSelection.current = request;
      return host
        .run(async (context) => {
          context.workbook.worksheets.getItem(sheet.name).getCell(row, col).select();
          await context.sync();
        })
        .catch((error: unknown) => onError(describe(error)))
        .finally(() => {
          if (pendingSelection.current === request) pendingSelection.current = null;
        });
    },
    [host, sheet.name, onError],
  );

  const focusGrid = () => scroller.current?.focus({ preventScroll: true });

  const commit = useCallback(
    async (edit: Editing, move: Move | null) => {
      if (committing.current) return;
      committing.current = true;
      setEditing(null);
      try {
        await host.edit(sheet.name, cellAddress(edit.row, edit.col), [[edit.text]], "Local");
      } catch (error) {
        onError(`The edit of ${sheet.name}!${cellAddress(edit.row, edit.col)} failed: ${describe(error)}`);
      } finally {
        committing.current = false;
      }
      if (move) {
        const next = nextCell(move, { row: edit.row, col: edit.col }, { rowCount, columnCount, pageRows: 1 });
        await select(next.row, next.col);
      }
      focusGrid();
    },
    [host, sheet.name, onError, select, rowCount, columnCount],
  );

  const startEditing = (row: number, col: number, text?: string) =>
    setEditing({ row, col, text: text ?? editingText(model.viewOf(model.displayedCell(sheet, row, col))) });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || event.target !== scroller.current) return;
    // The model's selection, not the rendered one: keys can arrive faster than frames (and than syncs).
    const current = selectedRect(model, sheet.id);
    const at = pendingSelection.current ?? { row: current.r0, col: current.c0 };
    const pageRows = Math.max(1, Math.floor((size.height - HEADER_HEIGHT) / ROW_HEIGHT) - frozenRows - 1);
    const move = keyMove(event);
    if (move) {
      event.preventDefault();
      const next = nextCell(move, at, { rowCount, columnCount, pageRows });
      void select(next.row, next.col);
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      startEditing(at.row, at.col);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      void commit({ row: at.row, col: at.col, text: "" }, null);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEditing(at.row, at.col, event.key);
    }
  };

  const visible = visibleWindow({
    scrollTop: scroll.top,
    scrollLeft: scroll.left,
    width: size.width - rowHeaderWidth,
    height: size.height,
    rowCount,
    frozenRows,
    layout,
  });
  const columns: number[] = [];
  for (let c = visible.firstColumn; c <= visible.lastColumn; c++) columns.push(c);
  const rows: number[] = [];
  for (let r = visible.firstRow; r <= visible.lastRow; r++) rows.push(r);
  const frozen = Array.from({ length: frozenRows }, (_, r) => r);
  const windowRect = { r0: 0, c0: visible.firstColumn, r1: visible.lastRow, c1: visible.lastColumn };
  const formats = sheet.conditionalFormats
    .filter((cf) =>
      cf.rects.some(
        (r) =>
          r.r0 <= windowRect.r1 && r.r1 >= windowRect.r0 && r.c0 <= windowRect.c1 && r.c1 >= windowRect.c0,
      ),
    )
    .sort((a, b) => a.priority - b.priority);

  const activeId = `pm-cell-${selected.r0}-${selected.c0}`;
  const activeRendered =
    (frozen.includes(selected.r0) || rows.includes(selected.r0)) && columns.includes(selected.c0);
  const x = (c: number) => rowHeaderWidth + (layout.lefts[c] ?? 0) - scroll.left;
  const y = (r: number) =>
    r < frozenRows ? HEADER_HEIGHT + r * ROW_HEIGHT : HEADER_HEIGHT + r * ROW_HEIGHT - scroll.top;

  const valueAt = (row: number, col: number): unknown =>
    model.viewOf(model.displayedCell(sheet, row, col)).value;
  const isEmpty = (row: number, col: number) =>
    model.viewOf(model.displayedCell(sheet, row, col)).valueType === "Empty";

  /**
   * Text longer than its cell runs on over the empty cells to its right, as in Excel: drawn once more
   * on top (aria-hidden, clicks pass through), its background hiding the grid lines under the text.
   */
  const spillOverflow = (r: number, c: number, text: string, style: CSSProperties): JSX.Element | null => {
    const own = layout.widths[c] ?? 0;
    let width = own;
    const needed = estimatedTextWidth(text, style) + 8;
    for (let next = c + 1; width < needed && next < columnCount && isEmpty(r, next); next++) {
      width += layout.widths[next] ?? 0;
    }
    if (width === own) return null;
    return (
      <div
        key={`spill-${c}`}
        aria-hidden="true"
        className="pm-spill"
        style={{
          ...SPILL_STYLE,
          ...style,
          left: x(c),
          width,
          backgroundColor: "transparent",
          textAlign: "left",
        }}
      >
        <span style={{ backgroundColor: style.backgroundColor ?? "#ffffff" }}>{text}</span>
      </div>
    );
  };

  const renderRow = (r: number) => {
    const tableOf = (c: number): TableState | undefined =>
      tables.find((t) => r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1);
    const overflows: JSX.Element[] = [];
    return (
      <div key={r} role="row" aria-rowindex={r + 2} className="pm-row" style={{ top: y(r) }}>
        {columns.map((c) => {
          const view = model.viewOf(model.displayedCell(sheet, r, c));
          const look = cellLook(view, {
            table: tableOf(c),
            row: r,
            format: formats.length > 0 ? conditionalFormatAt(formats, r, c, view.value, valueAt) : undefined,
          });
          if (spills(view)) {
            const overflow = spillOverflow(r, c, look.text, look.style);
            if (overflow) overflows.push(overflow);
          }
          const inSelection = r >= selected.r0 && r <= selected.r1 && c >= selected.c0 && c <= selected.c1;
          const active = r === selected.r0 && c === selected.c0;
          return (
            <div
              key={c}
              id={`pm-cell-${r}-${c}`}
              role="gridcell"
              aria-colindex={c + 2}
              aria-selected={inSelection}
              className={`pm-cell ${look.className}${inSelection ? " pm-selected" : ""}${active ? " pm-active" : ""}`}
              style={{ ...look.style, left: x(c), width: layout.widths[c] }}
              title={look.title}
              onMouseDown={(event) => {
                event.preventDefault();
                focusGrid();
                void select(r, c);
              }}
              onDoubleClick={() => startEditing(r, c)}
            >
              {look.text}
            </div>
          );
        })}
        {overflows}
        <div
          role="rowheader"
          className={`pm-rowheader${r >= selected.r0 && r <= selected.r1 ? " pm-header-on" : ""}`}
          style={{ width: rowHeaderWidth }}
        >
          {r + 1}
        </div>
      </div>
    );
  };

  return (
    <div
      ref={scroller}
      className="pm-grid"
      role="grid"
      aria-label={`Sheet ${sheet.name}`}
      aria-rowcount={rowCount + 1}
      aria-colcount={columnCount + 1}
      aria-activedescendant={activeRendered && !editing ? activeId : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(event) =>
        setScroll({ top: event.currentTarget.scrollTop, left: event.currentTarget.scrollLeft })
      }
      data-sheet={sheet.name}
      data-selection={cellAddress(selected.r0, selected.c0)}
    >
      <div
        style={{
          position: "relative",
          width: rowHeaderWidth + layout.total,
          height: HEADER_HEIGHT + rowCount * ROW_HEIGHT,
        }}
      >
        <div className="pm-viewport" style={{ width: size.width, height: size.height }}>
          {rows.map(renderRow)}
          <ChartLayer
            model={model}
            sheet={sheet}
            version={version}
            layout={layout}
            rowHeaderWidth={rowHeaderWidth}
            frozenRows={frozenRows}
            scroll={scroll}
            size={size}
          />
          {frozen.length > 0 && (
            <div className="pm-frozen" style={{ height: HEADER_HEIGHT + frozenRows * ROW_HEIGHT }}>
              {frozen.map(renderRow)}
            </div>
          )}
          <div
            role="row"
            aria-rowindex={1}
            className="pm-row pm-header-row"
            style={{ top: 0, height: HEADER_HEIGHT }}
          >
            {columns.map((c) => (
              <div
                key={c}
                role="columnheader"
                aria-colindex={c + 2}
                className={`pm-colheader${c >= selected.c0 && c <= selected.c1 ? " pm-header-on" : ""}`}
                style={{ left: x(c), width: layout.widths[c] }}
              >
                {columnLetters(c)}
              </div>
            ))}
            <div
              role="columnheader"
              aria-colindex={1}
              className="pm-corner"
              style={{ width: rowHeaderWidth }}
            >
              <span className="pm-visually-hidden">Row</span>
            </div>
          </div>
          {editing && (
            <CellEditor
              editing={editing}
              left={x(editing.col)}
              top={y(editing.row)}
              width={Math.max(layout.widths[editing.col] ?? 64, 120)}
              onChange={(text) => setEditing({ ...editing, text })}
              onCommit={(move) => void commit(editing, move)}
              onCancel={() => {
                setEditing(null);
                focusGrid();
              }}
            />
          )}
        </div>
      </div>
    </div>
  );
}

/** Like .pm-cell (app.html) without borders or background; clicks go to the cells underneath. */
const SPILL_STYLE: CSSProperties = {
  position: "absolute",
  top: 0,
  height: "100%",
  boxSizing: "border-box",
  padding: "0 4px",
  lineHeight: "19px",
  whiteSpace: "nowrap",
  overflow: "hidden",
  pointerEvents: "none",
  zIndex: 1,
};

/** Rough width of a text in px (no measuring in the render path): 0.55 em per character. */
function estimatedTextWidth(text: string, style: CSSProperties): number {
  const size = typeof style.fontSize === "string" ? parseFloat(style.fontSize) : 13;
  return Math.ceil(text.length * size * (style.fontWeight ? 0.6 : 0.55));
}

/** The host's selection on this sheet (A1 when it is on another sheet). */
function selectedRect(model: WorkbookModel, sheetId: string): Rect {
  const { selection } = model.state;
  return selection.sheetId === sheetId ? selection.rect : { r0: 0, c0: 0, r1: 0, c1: 0 };
}

function keyMove(event: KeyboardEvent): Move | null {
  const ctrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case "ArrowUp":
      return "up";
    case "ArrowDown":
      return "down";
    case "ArrowLeft":
      return "left";
    case "ArrowRight":
      return "right";
    case "Tab":
      return event.shiftKey ? "left" : "right";
    case "PageDown":
      return "pageDown";
    case "PageUp":
      return "pageUp";
    case "Home":
      return ctrl ? "start" : "rowStart";
    default:
      return null;
  }
}

function CellEditor(props: {
  editing: Editing;
  left: number;
  top: number;
  width: number;
  onChange: (text: string) => void;
  onCommit: (move: Move | null) => void;
  onCancel: () => void;
}) {
  const { editing } = props;
  // Enter, Tab and Escape finish the edit themselves; the blur that follows (the editor goes away, or
  // focus returns to the grid) must not commit again, least of all after Escape.
  const finished = useRef(false);
  const finish = (action: () => void) => {
    finished.current = true;
    action();
  };
  return (
    <input
      className="pm-editor"
      aria-label={`Edit ${cellAddress(editing.row, editing.col)}`}
      autoFocus
      value={editing.text}
      style={{ left: props.left, top: props.top, width: props.width }}
      onChange={(event) => props.onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          finish(() => props.onCommit(event.shiftKey ? "up" : "down"));
        } else if (event.key === "Tab") {
          event.preventDefault();
          finish(() => props.onCommit(event.shiftKey ? "left" : "right"));
        } else if (event.key === "Escape") {
          event.preventDefault();
          finish(props.onCancel);
        }
      }}
      onBlur={() => {
        if (!finished.current) finish(() => props.onCommit(null));
      }}
    />
  );
}
