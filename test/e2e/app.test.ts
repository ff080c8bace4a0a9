/**
 * The standalone app in Chromium, as a new user would use it: load the sample practice, set up the
 * workbook, edit cells, save the .xlsx, check the file with exceljs, open it again, try broken files.
 * Also: accessibility (axe) and no request to any other origin.
 */
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { CATALOG, TABLE_NAMES } from "../../src/domain/catalog";
import { BASE_URL, openBrowser, RESULTS, screenshot, type Browser } from "./browser";

let browser: Browser;
let page: Page;
const savedFile = join(RESULTS, "saved-practice.xlsx");

const grid = () => page.getByRole("grid");
const cell = (row: number, col: number): Locator => page.locator(`#pm-cell-${row}-${col}`);
const notice = () => page.locator(".pm-notice");

async function showSheet(name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.waitForFunction(
    (sheet) => document.querySelector(".pm-grid")?.getAttribute("data-sheet") === sheet,
    name,
  );
}

async function selectCell(row: number, col: number): Promise<void> {
  // Ctrl+Home goes to A1, then the arrow keys walk there: the grid scrolls the cell into view.
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

async function typeInto(row: number, col: number, text: string): Promise<void> {
  await selectCell(row, col);
  await grid().press("Enter"); // Enter edits the active cell, like F2
  const editor = page.locator(".pm-editor");
  await editor.fill(text);
  await editor.press("Enter"); // commits and moves down
  await page.waitForFunction(
    (a) => document.querySelector(".pm-grid")?.getAttribute("data-selection") === a,
    `${String.fromCharCode(65 + col)}${row + 2}`,
  );
}

const claims = CATALOG.Claims.columns.map((c) => c.header as string);
const column = (header: string) => claims.indexOf(header);

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  await page.goto(`${BASE_URL}/app.html`);
  await grid().waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe("the standalone app in Chromium", () => {
  it("opens with an empty workbook, the grid and the task pane", async () => {
    await page.getByRole("heading", { name: "Practice Manager" }).first().waitFor();
    await page.getByRole("button", { name: "Set up workbook" }).waitFor();
    expect(await page.getByRole("tab").allTextContents()).toEqual(["Sheet1"]);
    await screenshot(page, "empty-workbook");
  });

  it("loads the sample practice: every table on its sheet, headers styled, values shown formatted", async () => {
    await page.getByRole("button", { name: "Load sample practice" }).click();
    await notice().getByText("Sample practice loaded").waitFor({ timeout: 120_000 });
    const tabs = await page.getByRole("tab").allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(["Claims", "Claim Lines", "Payments", "Providers"]));
    await showSheet("Claims");
    expect(await cell(0, 0).textContent()).toBe("Claim ID");
    // Total Charge is currency: the grid shows it the way Excel would ($1,234.50).
    expect(await cell(1, column("Total Charge")).textContent()).toMatch(/^\$[\d,]+\.\d\d$/);
    await screenshot(page, "sample-loaded");
  });

  it("sets up the workbook from the task pane: everything is already there", async () => {
    await page.getByRole("button", { name: "Set up workbook" }).click();
    await page.getByText("The workbook is ready").waitFor();
    await expect(
      page.getByText(`Already there (${TABLE_NAMES.length})`, { exact: false }).count(),
    ).resolves.toBe(1);
    await screenshot(page, "set-up");
  });

  it("validates from the task pane; clicking a problem moves the grid's selection to its cell", async () => {
    await page.getByRole("button", { name: "Validate", exact: true }).click();
    const problems = page.getByRole("button", { name: /^(Error|Warning) in .*Select the cell\.$/ });
    await problems.first().waitFor({ timeout: 60_000 });
    // A problem in a single cell, preferably on a sheet other than the one shown.
    const labels = await problems.evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute("aria-label") ?? ""),
    );
    const parsed = labels
      .map((label) => /^(?:Error|Warning) in (?:'((?:[^']|'')+)'|([^!' ]+))!([A-Z]+\d+), /.exec(label))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ sheet: (m[1] ?? m[2] ?? "").replace(/''/g, "'"), cell: m[3] ?? "", label: m[0] }));
    const target = parsed.find((p) => p.sheet !== "Claims") ?? parsed[0];
    expect(target).toBeDefined();
    const index = labels.findIndex((label) => label.startsWith(target!.label));
    await problems.nth(index).click();
    await page.waitForFunction(
      ({ sheet, cell }) => {
        const grid = document.querySelector(".pm-grid");
        return grid?.getAttribute("data-sheet") === sheet && grid.getAttribute("data-selection") === cell;
      },
      { sheet: target!.sheet, cell: target!.cell },
    );
    // The selected cell is drawn (scrolled into view) and marked by the validation's conditional format.
    await expect(page.locator(".pm-cell.pm-active").count()).resolves.toBe(1);
    await screenshot(page, "validation-problem-selected");
  });

  it("edits cells with the keyboard; the Balance formula follows", async () => {
    await showSheet("Claims");
    await typeInto(1, column("Patient Ref"), "MRN-E2E-1");
    expect(await cell(1, column("Patient Ref")).textContent()).toBe("MRN-E2E-1");
    await typeInto(1, column("Paid"), "12.5");
    await typeInto(1, column("Adjustment"), "0");
    expect(await cell(1, column("Paid")).textContent()).toBe("$12.50");
    await selectCell(1, column("Balance"));
    // Balance = Total Charge - Paid - Adjustment, recomputed by the host after the edits.
    await selectCell(1, column("Total Charge"));
    const charge = Number((await cell(1, column("Total Charge")).textContent())?.replace(/[$,]/g, ""));
    await selectCell(1, column("Balance"));
    const balance = Number((await cell(1, column("Balance")).textContent())?.replace(/[$,]/g, ""));
    expect(balance).toBeCloseTo(charge - 12.5, 2);
    await screenshot(page, "edited");
  });

  it("saves the .xlsx: real tables, headers and the edited values, checked with exceljs", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save .xlsx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Sample practice.xlsx");
    await download.saveAs(savedFile);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(savedFile) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Claims")!;
    const table = sheet.getTable("Claims") as unknown as { table: { columns: { name: string }[] } };
    // exceljs 4.4 stops listing a table's columns at the first <calculatedColumnFormula> (Balance); Excel
    // and the app's own reader read them all (test/app/sample-roundtrip.test.ts).
    const names = table.table.columns.map((c) => c.name);
    expect(names).toContain("Balance");
    expect(claims.slice(0, names.length)).toEqual(names);
    expect(sheet.getCell(2, column("Patient Ref") + 1).value).toBe("MRN-E2E-1");
    expect(sheet.getCell(2, column("Paid") + 1).value).toBe(12.5);
    const total = Number(sheet.getCell(2, column("Total Charge") + 1).value);
    const balance = sheet.getCell(2, column("Balance") + 1).value as ExcelJS.CellFormulaValue;
    expect(balance.result ?? 0).toBeCloseTo(total - 12.5, 6);
    await notice().getByText("Saved Sample practice.xlsx").waitFor();
    await screenshot(page, "saved");
  });

  it("opens the saved file again and shows the same state", async () => {
    await page.getByLabel("Choose an .xlsx file to open").setInputFiles(savedFile);
    await notice().getByText("Opened saved-practice.xlsx").waitFor();
    await showSheet("Claims");
    // The file remembers the selected cell (Balance, where the edit test left it).
    expect(await page.locator(".pm-grid").getAttribute("data-selection")).toBe("N2");
    await selectCell(1, column("Patient Ref"));
    expect(await cell(1, column("Patient Ref")).textContent()).toBe("MRN-E2E-1");
    await selectCell(1, column("Paid"));
    expect(await cell(1, column("Paid")).textContent()).toBe("$12.50");
    const tabs = await page.getByRole("tab").allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(["Claims", "Claim Lines", "Payments", "Providers"]));
    await screenshot(page, "reopened");
  });

  it.each([
    ["broken.xlsx", Buffer.from("this is not a workbook"), /is not an Excel workbook/],
    [
      "protected.xlsx",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /password-protected/,
    ],
    ["cut.xlsx", () => readFileSync(savedFile).subarray(0, 4000), /is damaged/],
  ])("refuses %s with a clear message and keeps the open workbook", async (name, content, message) => {
    const buffer = typeof content === "function" ? content() : content;
    await page
      .getByLabel("Choose an .xlsx file to open")
      .setInputFiles({ name, mimeType: "application/octet-stream", buffer });
    const error = notice().getByText(`Could not open ${name}`);
    await error.waitFor();
    expect(await notice().textContent()).toMatch(message);
    expect(await notice().textContent()).toContain("The workbook you had open is unchanged.");
    await selectCell(1, column("Patient Ref"));
    expect(await cell(1, column("Patient Ref")).textContent()).toBe("MRN-E2E-1");
    await screenshot(page, `refused-${name.replace(/\W/g, "-")}`);
  });

  it("has no serious or critical accessibility problems (axe), app and task pane", async () => {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target),
      }));
    expect(serious).toEqual([]);
  });

  it("made no request to any other origin", () => {
    const origin = new URL(BASE_URL).origin;
    const foreign = browser.requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url),
    );
    expect(browser.requests.length).toBeGreaterThan(1);
    expect(foreign).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
