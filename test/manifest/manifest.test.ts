import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { COMMAND_HANDLERS } from "../../src/commands/handlers";
import { descendants, find, parseXml, pngSize, type XmlElement } from "../support/xml";

const ROOT = join(__dirname, "..", "..");
const BASE = "https://localhost:3000/";
const manifest = parseXml(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
const all = descendants(manifest);

/** Resources: id -> DefaultValue, from <bt:Image>, <bt:Url> and <bt:String>. */
const resources = new Map<string, string>();
for (const e of all) {
  if (/^bt:(Image|Url|String)$/.test(e.name) && e.attributes.id !== undefined) {
    expect(resources.has(e.attributes.id)).toBe(false); // ids are unique
    resources.set(e.attributes.id, e.attributes.DefaultValue ?? "");
  }
}
const resource = (id: string | undefined): string => {
  const value = id === undefined ? undefined : resources.get(id);
  if (value === undefined) throw new Error(`resid ${String(id)} has no resource`);
  return value;
};
const residOf = (e: XmlElement) => e.attributes.resid;

describe("manifest.xml", () => {
  it("is a TaskPaneApp for Excel workbooks with a real GUID, en-US and ReadWriteDocument", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(find(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(find(manifest, "DefaultLocale").text).toBe("en-US");
    expect(find(manifest, "Permissions").text).toBe("ReadWriteDocument");
    expect(find(find(manifest, "Hosts"), "Host").attributes.Name).toBe("Workbook");
    const sets = all
      .filter((e) => e.name === "Set")
      .map((e) => `${e.attributes.Name} ${e.attributes.MinVersion}`);
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "ExcelApi 1.12"]));
  });

  it("opens the pane with a tagged workbook: its ShowTaskpane action has TaskpaneId Office.AutoShowTaskpaneWithDocument", () => {
    // "Automatically open a task pane with a document" (learn.microsoft.com/office/dev/add-ins/design/
    // automatically-open-a-task-pane-with-a-document) and [MS-OWEMXML] Action: Office opens, for a file whose
    // add-in settings hold Office.AutoShowTaskpaneWithDocument = true, the FIRST ShowTaskpane action of the
    // form factor whose TaskpaneId is Office.AutoShowTaskpaneWithDocument. Any other id never auto-opens.
    const desktop = find(manifest, "DesktopFormFactor");
    const showTaskpane = descendants(desktop).filter(
      (e) => e.name === "Action" && e.attributes["xsi:type"] === "ShowTaskpane",
    );
    expect(showTaskpane.length).toBeGreaterThan(0);
    const first = showTaskpane[0] as XmlElement;
    expect(find(first, "TaskpaneId").text).toBe("Office.AutoShowTaskpaneWithDocument");
    expect(resource(find(first, "SourceLocation").attributes.resid)).toBe(`${BASE}taskpane.html`);
  });

  it("resolves every resid to a resource, and resids are at most 32 characters", () => {
    const resids = all.map(residOf).filter((r): r is string => r !== undefined);
    expect(resids.length).toBeGreaterThan(20);
    for (const resid of resids) {
      expect(resources.has(resid)).toBe(true);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
    for (const id of resources.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("puts every URL under one https base", () => {
    const urls = all
      .flatMap((e) => [e.text, ...Object.values(e.attributes)])
      .filter((v) => /^\w+:\/\//.test(v));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      if (url.startsWith("http://schemas.microsoft.com/") || url.startsWith("http://www.w3.org/")) continue;
      expect(url.startsWith(BASE)).toBe(true);
    }
  });

  it("shares one long-lived runtime between the task pane, commands and custom functions", () => {
    const runtime = find(manifest, "Runtime");
    expect(runtime.attributes.lifetime).toBe("long");
    expect(resource(residOf(runtime))).toBe(`${BASE}taskpane.html`);
    expect(resource(residOf(find(manifest, "FunctionFile")))).toBe(`${BASE}taskpane.html`);
    expect(find(find(manifest, "DefaultSettings"), "SourceLocation").attributes.DefaultValue).toBe(
      `${BASE}taskpane.html`,
    );
  });

  it("declares custom functions in namespace PM with the webpack output names", () => {
    const point = all.find(
      (e) => e.name === "ExtensionPoint" && e.attributes["xsi:type"] === "CustomFunctions",
    )!;
    expect(point).toBeDefined();
    const location = (name: string) => resource(residOf(find(find(point, name), "SourceLocation")));
    expect(location("Script")).toBe(`${BASE}functions.js`);
    expect(location("Page")).toBe(`${BASE}taskpane.html`);
    expect(location("Metadata")).toBe(`${BASE}functions.json`);
    expect(resource(residOf(find(point, "Namespace")))).toBe("PM");
  });

  it("has a Practice Manager group on the Home tab with Open pane, Validate and Refresh summaries", () => {
    const tab = find(manifest, "OfficeTab");
    expect(tab.attributes.id).toBe("TabHome");
    const group = find(tab, "Group");
    expect(resource(residOf(find(group, "Label")))).toBe("Practice Manager");
    const buttons = group.children.filter((e) => e.name === "Control");
    const summary = buttons.map((button) => {
      const action = find(button, "Action");
      const target =
        action.attributes["xsi:type"] === "ExecuteFunction"
          ? find(action, "FunctionName").text
          : resource(residOf(find(action, "SourceLocation")));
      return [resource(residOf(find(button, "Label"))), action.attributes["xsi:type"], target];
    });
    expect(summary).toEqual([
      ["Open pane", "ShowTaskpane", `${BASE}taskpane.html`],
      ["Validate", "ExecuteFunction", "validateWorkbook"],
      ["Refresh summaries", "ExecuteFunction", "refreshSummaries"],
    ]);
    // Every ExecuteFunction name has a handler registered by src/commands/commands.ts.
    for (const [, , name] of summary.slice(1)) expect(Object.keys(COMMAND_HANDLERS)).toContain(name);
    const ids = all.map((e) => e.attributes.id).filter((id) => id !== undefined && !resources.has(id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("points at icon files that exist at their stated sizes", () => {
    const icons: Array<[url: string, size: number]> = [
      [find(manifest, "IconUrl").attributes.DefaultValue!, 32],
      [find(manifest, "HighResolutionIconUrl").attributes.DefaultValue!, 64],
      ...all
        .filter((e) => e.name === "bt:Image" && e.attributes.size !== undefined)
        .map((e): [string, number] => [resource(residOf(e)), Number(e.attributes.size)]),
    ];
    expect(icons.length).toBe(2 + 4 * 3); // IconUrl, HighResolutionIconUrl, then group + 3 buttons x 3 sizes
    for (const [url, size] of icons) {
      expect(url).toMatch(new RegExp(`^${BASE}assets/[\\w-]+\\.png$`));
      const file = join(ROOT, url.slice(BASE.length));
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
  });

  it("passes the offline XSD check (../shared/tools/validate-manifest)", () => {
    const tool = join(ROOT, "..", "shared", "tools", "validate-manifest");
    if (!existsSync(tool)) {
      console.log(`Skipping the XSD check: ${tool} is absent.`);
      return;
    }
    if (spawnSync("xmllint", ["--version"]).error) {
      console.log("Skipping the XSD check: xmllint is not installed (apt-get install -y libxml2-utils).");
      return;
    }
    const result = spawnSync("bash", [tool, join(ROOT, "manifest.xml")], { encoding: "utf8" });
    expect(`${result.stdout}${result.stderr}`).toContain("validates");
    expect(result.status).toBe(0);
  });
});
