import path from "node:path";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";

/**
 * functions.json as the build's metadata plugin writes it from the JSDoc in functions.ts. Ids are a
 * contract with every saved workbook (=PM.AGING(...) is stored by id): this table is the list of
 * shipped functions and must only ever grow.
 * Parameters: "name" required scalar, "name?" optional, "name[]" a range (matrix).
 */
const EXPECTED: Record<
  string,
  { params: string[]; result: "scalar" | "matrix"; stream?: true; volatile?: true }
> = {
  ISNPI: { params: ["value"], result: "scalar" },
  ISCPT: { params: ["value"], result: "scalar" },
  ISHCPCS: { params: ["value"], result: "scalar" },
  ISICD10: { params: ["value"], result: "scalar" },
  AGE: { params: ["serviceDate", "asOf?"], result: "scalar", volatile: true },
  AGINGBUCKET: { params: ["serviceDate", "asOf?", "bucketDays[]?"], result: "scalar", volatile: true },
  AGING: { params: ["dates[]", "balances[]", "asOf?", "bucketDays[]?"], result: "matrix", volatile: true },
  DAYSINAR: { params: ["totalAR[]", "charges[]", "days?"], result: "scalar" },
  NETCOLLECTION: { params: ["payments[]", "charges[]", "adjustments[]"], result: "scalar" },
  GROSSCOLLECTION: { params: ["payments[]", "charges[]"], result: "scalar" },
  DENIALRATE: { params: ["statuses[]"], result: "scalar" },
  FILINGDEADLINE: { params: ["serviceDate", "daysOrPayerId"], result: "scalar", stream: true },
  NOSHOWRATE: { params: ["statuses[]", "countLateCancel?"], result: "scalar" },
  UTILIZATION: { params: ["bookedMinutes[]", "availableMinutes[]"], result: "scalar" },
  REORDERPOINT: { params: ["dailyUsage", "leadTimeDays", "safetyStock?"], result: "scalar" },
  ORDERQTY: { params: ["onHand", "reorderPoint", "parLevel", "onOrder?"], result: "scalar" },
  DAYSOFSUPPLY: { params: ["onHand", "monthlyUsage"], result: "scalar" },
  NOTICEDATE: { params: ["endDate", "noticeDays"], result: "scalar" },
  CONTRACTSTATUS: {
    params: ["endDate", "noticeDays", "autoRenew?", "asOf?"],
    result: "scalar",
    volatile: true,
  },
  VARIANCE: { params: ["actual", "budget"], result: "scalar" },
  VARIANCEPCT: { params: ["actual", "budget"], result: "scalar" },
  PRORATE: { params: ["amount", "startDate", "endDate", "month"], result: "scalar" },
  COSTPERPATIENT: { params: ["spend", "newPatients"], result: "scalar" },
  BUDGET: { params: ["account", "month"], result: "scalar", stream: true },
  ACTUAL: { params: ["account", "month"], result: "scalar", stream: true },
  YTD: { params: ["account", "month", "kind?"], result: "scalar", stream: true },
  REMAINING: { params: ["account", "year?"], result: "scalar", stream: true },
  FORECAST: { params: ["account", "year?", "asOf?"], result: "scalar", stream: true },
  BUDGETREPORT: { params: ["year?", "asOf?"], result: "matrix", stream: true },
  CREDSTATUS: { params: ["personId", "type", "asOf?"], result: "scalar", stream: true },
  RVU: { params: ["code", "modifier?", "year?", "kind?"], result: "scalar", stream: true },
  WRVU: { params: ["providerId", "from", "to"], result: "scalar", stream: true },
  APPEALDEADLINE: { params: ["remittanceDate", "windowDays?"], result: "scalar" },
  SUBMISSIONLAG: { params: ["serviceDates[]", "submittedOn[]"], result: "scalar" },
  NEXTSLOTS: { params: ["provider", "minutes", "from?", "count?"], result: "matrix", stream: true },
};

const ENTRY = path.resolve(__dirname, "../../src/functions/functions.ts");

let functions: IFunction[];
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(ENTRY);
  expect(generated.errors).toEqual([]);
  functions = (JSON.parse(generated.metadataJson) as { functions: IFunction[] }).functions;
});

function signature(f: IFunction): string[] {
  return f.parameters.map(
    (p) => `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}`,
  );
}

describe("functions.json", () => {
  it("has exactly the shipped functions, each with its fixed id as its name", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it.each(Object.entries(EXPECTED))(
    "%s has its parameters, optional flags and result shape",
    (id, expected) => {
      const f = functions.find((fn) => fn.id === id) as IFunction;
      expect(signature(f)).toEqual(expected.params);
      expect(f.result?.dimensionality ?? "scalar").toBe(expected.result);
      expect(f.options?.stream ?? false).toBe(expected.stream ?? false);
      // A result that depends on today must be volatile, or Excel keeps yesterday's value until an argument
      // changes ("Volatile values in functions", learn.microsoft.com/office/dev/add-ins/excel/
      // custom-functions-volatile). Everything else stays a plain calc-chain function.
      expect(f.options?.volatile ?? false).toBe(expected.volatile ?? false);
    },
  );

  it("describes every function and parameter within Excel's limits, with help into the function reference", () => {
    for (const f of functions) {
      expect(f.description?.length ?? 0).toBeGreaterThan(20);
      expect(f.helpUrl).toBe(`https://localhost:3000/support.html#pm-${f.id.toLowerCase()}`);
      for (const p of f.parameters) {
        expect(p.description?.length ?? 0).toBeGreaterThan(5);
        expect(p.description?.length ?? 0).toBeLessThanOrEqual(128);
        expect(p.name.length).toBeLessThanOrEqual(64);
        expect(p.type).toBe("any"); // every argument is read (and checked) by Args, not coerced by Excel
      }
    }
  });
});
