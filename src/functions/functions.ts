// The PM custom functions (namespace PM), loaded in the add-in's shared runtime. custom-functions-metadata
// reads the JSDoc below to write functions.json (ids are fixed once shipped; never change one) and appends
// the CustomFunctions.associate calls at build time. Bodies are one-liners: arguments are read by Args
// (args.ts), the math is src/domain/metrics, errors become Excel errors in run (call.ts). The functions
// that read the Budget, Expenses and Payers tables stream, so their results follow edits (workbook/).
// Those whose asOf defaults to today are @volatile (recalculated with every recalculation, like TODAY());
// the streaming ones that default to today roll over at midnight instead (workbook/day-clock.ts).
// This header is a line comment on purpose: a JSDoc block here would become the first function's description.
import * as codes from "../domain/codes";
import * as m from "../domain/metrics";
import { DEFAULT_APPEAL_WINDOW_DAYS } from "../domain/revenue-cycle/constants";
import * as rc from "../domain/revenue-cycle/functions";
import { ratioResult, run } from "./call";
import { agingSpill } from "./spills";
import { appointmentStatusList, claimStatusList, codeText, readBucketDays } from "./readers";
import * as wb from "./workbook/functions";
import * as credentials from "./workbook/credentials";
import * as productivity from "./workbook/productivity";
import * as slots from "./workbook/slots";

/**
 * Checks a National Provider Identifier: 10 digits, first digit 1 or 2, valid check digit.
 * @customfunction ISNPI
 * @helpurl https://localhost:3000/support.html#pm-isnpi
 * @param value The NPI to check, as text or a number.
 * @returns TRUE when the value is a valid NPI, otherwise FALSE.
 */
export function isNpi(value: unknown): boolean {
  return run("ISNPI", () => codes.isNpi(codeText(value)));
}

/**
 * Checks the shape of a CPT code: 5 digits (Category I), or 4 digits and F, T or U.
 * @customfunction ISCPT
 * @helpurl https://localhost:3000/support.html#pm-iscpt
 * @param value The code to check, e.g. 99213 or 0001U.
 * @returns TRUE when the value looks like a CPT code, otherwise FALSE.
 */
export function isCpt(value: unknown): boolean {
  return run("ISCPT", () => codes.isCpt(codeText(value)));
}

/**
 * Checks the shape of a HCPCS Level II code: a letter A-V and 4 digits.
 * @customfunction ISHCPCS
 * @helpurl https://localhost:3000/support.html#pm-ishcpcs
 * @param value The code to check, e.g. J1100.
 * @returns TRUE when the value looks like a HCPCS Level II code, otherwise FALSE.
 */
export function isHcpcs(value: unknown): boolean {
  return run("ISHCPCS", () => codes.isHcpcs(codeText(value)));
}

/**
 * Checks the shape of an ICD-10-CM diagnosis code, with or without the dot (E11.9, E119).
 * @customfunction ISICD10
 * @helpurl https://localhost:3000/support.html#pm-isicd10
 * @param value The code to check, e.g. E11.9.
 * @returns TRUE when the value looks like an ICD-10-CM code, otherwise FALSE.
 */
export function isIcd10(value: unknown): boolean {
  return run("ISICD10", () => codes.isIcd10(codeText(value)));
}

/**
 * Days from the service date to asOf (today if omitted): the age of a claim.
 * @customfunction AGE
 * @volatile
 * @helpurl https://localhost:3000/support.html#pm-age
 * @param serviceDate Date of service: an Excel date or text such as 2026-01-15.
 * @param [asOf] Date to count to. Default: today.
 * @returns Whole days; negative when the service date is after asOf.
 */
export function age(serviceDate: unknown, asOf?: unknown): number {
  return run("AGE", (a) => m.age(a.date("serviceDate", serviceDate), a.optionalDate("asOf", asOf)));
}

/**
 * A/R aging bucket of a service date: 0-30, 31-60, 61-90, 91-120 or 120+ days, or your own limits.
 * @customfunction AGINGBUCKET
 * @volatile
 * @helpurl https://localhost:3000/support.html#pm-agingbucket
 * @param serviceDate Date of service: an Excel date or text such as 2026-01-15.
 * @param [asOf] Date to count to. Default: today.
 * @param [bucketDays] Upper day limits of the buckets, increasing, e.g. {30,60,90,120} (the default).
 * @returns The bucket label, e.g. "31-60".
 */
