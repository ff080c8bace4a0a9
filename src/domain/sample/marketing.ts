import { CAMPAIGN_CHANNELS } from "../catalog/lists";
import { addMonths, serialFromYmd, ymdFromSerial } from "../dates/excel-dates";
import { monthsBetween } from "./calendar";
import type { SampleContext } from "./context";
import type { Random } from "./random";
import { dollars, sequentialId } from "./rows";
import type { SampleRow } from "./types";

type Channel = (typeof CAMPAIGN_CHANNELS)[number];

export interface Campaign {
  readonly id: string;
  readonly name: string;
  readonly channel: Channel;
  readonly start: number;
  readonly end: number;
  readonly budgetCents: number;
  /** Invoices paid for it (Marketing expenses), dated on or before asOf. */
  readonly spend: readonly { readonly date: number; readonly cents: number }[];
}

interface Template {
  readonly name: string;
  readonly month: number;
  readonly day: number;
  readonly days: number;
  readonly channel: Channel;
  /** Budget for a six-provider practice, in dollars. */
  readonly budget: number;
}

/** A yearly marketing calendar; each campaign runs once a year under "<name> <year>". */
const TEMPLATES: readonly Template[] = [
  { name: "Medicare Wellness Mailer", month: 1, day: 10, days: 45, channel: "Print", budget: 3000 },
  { name: "Heart Health Month", month: 2, day: 1, days: 28, channel: "Social Media", budget: 1500 },
  { name: "Spring Checkup Emails", month: 3, day: 15, days: 60, channel: "Email", budget: 1200 },
  { name: "New Patient Search Ads", month: 5, day: 1, days: 90, channel: "Search Ads", budget: 6000 },
  { name: "Back-to-School Physicals", month: 7, day: 10, days: 45, channel: "Social Media", budget: 2500 },
  { name: "Flu Shot Drive", month: 9, day: 15, days: 60, channel: "Community Event", budget: 3500 },
];

/** Campaigns that started within the history, at least a week before asOf (so they brought patients). */
export function generateCampaigns(context: SampleContext, rng: Random): Campaign[] {
  const firstYear = ymdFromSerial(context.periodStart).year;
  const lastYear = ymdFromSerial(context.asOf).year;
  const found: Omit<Campaign, "id">[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const t of TEMPLATES) {
      const start = serialFromYmd(year, t.month, t.day);
      if (start < context.periodStart || start > context.asOf - 7) continue;
      const end = start + t.days - 1;
      const budgetCents = Math.round(t.budget * Math.max(0.5, context.scale)) * 100;
      found.push({
        name: `${t.name} ${year}`,
        channel: t.channel,
        start,
        end,
        budgetCents,
        spend: spendOf(context, rng, start, end, budgetCents),
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((c, i) => ({ ...c, id: sequentialId("CMP", i + 1, 2) }));
}

/** Monthly invoices in proportion to the days the campaign ran that month, up to asOf. */
function spendOf(context: SampleContext, rng: Random, start: number, end: number, budgetCents: number) {
  const spend: { date: number; cents: number }[] = [];
  const days = end - start + 1;
  for (const month of monthsBetween(start, Math.min(end, context.asOf))) {
    const from = Math.max(start, month);
    const to = Math.min(end, addMonths(month, 1) - 1, context.asOf);
    if (to < from) continue;
    const share = (to - from + 1) / days;
    spend.push({
      date: to,
      cents: Math.round((budgetCents * share * (0.9 + rng.next() * 0.18)) / 100) * 100,
    });
  }
  return spend;
}

export function campaignRows(campaigns: readonly Campaign[]): SampleRow<"Campaigns">[] {
  return campaigns.map((c) => ({
    campaignId: c.id,
    name: c.name,
    channel: c.channel,
    startDate: c.start,
    endDate: c.end,
    budget: dollars(c.budgetCents),
    spend: dollars(c.spend.reduce((sum, s) => sum + s.cents, 0)),
  }));
}
