import { INVENTORY_CATEGORIES } from "../catalog/lists";
import type { SampleContext } from "./context";
import type { Random } from "./random";
import { dollars, sequentialId } from "./rows";
import type { SampleRow } from "./types";
import { VENDORS, type Vendor } from "./vendors";

type Category = (typeof INVENTORY_CATEGORIES)[number];

interface ItemTemplate {
  readonly name: string;
  readonly category: Category;
  readonly unit: string;
  /** Dollars per unit. */
  readonly cost: number;
  /** Units a six-provider practice uses per month. */
  readonly usage: number;
}

export interface Item extends ItemTemplate {
  readonly id: string;
  readonly vendor: Vendor;
  readonly monthlyUsage: number;
}

const ITEMS: readonly ItemTemplate[] = [
  item("Nitrile exam gloves, small", "Medical Supplies", "box", 9.5, 15),
  item("Nitrile exam gloves, medium", "Medical Supplies", "box", 9.5, 40),
  item("Nitrile exam gloves, large", "Medical Supplies", "box", 9.5, 30),
  item("Exam table paper 21 in", "Medical Supplies", "roll", 6.2, 35),
  item("Alcohol prep pads", "Medical Supplies", "box", 3.4, 12),
  item("Gauze sponges 4x4", "Medical Supplies", "pack", 8.9, 8),
  item("Adhesive bandages, assorted", "Medical Supplies", "box", 4.1, 10),
  item("Syringes 3 mL with needle", "Medical Supplies", "box", 14, 6),
  item("Syringes 1 mL tuberculin", "Medical Supplies", "box", 13.5, 3),
  item("Hypodermic needles 25G", "Medical Supplies", "box", 7.8, 4),
  item("Sharps container 2 gal", "Medical Supplies", "each", 5.6, 6),
  item("Specimen cups, sterile", "Medical Supplies", "pack", 18, 4),
  item("Tongue depressors", "Medical Supplies", "box", 6, 2),
  item("Cotton-tipped applicators", "Medical Supplies", "box", 3.2, 3),
  item("Otoscope specula", "Medical Supplies", "box", 11, 3),
  item("Thermometer probe covers", "Medical Supplies", "box", 9, 5),
  item("Patient gowns, disposable", "Medical Supplies", "case", 32, 6),
  item("Procedure face masks", "Medical Supplies", "box", 7.5, 20),
  item("Hand sanitizer 1 L", "Medical Supplies", "bottle", 12, 10),
  item("Disinfectant wipes", "Medical Supplies", "canister", 8.5, 25),
  item("Suture removal kits", "Medical Supplies", "each", 2.8, 10),
  item("ECG electrodes", "Medical Supplies", "pack", 12, 2),
  item("Cryosurgery spray canister", "Medical Supplies", "each", 45, 1),
  item("Elastic bandage 4 in", "Medical Supplies", "each", 1.6, 6),
  item("Sterile drapes", "Medical Supplies", "pack", 14, 2),
  item("Biopsy punch 4 mm", "Medical Supplies", "box", 28, 1),
  item("Rapid strep test kit", "Lab", "kit", 62, 3),
  item("Urine reagent strips", "Lab", "bottle", 24, 2),
  item("HbA1c test cartridges", "Lab", "box", 95, 3),
  item("Blood collection tubes, lavender", "Lab", "box", 19, 3),
  item("Blood collection tubes, gold SST", "Lab", "box", 21, 3),
  item("Tourniquets, latex-free", "Lab", "pack", 6, 2),
  item("Lancets", "Lab", "box", 7.5, 2),
  item("Specimen transport bags", "Lab", "pack", 9, 2),
  item("Influenza/COVID antigen test kit", "Lab", "kit", 250, 1),
  item("Influenza vaccine, quadrivalent 0.5 mL", "Vaccine", "dose", 18.5, 60),
  item("Tdap vaccine", "Vaccine", "dose", 45, 6),
  item("Hepatitis B vaccine, adult", "Vaccine", "dose", 58, 4),
  item("Pneumococcal conjugate vaccine (PCV20)", "Vaccine", "dose", 240, 4),
  item("Zoster vaccine, recombinant", "Vaccine", "dose", 190, 5),
  item("MMR vaccine", "Vaccine", "dose", 85, 2),
  item("HPV 9-valent vaccine", "Vaccine", "dose", 270, 2),
  item("Ketorolac 60 mg/2 mL", "Medication", "vial", 2.1, 20),
  item("Lidocaine 1% 20 mL", "Medication", "vial", 3.8, 10),
  item("Ceftriaxone 1 g", "Medication", "vial", 6.5, 4),
  item("Epinephrine 1 mg/mL", "Medication", "ampule", 12, 1),
  item("Albuterol nebulizer solution", "Medication", "box", 9.5, 2),
  item("Ondansetron 4 mg ODT", "Medication", "box", 8, 1),
  item("Methylprednisolone acetate 40 mg/mL", "Medication", "vial", 9.8, 4),
  item("Triamcinolone 40 mg/mL", "Medication", "vial", 14, 5),
  item("Dexamethasone 4 mg/mL", "Medication", "vial", 2.5, 3),
  item("Copy paper, letter", "Office Supplies", "case", 48, 4),
  item("Toner cartridge, black", "Office Supplies", "each", 89, 1),
  item("Ballpoint pens", "Office Supplies", "box", 6, 3),
  item("File folders", "Office Supplies", "box", 14, 1),
  item("Printer labels", "Office Supplies", "pack", 22, 2),
  item("Envelopes #10", "Office Supplies", "box", 19, 1),
  item("Receipt paper rolls", "Office Supplies", "pack", 35, 0.5),
  item("Blood pressure cuff, adult", "Equipment", "each", 38, 0.3),
  item("Pulse oximeter, fingertip", "Equipment", "each", 29, 0.2),
];

