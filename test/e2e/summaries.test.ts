/**
 * The generated summary sheets in Chromium, as a practice manager would look at them: load the sample
 * practice, set up, Refresh summaries in the task pane, then open each generated sheet's tab, read the
 * whole sheet through the grid (scrolling it) and take screenshots (test-results/summaries-*.png).
 * Also: Refresh twice, and a user's edit of a generated sheet makes the pane ask before replacing it.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { BASE_URL, openBrowser, RESULTS, type Browser } from "./browser";

const TODAY = "2026-11-18T10:00:00";

let browser: Browser;
let page: Page;

/** Every rendered cell of a sheet, read by scrolling the virtualized grid over the whole used area. */
interface SheetCell {
  readonly text: string;
  /** The grid marks a formula it cannot compute (pm-formula-error). */
  readonly uncomputed: boolean;
  /** The text does not fit its cell (wider or, for wrapped text, taller than the cell). */
  readonly clipped: boolean;
  /** Background color as drawn, e.g. "rgb(248, 203, 173)" for the "needs attention" highlight. */
  readonly fill: string;
}
type SheetText = Map<string, SheetCell>;

const key = (row: number, col: number) => `${row}:${col}`;
const at = (sheet: SheetText, row: number, col: number) => sheet.get(key(row, col))?.text ?? "";

const SUMMARY_SHEETS = [
  { tab: "Dashboard", title: "Practice Dashboard" },
  { tab: "AR Aging", title: "Accounts Receivable Aging" },
  { tab: "Budget vs Actual", title: "Budget vs Actual" },
  { tab: "Schedule Summary", title: "Schedule Summary" },
  { tab: "Reorder List", title: "Reorder List" },
  { tab: "Contract Renewals", title: "Contract Renewals" },
  { tab: "Compliance", title: "Compliance" },
  { tab: "Marketing", title: "Marketing" },
] as const;

const shot = (name: string) => join(RESULTS, `summaries-${name}.png`);
const slug = (text: string) => text.toLowerCase().replace(/\W+/g, "-");

async function showSheet(name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.waitForFunction(
    (sheet) => document.querySelector(".pm-grid")?.getAttribute("data-sheet") === sheet,
    name,
  );
}

/** Scrolls the grid and waits until React has drawn the window for that position. */
async function scrollGrid(top: number, left: number): Promise<void> {
  await page.evaluate(
    ([t, l]) =>
      new Promise<void>((resolve) => {
        const grid = document.querySelector<HTMLElement>(".pm-grid")!;
        grid.scrollTop = t;
        grid.scrollLeft = l;
        grid.dispatchEvent(new Event("scroll"));
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
    [top, left] as const,
  );
}

/** Reads every non-empty cell of the sheet shown, scrolling down and right until nothing new appears. */
async function readSheet(): Promise<SheetText> {
  const cells: SheetText = new Map();
  const size = await page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>(".pm-grid")!;
    return {
      height: grid.scrollHeight,
      width: grid.scrollWidth,
      pageHeight: grid.clientHeight,
      pageWidth: grid.clientWidth,
    };
  });
  let lastRowWithText = 0;
  for (let top = 0; top < size.height; top += Math.max(200, size.pageHeight - 80)) {
    for (let left = 0; left < size.width; left += Math.max(200, size.pageWidth - 200)) {
      await scrollGrid(top, left);
      const seen = await page.$$eval(".pm-cell", (elements) =>
        elements
          .map((e) => {
            const [, row, col] = /^pm-cell-(\d+)-(\d+)$/.exec(e.id) ?? [];
            const wraps = getComputedStyle(e).whiteSpace === "normal";
            return {
              row: Number(row),
              col: Number(col),
              text: e.textContent ?? "",
              uncomputed: e.classList.contains("pm-formula-error"),
              clipped: wraps ? e.scrollHeight > e.clientHeight + 1 : e.scrollWidth > e.clientWidth + 1,
              fill: getComputedStyle(e).backgroundColor,
            };
          })
          .filter((c) => c.text !== ""),
      );
      for (const c of seen) {
        cells.set(key(c.row, c.col), {
          text: c.text,
          uncomputed: c.uncomputed,
          clipped: c.clipped,
          fill: c.fill,
        });
        lastRowWithText = Math.max(lastRowWithText, c.row);
      }
    }
    // Twenty empty rows after the last text: the rest of the sheet is the grid's blank margin.
    if ((top - 22) / 20 > lastRowWithText + 20) break;
  }
  await scrollGrid(0, 0);
  return cells;
}

