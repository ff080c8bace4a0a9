import type { ColumnKind } from "./types";

/** Excel number format per column kind (setup applies them; rendering shows values through them). */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  id: "@",
  text: "@",
  email: "@",
  list: "General",
  yesno: "General",
  date: "yyyy-mm-dd",
  month: "mmm yyyy",
  time: "h:mm AM/PM",
  datetime: "yyyy-mm-dd h:mm AM/PM",
  currency: "$#,##0.00",
  integer: "0",
  number: "0.0",
};
