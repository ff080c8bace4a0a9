/** xl/sharedStrings.xml -> the texts cells refer to by index (rich text flattened to its plain text). */
import { excelUnescape } from "../xml/escape";
import { localTagName, nameEnd, stringItemText } from "./xml-scan";

/** Strings read between pauses. */
const STRINGS_PER_STEP = 4096;

/** The texts, in order; `pause` is awaited every STRINGS_PER_STEP items (the app lets the page run). */
export async function readSharedStrings(
  xml: string,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<string[]> {
  const strings: string[] = [];
  let i = 0;
  for (;;) {
    if (strings.length % STRINGS_PER_STEP === STRINGS_PER_STEP - 1) await pause();
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    const end = nameEnd(xml, lt + 1);
    if (xml.charCodeAt(lt + 1) === 47 || localTagName(xml, lt + 1, end) !== "si") {
      i = end;
      continue;
    }
    const gt = xml.indexOf(">", end);
    if (gt < 0) break;
    if (xml.charCodeAt(gt - 1) === 47) {
      strings.push(""); // <si/>
      i = gt + 1;
      continue;
    }
    // The item ends at its </si> (</x:si> with a prefix); text may hold a bare ">", never a "<".
    const closeTag = `</${xml.slice(lt + 1, end)}>`;
    const close = xml.indexOf(closeTag, gt);
    const itemEnd = close < 0 ? xml.length : close;
    strings.push(excelUnescape(stringItemText(xml, gt + 1, itemEnd)));
    i = itemEnd + closeTag.length;
  }
  return strings;
}
