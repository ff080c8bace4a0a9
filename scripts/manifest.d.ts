import type { ManifestInfo } from "office-addin-manifest";

export interface RequirementSet {
  name: string;
  minVersion: string;
}
export interface ManifestRead {
  /** What office-addin-manifest's readManifestFile reports (id, icons, support URL, source location...). */
  info: ManifestInfo;
  /** <Requirements><Sets>, MinVersion defaulted from DefaultMinVersion. */
  requirementSets: RequirementSet[];
  /** Every URL in an attribute or text, namespace URIs left out. */
  urls: string[];
}
export declare function readManifest(file: string): Promise<ManifestRead>;
export declare function writeManifestForBaseUrl(
  source: string,
  target: string,
  baseUrl: string,
): Promise<ManifestRead>;
