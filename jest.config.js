/** ES-module-only packages in office-addin-manifest's dependency tree. */
const ESM_ONLY = "(uuid|strip-bom)";

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Some suites drive the whole pane or the sample practice; 5 s is too tight on a busy 2-core machine.
  testTimeout: 20_000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    // office-addin-manifest (tests read manifest.xml with it; office-addin-mock requires it) pulls in two
    // ES-module-only packages, uuid and strip-bom. Node 20 loads them with require(esm); jest's module
    // runtime does not, so they are compiled to CommonJS for the tests.
    [`/node_modules/(.+/)?${ESM_ONLY}/.+\\.js$`]: [
      "ts-jest",
      { tsconfig: { allowJs: true, module: "commonjs", esModuleInterop: true }, diagnostics: false },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(.+/)?${ESM_ONLY}/)`],
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.js",
  },
};