/** Row (0-based) whose column A reads exactly `label`. */
function rowOf(sheet: SheetText, label: string | RegExp): number {
  for (const [k, cell] of sheet) {
    const [row, col] = k.split(":").map(Number);
    if (col === 0 && (typeof label === "string" ? cell.text === label : label.test(cell.text))) return row!;
  }
  throw new Error(`No row labelled ${String(label)}`);
}

/** A displayed number: "$1,234.50" -> 1234.5, "7.3%" -> 0.073, "-$12.00" -> -12. */
function shown(text: string): number {
  const percent = text.endsWith("%");
  const value = Number(text.replace(/[$,%]/g, ""));
  if (!Number.isFinite(value) || text.trim() === "") throw new Error(`"${text}" is not a number`);
  return percent ? value / 100 : value;
}

/** Screenshots of the whole sheet: the page at the top, then the grid a screen further each time. */
async function screenshots(name: string, rows: number): Promise<void> {
  await page.screenshot({ path: shot(`${name}-1`) });
  const pageHeight = await page.$eval(".pm-grid", (g) => g.clientHeight);
  const step = pageHeight - 60;
  for (let part = 2, top = step; top < rows * 20 && part <= 6; part++, top += step) {
    await scrollGrid(top, 0);
    await page.locator(".pm-grid").screenshot({ path: shot(`${name}-${part}`) });
  }
  await scrollGrid(0, 0);
}

