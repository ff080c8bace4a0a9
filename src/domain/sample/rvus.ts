/**
 * The sample practice's RVU table: illustrative values of the order CMS publishes for the codes the
 * sample bills (made up for the demo, not CMS's numbers), one row per code and year of history, so
 * the Productivity sheet has work RVUs. Lab and drug codes carry no work RVUs, as on the real file.
 */
import { ymdFromSerial } from "../dates/excel-dates";
import type { SampleContext } from "./context";
import type { SampleRow } from "./types";

/** Code -> [work, practice expense (non-facility), malpractice]. */
const RVUS: Readonly<Record<string, readonly [number, number, number]>> = {
  "99202": [0.93, 1.12, 0.08],
  "99203": [1.6, 1.52, 0.15],
  "99204": [2.6, 2.1, 0.24],
  "99205": [3.5, 2.6, 0.32],
  "99211": [0.18, 0.45, 0.01],
  "99212": [0.7, 0.92, 0.05],
  "99213": [1.3, 1.26, 0.1],
  "99214": [1.92, 1.62, 0.14],
  "99215": [2.8, 2.08, 0.2],
  "99395": [1.75, 1.63, 0.12],
  "99396": [1.9, 1.7, 0.13],
  "99397": [2.0, 1.8, 0.14],
  G0439: [1.92, 1.73, 0.13],
  G2211: [0.33, 0.15, 0.02],
  "36415": [0, 0.09, 0],
  "81002": [0, 0.1, 0],
  "83036": [0, 0.3, 0],
  "87880": [0, 0.4, 0],
  "93000": [0.17, 0.31, 0.01],
  "90471": [0.17, 0.37, 0.01],
  "90686": [0, 0.6, 0],
  "96372": [0.17, 0.27, 0.01],
  J1885: [0, 0.01, 0],
  "17110": [0.7, 2.1, 0.06],
  "11102": [0.66, 2.0, 0.06],
  "20610": [0.79, 0.85, 0.09],
  "69210": [0.61, 0.65, 0.05],
  "10060": [1.22, 1.9, 0.12],
};

const round2 = (n: number) => Math.round(n * 100) / 100;

export function rvuRows(context: SampleContext): SampleRow<"RVU">[] {
  const first = ymdFromSerial(context.periodStart).year;
  const last = ymdFromSerial(context.asOf).year;
  const rows: SampleRow<"RVU">[] = [];
  for (let year = first; year <= last; year++) {
    for (const [code, [work, pe, mp]] of Object.entries(RVUS)) {
      rows.push({
        code,
        modifier: "",
        year,
        workRvu: work,
        peRvu: pe,
        mpRvu: mp,
        totalRvu: round2(work + pe + mp),
      });
    }
  }
  return rows;
}
