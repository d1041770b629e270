import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "bench/bare/.next/**", "lib/generated/**", "prisma/.generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
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
