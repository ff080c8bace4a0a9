/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { Grid } from "../../src/app/grid/Grid";
import { createExcelHost, WorkbookModel, type ExcelHost } from "../../src/host";

async function workbook(): Promise<ExcelHost> {
  const host = createExcelHost({ workbook: new WorkbookModel({ sheetNames: ["Claims", "Notes"] }) });
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Claims");
    sheet.getRange("A1:C3").values = [
      ["Claim ID", "Charge", "Paid"],
      ["C1", 180, 12.5],
      ["C2", 304, 0],
    ];
    sheet.getRange("B2:C3").numberFormat = [
      ["$#,##0.00", "$#,##0.00"],
      ["$#,##0.00", "$#,##0.00"],
    ];
    sheet.tables.add("A1:C3", true).name = "Claims";
    sheet.getRange("E2").formulas = [["=NOSUCHFUNCTION(1)"]];
    sheet.getRange("F2").formulas = [["=B2-C2"]];
    sheet.activate();
    await context.sync();
  });
  return host;
}

/** Errors the grid reported to the app; every test expects none. */
let errors: string[] = [];
const onError = (message: string) => errors.push(message);
beforeEach(() => {
  errors = [];
});
afterEach(() => {
  expect(errors).toEqual([]);
});

const cell = (row: number, col: number) => document.getElementById(`pm-cell-${row}-${col}`);

describe("Grid", () => {
  it("is an ARIA grid with column letters, row numbers and values as Excel displays them", async () => {
    const host = await workbook();
    render(<Grid host={host} onError={onError} />);
    const grid = screen.getByRole("grid", { name: "Sheet Claims" });
    expect(grid.getAttribute("aria-rowcount")).toBe("101"); // at least 100 rows + the header row
    expect(Number(grid.getAttribute("aria-colcount"))).toBeGreaterThanOrEqual(27); // A..Z + row numbers
    // Only the columns in view are rendered.
    const letters = screen.getAllByRole("columnheader").map((h) => h.textContent);
    expect(letters).toEqual(expect.arrayContaining(["A", "B", "C"]));
    expect(letters.length).toBeLessThan(27);
    expect(cell(1, 1)?.textContent).toBe("$180.00");
    // Formulas are computed in slices after the first paint (useWorkbookVersion), then drawn.
    await waitFor(() => expect(cell(1, 5)?.textContent).toBe("167.5")); // =B2-C2 = 180 - 12.5, General format
    expect(cell(0, 0)?.style.backgroundColor).not.toBe(""); // table header styled
  });

  it("shows a formula the engine cannot compute as its text, marked and explained", async () => {
    const host = await workbook();
    render(<Grid host={host} onError={onError} />);
    await waitFor(() => expect(cell(1, 4)?.textContent).toBe("=NOSUCHFUNCTION(1)"));
    const unknown = cell(1, 4)!;
    expect(unknown.className).toContain("pm-formula-error");
    expect(unknown.title).toMatch(/not computed here/);
  });

  it("edits by typing: the text goes through host.edit and fires onChanged like Excel (source Local)", async () => {
    const host = await workbook();
    const events: { address: string; source: string }[] = [];
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Claims").onChanged.add(async (event) => {
        events.push({ address: event.address, source: event.source });
        await Promise.resolve();
      });
      await context.sync();
    });
    render(<Grid host={host} onError={onError} />);
    const grid = screen.getByRole("grid");
    await act(() =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Claims").getRange("C2").select();
        await context.sync();
      }),
    );
    fireEvent.keyDown(grid, { key: "4" });
    const editor = screen.getByRole("textbox", { name: "Edit C2" });
    fireEvent.change(editor, { target: { value: "40" } });
    await act(async () => {
      fireEvent.keyDown(editor, { key: "Enter" });
      await host.settle();
    });
    // The grid computes the formula after the edit in slices and draws it (nothing here reads the model).
    await waitFor(() => expect(cell(1, 5)?.textContent).toBe("140")); // 180 - 40
    expect(host.workbook.calculationPending).toBe(false);
    expect(host.workbook.cellAt("Claims", "C2").value).toBe(40);
    expect(events).toEqual([{ address: "C2", source: "Local" }]);
    // Enter moved the selection down, like Excel.
    await waitFor(() => expect(grid.getAttribute("data-selection")).toBe("C3"));
  });

  it("Escape cancels an edit and leaves the cell as it was", async () => {
    const host = await workbook();
    render(<Grid host={host} onError={onError} />);
    const grid = screen.getByRole("grid");
    fireEvent.keyDown(grid, { key: "Enter" });
    const editor = screen.getByRole("textbox", { name: "Edit A1" });
    expect((editor as HTMLInputElement).value).toBe("Claim ID");
    fireEvent.change(editor, { target: { value: "oops" } });
    fireEvent.keyDown(editor, { key: "Escape" });
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(host.workbook.cellAt("Claims", "A1").value).toBe("Claim ID");
  });

  it("follows the host's selection: range.select() elsewhere moves the highlight and the active sheet", async () => {
    const host = await workbook();
    render(<Grid host={host} onError={onError} />);
    await act(() =>
      host.run(async (context) => {
        const notes = context.workbook.worksheets.getItem("Notes");
        notes.activate();
        notes.getRange("D40").select();
        await context.sync();
      }),
    );
    const grid = await screen.findByRole("grid", { name: "Sheet Notes" });
    await waitFor(() => expect(grid.getAttribute("data-selection")).toBe("D40"));
    expect(cell(39, 3)?.getAttribute("aria-selected")).toBe("true");
  });

  it("moves with the arrow keys and Tab through the host's selection", async () => {
    const host = await workbook();
    render(<Grid host={host} onError={onError} />);
    const grid = screen.getByRole("grid");
    for (const key of ["ArrowDown", "ArrowDown", "ArrowRight", "Tab"]) {
      await act(async () => {
        fireEvent.keyDown(grid, { key });
        await host.settle();
      });
    }
    await waitFor(() => expect(host.workbook.getSelection().address).toBe("Claims!C3"));
    await act(async () => {
      fireEvent.keyDown(grid, { key: "Home", ctrlKey: true });
      await host.settle();
    });
    await waitFor(() => expect(host.workbook.getSelection().address).toBe("Claims!A1"));
  });

  it("keys faster than the syncs that select: every move counts, none is lost", async () => {
    // Syncs that take a while, as the app's do while it computes or yields to the page.
    const slow = createExcelHost({
      workbook: (await workbook()).workbook,
      beforeSync: () => new Promise((resolve) => setTimeout(resolve, 15)),
    });
    render(<Grid host={slow} onError={onError} />);
    const grid = screen.getByRole("grid");
    await act(async () => {
      for (const key of ["ArrowDown", "ArrowDown", "ArrowDown", "ArrowRight", "ArrowRight"])
        fireEvent.keyDown(grid, { key });
      await slow.settle();
    });
    await waitFor(() => expect(slow.workbook.getSelection().address).toBe("Claims!C4"));
  });
});
