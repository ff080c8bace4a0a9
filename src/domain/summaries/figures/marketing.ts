/** Campaign spend over time: spend is spread evenly over the days a campaign has run so far. */
import { overlapDays, type Period } from "../periods";
import type { CampaignRow } from "./new-patients";

/** Days the campaign ran up to asOf: Start Date through End Date (or asOf when later or blank). */
export function campaignDays(c: CampaignRow, asOf: number): { start: number; end: number } | null {
  if (c.startDate === null) return null;
  const end = Math.min(c.endDate ?? Math.floor(asOf), Math.floor(asOf));
  return end < c.startDate ? null : { start: c.startDate, end };
}

/** Part of a campaign's spend that falls in the period (0 for a campaign without Start Date). */
export function spendInPeriod(c: CampaignRow, period: Period, asOf: number): number {
  const days = campaignDays(c, asOf);
  if (days === null || c.spend === null) return 0;
  const total = days.end - days.start + 1;
  return (c.spend * overlapDays(period, days.start, days.end)) / total;
}
