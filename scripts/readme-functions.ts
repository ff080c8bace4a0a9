/**
 * Writes the PM function reference from the functions' JSDoc (through the same metadata generator the
 * build uses for functions.json) and their documented examples (src/functions/examples.ts):
 *   docs/functions.md                       the full reference
 *   README.md between <!-- functions:start --> and <!-- functions:end -->   one table row per function
 *   src/taskpane/support.html between the same markers (when present)     the help page helpUrl points to
 *
 *   npx tsx scripts/readme-functions.ts          rewrite them
 *   npx tsx scripts/readme-functions.ts --check  exit 1 when one is out of date (test/functions/reference.test.ts)
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ts from "typescript";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";
import {
  EXAMPLE_TABLES,
  FUNCTION_EXAMPLES,
  exampleFormula,
  type ExampleResult,
  type FunctionExample,
} from "../src/functions/examples";

const ROOT = path.resolve(__dirname, "..");
export const FUNCTIONS_SOURCE = path.join(ROOT, "src/functions/functions.ts");
export const DOCS_FILE = path.join(ROOT, "docs/functions.md");
export const README_FILE = path.join(ROOT, "README.md");
export const HELP_PAGE_FILE = path.join(ROOT, "src/taskpane/support.html");
export const START_MARKER = "<!-- functions:start -->";
export const END_MARKER = "<!-- functions:end -->";

export interface FunctionDoc {
  readonly meta: IFunction;
  /** The @returns text of the JSDoc. */
  readonly returns: string;
  readonly examples: readonly FunctionExample[];
}

/** Groups in the order the reference lists them. */
const GROUPS: readonly { title: string; ids: readonly string[] }[] = [
  { title: "Codes", ids: ["ISNPI", "ISCPT", "ISHCPCS", "ISICD10"] },
  {
    title: "Claims and revenue cycle",
    ids: [
      "AGE",
      "AGINGBUCKET",
      "AGING",
      "DAYSINAR",
      "NETCOLLECTION",
      "GROSSCOLLECTION",
      "DENIALRATE",
      "FILINGDEADLINE",
      "APPEALDEADLINE",
      "SUBMISSIONLAG",
    ],
  },
  { title: "Schedule", ids: ["NOSHOWRATE", "UTILIZATION"] },
  {
    title: "Front desk (reads the Providers, Appointments, TimeOff and Holidays tables)",
    ids: ["NEXTSLOTS"],
  },
  { title: "Inventory", ids: ["REORDERPOINT", "ORDERQTY", "DAYSOFSUPPLY"] },
  { title: "Contracts", ids: ["NOTICEDATE", "CONTRACTSTATUS"] },
  { title: "Budget and marketing", ids: ["VARIANCE", "VARIANCEPCT", "PRORATE", "COSTPERPATIENT"] },
  {
    title: "Budget workbook (reads the Budget and Expenses tables)",
    ids: ["BUDGET", "ACTUAL", "YTD", "REMAINING", "FORECAST", "BUDGETREPORT"],
  },
  { title: "Credentials (reads the Credentials table)", ids: ["CREDSTATUS"] },
  { title: "Productivity (reads the RVU, Claims and ClaimLines tables)", ids: ["RVU", "WRVU"] },
];

/** @returns text per custom function id, read from the JSDoc (the metadata has no place for it). */
function returnsById(source: string): Map<string, string> {
  const file = ts.createSourceFile(FUNCTIONS_SOURCE, source, ts.ScriptTarget.Latest, true);
  const out = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isFunctionDeclaration(statement)) continue;
    const tags = ts.getJSDocTags(statement);
    const id = tags.find((t) => t.tagName.text.toLowerCase() === "customfunction");
    const returns = tags.find((t) => t.tagName.text === "returns");
    const idText = ts.getTextOfJSDocComment(id?.comment)?.trim().split(/\s+/)[0];
    if (idText) out.set(idText.toUpperCase(), ts.getTextOfJSDocComment(returns?.comment)?.trim() ?? "");
  }
  return out;
}

/** Every function with its metadata, @returns text and examples, in reference order. */
export async function loadFunctionDocs(): Promise<FunctionDoc[]> {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  if (generated.errors.length > 0)
    throw new Error(`functions.ts metadata errors:\n${generated.errors.join("\n")}`);
  const functions = (JSON.parse(generated.metadataJson) as { functions: IFunction[] }).functions;
  const returns = returnsById(fs.readFileSync(FUNCTIONS_SOURCE, "utf8"));
  const order = GROUPS.flatMap((g) => g.ids);
  const unlisted = functions.filter((f) => !order.includes(f.id)).map((f) => f.id);
  if (unlisted.length > 0)
    throw new Error(`add to a group in scripts/readme-functions.ts: ${unlisted.join(", ")}`);
  return order.flatMap((id) => {
    const meta = functions.find((f) => f.id === id);
    if (!meta) throw new Error(`${id} is listed but functions.ts has no such function`);
    const examples = FUNCTION_EXAMPLES.filter((e) => e.id === id);
    if (examples.length === 0) throw new Error(`${id} has no example in src/functions/examples.ts`);
    return [{ meta, returns: returns.get(id) ?? "", examples }];
  });
}

