/**
 * The pages' Content-Security-Policy, as written in their templates (test/e2e/csp.test.ts checks that
 * Chromium enforces it and that the app causes no violation): scripts from this site (plus Microsoft's
 * Office.js CDN on the add-in page), no eval, no inline script, requests to this site only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

function policy(template: string): Map<string, string[]> {
  const html = readFileSync(join(ROOT, template), "utf8");
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
  if (!meta) throw new Error(`${template} has no Content-Security-Policy meta element`);
  // Before any script: a policy delivered by <meta> applies only to what comes after it.
  if (html.includes("<script")) expect(meta.index).toBeLessThan(html.indexOf("<script"));
  const entries = (meta[1] ?? "")
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map(([name, ...sources]): [string, string[]] => [name ?? "", sources]);
  return new Map(entries);
}

describe.each([
  ["src/app/app.html", ["'self'"]],
  ["src/taskpane/taskpane.html", ["'self'", "https://appsforoffice.microsoft.com"]],
  ["src/taskpane/support.html", ["'self'"]],
])("%s", (template, scripts) => {
  const directives = policy(template);

  it("loads scripts from this site (and the Office CDN for the add-in) only, never eval or inline", () => {
    expect(directives.get("script-src")).toEqual(scripts);
    for (const sources of directives.values()) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("*");
    }
  });

  it("makes requests to this site only and embeds no plugins", () => {
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
  });
});
