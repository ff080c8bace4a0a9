/**
 * Fluent theme that matches Office's: dark when the task pane's body background is dark. Excel has no
 * theme-changed event for task panes, so the theme is re-read whenever the pane gets focus or becomes
 * visible again (the moments a user comes back after changing it in File > Account > Office Theme).
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** sRGB relative luminance (0 black .. 1 white) of "#rrggbb" / "rrggbb" / "#rgb"; null when unreadable. */
export function relativeLuminance(color: string): number | null {
  const hex = color.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Luminance of mid grey (CIE L* = 50): backgrounds darker than this get the dark theme. */
const DARK_BELOW = 0.18;

export function isDarkBackground(color: string | undefined): boolean {
  const luminance = color === undefined ? null : relativeLuminance(color);
  return luminance !== null && luminance < DARK_BELOW;
}

export function themeForOffice(
  officeTheme: Pick<Office.OfficeTheme, "bodyBackgroundColor"> | undefined,
): Theme {
  return isDarkBackground(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}

/** The theme Office reports right now (light outside Office or when Office does not say). */
export function currentOfficeTheme(): Theme {
  const officeTheme = typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  return themeForOffice(officeTheme);
}

/** Calls onChange with the current Office theme whenever the pane regains focus or visibility. */
export function watchOfficeTheme(onChange: (theme: Theme) => void): () => void {
  const check = () => onChange(currentOfficeTheme());
  window.addEventListener("focus", check);
  document.addEventListener("visibilitychange", check);
  return () => {
    window.removeEventListener("focus", check);
    document.removeEventListener("visibilitychange", check);
  };
}
