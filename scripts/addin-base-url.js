// The development base URL that manifest.xml and the custom functions' help URLs are written against, and
// the rewrite a production build applies when ADDIN_BASE_URL is set (see webpack.config.js, README "Deploy").
"use strict";

const DEV_BASE_URL = "https://localhost:3000";

/**
 * Checks ADDIN_BASE_URL and returns it without a trailing slash. Office only loads add-in pages over https.
 * @param {string} value
 * @returns {string}
 */
function normalizeBaseUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${value}"`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must start with https:// (got "${value}")`);
  if (url.search || url.hash)
    throw new Error(`ADDIN_BASE_URL must not have a query or #fragment: "${value}"`);
  return url.href.replace(/\/+$/, "");
}

/**
 * Replaces every DEV_BASE_URL followed by "/" (or a quote / end) with the given base.
 * @param {string} text
 * @param {string} baseUrl an https URL, as returned by normalizeBaseUrl
 * @returns {string}
 */
function rewriteBaseUrl(text, baseUrl) {
  return text.replace(/https:\/\/localhost:3000(?=[/"'<\s]|$)/g, baseUrl);
}

module.exports = { DEV_BASE_URL, normalizeBaseUrl, rewriteBaseUrl };
