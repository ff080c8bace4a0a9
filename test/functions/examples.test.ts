import { FUNCTION_EXAMPLES, exampleFormula } from "../../src/functions/examples";
import { expectResult } from "./expect-result";
import { firstResult } from "./stream-cell";
import { functionsById } from "./pure-function-table";

describe("documented examples of the pure functions", () => {
  const pure = FUNCTION_EXAMPLES.filter((e) => !e.usesTables);
  let byId: Awaited<ReturnType<typeof functionsById>>;
  beforeAll(async () => {
    byId = await functionsById();
  });

  it("cover every pure function", () => {
    const streaming = new Set([
      "FILINGDEADLINE",
      "BUDGET",
      "ACTUAL",
      "YTD",
      "REMAINING",
      "FORECAST",
      "BUDGETREPORT",
      "CREDSTATUS",
      "RVU",
      "WRVU",
      "NEXTSLOTS",
    ]);
    const documented = new Set(FUNCTION_EXAMPLES.map((e) => e.id));
    for (const id of byId.keys()) expect(documented.has(id) || streaming.has(id)).toBe(true);
    expect(new Set(pure.map((e) => e.id)).size).toBe(byId.size - streaming.size + 1); // + FILINGDEADLINE with days
  });

  it.each(pure.map((e) => [exampleFormula(e), e] as const))("%s", async (_formula, example) => {
    const fn = byId.get(example.id);
    if (!fn) throw new Error(`no function ${example.id}`);
    // FILINGDEADLINE streams (it can read Payers); with a number of days it needs no table.
    const result =
      example.id === "FILINGDEADLINE" ? await firstResult(fn, ...example.args) : fn(...example.args);
    expectResult(result, example.result);
  });
});
