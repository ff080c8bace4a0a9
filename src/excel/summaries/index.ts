export {
  refreshSummaries,
  type EditedChoice,
  type EditedSheet,
  type RefreshOptions,
  type RefreshResult,
  type RefreshedSheet,
  type SheetAction,
} from "./refresh";
export { readBucketDays, saveBucketDays, parseBucketDays, BUCKETS_SETTING } from "./buckets";
export {
  previewPurchaseOrders,
  createPurchaseOrders,
  PreviewOutdatedError,
  type PurchaseOrderPreview,
} from "./purchase-orders";
export { describeRefresh, describeSheet } from "./describe";
export { identityName, settingKey, IDENTITY_NAME_PREFIX, SUMMARY_SETTING_PREFIX } from "./identity";
