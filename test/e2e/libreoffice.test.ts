/**
 * A client that is not ours: the sample practice, edited and saved by the app's writer, converted to CSV
 * by LibreOffice headless. Every sheet's values must come out as the app had them (LibreOffice reads the
 * tables, the cached formula results and the number formats from the file).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadSamplePractice } from "../../src/app/sample";
import { writeXlsx } from "../../src/app/xlsx/write-xlsx";
import { serialFromYmd } from "../../src/domain/dates/excel-dates";
import type { ExcelHost } from "../../src/host";

const libreoffice = ["libreoffice", "soffice"].find((cmd) => spawnSync(cmd, ["--version"]).status === 0);
const describeWithLibreOffice = libreoffice ? describe : describe.skip;
if (!libreoffice) {
  console.warn(
    "SKIPPED the LibreOffice round trip: libreoffice is not installed " +
      "(apt-get install -y --no-install-recommends libreoffice-calc; .ci/run installs it).",
  );
}

/** A minimal CSV reader: quoted fields with "" escapes, commas, newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

describeWithLibreOffice("LibreOffice opens the saved .xlsx", () => {
  let host: ExcelHost;
  let dir: string;
  const csv = new Map<string, string[][]>();

  beforeAll(async () => {
    host = await loadSamplePractice({ size: "small", asOf: serialFromYmd(2026, 3, 16) });
    await host.edit("Claims", "K2:L2", [[12.5, 0]], "Local");
    await host.edit("Claims", "B2", [["MRN-LIBRE"]], "Local");
    dir = mkdtempSync(join(tmpdir(), "pm-libreoffice-"));
    const file = join(dir, "practice.xlsx");
    writeFileSync(file, (await writeXlsx(host.workbook)).bytes);
    // Filter options: comma, double quote, UTF-8, from row 1, default column formats, (unused), quote all
    // text = false, detect special numbers = true, "save cell contents as shown" = true, export formulas =
    // false, remove spaces = false, sheet -1 = every sheet to its own file (practice-<Sheet>.csv).
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1";
    execFileSync(
      libreoffice!,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--convert-to",
        filter,
        "--outdir",
        dir,
        file,
      ],
      { stdio: "pipe", timeout: 150_000 },
    );
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".csv"))) {
      csv.set(
        name.replace(/^practice-/, "").replace(/\.csv$/, ""),
        parseCsv(readFileSync(join(dir, name), "utf8")),
      );
    }
  }, 170_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("writes one CSV per visible sheet", () => {
    const visible = host.workbook
      .sheets()
      .filter((s) => s.visibility === "Visible")
      .map((s) => s.name);
    expect([...csv.keys()].sort()).toEqual(expect.arrayContaining(visible.sort()));
  });

  it("shows every table cell as the app displays it, including formulas and the edited cells", () => {
    for (const table of host.workbook.tables()) {
      const rows = csv.get(table.sheet);
      expect(rows).toBeDefined();
      const { r0, c0, r1, c1 } = table.rect;
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const expected = host.workbook.cell(table.sheet, r, c).text;
          expect({ at: [table.sheet, r, c], text: rows?.[r]?.[c] ?? "" }).toEqual({
            at: [table.sheet, r, c],
            text: expected,
          });
        }
      }
    }
  });

  it("has the edited values and the recomputed Balance", () => {
    const claims = csv.get("Claims")!;
    expect(claims[1]?.[1]).toBe("MRN-LIBRE");
    expect(claims[1]?.[10]).toBe("$12.50");
    const charge = Number(claims[1]?.[6]?.replace(/[$,]/g, ""));
    expect(Number(claims[1]?.[13]?.replace(/[$,]/g, ""))).toBeCloseTo(charge - 12.5, 2);
  });
});
