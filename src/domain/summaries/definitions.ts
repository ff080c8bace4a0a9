/** How each figure is defined (MGMA/HFMA conventions), shown beside it on the generated sheets. */
export const DEFINITIONS = {
  visitsCompleted: "Appointments with Status Completed, by appointment date.",
  noShowRate:
    "No-shows / appointments that came due (kept: Arrived, In Room, Completed; plus No Show). Scheduled, canceled and late-canceled visits do not count.",
  utilization:
    "Booked minutes (Scheduled, Confirmed, Arrived, In Room, Completed, No Show) / available minutes (active providers' Work Days x Day Start..Day End, from the first day on the schedule).",
  charges: "Claims Total Charge, by service date.",
  payments: "Payments Amount received in the period (payers and patients; reversals are negative).",
  contractualAdjustments:
    "Payments Adjustment Amount with Adjustment Group CO and a contractual reason (CARC 45 and the like, not denials), by date received.",
  netCollectionRate:
    "Payments / (charges - contractual adjustments) of the same period (MGMA adjusted collection rate).",
  denialRate:
    "Claims denied at least once (Denied, Appealed, or a Denial Reason kept after a correction, appeal or write-off) / adjudicated claims (Denied, Appealed, Partially Paid, Paid, Closed), by service date.",
  newPatients: "Patients whose first kept New Patient appointment falls in the period.",
  newPatientsFromCampaigns: "New patients whose Referral Source is a campaign's Name or Campaign ID.",
  campaignSpend:
    "Campaign Spend spread evenly over the days each campaign has run (Start Date to End Date or today).",
  costPerNewPatient: "Campaign spend / new patients from campaigns.",
  budgetVariance:
    "Actual (Expenses) - Budget, year to date over complete months (January alone while it runs); positive = over budget.",
  arTotal:
    "Open claim balances: Total Charge - Paid - Adjustment, less patient payments; Closed claims excluded.",
  arOver90: "Open balances of claims whose service date is more than 90 days ago.",
  arOver90Share: "A/R over 90 days / total A/R.",
  daysInAR:
    "A/R / (adjusted charges of the last 90 days / 90), adjusted charges = charges - contractual adjustments (MGMA).",
  itemsAtReorder: "Inventory items whose On Hand is at or below their Reorder Point.",
  lotsExpiring: "Inventory lots with stock on hand that expired or expire within 30 days.",
  contractsInNotice:
    "Active contracts whose notice date (End Date - Notice days) has come and whose End Date has not passed.",
  trainingDue: "Required courses of active staff whose latest certificate expired or expires within 60 days.",
  recordsOverdue:
    "Records requests still Open or In Progress after their Due On (Received On + 30 days when blank).",
  daysLeft: "Days Left below 0 = days past due.",
  aging: "Age = days from the service date to the as-of date; buckets as stored in the workbook.",
  duePatient:
    "Due Patient = remaining Patient Responsibility (less patient payments) and every Self-Pay claim; Due Insurance = the rest.",
  forecast:
    "Full-year forecast at run rate = actual from 1 January to today / days elapsed x days in the year (counted from the first month with a budget or expenses when that is later than January).",
  posCollection:
    "Copays collected at the desk / copays due, at kept visits (Arrived, In Room, Completed) of the period.",
  waitAndCycle:
    "Average wait = Checked In to Roomed; average cycle = Checked In to Checked Out, in minutes, over the kept visits with both times.",
  suggestedQuantity:
    "Suggested quantity = Par Level - On Hand - on order (Draft, Ordered, Partially Received POs).",
  workRvus:
    "Work RVUs = Work RVU x Units of each claim line, from the RVU table row for the line's code (a modifier with its own row, such as 26 or TC, takes that row) and its claim's service year; by service date and the claim's Provider ID.",
  collectionsByProvider:
    "Collections = Payments Amount received in the period (payers and patients), credited to the provider of the claim each payment names. Per visit = / completed visits; per wRVU = / work RVUs.",
  costPerWrvu:
    "Total operating cost per wRVU = Expenses Amount (by Date) / work RVUs of the same months (MGMA); the payroll and rent you record in Expenses count, anything else does not.",
  payerMix:
    "Payer mix by the claim's payer Type (Payers table): visits = claims by service date, charges = their Total Charge, collections = payments received, by the type of the claim's payer (a payment with no known claim: its own Payer ID).",
} as const;
