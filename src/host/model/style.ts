/** Cell formatting other than the number format, interned so equal styles share one object. */
import { HostErrorCodes, hostError } from "../errors";
import { interner } from "./intern";

export interface CellStyle {
  /** "#RRGGBB", or null for no fill. */
  readonly fillColor: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: string;
  readonly fontColor: string;
  readonly fontSize: number;
  readonly fontName: string;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
  readonly indentLevel: number;
}

export const DEFAULT_FONT_NAME = "Aptos Narrow";
export const DEFAULT_COLUMN_WIDTH = 48; // points, Excel's 8.43 characters
export const DEFAULT_ROW_HEIGHT = 15; // points

function styleKey(style: CellStyle): string {
  return [
    style.fillColor,
    style.bold,
    style.italic,
    style.underline,
    style.fontColor,
    style.fontSize,
    style.fontName,
    style.horizontalAlignment,
    style.verticalAlignment,
    style.wrapText,
    style.indentLevel,
  ].join("|");
}

export const internStyle: (style: CellStyle) => CellStyle = interner(styleKey);

export const DEFAULT_STYLE: CellStyle = internStyle({
  fillColor: null,
  bold: false,
  italic: false,
  underline: "None",
  fontColor: "#000000",
  fontSize: 11,
  fontName: DEFAULT_FONT_NAME,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
});

export function patchStyle(style: CellStyle, patch: Partial<CellStyle>): CellStyle {
  return internStyle({ ...style, ...patch });
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkblue: "#00008B",
  darkgreen: "#006400",
  darkred: "#8B0000",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
  pink: "#FFC0CB",
  navy: "#000080",
  teal: "#008080",
};

/** Excel reports colors as "#RRGGBB"; it accepts that, "#RGB"-less hex and HTML color names. */
/** A color Excel accepts (a name, "#RGB" or "#RRGGBB") as "#RRGGBB"; InvalidArgument otherwise. */
export function requireColor(value: unknown): string {
  const normalized = typeof value === "string" ? normalizeColor(value) : undefined;
  if (!normalized) throw hostError(HostErrorCodes.invalidArgument, `"${String(value)}" is not a color.`);
  return normalized;
}

export function normalizeColor(color: string): string | undefined {
  const text = color.trim();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(text);
  if (hex) return `#${(hex[1] ?? "").toUpperCase()}`;
  const short = /^#([0-9a-fA-F]{3})$/.exec(text);
  if (short) {
    const [r = "", g = "", b = ""] = (short[1] ?? "").toUpperCase().split("");
    return `#${r}${r}${g}${g}${b}${b}`;
  }
  return undefined;
}
