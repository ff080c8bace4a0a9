/** Front desk: free slots and booking, the day sheet's content, closing the day. Pure: no Excel here. */
export * from "./calendar";
export * from "./slots";
export * from "./from-rows";
export * from "./daily-close";
export * from "./raw-appointments";
export * from "./booking";