export function agingBucket(serviceDate: unknown, asOf?: unknown, bucketDays?: unknown[][]): string {
  return run("AGINGBUCKET", (a) =>
    m.agingBucket(
      a.date("serviceDate", serviceDate),
      a.optionalDate("asOf", asOf),
      readBucketDays(a, bucketDays),
    ),
  );
}

/**
 * A/R aging table: balances summed per age bucket with their share. Spills Bucket | Amount | Share and a Total row.
 * @customfunction AGING
 * @volatile
 * @helpurl https://localhost:3000/support.html#pm-aging
 * @param dates Service dates, one column or row (e.g. Claims[Service Date]).
 * @param balances Open balances, same size as dates (e.g. Claims[Balance]). Blank rows are skipped.
 * @param [asOf] Date to age to. Default: today.
 * @param [bucketDays] Upper day limits of the buckets, increasing. Default: {30,60,90,120}.
 * @returns A table with a header row, one row per bucket and a Total row.
 */
export function aging(
  dates: unknown[][],
  balances: unknown[][],
  asOf?: unknown,
  bucketDays?: unknown[][],
): Array<Array<string | number>> {
  return run("AGING", (a) => {
    const serviceDates = a.dateList("dates", dates);
    const amounts = a.numberList("balances", balances);
    if (serviceDates.length !== amounts.length) {
      throw a.fail(`dates has ${serviceDates.length} cells but balances has ${amounts.length}`);
    }
    // A balance needs its date; rows with a blank date and no balance (trailing blank rows) are skipped.
    const counted = new Array<number | null>(amounts.length);
    for (let i = 0; i < amounts.length; i++) {
      const balance = amounts[i] ?? null;
      if (serviceDates[i] !== null) counted[i] = balance;
      else if (balance === null || balance === 0) counted[i] = null;
      else throw a.fail(`balances (cell ${i + 1}) has an amount but dates (cell ${i + 1}) is blank`);
    }
    return agingSpill(
      m.agingTable(serviceDates, counted, a.optionalDate("asOf", asOf), readBucketDays(a, bucketDays)),
    );
  });
}

/**
 * Days in A/R (MGMA): total A/R divided by the average daily charges of a period.
 * @customfunction DAYSINAR
 * @helpurl https://localhost:3000/support.html#pm-daysinar
 * @param totalAR Open A/R: an amount or a range of balances (summed).
 * @param charges Gross charges of the period: an amount or a range (summed).
 * @param [days] Length of the period in days. Default: 90 (three months).
 * @returns Days; #DIV/0! when there were no charges.
 */
export function daysInAR(totalAR: unknown[][], charges: unknown[][], days?: unknown): number {
  return run("DAYSINAR", (a) =>
    ratioResult(
      m.daysInAR(
        a.total("totalAR", totalAR),
        a.total("charges", charges),
        a.optionalNumber("days", days, 90, { above: 0 }),
      ),
    ),
  );
}

/**
 * Net collection rate: payments / (charges - contractual adjustments).
 * @customfunction NETCOLLECTION
 * @helpurl https://localhost:3000/support.html#pm-netcollection
 * @param payments Payments received: an amount or a range (summed).
 * @param charges Gross charges: an amount or a range (summed).
 * @param adjustments Contractual adjustments (write-offs): an amount or a range (summed).
 * @returns A fraction (0.96 = 96 %); #DIV/0! when charges equal adjustments.
 */
export function netCollection(payments: unknown[][], charges: unknown[][], adjustments: unknown[][]): number {
  return run("NETCOLLECTION", (a) =>
    ratioResult(
      m.netCollectionRate(
        a.total("payments", payments),
        a.total("charges", charges),
        a.total("adjustments", adjustments),
      ),
    ),
  );
}

/**
 * Gross collection rate: payments / charges.
 * @customfunction GROSSCOLLECTION
 * @helpurl https://localhost:3000/support.html#pm-grosscollection
 * @param payments Payments received: an amount or a range (summed).
 * @param charges Gross charges: an amount or a range (summed).
 * @returns A fraction (0.6 = 60 %); #DIV/0! when there are no charges.
 */
export function grossCollection(payments: unknown[][], charges: unknown[][]): number {
  return run("GROSSCOLLECTION", (a) =>
    ratioResult(m.grossCollectionRate(a.total("payments", payments), a.total("charges", charges))),
  );
}

