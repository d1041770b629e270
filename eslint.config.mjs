import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import regexp from "eslint-plugin-regexp";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "dist/**", "backups/**", "bench/bare/.next/**", "lib/generated/**", "prisma/.generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  // Regular expressions run on user input: one with super-linear backtracking lets a single
  // request stall the server (issue 8's CFP formats reproduction). These rules fail on new ones.
  {
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "regexp/no-misleading-capturing-group": "error",
    },
  },
  // Tests read only the project's own files, never a request.
  {
    files: ["tests/**", "e2e/**", "bench/**", "**/*.test.ts"],
    rules: { "regexp/no-super-linear-move": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Only domain services and data modules talk to the database; pages, components, actions
  // and route handlers go through them.
  {
    files: ["app/**", "components/**", "lib/**/actions.ts", "lib/**/schema.ts", "lib/**/policy.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/db", "**/lib/db", "../db", "./db"], message: "Call a lib/<domain>/service.ts function instead of the database." }] }],
    },
  },
]);
