import { CAMPAIGN_CHANNELS } from "../lists";
import type { TableSpec } from "../types";

export const campaigns = {
  name: "Campaigns",
  sheet: "Campaigns",
  description: "Marketing campaigns with their budget and spend.",
  key: ["Campaign ID"],
  columns: [
    {
      header: "Campaign ID",
      key: "campaignId",
      kind: "id",
      required: true,
      width: 12,
      description: "Unique campaign code.",
    },
    {
      header: "Name",
      key: "name",
      kind: "text",
      required: true,
      width: 24,
      description: "Campaign name (use it as the Referral Source of the appointments it brings).",
    },
    {
      header: "Channel",
      key: "channel",
      kind: "list",
      list: CAMPAIGN_CHANNELS,
      width: 15,
      description: "Where it runs.",
    },
    { header: "Start Date", key: "startDate", kind: "date", width: 12, description: "First day." },
    { header: "End Date", key: "endDate", kind: "date", width: 12, description: "Last day." },
    { header: "Budget", key: "budget", kind: "currency", min: 0, width: 12, description: "Planned spend." },
    { header: "Spend", key: "spend", kind: "currency", min: 0, width: 12, description: "Spent so far." },
  ],
} as const satisfies TableSpec;