/**
 * Denial rate: denied (and appealed) claims / claims the payer adjudicated (paid, partially paid, denied, appealed, closed).
 * @customfunction DENIALRATE
 * @helpurl https://localhost:3000/support.html#pm-denialrate
 * @param statuses Claim statuses, one column or row (e.g. Claims[Status]). Blanks are skipped.
 * @returns A fraction; #DIV/0! when no claim was adjudicated.
 */
export function denialRate(statuses: unknown[][]): number {
  return run("DENIALRATE", (a) => ratioResult(m.denialRate(claimStatusList(a, statuses))));
}

/**
 * Last day to file a claim: the service date plus the payer's timely filing days (a number, or a Payer ID from the Payers table).
 * @customfunction FILINGDEADLINE
 * @helpurl https://localhost:3000/support.html#pm-filingdeadline
 * @param serviceDate Date of service: an Excel date or text such as 2026-01-15.
 * @param daysOrPayerId Filing limit in days (e.g. 90), or a Payer ID whose Timely Filing (days) is used.
 * @param invocation Set by Excel.
 * @returns The deadline as an Excel date (format the cell as a date).
 */
export function filingDeadline(
  serviceDate: unknown,
  daysOrPayerId: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  wb.filingDeadline(serviceDate, daysOrPayerId, invocation);
}

/**
 * No-show rate: no-shows / appointments that came due (kept or no-show). Scheduled, canceled and rescheduled ones do not count.
 * @customfunction NOSHOWRATE
 * @helpurl https://localhost:3000/support.html#pm-noshowrate
 * @param statuses Appointment statuses, one column or row (e.g. Appointments[Status]). Blanks are skipped.
 * @param [countLateCancel] TRUE to count Late Cancel as a no-show. Default: FALSE (left out).
 * @returns A fraction; #DIV/0! when no appointment came due.
 */
export function noShowRate(statuses: unknown[][], countLateCancel?: unknown): number {
  return run("NOSHOWRATE", (a) =>
    ratioResult(
      m.noShowRate(
        appointmentStatusList(a, statuses),
        a.optionalFlag("countLateCancel", countLateCancel, false),
      ),
    ),
  );
}

/**
 * Utilization: booked minutes / available minutes.
 * @customfunction UTILIZATION
 * @helpurl https://localhost:3000/support.html#pm-utilization
 * @param bookedMinutes Minutes booked: a number or a range (summed), e.g. Appointments[Duration (min)].
 * @param availableMinutes Minutes the provider was available: a number or a range (summed).
 * @returns A fraction (above 1 when overbooked); #DIV/0! when nothing was available.
 */
export function utilization(bookedMinutes: unknown[][], availableMinutes: unknown[][]): number {
  return run("UTILIZATION", (a) =>
    ratioResult(
      m.utilization(
        a.total("bookedMinutes", bookedMinutes, { min: 0 }),
        a.total("availableMinutes", availableMinutes, { min: 0 }),
      ),
    ),
  );
}

/**
 * Reorder point: daily usage x lead time in days + safety stock, rounded up to whole units.
 * @customfunction REORDERPOINT
 * @helpurl https://localhost:3000/support.html#pm-reorderpoint
 * @param dailyUsage Units used per day.
 * @param leadTimeDays Days from ordering to delivery.
 * @param [safetyStock] Extra units kept for surprises. Default: 0.
 * @returns Units: reorder when stock falls to this level.
 */
export function reorderPoint(dailyUsage: unknown, leadTimeDays: unknown, safetyStock?: unknown): number {
  return run("REORDERPOINT", (a) =>
    m.reorderPoint(
      a.number("dailyUsage", dailyUsage, { min: 0 }),
      a.number("leadTimeDays", leadTimeDays, { min: 0 }),
      a.optionalNumber("safetyStock", safetyStock, 0, { min: 0 }),
    ),
  );
}

/**
 * Units to order: back up to the par level once stock (plus what is on order) is at or below the reorder point, else 0.
 * @customfunction ORDERQTY
 * @helpurl https://localhost:3000/support.html#pm-orderqty
 * @param onHand Units in stock.
 * @param reorderPoint Reorder when stock falls to this level.
 * @param parLevel Stock level to order back up to.
 * @param [onOrder] Units already ordered and not yet received. Default: 0.
 * @returns Units to order (0 when stock is above the reorder point).
 */
