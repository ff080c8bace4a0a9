/**
 * Formats a cell value with an Excel number format, like Range.text. Shared by the host and the app's
 * grid. Covers the formats the add-in uses (General, 0, 0.00, #,##0, $#,##0.00, 0%, dates, times, "@")
 * and the common grammar around them: sections (pos;neg;zero;text), quoted literals, \x escapes,
 * [Color] tags, _x spacing. Not covered: fractions, scientific formats beyond General, locale codes.
 */
import { ymdFromSerial } from "../domain/dates/excel-dates";

export type FormattableValue = string | number | boolean;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function formatValue(value: FormattableValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sections = splitSections(numberFormat);
  if (typeof value === "string") {
    const textSection = sections[3] ?? sections.find((s) => s.includes("@"));
    if (textSection === undefined) return value;
    return renderLiteralTemplate(textSection, value);
  }
  if (!Number.isFinite(value)) return "#NUM!";
  const first = sections[0] ?? "General";
  if (isGeneral(first) && sections.length === 1) return formatGeneral(value);
  if (first.trim() === "@") return formatGeneral(value);
  let section = first;
  let number = value;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    number = -value;
  } else if (value === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  if (isGeneral(section)) return formatGeneral(number);
  return isDateFormat(section) ? formatDate(number, section) : formatNumber(number, section);
}

function isGeneral(section: string): boolean {
  return stripColor(section).trim().toLowerCase() === "general";
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? "";
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

function stripColor(section: string): string {
  return section.replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "");
}

/** Excel's General: up to 11 significant characters, scientific for very large or small numbers. */
export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = (mantissa ?? "").replace(/\.?0+$/, "");
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const integerDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - integerDigits);
  const text = value.toFixed(decimals);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

