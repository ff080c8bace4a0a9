import type { TableSpec } from "../types";

/**
 * Relative value units per procedure code and year (CMS physician fee schedule, PPRRVU file), used for
 * provider productivity (work RVUs) and cost per wRVU. Filled by Import RVU file or typed by hand.
 */
export const rvu = {
  name: "RVU",
  sheet: "RVU",
  description:
    "Relative value units per procedure code, modifier and year (CMS physician fee schedule), for productivity figures.",
  key: ["Code", "Modifier", "Year"],
  columns: [
    {
      header: "Code",
      key: "code",
      kind: "id",
      required: true,
      code: "procedure",
      width: 10,
      description: "CPT or HCPCS code.",
    },
    {
      header: "Modifier",
      key: "modifier",
      kind: "id",
      code: "modifier",
      width: 10,
      description: "Modifier the values apply to (blank: the code without modifier, e.g. 26 or TC split).",
    },
    {
      header: "Year",
      key: "year",
      kind: "integer",
      required: true,
      min: 1992,
      width: 8,
      description: "Fee schedule year the values are for (applies to services in that calendar year).",
    },
    {
      header: "Work RVU",
      key: "workRvu",
      kind: "number",
      numberFormat: "0.00",
      required: true,
      min: 0,
      width: 10,
      description: "Work RVU (physician work): the wRVU of productivity benchmarks.",
    },
    {
      header: "PE RVU",
      key: "peRvu",
      kind: "number",
      numberFormat: "0.00",
      min: 0,
      width: 10,
      description: "Practice expense RVU (non-facility, as in an office).",
    },
    {
      header: "MP RVU",
      key: "mpRvu",
      kind: "number",
      numberFormat: "0.00",
      min: 0,
      width: 10,
      description: "Malpractice (professional liability) RVU.",
    },
    {
      header: "Total RVU",
      key: "totalRvu",
      kind: "number",
      numberFormat: "0.00",
      min: 0,
      width: 10,
      description: "Total RVU (non-facility): work + PE + MP.",
    },
  ],
} as const satisfies TableSpec;
