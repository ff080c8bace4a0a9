export { REMITTANCE_TABLES, readRemittanceWorkbook, type RemittanceTables } from "./read-workbook";
export {
  postRemittances,
  previewRemittances,
  type PostOutcome,
  type RemittanceOptions,
  type RemittancePreviewResult,
  type PlanBasis,
  type PostOptions,
} from "./remittance-import";
export { PostingFailedError } from "./write-posting";
export { MissingColumnError } from "./write-blocks";
