import { defineConfig } from "vitest/config";

// CLI and ingest tests start processes and worker threads: on a loaded 2-core machine they take
// seconds, so the limits are generous; speed is measured by `npm run bench`, not by tests.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "web/src/**/*.test.ts"],
    pool: "threads",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // a private PostgreSQL for the store's tests on the second back-end (see the file)
    globalSetup: ["src/test-support/postgres-setup.ts"],
    // (each test file's temporary folders removed once it is done)
    setupFiles: ["src/test-support/cleanup.ts"],
  },
});
