import fs from "node:fs";
import { exampleFormula } from "../../src/functions/examples";
import {
  DOCS_FILE,
  END_MARKER,
  HELP_PAGE_FILE,
  README_FILE,
  START_MARKER,
  anchor,
  expectedOutputs,
  loadFunctionDocs,
} from "../../scripts/readme-functions";

/** The function reference is generated (npx tsx scripts/readme-functions.ts); this keeps it from drifting. */
describe("function reference", () => {
  it("docs/functions.md, the README section and the help page match the JSDoc and examples", async () => {
    const outputs = await expectedOutputs();
    expect(outputs.map((o) => o.file)).toContain(DOCS_FILE);
    for (const { file, expected } of outputs) {
      expect({ file, text: fs.readFileSync(file, "utf8") }).toEqual({ file, text: expected });
    }
  });

  it("the README has the markers its function reference goes between", () => {
    // README.md is written by the docs work; until it exists there is nothing to keep in sync.
    if (!fs.existsSync(README_FILE)) return;
    const readme = fs.readFileSync(README_FILE, "utf8");
    expect(readme.indexOf(START_MARKER)).toBeGreaterThanOrEqual(0);
    expect(readme.indexOf(END_MARKER)).toBeGreaterThan(readme.indexOf(START_MARKER));
  });

  it("has an anchor for every function's help URL, with signature, description and example", async () => {
    const docs = fs.readFileSync(DOCS_FILE, "utf8");
    for (const { meta, examples } of await loadFunctionDocs()) {
      const at = docs.indexOf(`<a id="${anchor(meta.id)}"></a>PM.${meta.id}`);
      expect(at).toBeGreaterThan(0);
      const section = docs.slice(
        at,
        docs.indexOf("### ", at + 5) > 0 ? docs.indexOf("### ", at + 5) : undefined,
      );
      expect(section).toContain(`=PM.${meta.id}(`);
      expect(section).toContain(meta.description);
      for (const example of examples) expect(section).toContain(exampleFormula(example));
    }
  });

  it("the help page the functions' helpUrl opens has each function's anchor", async () => {
    const page = fs.readFileSync(HELP_PAGE_FILE, "utf8");
    for (const { meta } of await loadFunctionDocs()) {
      expect(meta.helpUrl).toBe(`https://localhost:3000/support.html#${anchor(meta.id)}`);
      expect(page).toContain(`<dt id="${anchor(meta.id)}">`);
    }
  });
});
