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
import type { PlantedError, PracticeData, PracticeOptions, SamplePractice } from "./types";
import { vendorRows } from "./vendors";

/**
 * Makes up a complete, consistent practice: every table of the catalog, in catalog header order,
 * ready to write as 2-D blocks. Deterministic for a given seed and asOf. With `plantErrors`, known
 * bad values are then planted and listed in `plantedErrors`; everything else stays as generated.
 */
export function generatePractice(options: PracticeOptions = {}): SamplePractice {
  const context = sampleContext(options);
  // Each part has its own random stream, so growing one table never reshuffles another.
  const names = new NamePicker(randomFor(context, "names"));
  const providers = generateProviders(context, randomFor(context, "providers"), names);
  const staff = generateStaff(context, randomFor(context, "staff"), names, providers);
  const campaigns = generateCampaigns(context, randomFor(context, "campaigns"));
  const schedule = generateSchedule(context, randomFor(context, "schedule"), providers, campaigns);
  addFrontDesk(context, randomFor(context, "front-desk"), schedule.rows);
  const timeOff = timeOffRows(context, providers, schedule.rows); // moves visits out of the time off
  const payers = samplePayers();
  const fees = new FeeSchedule(payers, context);
  const billing = generateBilling(context, randomFor(context, "billing"), schedule.visits, payers, fees);
  const claimActivity = reviseRevenueCycle(
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

  const payments = paymentRows(billing.payments);
  const data: PracticeData = {
    Providers: tableData("Providers", providerRows(providers)),
    Staff: tableData("Staff", staffRows(staff)),
    Training: tableData("Training", generateTraining(context, randomFor(context, "training"), staff)),
    Appointments: tableData("Appointments", schedule.rows),
    Payers: tableData("Payers", payerRows(payers)),
    FeeSchedule: tableData("FeeSchedule", fees.rows()),
    Claims: tableData("Claims", billing.claims),
    ClaimLines: tableData("ClaimLines", billing.lines),
    Payments: tableData("Payments", payments),
    Inventory: tableData("Inventory", inventoryRows(context, randomFor(context, "inventory"), items)),
    PurchaseOrders: tableData("PurchaseOrders", orders.rows),
    Vendors: tableData("Vendors", vendorRows(randomFor(context, "vendors"), names)),
    Contracts: tableData("Contracts", contractRows(context, payers, staff)),
    Budget: tableData("Budget", budgetRows(context, budget)),
    Expenses: tableData(
      "Expenses",
      expenseRows(context, randomFor(context, "expenses"), budget, orders.received, campaigns),
    ),
    Campaigns: tableData("Campaigns", campaignRows(campaigns)),
    RecordsRequests: tableData(
      "RecordsRequests",
      recordsRequestRows(context, randomFor(context, "records"), schedule.lastPatient),
    ),
    Credentials: tableData(
      "Credentials",
      credentialRows(context, randomFor(context, "credentials"), providers, staff, payers),
    ),
    Incidents: tableData("Incidents", incidentRows(context, randomFor(context, "incidents"), staff)),
    RVU: tableData("RVU", rvuRows(context)),
    ClaimActivity: tableData("ClaimActivity", claimActivity),
    TimeOff: tableData("TimeOff", timeOff),
    Holidays: tableData("Holidays", holidayRows(context)),
    DailyClose: tableData("DailyClose", dailyCloseRows(context, schedule.rows, payments)),
  };

  const planted: PlantedError[] = options.plantErrors
    ? plantErrors(
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
