// manifest.xml read and written through office-addin-manifest, Microsoft's manifest package (the one yo office
// projects use): tests read the icons, URLs and requirement sets with readManifest; the production build writes
// the ADDIN_BASE_URL manifest with writeManifestForBaseUrl (webpack.config.js); `npm run validate` runs its
// online validation (scripts/validate-manifest.mjs).
"use strict";

const { copyFileSync } = require("node:fs");
const {
  OfficeAddinManifest,
  getXmlAttributeValue,
  getXmlElement,
  getXmlElements,
} = require("office-addin-manifest");
// The XML handler behind OfficeAddinManifest.modifyManifestFile: parses with xml2js and writes with its
// Builder. The package's main entry exposes only the id/display-name edits, so the URL rewrite uses it directly.
const { ManifestHandlerXml } = require("office-addin-manifest/lib/manifestHandler/manifestHandlerXml");
const { DEV_BASE_URL, rewriteBaseUrl } = require("./addin-base-url.js");

/**
 * Calls visit(value, set) for every attribute value and text node of an xml2js tree (xml2js keeps attributes
 * in `$`, text beside attributes in `_`, and child elements in arrays).
 * @param {unknown} node
 * @param {(value: string, set: (next: string) => void) => void} visit
 */
function visitStrings(node, visit) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      if (typeof child === "string") visit(child, (next) => (node[i] = next));
      else visitStrings(child, visit);
    });
    return;
  }
  if (node === null || typeof node !== "object") return;
  const element = /** @type {Record<string, unknown>} */ (node);
  for (const [key, value] of Object.entries(element)) {
    if (key === "$" && value && typeof value === "object") {
      const attributes = /** @type {Record<string, string>} */ (value);
      for (const [name, text] of Object.entries(attributes)) visit(text, (next) => (attributes[name] = next));
    } else if (typeof value === "string") {
      visit(value, (next) => (element[key] = next));
    } else {
      visitStrings(value, visit);
    }
  }
}

/** Namespace and schema URIs: identifiers, not addresses Office loads. */
const isNamespaceUri = (url) => /^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(url);

/**
 * Reads a manifest with office-addin-manifest.
 * @param {string} file path of manifest.xml
 */
async function readManifest(file) {
  const info = await OfficeAddinManifest.readManifestFile(file);
  const xml = await new ManifestHandlerXml(file).parseXmlAsync();
  const app = xml.OfficeApp;
  const sets = getXmlElement(getXmlElement(app, "Requirements"), "Sets");
  const defaultMinVersion = getXmlAttributeValue(sets, "DefaultMinVersion") ?? "1.1";
  const requirementSets = getXmlElements(sets, "Set").map((set) => ({
    name: String(getXmlAttributeValue(set, "Name")),
    minVersion: String(getXmlAttributeValue(set, "MinVersion") ?? defaultMinVersion),
  }));
  /** @type {string[]} */
  const urls = [];
  visitStrings(app, (value) => {
    if (/^\w+:\/\//.test(value) && !isNamespaceUri(value)) urls.push(value);
  });
  return { info, requirementSets, urls };
}

/**
 * Writes `target`: the manifest at `source` with every URL under the development base moved to `baseUrl`,
 * through office-addin-manifest's XML handler. Throws when a URL still points at the development server.
 * @param {string} source
 * @param {string} target
 * @param {string} baseUrl an https URL, as returned by normalizeBaseUrl
 */
async function writeManifestForBaseUrl(source, target, baseUrl) {
  if (source !== target) copyFileSync(source, target);
  const handler = new ManifestHandlerXml(target);
  const xml = await handler.parseXmlAsync();
  visitStrings(xml, (value, set) => {
    const next = rewriteBaseUrl(value, baseUrl);
    if (next !== value) set(next);
  });
  await handler.writeManifestData(xml);
  const written = await readManifest(target);
  const left = written.urls.filter((url) => url.startsWith(DEV_BASE_URL));
  if (left.length > 0) throw new Error(`${target} still points at ${DEV_BASE_URL}: ${left.join(", ")}`);
  return written;
}

module.exports = { readManifest, writeManifestForBaseUrl };
