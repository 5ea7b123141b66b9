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
          // Files share a worker's module cache: the tests hold no state between files, and importing
          // the model, Plot and linkedom once per worker instead of once per file halves the CPU time.
          isolate: false,
          // A property test takes a second alone and ten on a machine loaded tenfold: the machines are shared.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "dist",
          include: ["tests/dist/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/built.ts", "tests/setup/labRun.ts"],
          isolate: false,
          // Run together with e2e, dist goes first: it is quick, and a broken build fails there.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/built.ts", "tests/setup/labRun.ts", "tests/e2e/setup/global.ts"],
          // Generous: a page's test takes seconds, but the machines are shared and sometimes loaded tenfold.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          isolate: false,
          // Two pages in flight at a time, the machines having two cores: two files at once, each
          // with its own browser, one test at a time in each (tests marked concurrent included).
          maxWorkers: 2,
          maxConcurrency: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
