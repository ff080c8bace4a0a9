import { DEV_BASE_URL, normalizeBaseUrl, rewriteBaseUrl } from "../../scripts/addin-base-url";

describe("ADDIN_BASE_URL", () => {
  it("accepts https URLs and drops trailing slashes", () => {
    expect(normalizeBaseUrl("https://pm.example.org/addin/")).toBe("https://pm.example.org/addin");
    expect(normalizeBaseUrl("https://pm.example.org")).toBe("https://pm.example.org");
  });

  it("refuses what Office cannot load or what would break the URLs", () => {
    expect(() => normalizeBaseUrl("http://pm.example.org")).toThrow(/https/);
    expect(() => normalizeBaseUrl("pm.example.org")).toThrow(/not a URL/);
    expect(() => normalizeBaseUrl("https://pm.example.org/?v=1")).toThrow(/query/);
  });

  it("rewrites the development base everywhere it starts a URL, and nothing else", () => {
    const xml = [
      `<IconUrl DefaultValue="${DEV_BASE_URL}/assets/icon-32.png"/>`,
      `<bt:Url id="Taskpane.Url" DefaultValue="${DEV_BASE_URL}/taskpane.html"/>`,
      `<AppDomain>${DEV_BASE_URL}</AppDomain>`,
      `<SupportUrl DefaultValue="https://localhost:30000/x"/>`,
    ].join("\n");
    expect(rewriteBaseUrl(xml, "https://pm.example.org/addin")).toBe(
      [
        `<IconUrl DefaultValue="https://pm.example.org/addin/assets/icon-32.png"/>`,
        `<bt:Url id="Taskpane.Url" DefaultValue="https://pm.example.org/addin/taskpane.html"/>`,
        `<AppDomain>https://pm.example.org/addin</AppDomain>`,
        `<SupportUrl DefaultValue="https://localhost:30000/x"/>`,
      ].join("\n"),
    );
  });
});
