/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock's import chain pulls in office-addin-manifest (ESM); tests never need it.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js",
    "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.js",
  },
};