export function orderQty(
  onHand: unknown,
  reorderPoint: unknown,
  parLevel: unknown,
  onOrder?: unknown,
): number {
  return run("ORDERQTY", (a) =>
    m.orderQuantity(
      a.number("onHand", onHand, { min: 0 }),
      a.number("reorderPoint", reorderPoint, { min: 0 }),
      a.number("parLevel", parLevel, { min: 0 }),
      a.optionalNumber("onOrder", onOrder, 0, { min: 0 }),
    ),
  );
}

/**
 * Days the stock on hand lasts at the monthly usage (a month = 365/12 days).
 * @customfunction DAYSOFSUPPLY
 * @helpurl https://localhost:3000/support.html#pm-daysofsupply
 * @param onHand Units in stock.
 * @param monthlyUsage Units used per month.
 * @returns Days; #DIV/0! when nothing is used.
 */
export function daysOfSupply(onHand: unknown, monthlyUsage: unknown): number {
  return run("DAYSOFSUPPLY", (a) =>
    ratioResult(
      m.daysOfSupply(
        a.number("onHand", onHand, { min: 0 }),
        a.number("monthlyUsage", monthlyUsage, { min: 0 }),
      ),
    ),
  );
}

/**
 * Last day to give notice on a contract: noticeDays before its end date.
 * @customfunction NOTICEDATE
 * @helpurl https://localhost:3000/support.html#pm-noticedate
 * @param endDate Last day of the contract term.
 * @param noticeDays Days of notice the contract requires.
 * @returns The notice date as an Excel date (format the cell as a date).
 */
export function noticeDate(endDate: unknown, noticeDays: unknown): number {
  return run("NOTICEDATE", (a) =>
    m.noticeDate(a.date("endDate", endDate), a.number("noticeDays", noticeDays, { min: 0, integer: true })),
  );
}

/**
 * Contract status on asOf: Active, Notice window (notice date to end date), Renews (past the end, auto-renewing) or Expired.
 * @customfunction CONTRACTSTATUS
 * @volatile
 * @helpurl https://localhost:3000/support.html#pm-contractstatus
 * @param endDate Last day of the contract term.
 * @param noticeDays Days of notice the contract requires.
 * @param [autoRenew] TRUE or Yes when the contract renews unless notice is given. Default: FALSE.
 * @param [asOf] Date to check on. Default: today.
 * @returns "Active", "Notice window", "Renews" or "Expired".
 */
export function contractStatus(
  endDate: unknown,
  noticeDays: unknown,
  autoRenew?: unknown,
  asOf?: unknown,
): string {
  return run("CONTRACTSTATUS", (a) =>
    m.contractStatus(
      a.date("endDate", endDate),
      a.number("noticeDays", noticeDays, { min: 0, integer: true }),
      a.optionalFlag("autoRenew", autoRenew, false),
      a.optionalDate("asOf", asOf),
    ),
  );
}

/**
 * Variance: actual - budget (positive = spent more than budgeted).
 * @customfunction VARIANCE
 * @helpurl https://localhost:3000/support.html#pm-variance
 * @param actual Actual amount.
 * @param budget Budgeted amount.
 * @returns actual - budget.
 */
export function variance(actual: unknown, budget: unknown): number {
  return run("VARIANCE", (a) => m.variance(a.number("actual", actual), a.number("budget", budget)));
}

/**
 * Variance as a share of the budget: (actual - budget) / budget.
 * @customfunction VARIANCEPCT
 * @helpurl https://localhost:3000/support.html#pm-variancepct
 * @param actual Actual amount.
 * @param budget Budgeted amount.
 * @returns A fraction (0.1 = 10 % over); #DIV/0! when the budget is 0.
 */
export function variancePct(actual: unknown, budget: unknown): number {
  return run("VARIANCEPCT", (a) =>
    ratioResult(m.variancePct(a.number("actual", actual), a.number("budget", budget))),
  );
}

/**
 * The part of an amount that falls in a month, when it covers startDate to endDate evenly per day (e.g. a contract).
 * @customfunction PRORATE
 * @helpurl https://localhost:3000/support.html#pm-prorate
 * @param amount Amount for the whole period.
 * @param startDate First day of the period.
 * @param endDate Last day of the period (included).
 * @param month Any date in the month, or text such as 2026-03.
 * @returns The month's share of the amount (0 when the period misses the month).
 */
export function prorate(amount: unknown, startDate: unknown, endDate: unknown, month: unknown): number {
  return run("PRORATE", (a) => {
    const start = a.date("startDate", startDate);
    const end = a.date("endDate", endDate);
    if (end < start) throw a.fail("endDate is before startDate");
    return m.prorate(a.number("amount", amount), start, end, a.month("month", month));
  });
}

