import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    // Tests write real files and run real git; give slow CI machines room, never a timing assertion.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
