import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Apps are run, never imported: what two apps share lives in packages/* (screens, http-server, demo, test-server). */
const appImports = {
  group: [...["web", "desktop", "cli", "server"].flatMap((app) => [`@kontaktplan/${app}`, `@kontaktplan/${app}/*`])],
  message: "Apps never import apps: import what they share from a package under packages/ (e.g. @kontaktplan/screens, @kontaktplan/http-server).",
};

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.turbo/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error"] }],
      "no-restricted-imports": ["error", { patterns: [appImports] }],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error; a non-null assertion hides an
    // undefined until it surfaces far away (source states such guarantees with `defined()` or `onlyRow()`).
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  {
    // In tests an assertion that fails is a failing test, which is what it should be.
    files: ["**/test/**", "**/e2e/**", "**/bench/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    // Every web end-to-end spec runs on the fixed test clock: its `test` comes from e2e/fixtures.ts.
    // (This options object replaces the one above for these files, so it repeats the app rule.)
    files: ["apps/web/e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import test from ./fixtures.js: it starts the page on the run's fixed clock." }],
          patterns: [appImports],
        },
      ],
    },
  },
);
