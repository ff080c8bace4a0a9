/**
 * One sync's undo record: the workbook's plain state as JSON and each sheet's cell store (stores keep
 * their own undo log), so a sync that fails as a whole can put everything back.
 */
import type { CellStore } from "./cell-store";
import type { SheetState, WorkbookState } from "./state";

export class Transaction {
  private constructor(
    private readonly metaJson: string,
    private readonly stores: Map<string, CellStore>,
    /** How many change records existed at begin(). */
    readonly changeCount: number,
  ) {}

  static begin(state: WorkbookState, changeCount: number): Transaction {
    const metaJson = JSON.stringify({ ...state, sheets: state.sheets.map((s) => ({ ...s, cells: null })) });
    const transaction = new Transaction(
      metaJson,
      new Map(state.sheets.map((s) => [s.id, s.cells])),
      changeCount,
    );
    for (const sheet of state.sheets) sheet.cells.begin();
    return transaction;
  }

  commit(state: WorkbookState): void {
    for (const store of this.allStores(state)) store.commit();
  }

  /** Undoes the cell changes and returns the workbook state as it was at begin(). */
  rollback(state: WorkbookState): WorkbookState {
    for (const store of this.allStores(state)) store.rollback();
    const meta = JSON.parse(this.metaJson) as Omit<WorkbookState, "sheets"> & {
      sheets: (Omit<SheetState, "cells"> & { cells: null })[];
    };
    return {
      ...meta,
      sheets: meta.sheets.map((s) => {
        const store = this.stores.get(s.id);
        if (!store) throw new Error(`WorkbookModel: no cells to restore for sheet ${s.id}`);
        return { ...s, cells: store };
      }),
    };
  }

  /** Stores of the sheets at begin() and of sheets added since. */
  private allStores(state: WorkbookState): Set<CellStore> {
    return new Set([...this.stores.values(), ...state.sheets.map((s) => s.cells)]);
  }
}
