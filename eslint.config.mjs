// ESLint 9 flat config. `npm run lint` runs this, then `prettier --check .` (formatting is prettier's job,
// so no stylistic rules here).
import { createRequire } from "node:module";
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// eslint-plugin-react and globals come with eslint-plugin-office-addins and @eslint/eslintrc; load them
// through their parents so we add no packages of our own.
const require = createRequire(import.meta.url);
const react = createRequire(require.resolve("eslint-plugin-office-addins"))("eslint-plugin-react");
const globals = createRequire(require.resolve("@eslint/eslintrc"))("globals");

const TS_FILES = ["**/*.{ts,tsx,mts,cts}"];
const JS_FILES = ["**/*.{js,mjs,cjs}"];

/** The office-addins/* rules of the plugin's recommended config (its prettier and parser parts are not ours). */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension", "CustomFunctions"];
const OUTER_LAYERS = ["excel", "host", "taskpane", "app", "functions", "commands"];

/** An import whose path has one of these folder names as a whole segment, e.g. "../../excel/runner". */
const importsFolder = (folders, message) => ({
  regex: `(^|/)(${folders.join("|")})(/|$)`,
  message,
});

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-results/"] },

  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TS_FILES })),
  {
    files: TS_FILES,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddinsRules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "@typescript-eslint/no-implied-eval": "error",
      // Custom functions report #VALUE!/#N/A by throwing CustomFunctions.Error, which is not an Error subclass.
      "@typescript-eslint/only-throw-error": [
        "error",
        { allow: [{ from: "package", package: "custom-functions-runtime", name: "Error" }] },
      ],
    },
  },

  // React (task pane, standalone app): JSX rules with the automatic runtime.
  {
    files: ["**/*.tsx"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "detect" } },
  },
  { files: ["**/*.tsx"], ...react.configs.flat["jsx-runtime"] },

  // Node scripts and configs (not in tsconfig): no type-aware rules.
  {
    files: JS_FILES,
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
  },

  // The office-addins rules guard code that talks to Excel. The in-memory host implements that API, and
  // tests and benchmarks probe it on purpose (reading before load, syncing per step), so they are exempt.
  {
    files: ["src/host/**", "test/**", "bench/**"],
    rules: Object.fromEntries(Object.keys(officeAddinsRules).map((name) => [name, "off"])),
  },

  // Layering: the domain is pure TypeScript (no Office, no outer layers)…
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...OFFICE_GLOBALS.map((name) => ({
          name,
          message: "src/domain is pure TS: Office.js belongs in src/excel.",
        })),
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            importsFolder(OUTER_LAYERS, "src/domain must not import outer layers (src/excel, host, …)."),
          ],
        },
      ],
    },
  },
  // …and production code never bundles the in-memory host (tests and the standalone app may).
  {
    files: ["src/{excel,taskpane,functions,commands}/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            importsFolder(["host"], "Production code must not import the in-memory host (src/host)."),
          ],
        },
      ],
    },
  },
);
