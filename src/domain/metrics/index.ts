/**
 * Practice KPI math shared by the PM custom functions and the summary sheets. Pure functions over
 * numbers and Excel serial dates; rates are fractions and null when their denominator is zero.
 */
export * from "./ratio";
export * from "./aging";
export * from "./revenue-cycle";
export * from "./schedule";
export * from "./inventory";
export * from "./contracts";
export * from "./budget";
export * from "./marketing";
export * from "./credentials";
export * from "./incidents";
export * from "./rvu";
