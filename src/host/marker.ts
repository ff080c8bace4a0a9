/** Grepped for by the build test: production bundles must never contain the in-memory host. */
export const IN_MEMORY_HOST_MARKER = "PM_IN_MEMORY_EXCEL_HOST";
