import { defineConfig } from "vitest/config";

// The browser tests: the built site, served on localhost, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/setup.ts"],
    // One browser at a time on a 2-core machine; builds happen once, in the global setup.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
