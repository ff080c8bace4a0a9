/**
 * taskpane.html (the add-in's shared-runtime page) with the real office.js from @microsoft/office-js, opened
 * in Chromium outside Office, as `npm start` serves it: the page must reach a clear "open this in Excel"
 * state instead of an empty pane that waits forever. office.js settles Office.onReady with host null outside
 * Office only once it has loaded o15apptofilemappingtable.js from beside itself; without that file it never
 * settles, and the page must still tell the user where to go.
 */
import type { Page } from "playwright-core";
import { BASE_URL, openBrowser, screenshot, type Browser } from "./browser";

const OUTSIDE_EXCEL = "Practice Manager runs inside Excel: open it from Home > Practice Manager > Open pane.";
// index.tsx shows its "waiting" notice after OFFICE_WAIT_MS (8 s); allow for a slow shared machine.
const WAIT_MS = 30_000;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
});
afterAll(async () => {
  await browser?.close();
});

const rootText = () => page.locator("#root").textContent();

describe("taskpane.html with the real office.js, outside Office", () => {
  it("loads office.js from this server and says to open it in Excel", async () => {
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${BASE_URL}/taskpane.html`);
    await page.waitForFunction(
      (text) => document.getElementById("root")?.textContent === text,
      OUTSIDE_EXCEL,
      { timeout: WAIT_MS },
    );
    await screenshot(page, "taskpane-outside-office");

    // office.js itself ran (the Office global) and settled onReady without a host.
    const info = await page.evaluate(async () => {
      const office = (globalThis as { Office?: typeof Office }).Office;
      if (!office) return null;
      const ready = await office.onReady();
      return { host: ready.host, platform: ready.platform };
    });
    expect(info).toEqual({ host: null, platform: null });

    const origin = new URL(BASE_URL).origin;
    const scripts = browser.requests.filter((url) => url.endsWith(".js"));
    expect(scripts).toEqual(
      expect.arrayContaining([
        `${origin}/office-js/office.js`,
        `${origin}/office-js/o15apptofilemappingtable.js`,
        `${origin}/taskpane.js`,
      ]),
    );
    // Nothing from Microsoft's CDN: development works offline. The one other-origin request is office.js's
    // own telemetry frame (Microsoft's code, not ours; it fails quietly when offline).
    const elsewhere = browser.requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"));
    expect(
      elsewhere.filter((url) => new URL(url).hostname !== "telemetryservice.firstpartyapps.oaspapps.com"),
    ).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    // Every file office.js asked for was there (a missing host file is how a self-hosted copy breaks).
    expect(failed).toEqual([]);
  });

  it("says what it waits for, instead of an empty pane, when office.js cannot settle", async () => {
    // Without its mapping table office.js never settles Office.onReady outside Office.
    await page.route("**/o15apptofilemappingtable.js", (route) => route.abort());
    try {
      await page.goto(`${BASE_URL}/taskpane.html`);
      await page.waitForFunction(
        () => document.getElementById("root")?.textContent?.startsWith("Waiting for Excel") === true,
        undefined,
        { timeout: WAIT_MS },
      );
      await screenshot(page, "taskpane-office-js-waiting");
      expect(await rootText()).toContain(OUTSIDE_EXCEL);
    } finally {
      await page.unroute("**/o15apptofilemappingtable.js");
    }
  });
});