/** PM.AGE(serviceDate, [asOf]) */
export function signature(f: IFunction): string {
  return `PM.${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

export function anchor(id: string): string {
  return `pm-${id.toLowerCase()}`;
}

/** A number as the reference shows it: whole numbers as they are, fractions to 4 decimals. */
function showNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const rounded = Number(n.toFixed(4));
  return rounded === n ? String(n) : `${rounded} (rounded)`;
}

function showCell(value: string | number | boolean): string {
  if (typeof value === "number") return showNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

function isTable(result: ExampleResult): result is readonly (readonly (string | number)[])[] {
  return typeof result === "object";
}

/** Markdown table rows (first row is the header); pipes in cells escaped. */
function markdownTable(rows: readonly (readonly (string | number | boolean)[])[]): string {
  const cell = (v: string | number | boolean) => (v === "" ? " " : showCell(v).replace(/\|/g, "\\|"));
  const [head = [], ...body] = rows;
  return [
    `| ${head.map(cell).join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...body.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

function code(text: string): string {
  return text.includes("`") ? `\`\` ${text} \`\`` : `\`${text}\``;
}

function resultLine(result: ExampleResult): string {
  if (!isTable(result)) return code(showCell(result));
  return `a ${result.length} x ${result[0]?.length ?? 0} table`;
}

const INTRO = `Type \`=PM.\` in any cell: Excel's formula autocomplete lists these functions with a description
of each argument. They work in Excel on Windows, Mac and the web.

## How arguments are read

- **Dates** are Excel dates (serial numbers) or text that can only mean one day: \`2026-03-31\`,
  \`31 Mar 2026\`, \`March 31, 2026\`. Numeric text such as \`03/04/2026\` is refused: it is a different day in
  different countries. **Months** are any date in the month, or text such as \`2026-03\` or \`Mar 2026\`.
- **Ranges**: arguments that take a list (statuses, dates, balances, bucket limits) accept one column or one
  row of a table (\`Claims[Status]\`), a single cell, or an array constant (\`{30,60,90}\`). Blank cells are
  skipped. Amount arguments described as *summed* accept any range and add it up.
- **Numbers** may be typed as text (\`"1,250.00"\`, \`"$40"\`). A blank amount counts as 0, as in Excel.
- **Rates** are fractions (0.25 = 25 %): format the cell as a percentage. **Dates returned** are serial
  numbers: format the cell as a date.
- **Today**: when \`asOf\` is left out, the functions use the day Excel calculates the cell. They are not
  volatile (a 100,000-row \`PM.AGING\` would otherwise recalculate on every edit), so pass \`TODAY()\` as
  \`asOf\` where a cell must move on by itself each day.

## Errors

| Error | Meaning |
| --- | --- |
| \`#VALUE!\` | An argument has the wrong type or shape; the message (hover the cell's error flag) names the function and the argument, e.g. *PM.AGING: dates has 12 cells but balances has 11*. |
| \`#DIV/0!\` | A rate whose denominator is zero: no charges, no adjudicated claims, no budget. |
| \`#N/A\` | Data is missing: a blank required date, an account or payer that is not in its table, or a table the workbook does not have (*Budget table not found - run Set up workbook*). |
| \`#NUM!\` | A result that is not a finite number. |

## Functions that read the workbook

PM.BUDGET, PM.ACTUAL, PM.YTD, PM.REMAINING, PM.FORECAST, PM.BUDGETREPORT, PM.FILINGDEADLINE (with a Payer
ID), PM.CREDSTATUS, PM.RVU, PM.WRVU and PM.NEXTSLOTS read the Budget, Expenses, Payers, Credentials, RVU,
Claims, ClaimLines, Providers, Appointments, TimeOff and Holidays tables by name, so a formula stays short. Their results follow
edits to those tables without pressing anything: the add-in reads each table once, keeps it until Excel
reports a change to it, then recalculates every such cell from one fresh read. They never write to the
workbook. Accounts and Payer IDs match regardless of case and extra spaces.`;

function exampleTables(): string {
  return Object.entries(EXAMPLE_TABLES)
    .map(([name, rows]) => `**${name}**\n\n${markdownTable(rows)}`)
    .join("\n\n");
}

function docsEntry(doc: FunctionDoc): string {
  const { meta } = doc;
  const params =
    meta.parameters.length === 0
      ? ""
      : `\n\n${markdownTable([
          ["Argument", "Description"],
          ...meta.parameters.map((p) => [
            `${p.name}${p.optional ? " (optional)" : ""}${p.dimensionality === "matrix" ? " (range)" : ""}`,
            p.description ?? "",
          ]),
        ])}`;
  const examples = doc.examples
    .map((e) => {
      const lines = [
        `${code(exampleFormula(e))} returns ${resultLine(e.result)}${e.note ? `. ${e.note}` : ""}`,
      ];
      if (isTable(e.result)) lines.push("", markdownTable(e.result));
      return lines.join("\n");
    })
    .join("\n\n");
  return [
    `### <a id="${anchor(meta.id)}"></a>PM.${meta.id}`,
    "",
    code(`=${signature(meta)}`),
    "",
    meta.description ?? "",
    params,
    "",
    `**Returns** ${doc.returns}`,
    "",
    `**Example${doc.examples.length > 1 ? "s" : ""}**${doc.examples.some((e) => e.usesTables) ? " (with the example tables above)" : ""}`,
    "",
    examples,
  ]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}

const GENERATED_NOTE =
  "<!-- Generated by scripts/readme-functions.ts from the JSDoc in src/functions/functions.ts and src/functions/examples.ts. Do not edit by hand. -->";

/** docs/functions.md */
export function renderDocsPage(docs: readonly FunctionDoc[]): string {
  const sections = GROUPS.map(
    (g) =>
      `## ${g.title}\n\n${docs
        .filter((d) => g.ids.includes(d.meta.id))
        .map(docsEntry)
        .join("\n\n")}`,
  );
  return [
    "# PM functions",
    "",
    GENERATED_NOTE,
    "",
    INTRO,
    "",
    "### Example tables",
    "",
    "The examples of the functions that read the workbook use these rows (other columns left blank).",
    "",
    exampleTables(),
    "",
    ...sections.flatMap((s) => [s, ""]),
  ].join("\n");
}

/** The README's reference: one row per function (signature, description, one example and its result). */
export function renderReadmeSection(docs: readonly FunctionDoc[]): string {
  const rows = docs.map(({ meta, examples }) => {
    const e = examples[0] as FunctionExample;
    const result = isTable(e.result)
      ? `[${resultLine(e.result)}](docs/functions.md#${anchor(meta.id)})`
      : code(showCell(e.result));
    const description = (meta.description ?? "").replace(/\|/g, "\\|");
    return `| <a id="${anchor(meta.id)}"></a>${code(signature(meta))} | ${description} | ${code(exampleFormula(e))} | ${result} |`;
  });
  return [
    GENERATED_NOTE,
    "",
    "Full reference with every argument, the errors and more examples: [docs/functions.md](docs/functions.md).",
    "",
    "| Function | Description | Example | Result |",
    "| --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The help page's list: the anchors the functions' help URLs point to (the page is then run through prettier). */
export function renderHelpList(docs: readonly FunctionDoc[]): string {
  const items = docs.flatMap(({ meta, examples }) => {
    const e = examples[0] as FunctionExample;
    const result = isTable(e.result) ? resultLine(e.result) : showCell(e.result);
    return [
      `<dt id="${anchor(meta.id)}"><code>=${html(signature(meta))}</code></dt>`,
      `<dd>${html(meta.description ?? "")} Example: <code>${html(exampleFormula(e))}</code> returns ${html(result)}.</dd>`,
    ];
  });
  return ["<dl>", ...items, "</dl>"].join("\n");
}

/**
 * The help page is checked by prettier (npm run lint): write it the way prettier formats it. Prettier
 * runs as its CLI in a child process (its API is ESM-only inside jest).
 */
function prettierHtml(text: string, file: string): string {
  const cli = path.join(path.dirname(require.resolve("prettier/package.json")), "bin/prettier.cjs");
  return execFileSync(process.execPath, [cli, "--stdin-filepath", file], { input: text, encoding: "utf8" });
}

/** Replaces the text between the markers; null when the markers are missing. */
export function replaceBetweenMarkers(text: string, content: string): string | null {
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start < 0 || end < start) return null;
  return `${text.slice(0, start + START_MARKER.length)}\n${content}\n${text.slice(end)}`;
}

export interface Output {
  readonly file: string;
  readonly expected: string;
}

/** What each reference file should contain (files without markers are left alone). */
export async function expectedOutputs(): Promise<Output[]> {
  const docs = await loadFunctionDocs();
  const outputs: Output[] = [{ file: DOCS_FILE, expected: renderDocsPage(docs) }];
  for (const [file, render] of [
    [README_FILE, renderReadmeSection],
    [HELP_PAGE_FILE, renderHelpList],
  ] as const) {
    if (!fs.existsSync(file)) continue;
    const replaced = replaceBetweenMarkers(fs.readFileSync(file, "utf8"), render(docs));
    if (replaced === null) continue;
    outputs.push({ file, expected: file.endsWith(".html") ? prettierHtml(replaced, file) : replaced });
  }
  return outputs;
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const { file, expected } of await expectedOutputs()) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
    if (current === expected) continue;
    const name = path.relative(ROOT, file);
    if (check) {
      stale++;
      console.error(`${name} is out of date: run npx tsx scripts/readme-functions.ts`);
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, expected);
      console.log(`wrote ${name}`);
    }
  }
  if (stale > 0) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
