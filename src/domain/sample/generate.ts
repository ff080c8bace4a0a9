import { generateBilling } from "./billing";
import { randomFor, sampleContext } from "./context";
import { contractRows } from "./contracts";
import { credentialRows } from "./credentials";
import { budgetRows, expenseRows, monthlyBudget } from "./finance";
import { incidentRows } from "./incidents";
import { campaignRows, generateCampaigns } from "./marketing";
import { FeeSchedule, payerRows, samplePayers } from "./payers";
import { paymentRows } from "./payments";
import { generateProviders, NamePicker, providerRows } from "./people";
import { plantErrors } from "./plant";
import { recordsRequestRows } from "./records";
import { rvuRows } from "./rvus";
import { reviseRevenueCycle } from "./revenue-cycle";
import { tableData } from "./rows";
import { generateSchedule } from "./schedule";
import { addFrontDesk, dailyCloseRows, holidayRows, timeOffRows } from "./front-desk";
import { generateStaff, generateTraining, staffRows } from "./staff";
import { inventoryRows, purchaseOrders, sampleItems } from "./supplies";
import { runSteps, runStepsWithPauses, type Steps } from "./steps";
import type { PlantedError, PracticeData, PracticeOptions, SamplePractice } from "./types";
import { vendorRows } from "./vendors";

/**
 * Makes up a complete, consistent practice: every table of the catalog, in catalog header order,
 * ready to write as 2-D blocks. Deterministic for a given seed and asOf. With `plantErrors`, known
 * bad values are then planted and listed in `plantedErrors`; everything else stays as generated.
 */
export function generatePractice(options: PracticeOptions = {}): SamplePractice {
  return runSteps(practiceSteps(options));
}

/**
 * generatePractice in steps, awaiting `pause` between them (the standalone app's pause lets the page
 * run): the same practice, value for value, as generatePractice with the same options.
 */
export function generatePracticeWithPauses(
  options: PracticeOptions,
  pause: () => Promise<void>,
): Promise<SamplePractice> {
  return runStepsWithPauses(practiceSteps(options), pause);
}

function* practiceSteps(options: PracticeOptions): Steps<SamplePractice> {
  const context = sampleContext(options);
  // Each part has its own random stream, so growing one table never reshuffles another.
  const names = new NamePicker(randomFor(context, "names"));
  const providers = generateProviders(context, randomFor(context, "providers"), names);
  const staff = generateStaff(context, randomFor(context, "staff"), names, providers);
  const campaigns = generateCampaigns(context, randomFor(context, "campaigns"));
  const schedule = yield* generateSchedule(context, randomFor(context, "schedule"), providers, campaigns);
  yield;
  addFrontDesk(context, randomFor(context, "front-desk"), schedule.rows);
  yield;
  const timeOff = timeOffRows(context, providers, schedule.rows); // moves visits out of the time off
  yield;
  const payers = samplePayers();
  const fees = new FeeSchedule(payers, context);
  const billing = yield* generateBilling(
    context,
    randomFor(context, "billing"),
    schedule.visits,
    payers,
    fees,
  );
  const claimActivity = yield* reviseRevenueCycle(
    context,
    randomFor(context, "revenue-cycle"),
    schedule,
    billing,
    payers,
    fees,
    staff,
  );
  const items = sampleItems(context);
  const orders = purchaseOrders(context, randomFor(context, "orders"), items);
  const budget = monthlyBudget(context, staff, items, campaigns);

  yield;
  const payments = yield* paymentRows(billing.payments);
  yield;
  const data: PracticeData = {
    Providers: yield* tableData("Providers", providerRows(providers)),
    Staff: yield* tableData("Staff", staffRows(staff)),
    Training: yield* tableData("Training", generateTraining(context, randomFor(context, "training"), staff)),
    Appointments: yield* tableData("Appointments", schedule.rows),
    Payers: yield* tableData("Payers", payerRows(payers)),
    FeeSchedule: yield* tableData("FeeSchedule", fees.rows()),
    Claims: yield* tableData("Claims", billing.claims),
    ClaimLines: yield* tableData("ClaimLines", billing.lines),
    Payments: yield* tableData("Payments", payments),
    Inventory: yield* tableData("Inventory", inventoryRows(context, randomFor(context, "inventory"), items)),
    PurchaseOrders: yield* tableData("PurchaseOrders", orders.rows),
    Vendors: yield* tableData("Vendors", vendorRows(randomFor(context, "vendors"), names)),
    Contracts: yield* tableData("Contracts", contractRows(context, payers, staff)),
    Budget: yield* tableData("Budget", budgetRows(context, budget)),
    Expenses: yield* tableData(
      "Expenses",
      expenseRows(context, randomFor(context, "expenses"), budget, orders.received, campaigns),
    ),
    Campaigns: yield* tableData("Campaigns", campaignRows(campaigns)),
    RecordsRequests: yield* tableData(
      "RecordsRequests",
      recordsRequestRows(context, randomFor(context, "records"), schedule.lastPatient),
    ),
    Credentials: yield* tableData(
      "Credentials",
      credentialRows(context, randomFor(context, "credentials"), providers, staff, payers),
    ),
    Incidents: yield* tableData("Incidents", incidentRows(context, randomFor(context, "incidents"), staff)),
    RVU: yield* tableData("RVU", rvuRows(context)),
    ClaimActivity: yield* tableData("ClaimActivity", claimActivity),
    TimeOff: yield* tableData("TimeOff", timeOff),
    Holidays: yield* tableData("Holidays", holidayRows(context)),
    DailyClose: yield* tableData("DailyClose", yield* dailyCloseRows(context, schedule.rows, payments)),
  };

  const planted: PlantedError[] = options.plantErrors
    ? yield* plantErrors(
        data,
        context,
        randomFor(context, "plant"),
        options.plantErrors === true ? {} : options.plantErrors,
      )
    : [];
  return withPlantedErrors(data, planted);
}

/** Attaches the list without making it one of the tables (non-enumerable). */
function withPlantedErrors(data: PracticeData, planted: readonly PlantedError[]): SamplePractice {
  Object.defineProperty(data, "plantedErrors", { value: planted, enumerable: false });
  return data as SamplePractice;
}
