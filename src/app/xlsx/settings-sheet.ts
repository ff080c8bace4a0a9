/**
 * Where the add-in's workbook settings (context.workbook.settings) travel in a file saved by the
 * standalone app: exceljs cannot write the add-in part Excel keeps them in, nor custom document
 * properties, so they go to a very hidden sheet of key / JSON rows. The app reads it back into the
 * host's settings and never shows it as a sheet.
 */
export const SETTINGS_SHEET = "PracticeManagerSettings";
export const SETTINGS_HEADERS = ["Key", "Value (JSON)"] as const;

export type SettingRow = readonly [key: string, json: string];

/** Rows under the header: [key, JSON text]; rows without a key or with text that is not JSON are skipped. */
export function parseSettingRows(rows: readonly (readonly unknown[])[]): {
  settings: { key: string; value: unknown }[];
  skipped: string[];
} {
  const settings: { key: string; value: unknown }[] = [];
  const skipped: string[] = [];
  for (const [key, json] of rows) {
    if (typeof key !== "string" || key === "") continue;
    try {
      settings.push({ key, value: JSON.parse(String(json)) as unknown });
    } catch {
      skipped.push(key);
    }
  }
  return { settings, skipped };
}