/**
 * Marketing cost per new patient: spend / new patients.
 * @customfunction COSTPERPATIENT
 * @helpurl https://localhost:3000/support.html#pm-costperpatient
 * @param spend Marketing spend.
 * @param newPatients New patients it brought.
 * @returns Cost per patient; #DIV/0! when there were no new patients.
 */
export function costPerPatient(spend: unknown, newPatients: unknown): number {
  return run("COSTPERPATIENT", (a) =>
    ratioResult(m.costPerPatient(a.number("spend", spend), a.number("newPatients", newPatients, { min: 0 }))),
  );
}

/**
 * Budgeted amount for an account in a month, from the Budget table. Updates when the table changes.
 * @customfunction BUDGET
 * @helpurl https://localhost:3000/support.html#pm-budget
 * @param account Budget account, e.g. Rent.
 * @param month Any date in the month, or text such as 2026-03.
 * @param invocation Set by Excel.
 * @returns The amount budgeted (0 when the account has no budget that month).
 */
export function budget(
  account: unknown,
  month: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  wb.budget(account, month, invocation);
}

/**
 * Amount spent on an account in a month, from the Expenses table. Updates when the table changes.
 * @customfunction ACTUAL
 * @helpurl https://localhost:3000/support.html#pm-actual
 * @param account Budget account, e.g. Rent.
 * @param month Any date in the month, or text such as 2026-03.
 * @param invocation Set by Excel.
 * @returns The amount spent (0 when nothing was spent that month).
 */
export function actual(
  account: unknown,
  month: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  wb.actual(account, month, invocation);
}

/**
 * Year to date for an account, from January through the given month: budget, actual or variance.
 * @customfunction YTD
 * @helpurl https://localhost:3000/support.html#pm-ytd
 * @param account Budget account, e.g. Rent.
 * @param month Last month to include: any date in it, or text such as 2026-03.
 * @param [kind] "budget", "actual" or "variance" (actual - budget). Default: "actual".
 * @param invocation Set by Excel.
 * @returns The year-to-date amount.
 */
export function ytd(
  account: unknown,
  month: unknown,
  kind: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  wb.ytd(account, month, kind, invocation);
}

/**
 * Budget left for an account: the year's budget minus everything spent in that year.
 * @customfunction REMAINING
 * @helpurl https://localhost:3000/support.html#pm-remaining
 * @param account Budget account, e.g. Rent.
 * @param [year] The year, e.g. 2026. Default: this year.
 * @param invocation Set by Excel.
 * @returns The amount left (negative when overspent).
 */
export function remaining(
  account: unknown,
  year: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  wb.remaining(account, year, invocation);
}

/**
 * Year-end forecast of an account's spending: actual to asOf, projected to 31 December at the daily run rate.
 * @customfunction FORECAST
 * @helpurl https://localhost:3000/support.html#pm-forecast
 * @param account Budget account, e.g. Rent.
 * @param [year] The year, e.g. 2026. Default: this year.
 * @param [asOf] Date the actuals run to. Default: today.
 * @param invocation Set by Excel.
 * @returns Projected spending for the year; #N/A before the year starts.
 */
export function forecast(
  account: unknown,
  year: unknown,
  asOf: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  wb.forecast(account, year, asOf, invocation);
}

/**
 * Budget report for a year: Account | Budget YTD | Actual YTD | Variance | Variance % | Forecast, and a Total row.
 * @customfunction BUDGETREPORT
 * @helpurl https://localhost:3000/support.html#pm-budgetreport
 * @param [year] The year, e.g. 2026. Default: this year.
 * @param [asOf] Year to date runs through this date's month; the forecast runs to this date. Default: today.
 * @param invocation Set by Excel.
 * @returns A table with a header row, one row per account and a Total row.
 */
export function budgetReport(
  year: unknown,
  asOf: unknown,
  invocation: CustomFunctions.StreamingInvocation<Array<Array<string | number>>>,
): void {
  wb.budgetReport(year, asOf, invocation);
}

/**
 * Credential standing of a provider or staff member on asOf, from the Credentials table: Active, Expiring (ends within 90 days, no renewal on file), Expired or Missing.
 * @customfunction CREDSTATUS
 * @helpurl https://localhost:3000/support.html#pm-credstatus
 * @param personId Provider ID or Staff ID, e.g. P001.
 * @param type Credential type, e.g. "State License" or "DEA"; or a Payer ID for the enrollment with that payer.
 * @param [asOf] Date to check on. Default: today.
 * @param invocation Set by Excel.
 * @returns "Active", "Expiring", "Expired" or "Missing".
 */
