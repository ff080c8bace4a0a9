/** Error codes the host raises, spelled like Excel's OfficeExtension.Error codes. */
export const HostErrorCodes = {
  propertyNotLoaded: "PropertyNotLoaded",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  invalidArgument: "InvalidArgument",
  invalidReference: "InvalidReference",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidObjectPath: "InvalidObjectPath",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  generalException: "GeneralException",
  notImplemented: "NotImplemented",
} as const;

export type HostErrorCode = (typeof HostErrorCodes)[keyof typeof HostErrorCodes] | (string & {});

export interface HostErrorDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/** Shaped like OfficeExtension.Error: code, message, debugInfo. */
export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly debugInfo: HostErrorDebugInfo;

  constructor(code: HostErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function hostError(code: HostErrorCode, message: string, errorLocation?: string): HostError {
  return new HostError(code, message, errorLocation);
}
