// ESLint (flat config) with typescript-eslint's recommended rules, kept pragmatic: real defects
// (unused code, unsafe patterns, hooks) are errors; style is Prettier's business (npm run format).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "lib/", "node_modules/", "test-output/", "coverage/", "src/core/nomenklatur/data.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Control characters are matched on purpose (terminal-safe output, XML and zip parsing).
      "no-control-regex": "off",
    },
  },
  {
    // CommonJS files (webpack config, bin/, benchmark helpers run as child processes).
    files: ["**/*.cjs", "**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Excel's `any` parameter type: custom-functions-metadata maps `any` (not `unknown`) to a value of any kind.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The recording double of Excel builds proxies whose methods close over the object they belong to.
    files: ["test/**"],
    languageOptions: { globals: { ...globals.jest } },
    rules: { "@typescript-eslint/no-this-alias": "off" },
  },
);
