import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Apps are run, never imported: what the server app shares with anything else lives in packages/*. */
const NO_APP_IMPORTS = {
  group: ["@kontaktplan/server", "@kontaktplan/server/*"],
  message: "apps/server is the runnable app: import @kontaktplan/http-server, @kontaktplan/demo or @kontaktplan/test-server instead.",
};

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.turbo/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error"] }],
      "no-restricted-imports": ["error", { patterns: [NO_APP_IMPORTS] }],
    },
  },
  {
    // Every web end-to-end spec runs on the fixed test clock: its `test` comes from e2e/fixtures.ts.
    files: ["apps/web/e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import test from ./fixtures.js: it starts the page on the run's fixed clock." }],
          patterns: [NO_APP_IMPORTS],
        },
      ],
    },
  },
);
