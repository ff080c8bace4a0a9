/** Where the active cell goes for a key, kept inside the grid's rows and columns. */
export type Move = "up" | "down" | "left" | "right" | "pageUp" | "pageDown" | "rowStart" | "start";

export function nextCell(
  move: Move,
  at: { readonly row: number; readonly col: number },
  limits: { readonly rowCount: number; readonly columnCount: number; readonly pageRows: number },
): { row: number; col: number } {
  const clampRow = (row: number) => Math.min(limits.rowCount - 1, Math.max(0, row));
  const clampCol = (col: number) => Math.min(limits.columnCount - 1, Math.max(0, col));
  switch (move) {
    case "up":
      return { row: clampRow(at.row - 1), col: at.col };
    case "down":
      return { row: clampRow(at.row + 1), col: at.col };
    case "left":
      return { row: at.row, col: clampCol(at.col - 1) };
    case "right":
      return { row: at.row, col: clampCol(at.col + 1) };
    case "pageUp":
      return { row: clampRow(at.row - limits.pageRows), col: at.col };
    case "pageDown":
      return { row: clampRow(at.row + limits.pageRows), col: at.col };
    case "rowStart":
      return { row: at.row, col: 0 };
    case "start":
      return { row: 0, col: 0 };
  }
}