const sheets = new Map<string, SheetText>();

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  await page.setViewportSize({ width: 1800, height: 1200 });
  // A fixed "today" (a Wednesday in mid-November): the sample practice and its figures are the same on
  // every run, so the plausibility checks below do not depend on the day the tests run.
  await page.clock.setFixedTime(new Date(TODAY));
  await page.goto(`${BASE_URL}/app.html`);
  await page.getByRole("grid").waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe("the generated summary sheets, looked at in Chromium", () => {
  it("loads the standard sample practice (6 providers, 12 months) and sets it up", async () => {
    await page.getByLabel("Size").selectOption("standard");
    await page.getByRole("button", { name: "Load sample practice" }).click();
    await page.locator(".pm-notice").getByText("Sample practice loaded").waitFor({ timeout: 170_000 });
    await page.getByRole("button", { name: "Set up workbook" }).click();
    await page.getByText("The workbook is ready").waitFor({ timeout: 60_000 });
  });

  it("refreshes the summaries from the task pane: eight sheets created", async () => {
    await page.getByRole("button", { name: "Refresh summaries" }).click();
    const done = page.getByText("Summaries refreshed");
    await done.waitFor({ timeout: 170_000 });
    for (const { tab } of SUMMARY_SHEETS) {
      await expect(page.getByText(`${tab}: created`, { exact: true }).count()).resolves.toBe(1);
    }
    const tabs = await page.getByRole("tab").allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(SUMMARY_SHEETS.map((s) => s.tab)));
    await page.screenshot({ path: shot("00-refreshed") });
  });

  it.each(SUMMARY_SHEETS.map((s, i) => [s.tab, s.title, i + 1] as const))(
    "%s: title, as-of line, generated notice, computed values only, nothing cut off",
    async (tab, title, n) => {
      await showSheet(tab);
      const sheet = await readSheet();
      sheets.set(tab, sheet);
      expect(at(sheet, 0, 0)).toBe(title);
      expect(at(sheet, 1, 0)).toBe("As of");
      expect(at(sheet, 1, 1)).toBe("2026-11-18 10:00");
      expect(at(sheet, 2, 0)).toBe("Computed from");
      expect(at(sheet, 3, 0)).toMatch(
        /^Generated by the Practice Manager add-in: Refresh summaries rebuilds/,
      );
      const texts = [...sheet.values()];
      // Every formula computed: no error values, no formula text shown, nothing the grid had to mark.
      expect(texts.filter((c) => /#(NAME\?|REF!|VALUE!|DIV\/0!|N\/A|NUM!|NULL!)/.test(c.text))).toEqual([]);
      expect(texts.filter((c) => c.uncomputed || c.text.startsWith("="))).toEqual([]);
      expect(texts.filter((c) => /\b(NaN|undefined|Infinity|null)\b|\[object/.test(c.text))).toEqual([]);
      // Dates are shown as dates: no bare 5-digit serials in date-like columns (checked by headers below).
      expect(texts.filter((c) => /^4\d{4}(\.\d+)?$/.test(c.text))).toEqual([]);
      // Numbers never cut off (Excel would show #####).
      const clippedNumbers = texts.filter((c) => c.clipped && /^-?\$?[\d,]+(\.\d+)?%?$/.test(c.text));
      expect(clippedNumbers).toEqual([]);
      const rows = Math.max(...[...sheet.keys()].map((k) => Number(k.split(":")[0])));
      await screenshots(`${String(n).padStart(2, "0")}-${slug(tab)}`, rows + 1);
    },
  );

  it("Dashboard figures are plausible for a small primary-care practice", () => {
    const d = sheets.get("Dashboard")!;
    const ytd = (label: string) => shown(at(d, rowOf(d, label), 3));
    const now = (label: string) => shown(at(d, rowOf(d, label), 1));
    // Ranges a practice manager would accept (MGMA-style benchmarks), not the code's own numbers.
    expect(ytd("No-show rate")).toBeGreaterThanOrEqual(0.04);
    expect(ytd("No-show rate")).toBeLessThanOrEqual(0.1);
    expect(ytd("Provider utilization")).toBeGreaterThan(0.5);
    expect(ytd("Provider utilization")).toBeLessThanOrEqual(1);
    expect(ytd("Net collection rate")).toBeGreaterThanOrEqual(0.85);
    expect(ytd("Net collection rate")).toBeLessThanOrEqual(1.02);
    expect(ytd("Denial rate")).toBeGreaterThan(0.03);
    expect(ytd("Denial rate")).toBeLessThan(0.15);
    expect(now("Days in A/R")).toBeGreaterThanOrEqual(20);
    expect(now("Days in A/R")).toBeLessThanOrEqual(60);
    expect(now("Share of A/R over 90 days")).toBeLessThan(0.3);
    expect(ytd("Charges")).toBeGreaterThan(ytd("Payments"));
    // Budget year to date covers complete months only (January to October on 18 November).
    expect(rowOf(d, "Budget, Jan-Oct 2026")).toBeGreaterThan(0);
    expect(Math.abs(ytd("Budget variance, Jan-Oct 2026") / ytd("Budget, Jan-Oct 2026"))).toBeLessThan(0.1);
  });

  it("the other sheets show the totals a manager looks for", () => {
    const aging = sheets.get("AR Aging")!;
    const totalAR = shown(at(aging, rowOf(aging, "Total A/R"), 6));
    const dashboard = sheets.get("Dashboard")!;
    expect(totalAR).toBeGreaterThan(0);
    expect(totalAR).toBeCloseTo(shown(at(dashboard, rowOf(dashboard, "A/R total"), 1)), 2);
    expect(at(aging, rowOf(aging, "Share of A/R"), 6)).toBe("100.0%");

    const budget = sheets.get("Budget vs Actual")!;
    expect(shown(at(budget, rowOf(budget, "Total"), 1))).toBeGreaterThan(0);

    const schedule = sheets.get("Schedule Summary")!;
    const all = rowOf(schedule, "All providers");
    expect(shown(at(schedule, all, 4))).toBeGreaterThan(0.4); // utilization
    expect(shown(at(schedule, all, 8))).toBeLessThan(0.12); // no-show rate

    const reorder = sheets.get("Reorder List")!;
    expect(shown(at(reorder, rowOf(reorder, "Total"), 10))).toBeGreaterThan(0);

    const contracts = sheets.get("Contract Renewals")!;
    expect(at(contracts, rowOf(contracts, /^CT\d+$/), 3)).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const compliance = sheets.get("Compliance")!;
    expect(at(compliance, rowOf(compliance, /^Records requests open \(\d+\)/), 0)).toMatch(/overdue \(\d+\)/);

    // Expired training and overdue requests carry the "needs attention" highlight (a formula rule).
    const attention = "rgb(248, 203, 173)";
    const states = [...compliance.values()].filter((c) => c.text === "Expired" || c.text === "Overdue");
    expect(states.length).toBeGreaterThan(0);
    expect(states.filter((c) => c.fill !== attention)).toEqual([]);
    expect([...compliance.values()].filter((c) => c.text === "Expiring" && c.fill === attention)).toEqual([]);

    const marketing = sheets.get("Marketing")!;
    expect(shown(at(marketing, rowOf(marketing, "All campaigns"), 6))).toBeGreaterThan(0);
  });

  it("refreshes a second time: the same sheets are updated in place, no copies", async () => {
    const before = await page.getByRole("tab").allTextContents();
    await page.getByRole("button", { name: "Refresh summaries" }).click();
    await page.getByText("Dashboard: updated", { exact: true }).waitFor({ timeout: 170_000 });
    expect(await page.getByRole("tab").allTextContents()).toEqual(before);
  });

  it("a sheet the user edited: the pane asks, Keep a copy keeps the edit and makes a new sheet", async () => {
    await showSheet("Marketing");
    const grid = page.getByRole("grid");
    await grid.focus();
    await grid.press("Control+Home");
    await grid.press("ArrowDown"); // A2, "As of"
    await grid.press("Enter");
    await page.locator(".pm-editor").fill("Checked by the manager");
    await page.locator(".pm-editor").press("Enter");
    await page.getByRole("button", { name: "Refresh summaries" }).click();
    await page.getByText("Changed since generated").waitFor({ timeout: 60_000 });
    expect(await page.getByText(/Someone edited this sheet: Marketing\./).count()).toBe(1);
    await page.screenshot({ path: shot("20-edited-sheet-asks") });
    await page.getByRole("button", { name: "Keep a copy" }).click();
    await page
      .getByText('Marketing: updated; your edited version is kept as "Marketing (edited)"', { exact: true })
      .waitFor({ timeout: 170_000 });
    const tabs = await page.getByRole("tab").allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(["Marketing", "Marketing (edited)"]));
    // The grid draws a sheet it switches to on its next render: wait for the cell, not the first paint.
    const a2 = page.locator("#pm-cell-1-0");
    await showSheet("Marketing (edited)");
    await a2.filter({ hasText: /^Checked by the manager$/ }).waitFor({ timeout: 10_000 });
    await showSheet("Marketing");
    await a2.filter({ hasText: /^As of$/ }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: shot("21-kept-a-copy") });
  });

  it("Overwrite replaces the user's edit after asking", async () => {
    await showSheet("Compliance");
    const grid = page.getByRole("grid");
    await grid.focus();
    await grid.press("Control+Home");
    await grid.press("ArrowDown");
    await grid.press("Enter");
    await page.locator(".pm-editor").fill("my note");
    await page.locator(".pm-editor").press("Enter");
    await page.getByRole("button", { name: "Refresh summaries" }).click();
    await page.getByText("Changed since generated").waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Overwrite" }).click();
    await page
      .getByText("Compliance: updated (your changes were replaced)", { exact: true })
      .waitFor({ timeout: 170_000 });
    await showSheet("Compliance");
    expect(await page.locator("#pm-cell-1-0").textContent()).toBe("As of");
    expect(await page.getByRole("tab", { name: /^Compliance \(/ }).count()).toBe(0);
  });

  it("reported no page errors", () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
