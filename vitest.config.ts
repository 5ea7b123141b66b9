import { defineConfig } from "vitest/config";

// Three projects, run in this order by `npm test` (package.json):
//   unit  the source alone: no build, no browser (tests/ except dist/ and e2e/)
//   dist  the built site in dist/, read from disk: no browser, no server (tests/dist/)
//   e2e   the built site served on loopback and driven in Chromium (tests/e2e/)
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/dist/**", "tests/e2e/**"],
          environment: "node",
          globalSetup: ["tests/setup/labRun.ts"],
        },
      },
      {
        test: {
          name: "dist",
          include: ["tests/dist/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/built.ts", "tests/setup/labRun.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/built.ts", "tests/setup/labRun.ts", "tests/e2e/setup/global.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Tests marked concurrent (one per page) run two at a time: the machines have two cores.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
