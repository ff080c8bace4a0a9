/** The value a FluentProvider on the page gives a theme token (read from the CSS rules it inserts). */
export function providerToken(token: string): string | null {
  for (const sheet of [...document.styleSheets]) {
    for (const rule of [...sheet.cssRules]) {
      const match = new RegExp(`--${token}:\\s*([^;]+);`).exec(rule.cssText);
      if (rule.cssText.startsWith(".fui-FluentProvider") && match) return match[1]!.trim();
    }
  }
  return null;
}
