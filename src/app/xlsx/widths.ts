/**
 * Column widths: the host (like Range.format.columnWidth) uses points, the file stores character widths
 * that include Excel's 5-pixel padding. A file width w is w * 7 pixels of the default font (7-pixel
 * digits), and a pixel is 0.75 point: points = w * 5.25. Excel's default 8.43 characters = 9.14 = 48 pt.
 */
const POINTS_PER_FILE_WIDTH = 5.25;

export function pointsFromFileWidth(width: number): number {
  return Math.round(width * POINTS_PER_FILE_WIDTH * 100) / 100;
}

export function fileWidthFromPoints(points: number): number {
  return Math.round((points / POINTS_PER_FILE_WIDTH) * 256) / 256;
}
