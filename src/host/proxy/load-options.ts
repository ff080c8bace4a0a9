/**
 * The load() argument forms the host supports:
 *   load()                                   every scalar property
 *   load("values, address")                  comma-separated names
 *   load(["values", "format/fill/color"])    names and navigation paths
 *   load({ select: "name, id", expand: "tables" })
 *   load({ $all: true }) / load({ values: true, format: { fill: { color: true } } })
 * For collections, names apply to the items ("name", "items/name"); "items" alone loads every scalar
 * property of each item; "count" loads the collection's count where it has one.
 */

/** Property names to load on this object; "*" means every scalar property. Paths keep their "/". */
export type LoadRequest = readonly string[];

export function parseLoadArgument(arg: unknown): LoadRequest {
  if (arg === undefined || arg === null) return ["*"];
  if (typeof arg === "string") return splitNames(arg);
  if (Array.isArray(arg)) return arg.flatMap((a) => (typeof a === "string" ? splitNames(a) : []));
  if (typeof arg === "object") {
    const options = arg as Record<string, unknown>;
    if (typeof options.select === "string" || typeof options.expand === "string") {
      const names = [
        ...(typeof options.select === "string" ? splitNames(options.select) : []),
        ...(typeof options.expand === "string" ? splitNames(options.expand) : []),
      ];
      return names.length === 0 ? ["*"] : names;
    }
    return flattenOptions(options, "");
  }
  return ["*"];
}

function splitNames(text: string): string[] {
  const names = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return names.length === 0 ? ["*"] : names;
}

function flattenOptions(options: Record<string, unknown>, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    if (key === "$all") {
      if (value === true) out.push(prefix === "" ? "*" : `${prefix}*`);
    } else if (value === true) {
      out.push(`${prefix}${key}`);
    } else if (value !== null && typeof value === "object") {
      const nested = flattenOptions(value as Record<string, unknown>, `${prefix}${key}/`);
      out.push(...(nested.length === 0 ? [`${prefix}${key}/*`] : nested));
    }
  }
  return out.length === 0 ? ["*"] : out;
}

/** Splits "format/fill/color" into the first step and the rest. */
export function splitPath(name: string): { head: string; rest: string | undefined } {
  const slash = name.indexOf("/");
  return slash < 0
    ? { head: name, rest: undefined }
    : { head: name.slice(0, slash), rest: name.slice(slash + 1) };
}