function isDateFormat(section: string): boolean {
  const bare = stripColor(section)
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "");
  return /[ydhs]/i.test(bare) || /(^|[^0#])m/i.test(bare.replace(/[0#.,%]/g, "0"));
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hours: number;
  minutes: number;
  seconds: number;
}

function dateParts(serial: number): DateParts {
  let day = Math.floor(serial);
  let seconds = Math.round((serial - day) * 86400);
  if (seconds >= 86400) {
    seconds -= 86400;
    day += 1;
  }
  const ymd = day >= 1 ? ymdFromSerial(day) : { year: 1900, month: 1, day: 0 };
  return {
    ...ymd,
    weekday: (((day - 1) % 7) + 7) % 7,
    hours: Math.floor(seconds / 3600),
    minutes: Math.floor((seconds % 3600) / 60),
    seconds: seconds % 60,
  };
}

type DateToken = { kind: "literal"; text: string } | { kind: "code"; code: string };

function tokenizeDate(section: string): DateToken[] {
  const tokens: DateToken[] = [];
  const src = stripColor(section);
  let i = 0;
  while (i < src.length) {
    const ch = src[i] ?? "";
    if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      tokens.push({ kind: "literal", text: src.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? src.length : end + 1;
      continue;
    }
    if (ch === "\\") {
      tokens.push({ kind: "literal", text: src[i + 1] ?? "" });
      i += 2;
      continue;
    }
    const ampm = /^(AM\/PM|A\/P)/i.exec(src.slice(i));
    if (ampm) {
      tokens.push({ kind: "code", code: ampm[1]?.toUpperCase() ?? "AM/PM" });
      i += ampm[0].length;
      continue;
    }
    const run = /^(y+|m+|d+|h+|s+)/i.exec(src.slice(i));
    if (run) {
      tokens.push({ kind: "code", code: run[1]?.toLowerCase() ?? "" });
      i += run[0].length;
      continue;
    }
    if (ch === "_") {
      tokens.push({ kind: "literal", text: " " });
      i += 2;
      continue;
    }
    tokens.push({ kind: "literal", text: ch });
    i++;
  }
  return tokens;
}

function formatDate(serial: number, section: string): string {
  const p = dateParts(serial);
  const tokens = tokenizeDate(section);
  const twelveHour = tokens.some((t) => t.kind === "code" && (t.code === "AM/PM" || t.code === "A/P"));
  const codes = tokens.map((t) => (t.kind === "code" ? t.code : ""));
  let out = "";
  tokens.forEach((token, index) => {
    if (token.kind === "literal") {
      out += token.text;
      return;
    }
    const code = token.code;
    const pad2 = (n: number): string => String(n).padStart(2, "0");
    if (code.startsWith("y")) out += code.length <= 2 ? pad2(p.year % 100) : String(p.year);
    else if (code.startsWith("d")) {
      if (code.length === 1) out += String(p.day);
      else if (code.length === 2) out += pad2(p.day);
      else if (code.length === 3) out += (DAYS[p.weekday] ?? "").slice(0, 3);
      else out += DAYS[p.weekday] ?? "";
    } else if (code.startsWith("h")) {
      const h = twelveHour ? ((p.hours + 11) % 12) + 1 : p.hours;
      out += code.length >= 2 ? pad2(h) : String(h);
    } else if (code.startsWith("s")) out += pad2(p.seconds);
    else if (code.startsWith("m")) {
      const prev =
        codes
          .slice(0, index)
          .filter((c) => c !== "")
          .pop() ?? "";
      const next = codes.slice(index + 1).find((c) => c !== "") ?? "";
      const isMinutes = code.length <= 2 && (prev.startsWith("h") || next.startsWith("s"));
      if (isMinutes) out += code.length === 2 ? pad2(p.minutes) : String(p.minutes);
      else if (code.length === 1) out += String(p.month);
      else if (code.length === 2) out += pad2(p.month);
      else if (code.length === 3) out += (MONTHS[p.month - 1] ?? "").slice(0, 3);
      else if (code.length === 5) out += (MONTHS[p.month - 1] ?? "").slice(0, 1);
      else out += MONTHS[p.month - 1] ?? "";
    } else if (code === "AM/PM") out += p.hours < 12 ? "AM" : "PM";
    else if (code === "A/P") out += p.hours < 12 ? "A" : "P";
  });
  return out;
}

/** Number sections: digits placeholders 0 # ?, one ".", "," grouping or scaling, "%" and literals. */
function formatNumber(value: number, section: string): string {
  const src = stripColor(section);
  let prefix = "";
  let suffix = "";
  let pattern = "";
  let seenPattern = false;
  let percent = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] ?? "";
    let literal: string | undefined;
    if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      literal = src.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? src.length : end;
    } else if (ch === "\\") {
      literal = src[i + 1] ?? "";
      i++;
    } else if (ch === "_") {
      literal = " ";
      i++;
    } else if (ch === "*") {
      i++;
      literal = "";
    } else if ("0#?.,".includes(ch)) {
      pattern += ch;
      seenPattern = true;
      continue;
    } else if (ch === "%") {
      percent++;
      literal = "%";
    } else if (ch === "@") {
      literal = "";
    } else {
      literal = ch;
    }
    if (seenPattern) suffix += literal;
    else prefix += literal;
  }
  let number = value * Math.pow(100, percent);
  // trailing commas scale by thousands
  while (pattern.endsWith(",")) {
    pattern = pattern.slice(0, -1);
    number /= 1000;
  }
  const dot = pattern.indexOf(".");
  const intPattern = dot < 0 ? pattern : pattern.slice(0, dot);
  const fracPattern = dot < 0 ? "" : pattern.slice(dot + 1).replace(/,/g, "");
  const grouping = intPattern.includes(",");
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const minFrac = (fracPattern.match(/0/g) ?? []).length;
  const maxFrac = fracPattern.length;
  const negative = number < 0;
  const rounded = roundHalfAwayFromZero(Math.abs(number), maxFrac);
  let [intText = "0", fracText = ""] = rounded.toFixed(maxFrac).split(".");
  if (intText === "0" && minInt === 0) intText = "";
  intText = intText.padStart(minInt, "0");
  if (grouping) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  while (fracText.length > minFrac && fracText.endsWith("0")) fracText = fracText.slice(0, -1);
  const body =
    dot >= 0 && (fracText.length > 0 || fracPattern.length === 0) ? `${intText}.${fracText}` : intText;
  const sign = negative && rounded !== 0 ? "-" : "";
  return `${sign}${prefix}${body}${suffix}`;
}

function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = Math.pow(10, decimals);
  return Math.round(value * factor + Number.EPSILON * factor) / factor;
}

function renderLiteralTemplate(section: string, text: string): string {
  let out = "";
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] ?? "";
    if (ch === "@") out += text;
    else if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      out += section[i + 1] ?? "";
      i++;
    } else out += ch;
  }
  return out;
}