function item(name: string, category: Category, unit: string, cost: number, usage: number): ItemTemplate {
  return { name, category, unit, cost, usage };
}

const SUPPLIER: Record<Category, Vendor> = {
  "Medical Supplies": VENDORS.medical,
  Equipment: VENDORS.medical,
  Lab: VENDORS.lab,
  Vaccine: VENDORS.vaccines,
  Medication: VENDORS.pharma,
  "Office Supplies": VENDORS.office,
  Other: VENDORS.medical,
};

const LOCATION: Record<Category, string> = {
  "Medical Supplies": "Supply Room",
  Equipment: "Storage",
  Lab: "Lab",
  Vaccine: "Vaccine Fridge",
  Medication: "Med Cabinet",
  "Office Supplies": "Front Office",
  Other: "Storage",
};

/** Days until a lot on the shelf expires, by category (lots are tracked for these only). */
const SHELF_LIFE: Partial<Record<Category, readonly [number, number]>> = {
  Vaccine: [45, 400],
  Medication: [60, 720],
  Lab: [20, 300],
};

export function sampleItems(context: SampleContext): Item[] {
  return ITEMS.map((t, i) => ({
    ...t,
    id: sequentialId("INV", i + 1, 3),
    vendor: SUPPLIER[t.category],
    monthlyUsage: Math.round(t.usage * context.scale * 10) / 10,
  }));
}

/** Stock on hand as of asOf: some items sit at or below their reorder point; no lot has expired. */
export function inventoryRows(
  context: SampleContext,
  rng: Random,
  items: readonly Item[],
): SampleRow<"Inventory">[] {
  return items.map((it) => {
    const reorderPoint = Math.max(1, Math.ceil(it.monthlyUsage * 0.75));
    const parLevel = Math.max(reorderPoint + 1, Math.ceil(it.monthlyUsage * 2));
    const onHand = rng.int(Math.floor(reorderPoint * 0.6), Math.ceil(parLevel * 1.05));
    const shelfLife = SHELF_LIFE[it.category];
    return {
      itemId: it.id,
      name: it.name,
      category: it.category,
      unit: it.unit,
      onHand,
      reorderPoint,
      parLevel,
      unitCost: it.cost,
      vendorId: it.vendor.id,
      lot: shelfLife ? lotNumber(rng) : "",
      expiresOn: shelfLife ? context.asOf + rng.int(shelfLife[0], shelfLife[1]) : "",
      location: LOCATION[it.category],
      monthlyUsage: it.monthlyUsage,
    };
  });
}

function lotNumber(rng: Random): string {
  const letter = () => String.fromCharCode(65 + rng.int(0, 25));
  return `${letter()}${letter()}${rng.int(1000, 9999)}${letter()}`;
}

/** A received order, for the matching expense. */
export interface ReceivedOrder {
  readonly poNumber: string;
  readonly vendor: Vendor;
  readonly receivedOn: number;
  readonly cents: number;
}

