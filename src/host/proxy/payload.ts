/** Request / response sizes: the UTF-8 length of the JSON a real Office host would exchange. */

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

// eslint-disable-next-line no-control-regex -- every character outside ASCII, controls included
const NON_ASCII = /[^\u0000-\u007f]/;

export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  if (json === undefined) return 0;
  if (!NON_ASCII.test(json)) return json.length; // most responses: one native scan instead of a JS loop
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
