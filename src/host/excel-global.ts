/**
 * Outside Office there is no global `Excel`, yet add-in code may use its enums at run time
 * (Excel.ConditionalFormatType.custom === "Custom"). createExcelHost installs a stand-in when none
 * exists: every enum maps a camelCase key to its PascalCase value, which is how Office.js spells
 * them. Excel.run is deliberately absent: code must go through an ExcelRunner.
 */
function enumProxy(): Record<string, string> {
  return new Proxy(
    {},
    {
      get: (_target, key) =>
        typeof key === "string" ? key.charAt(0).toUpperCase() + key.slice(1) : undefined,
    },
  );
}

export function installExcelGlobal(): void {
  const global = globalThis as { Excel?: unknown };
  if (global.Excel !== undefined) return;
  const enums = new Map<string, Record<string, string>>();
  global.Excel = new Proxy(
    {},
    {
      get: (_target, name) => {
        if (typeof name !== "string" || name === "run" || name === "then") return undefined;
        let value = enums.get(name);
        if (!value) {
          value = enumProxy();
          enums.set(name, value);
        }
        return value;
      },
    },
  );
}
