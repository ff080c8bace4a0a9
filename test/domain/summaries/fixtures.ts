/**
 * A small practice whose figures are computed by hand in the tests (see the comments there).
 * as of 2026-03-15 (a Sunday) at noon; 2026-03-01 is a Sunday, 2026-02-01 a Sunday, 2026-01-01 a Thursday.
 */
import { CATALOG, type Catalog, type RowOf, type TableName } from "../../../src/domain/catalog";
import { serialFromYmd } from "../../../src/domain/dates/excel-dates";
import { withTables, type SummaryInput, type SummaryTables } from "../../../src/domain/summaries/inputs";

export const d = (y: number, m: number, day: number): number => serialFromYmd(y, m, day);
export const AS_OF = d(2026, 3, 15) + 0.5;

/** A typed row of a table: every column null except the given ones. */
export function row<T extends TableName>(table: T, values: Partial<RowOf<Catalog[T]>>): RowOf<Catalog[T]> {
  const blank = Object.fromEntries(CATALOG[table].columns.map((c) => [c.key, null]));
  return { ...blank, ...values } as RowOf<Catalog[T]>;
}

export function rows<T extends TableName>(table: T, list: Partial<RowOf<Catalog[T]>>[]): RowOf<Catalog[T]>[] {
  return list.map((v) => row(table, v));
}

const hour = 1 / 24;