interface OrderLine {
  readonly item: Item;
  readonly quantity: number;
  readonly unitCents: number;
  readonly receivedOn: number | "";
}

interface Order {
  readonly vendor: Vendor;
  readonly orderedOn: number | "";
  readonly expectedOn: number | "";
  readonly canceled: boolean;
  readonly lines: OrderLine[];
}

/** Days between orders per vendor. */
const CADENCE: readonly (readonly [Vendor, number])[] = [
  [VENDORS.medical, 14],
  [VENDORS.lab, 28],
  [VENDORS.vaccines, 30],
  [VENDORS.pharma, 30],
  [VENDORS.office, 30],
];

/** Regular restocking orders over the history, plus one draft being prepared. */
export function purchaseOrders(
  context: SampleContext,
  rng: Random,
  items: readonly Item[],
): { rows: SampleRow<"PurchaseOrders">[]; received: ReceivedOrder[] } {
  const orders: Order[] = [];
  for (const [vendor, cadence] of CADENCE) {
    const stocked = items.filter((it) => it.vendor === vendor);
    const days: number[] = [];
    for (
      let day = context.periodStart + rng.int(0, cadence - 1);
      day <= context.asOf;
      day += cadence + rng.int(-3, 3)
    ) {
      days.push(day);
    }
    // Restocking is due again by asOf: the latest order is a few days old and still on its way.
    const last = days[days.length - 1] ?? context.periodStart;
    if (context.asOf - last >= cadence / 2) days.push(context.asOf - rng.int(0, 2));
    days.forEach((day, n) => {
      const chosen = rng.sample(stocked, rng.int(2, Math.min(6, stocked.length)));
      const expectedOn = day + (vendor === VENDORS.vaccines ? rng.int(5, 10) : rng.int(3, 7));
      // A few orders get canceled; the fourth medical order always is, so every PO status shows up.
      const canceled = rng.chance(0.03) || (vendor === VENDORS.medical && n === 3);
      orders.push({
        vendor,
        orderedOn: day,
        expectedOn,
        canceled,
        lines: chosen.map((it) => {
          // Now and then one item is back-ordered and arrives a week or two later.
          const arrives = Math.max(
            day + 1,
            expectedOn + rng.int(-2, 2) + (rng.chance(0.08) ? rng.int(7, 14) : 0),
          );
          return {
            item: it,
            quantity: Math.max(1, Math.round(it.monthlyUsage * (cadence / 30) * (0.8 + rng.next() * 0.6))),
            unitCents: Math.round(it.cost * (0.97 + rng.next() * 0.07) * 100),
            receivedOn: !canceled && arrives <= context.asOf ? arrives : "",
          };
        }),
      });
    });
  }
  orders.sort((a, b) => Number(a.orderedOn) - Number(b.orderedOn));
  const medical = items.filter((it) => it.vendor === VENDORS.medical);
  orders.push({
    vendor: VENDORS.medical,
    orderedOn: "",
    expectedOn: "",
    canceled: false,
    lines: rng.sample(medical, 3).map((it) => ({
      item: it,
      quantity: Math.ceil(it.monthlyUsage),
      unitCents: Math.round(it.cost * 100),
      receivedOn: "",
    })),
  });

  const rows: SampleRow<"PurchaseOrders">[] = [];
  const received: ReceivedOrder[] = [];
  orders.forEach((order, n) => {
    const poNumber = `PO${10001 + n}`;
    const arrived = order.lines.filter((l) => l.receivedOn !== "");
    const status =
      order.orderedOn === ""
        ? "Draft"
        : order.canceled
          ? "Canceled"
          : arrived.length === order.lines.length
            ? "Received"
            : arrived.length > 0
              ? "Partially Received"
              : "Ordered";
    for (const line of order.lines) {
      rows.push({
        poNumber,
        vendorId: order.vendor.id,
        itemId: line.item.id,
        quantity: line.quantity,
        unitCost: dollars(line.unitCents),
        orderedOn: order.orderedOn,
        expectedOn: order.expectedOn,
        receivedOn: line.receivedOn,
        status,
      });
    }
    if (arrived.length > 0) {
      received.push({
        poNumber,
        vendor: order.vendor,
        receivedOn: Math.max(...arrived.map((l) => Number(l.receivedOn))),
        cents: arrived.reduce((sum, l) => sum + l.quantity * l.unitCents, 0),
      });
    }
  });
  return { rows, received };
}
