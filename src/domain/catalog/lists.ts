/** Fixed value sets shared by several tables. */
export const YES_NO = ["Yes", "No"] as const;

export const APPOINTMENT_STATUSES = [
  "Scheduled",
  "Confirmed",
  "Arrived",
  "In Room",
  "Completed",
  "No Show",
  "Canceled",
  "Late Cancel",
  "Rescheduled",
] as const;

export const APPOINTMENT_TYPES = [
  "New Patient",
  "Follow-up",
  "Annual Physical",
  "Procedure",
  "Telehealth",
  "Consult",
  "Other",
] as const;

export const PAYER_TYPES = ["Commercial", "Medicare", "Medicaid", "Self-Pay", "Other"] as const;

export const CLAIM_STATUSES = [
  "Draft",
  "Submitted",
  "Accepted",
  "Rejected",
  "Denied",
  "Partially Paid",
  "Paid",
  "Appealed",
  "Closed",
] as const;

export const PAYMENT_METHODS = ["EFT", "Check", "Card", "Cash", "Other"] as const;
export const PAYMENT_SOURCES = ["ERA", "Manual", "Patient"] as const;
export const ADJUSTMENT_GROUPS = ["CO", "PR", "OA", "PI", "CR"] as const;

export const STAFF_ROLES = [
  "Physician",
  "Nurse Practitioner",
  "Physician Assistant",
  "Nurse",
  "Medical Assistant",
  "Front Desk",
  "Biller",
  "Practice Manager",
  "Other",
] as const;

export const INVENTORY_CATEGORIES = [
  "Medical Supplies",
  "Medication",
  "Vaccine",
  "Lab",
  "Office Supplies",
  "Equipment",
  "Other",
] as const;

export const PO_STATUSES = ["Draft", "Ordered", "Partially Received", "Received", "Canceled"] as const;

export const CONTRACT_TYPES = ["Vendor", "Payer", "Lease", "Service", "Employment", "Other"] as const;
export const CONTRACT_STATUSES = ["Active", "Pending", "Expired", "Terminated"] as const;

export const CAMPAIGN_CHANNELS = [
  "Search Ads",
  "Social Media",
  "Print",
  "Radio",
  "Email",
  "Referral Program",
  "Community Event",
  "Website",
  "Other",
] as const;

export const RECORDS_REQUEST_STATUSES = ["Open", "In Progress", "Fulfilled", "Denied", "Canceled"] as const;

/** Weekday abbreviations accepted in Providers[Work Days]. */
export const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

export const CREDENTIAL_TYPES = [
  "State License",
  "DEA",
  "State Controlled Substance",
  "Board Certification",
  "Malpractice Insurance",
  "CAQH Attestation",
  "Medicare Revalidation",
  "Payer Enrollment",
  "BLS/ACLS",
  "Other",
] as const;
/** Pending, Suspended, Revoked and Inactive rows never count; the others count between their dates. */
export const CREDENTIAL_STATUSES = [
  "Active",
  "Pending",
  "Expired",
  "Suspended",
  "Revoked",
  "Inactive",
] as const;

export const INCIDENT_TYPES = [
  "Sharps Injury",
  "Other Work Injury",
  "Privacy Incident",
  "Security Incident",
  "Patient Safety",
  "Other",
] as const;
/** Reported, Closed and Not Reportable end the reporting deadlines. */
export const INCIDENT_STATUSES = ["Open", "Under Review", "Reported", "Closed", "Not Reportable"] as const;
