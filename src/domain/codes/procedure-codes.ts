/** CPT and HCPCS Level II code shapes (the code sets themselves are licensed and not shipped). */
const CPT_CATEGORY_I = /^\d{5}$/;
const CPT_CATEGORY_II = /^\d{4}F$/;
const CPT_CATEGORY_III = /^\d{4}T$/;
const CPT_PLA = /^\d{4}U$/;
const HCPCS_LEVEL_II = /^[A-V]\d{4}$/;

export function isCpt(value: string): boolean {
  const v = value.trim().toUpperCase();
  return CPT_CATEGORY_I.test(v) || CPT_CATEGORY_II.test(v) || CPT_CATEGORY_III.test(v) || CPT_PLA.test(v);
}

export function isHcpcs(value: string): boolean {
  return HCPCS_LEVEL_II.test(value.trim().toUpperCase());
}

/** A procedure code on a claim line or fee schedule: CPT (any category) or HCPCS Level II. */
export function isProcedureCode(value: string): boolean {
  return isCpt(value) || isHcpcs(value);
}

/** Modifiers are two alphanumerics (25, 59, LT, GT, ...). */
export function isModifier(value: string): boolean {
  return /^[A-Z0-9]{2}$/.test(value.trim().toUpperCase());
}
