export { generatePractice, generatePracticeWithPauses } from "./generate";
export { DEFAULT_AS_OF, DEFAULT_MONTHS, DEFAULT_PROVIDERS, DEFAULT_SEED } from "./context";
export * from "./types";