export function credStatus(
  personId: unknown,
  type: unknown,
  asOf: unknown,
  invocation: CustomFunctions.StreamingInvocation<string>,
): void {
  credentials.credStatus(personId, type, asOf, invocation);
}

/**
 * Relative value units of a procedure code from the RVU table: work RVU by default, or PE, MP or total.
 * @customfunction RVU
 * @helpurl https://localhost:3000/support.html#pm-rvu
 * @param code CPT or HCPCS code, e.g. 99213.
 * @param [modifier] Modifier with its own values (26, TC); blank or another modifier: the code's own row.
 * @param [year] Fee schedule year, e.g. 2026. Default: this year.
 * @param [kind] "work", "pe", "mp" or "total". Default: "work".
 * @param invocation Set by Excel.
 * @returns The RVU; #N/A when the RVU table has no row for the code and year.
 */
export function rvu(
  code: unknown,
  modifier: unknown,
  year: unknown,
  kind: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  productivity.rvu(code, modifier, year, kind, invocation);
}

/**
 * Work RVUs a provider billed between two service dates: work RVU x units of each claim line, from the RVU table.
 * @customfunction WRVU
 * @helpurl https://localhost:3000/support.html#pm-wrvu
 * @param providerId Provider ID, e.g. P001.
 * @param from First service date.
 * @param to Last service date.
 * @param invocation Set by Excel.
 * @returns Total work RVUs; #N/A when a line of the period has no RVU for its year (it would be left out).
 */
export function wrvu(
  providerId: unknown,
  from: unknown,
  to: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  productivity.wrvu(providerId, from, to, invocation);
}

/**
 * Last day to appeal a denial: the remittance date plus the payer's appeal window (90 days if omitted).
 * @customfunction APPEALDEADLINE
 * @helpurl https://localhost:3000/support.html#pm-appealdeadline
 * @param remittanceDate Date of the remittance that denied the claim: an Excel date or text such as 2026-01-15.
 * @param [windowDays] The payer's Appeal Window (days), e.g. Payers[Appeal Window (days)]. Default: 90.
 * @returns The deadline as an Excel date (format the cell as a date).
 */
export function appealDeadline(remittanceDate: unknown, windowDays?: unknown): number {
  return run("APPEALDEADLINE", (a) =>
    rc.appealDeadline(
      a.date("remittanceDate", remittanceDate),
      a.optionalNumber("windowDays", windowDays, DEFAULT_APPEAL_WINDOW_DAYS, { min: 0, integer: true }),
    ),
  );
}

/**
 * Submission lag: average days from the service date to the date the claim was submitted.
 * @customfunction SUBMISSIONLAG
 * @helpurl https://localhost:3000/support.html#pm-submissionlag
 * @param serviceDates Service dates, one column or row (e.g. Claims[Service Date]).
 * @param submittedOn Submission dates, same size (e.g. Claims[Submitted On]). Rows with either blank are skipped.
 * @returns Average days; #DIV/0! when no claim has both dates.
 */
export function submissionLag(serviceDates: unknown[][], submittedOn: unknown[][]): number {
  return run("SUBMISSIONLAG", (a) =>
    ratioResult(
      rc.submissionLag(a.dateList("serviceDates", serviceDates), a.dateList("submittedOn", submittedOn)),
    ),
  );
}

/**
 * Next free appointment slots: the provider's work days and hours minus time off, holidays and booked appointments.
 * @customfunction NEXTSLOTS
 * @helpurl https://localhost:3000/support.html#pm-nextslots
 * @param provider Provider ID, or blank ("") for any active provider.
 * @param minutes Length of the visit in minutes, e.g. 30.
 * @param [from] Date, or date and time, to search from. Default: now.
 * @param [count] How many slots to list. Default: 5.
 * @param invocation Set by Excel.
 * @returns A table Date | Start | Provider with a header row, earliest first.
 */
export function nextSlots(
  provider: unknown,
  minutes: unknown,
  from: unknown,
  count: unknown,
  invocation: CustomFunctions.StreamingInvocation<Array<Array<string | number>>>,
): void {
  slots.nextSlots(provider, minutes, from, count, invocation);
}
