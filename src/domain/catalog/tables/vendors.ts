import type { TableSpec } from "../types";

export const vendors = {
  name: "Vendors",
  sheet: "Vendors",
  description: "Suppliers and service providers.",
  key: ["Vendor ID"],
  columns: [
    {
      header: "Vendor ID",
      key: "vendorId",
      kind: "id",
      required: true,
      width: 11,
      description: "Short unique code, e.g. V001.",
    },
    { header: "Name", key: "name", kind: "text", required: true, width: 26, description: "Vendor name." },
    { header: "Contact", key: "contact", kind: "text", width: 20, description: "Account representative." },
    { header: "Email", key: "email", kind: "email", width: 26, description: "Ordering email address." },
    { header: "Phone", key: "phone", kind: "id", width: 14, description: "Phone number." },
    { header: "Category", key: "category", kind: "text", width: 16, description: "What they supply." },
  ],
} as const satisfies TableSpec;
