/**
 * The revenue cycle in Chromium, as a practice manager would work it: load the sample practice, set up,
 * create the draft claims for the unbilled visits, refresh the summaries, pick a claim on the Work Queue
 * sheet, log a follow-up on it and generate its appeal letter (screenshots in test-results/revenue-*.png).
 */
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { BASE_URL, openBrowser, RESULTS, type Browser } from "./browser";

const TODAY = "2026-11-18T10:00:00";

let browser: Browser;
let page: Page;

const grid = () => page.getByRole("grid");
const shot = (name: string) => join(RESULTS, `revenue-${name}.png`);
const pane = (): Locator => page.locator("main");

async function showSheet(name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.waitForFunction(
    (sheet) => document.querySelector(".pm-grid")?.getAttribute("data-sheet") === sheet,
    name,
  );
}

async function selectCell(row: number, col: number): Promise<void> {
  await grid().focus();
  await grid().press("Control+Home");
  for (let i = 0; i < row; i++) await grid().press("ArrowDown");
  for (let i = 0; i < col; i++) await grid().press("ArrowRight");
  const address = `${String.fromCharCode(65 + col)}${row + 1}`;
  await page.waitForFunction(
    (a) => document.querySelector(".pm-grid")?.getAttribute("data-selection") === a,
    address,
  );
}

/** Column A texts of the rendered rows of the sheet shown: row number -> text. */
async function columnA(): Promise<Map<number, string>> {
  const cells = await page.$$eval(".pm-cell", (elements) =>
    elements.map((e) => ({ id: e.id, text: e.textContent ?? "" })),
  );
  const out = new Map<number, string>();
  for (const c of cells) {
    const m = /^pm-cell-(\d+)-0$/.exec(c.id);
    if (m) out.set(Number(m[1]), c.text);
  }
  return out;
}

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  await page.setViewportSize({ width: 1800, height: 1200 });
  await page.clock.setFixedTime(new Date(TODAY));
  await page.goto(`${BASE_URL}/app.html`);
  await grid().waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe("revenue cycle in the standalone app", () => {
  it("loads the sample practice and sets it up", async () => {
    await page.getByRole("button", { name: "Load sample practice" }).click();
    await page.locator(".pm-notice").getByText("Sample practice loaded").waitFor({ timeout: 170_000 });
    await page.getByRole("button", { name: "Set up workbook" }).click();
    await page.getByText("The workbook is ready").waitFor({ timeout: 60_000 });
  });

  it("creates draft claims for the unbilled visits after a preview", async () => {
    await page.getByRole("button", { name: "Preview draft claims" }).click();
    const create = page.getByRole("button", { name: /^Create \d+ draft claims$/ });
    await create.waitFor({ timeout: 60_000 });
    const count = Number(/\d+/.exec((await create.textContent()) ?? "")?.[0]);
    expect(count).toBeGreaterThan(0);
    await page.screenshot({ path: shot("1-draft-preview") });
    await create.click();
    await page
      .getByText(`Added ${count} Draft claims to Claims and linked each to its appointment.`)
      .waitFor({
        timeout: 60_000,
      });
    // Nothing left to bill
    await page.getByRole("button", { name: "Preview draft claims" }).click();
    await page
      .getByText(/^Every kept visit \d+ or more days old has a claim\.$/)
      .waitFor({ timeout: 60_000 });
  });

  it("refreshes the summaries: the Work Queue lists denials with deadlines", async () => {
    await page.getByRole("button", { name: "Refresh summaries" }).click();
    await page.getByText("Summaries refreshed").waitFor({ timeout: 170_000 });
    await showSheet("Work Queue");
    const rows = await columnA();
    expect([...rows.values()]).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Denied: appeal or write off by the appeal deadline \(\d+\)$/),
      ]),
    );
    await page.screenshot({ path: shot("2-work-queue") });
  });

  it("logs a follow-up on the claim selected on the Work Queue", async () => {
    const rows = await columnA();
    const denied = [...rows].find(([, t]) => t.startsWith("Denied:"))?.[0];
    expect(denied).toBeDefined();
    const claimRow = (denied ?? 0) + 1;
    const claimId = rows.get(claimRow) ?? "";
    expect(claimId).toMatch(/^CLM\d+$/);
    await selectCell(claimRow, 0);
    await pane().getByRole("button", { name: "Use selected claim" }).click();
    await expect(pane().getByRole("textbox", { name: "Claim ID" }).inputValue()).resolves.toBe(claimId);
    await pane().getByRole("textbox", { name: "By (owner)" }).fill("KM");
    await pane().getByRole("textbox", { name: "Note" }).fill("Payer asked for the records");
    await pane().getByRole("button", { name: "Log follow-up" }).click();
    await page
      .getByText(`Logged "Called Payer" for ${claimId} in Claim Activity.`)
      .waitFor({ timeout: 60_000 });
    await showSheet("Claim Activity");
    const activity = await page.$$eval(".pm-cell", (e) => e.map((x) => x.textContent ?? ""));
    expect(activity).toEqual(expect.arrayContaining([claimId, "Payer asked for the records", "KM"]));
  });

  it("generates the appeal letter for that claim", async () => {
    await pane().getByRole("button", { name: "Appeal letter" }).click();
    await page.getByText('Appeal letter written to the sheet "Appeal Letter".').waitFor({ timeout: 60_000 });
    await showSheet("Appeal Letter");
    const texts = await page.$$eval(".pm-cell", (e) => e.map((x) => x.textContent ?? ""));
    expect(texts.some((t) => /^Request for reconsideration of claim CLM\d+$/.test(t))).toBe(true);
    expect(texts).toContain("Reason for denial");
    await page.screenshot({ path: shot("3-appeal-letter") });
  });
});
