/** xl/sharedStrings.xml: each distinct cell text once; cells refer to it by index. */
import { escapeText, excelEscape } from "../xml/escape";
import { NS_MAIN, XML_DECLARATION } from "./namespaces";
import { TextChunks } from "./text-chunks";

/** Leading or trailing whitespace would be dropped by readers without xml:space="preserve". */
const EDGE_SPACE = /^\s|\s$/;

/** Strings rendered between chances for the page to run. */
const STRINGS_PER_STEP = 4096;

export class SharedStringsPart {
  private readonly index = new Map<string, number>();
  private count = 0;

  of(text: string): number {
    this.count++;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.index.size;
      this.index.set(text, at);
    }
    return at;
  }

  get size(): number {
    return this.index.size;
  }

  /** The part; `pause` is awaited every STRINGS_PER_STEP strings (the app lets the page run there). */
  async render(pause: () => Promise<void> = () => Promise.resolve()): Promise<Uint8Array[]> {
    const out = new TextChunks();
    out.push(
      `${XML_DECLARATION}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.index.size}">`,
    );
    let n = 0;
    for (const text of this.index.keys()) {
      if (++n % STRINGS_PER_STEP === 0) await pause();
      const body = escapeText(excelEscape(text));
      out.push(
        EDGE_SPACE.test(text) ? `<si><t xml:space="preserve">${body}</t></si>` : `<si><t>${body}</t></si>`,
      );
    }
    out.push("</sst>");
    return out.done();
  }
}