export function practiceTables(): SummaryTables {
  return withTables({
    Providers: rows("Providers", [
      {
        providerId: "P1",
        name: "Dr. Adams",
        workDays: "Mon,Wed,Fri",
        dayStart: 8 * hour,
        dayEnd: 12 * hour,
        active: "Yes",
      },
      {
        providerId: "P9",
        name: "Dr. Gone",
        workDays: "Mon",
        dayStart: 8 * hour,
        dayEnd: 17 * hour,
        active: "No",
      },
    ]),
    Appointments: rows("Appointments", [
      {
        appointmentId: "A1",
        date: d(2026, 3, 2),
        start: 9 * hour,
        durationMin: 30,
        providerId: "P1",
        patientRef: "MRN9",
        type: "Follow-up",
        status: "Completed",
      },
      {
        appointmentId: "A2",
        date: d(2026, 3, 3),
        durationMin: 30,
        providerId: "P1",
        patientRef: "MRN8",
        type: "Follow-up",
        status: "No Show",
      },
      {
        appointmentId: "A3",
        date: d(2026, 3, 4),
        durationMin: 60,
        providerId: "P1",
        patientRef: "MRN7",
        status: "Canceled",
      },
      {
        appointmentId: "A4",
        date: d(2026, 2, 10),
        durationMin: 60,
        providerId: "P1",
        patientRef: "MRN1",
        type: "New Patient",
        status: "Completed",
        referralSource: "spring ads",
      },
      {
        appointmentId: "A5",
        date: d(2026, 2, 11),
        durationMin: 30,
        providerId: "P1",
        patientRef: "MRN2",
        type: "New Patient",
        status: "Completed",
        referralSource: "Word of mouth",
      },
      {
        appointmentId: "A6",
        date: d(2026, 3, 5),
        durationMin: 30,
        providerId: "P1",
        patientRef: "MRN6",
        status: "Late Cancel",
      },
      {
        appointmentId: "A7",
        date: d(2026, 3, 20),
        durationMin: 30,
        providerId: "P1",
        patientRef: "MRN5",
        status: "Scheduled",
      },
      {
        appointmentId: "A8",
        date: d(2026, 3, 10),
        durationMin: 30,
        providerId: "P1",
        patientRef: "MRN1",
        type: "New Patient",
        status: "Completed",
        referralSource: "Word of mouth",
      },
    ]),
    Payers: rows("Payers", [
      { payerId: "AET", name: "Aetna", type: "Commercial" },
      { payerId: "MCR", name: "Medicare", type: "Medicare" },
      { payerId: "SELF", name: "Self-Pay", type: "Self-Pay" },
    ]),
    Claims: rows("Claims", [
      {
        claimId: "C1",
        patientRef: "MRN9",
        payerId: "AET",
        providerId: "P1",
        serviceDate: d(2026, 3, 5),
        totalCharge: 200,
        paid: 100,
        adjustment: 60,
        patientResponsibility: 40,
        status: "Paid",
      },
      {
        claimId: "C2",
        patientRef: "MRN1",
        payerId: "AET",
        providerId: "P1",
        serviceDate: d(2026, 2, 10),
        totalCharge: 300,
        paid: 0,
        adjustment: 0,
        status: "Denied",
      },
      {
        claimId: "C3",
        patientRef: "MRN3",
        payerId: "MCR",
        providerId: "P1",
        serviceDate: d(2025, 11, 1),
        totalCharge: 100,
        status: "Submitted",
        lastActivity: d(2025, 11, 3),
      },
      {
        claimId: "C4",
        patientRef: "MRN2",
        payerId: "AET",
        providerId: "P1",
        serviceDate: d(2026, 1, 20),
        totalCharge: 150,
        paid: 150,
        adjustment: 0,
        status: "Paid",
      },
      {
        claimId: "C5",
        patientRef: "MRN4",
        payerId: "SELF",
        providerId: "P1",
        serviceDate: d(2026, 3, 10),
        totalCharge: 80,
        status: "Submitted",
      },
      {
        claimId: "C6",
        patientRef: "MRN4",
        payerId: "MCR",
        providerId: "P1",
        serviceDate: d(2025, 12, 1),
        totalCharge: 50,
        status: "Closed",
      },
    ]),
    Payments: rows("Payments", [
      {
        paymentId: "X1",
        claimId: "C1",
        payerId: "AET",
        receivedOn: d(2026, 3, 8),
        amount: 100,
        source: "ERA",
        adjustmentGroup: "CO",
        adjustmentReason: "45",
        adjustmentAmount: 60,
      },
      { paymentId: "X2", claimId: "C1", receivedOn: d(2026, 3, 12), amount: 15, source: "Patient" },
      {
        paymentId: "X3",
        claimId: "C4",
        payerId: "AET",
        receivedOn: d(2026, 2, 15),
        amount: 150,
        source: "ERA",
      },
      {
        paymentId: "X4",
        claimId: "C0",
        payerId: "AET",
        receivedOn: d(2026, 1, 25),
        amount: 50,
        source: "ERA",
        adjustmentGroup: "CO",
        adjustmentAmount: 10,
      },
    ]),
    Budget: rows(
      "Budget",
      [1, 2, 3, 4].map((m) => ({ account: "Rent", month: d(2026, m, 1), amount: 1000 })),
    ),
    Expenses: rows("Expenses", [
      { date: d(2026, 1, 5), account: "Rent", amount: 1000 },
      { date: d(2026, 2, 5), account: "rent", amount: 1000 },
      { date: d(2026, 3, 5), account: "Rent", amount: 1100 },
    ]),
    Vendors: rows("Vendors", [{ vendorId: "V1", name: "Acme Medical" }]),
    Inventory: rows("Inventory", [
      {
        itemId: "I1",
        name: "Gauze",
        unit: "box",
        onHand: 5,
        reorderPoint: 10,
        parLevel: 30,
        unitCost: 2,
        vendorId: "V1",
      },
      {
        itemId: "I2",
        name: "Alcohol pads",
        unit: "box",
        onHand: 2,
        reorderPoint: 5,
        parLevel: 20,
        unitCost: 3.5,
        vendorId: "V1",
      },
      {
        itemId: "I3",
        name: "Flu vaccine",
        onHand: 50,
        reorderPoint: 10,
        parLevel: 60,
        lot: "L3",
        expiresOn: d(2026, 3, 30),
      },
      { itemId: "I4", name: "Gloves", onHand: 0, reorderPoint: 0, parLevel: 10 },
      { itemId: "I5", name: "Tetanus vaccine", onHand: 3, lot: "L5", expiresOn: d(2026, 3, 1) },
      { itemId: "I6", name: "Hep B vaccine", onHand: 4, lot: "L6", expiresOn: d(2026, 4, 30) },
    ]),
    PurchaseOrders: rows("PurchaseOrders", [
      { poNumber: "PO-20260315-01", vendorId: "V1", itemId: "I1", quantity: 10, status: "Ordered" },
      { poNumber: "PO-0007", vendorId: "V1", itemId: "I2", quantity: 99, status: "Received" },
    ]),
    Contracts: rows("Contracts", [
      {
        contractId: "K1",
        counterparty: "Cleaners Inc",
        endDate: d(2026, 4, 14),
        noticeDays: 30,
        autoRenew: "Yes",
        annualValue: 1200,
        status: "Active",
      },
      {
        contractId: "K2",
        counterparty: "Landlord",
        endDate: d(2026, 9, 30),
        noticeDays: 90,
        annualValue: 24000,
        status: "Active",
      },
      {
        contractId: "K3",
        counterparty: "IT Support",
        endDate: d(2026, 6, 30),
        noticeDays: 60,
        autoRenew: "No",
        annualValue: 6000,
        status: "Active",
      },
      {
        contractId: "K4",
        counterparty: "Old Lab",
        endDate: d(2026, 4, 1),
        noticeDays: 30,
        annualValue: 500,
        status: "Terminated",
      },
    ]),
    Staff: rows("Staff", [
      { staffId: "S1", name: "Beth", role: "Nurse", active: "Yes" },
      { staffId: "S2", name: "Carl", role: "Biller", active: "No" },
      { staffId: "S3", name: "Alma", role: "Front Desk", active: "Yes" },
    ]),
    Training: rows("Training", [
      {
        staffId: "S1",
        course: "HIPAA Privacy",
        completedOn: d(2025, 4, 1),
        expiresOn: d(2026, 4, 1),
        required: "Yes",
      },
      {
        staffId: "S1",
        course: "OSHA",
        completedOn: d(2025, 1, 1),
        expiresOn: d(2026, 1, 1),
        required: "Yes",
      },
      {
        staffId: "S1",
        course: "OSHA",
        completedOn: d(2026, 1, 1),
        expiresOn: d(2027, 1, 1),
        required: "Yes",
      },
      { staffId: "S1", course: "Fire Safety", expiresOn: d(2026, 1, 1), required: "No" },
      { staffId: "S2", course: "HIPAA Privacy", expiresOn: d(2026, 1, 1), required: "Yes" },
      {
        staffId: "S3",
        course: "BLS/CPR",
        completedOn: d(2024, 3, 1),
        expiresOn: d(2026, 3, 1),
        required: "Yes",
      },
    ]),
    RecordsRequests: rows("RecordsRequests", [
      { requestId: "R1", patientRef: "MRN1", receivedOn: d(2026, 2, 1), status: "Open" },
      {
        requestId: "R2",
        patientRef: "MRN2",
        receivedOn: d(2026, 3, 1),
        dueOn: d(2026, 3, 20),
        status: "In Progress",
      },
      { requestId: "R3", patientRef: "MRN3", receivedOn: d(2026, 1, 1), status: "Fulfilled" },
      { requestId: "R4", patientRef: "MRN4", receivedOn: d(2026, 3, 10), status: "Open" },
    ]),
    Campaigns: rows("Campaigns", [
      {
        campaignId: "CMP1",
        name: "Spring Ads",
        channel: "Search Ads",
        startDate: d(2026, 2, 1),
        endDate: d(2026, 3, 31),
        budget: 500,
        spend: 430,
      },
      {
        campaignId: "CMP2",
        name: "Radio Spot",
        channel: "Radio",
        startDate: d(2026, 5, 1),
        budget: 300,
        spend: 0,
      },
    ]),
  });
}

export function practiceInput(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return { tables: practiceTables(), asOf: AS_OF, bucketDays: [30, 60, 90, 120], ...overrides };
}
