export * from "./adjustments";
export * from "./icd10";
export * from "./npi";
export * from "./procedure-codes";
