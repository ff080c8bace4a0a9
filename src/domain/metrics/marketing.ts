/** Marketing KPIs. */
import { ratio } from "./ratio";

/** Cost per new patient = marketing spend / new patients it brought; null when it brought none. */
export function costPerPatient(spend: number, newPatients: number): number | null {
  return ratio(spend, newPatients);
}
