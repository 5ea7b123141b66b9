import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath } from "../../scripts/support/chromium";

/**
 * The site built as a deploy under a sub-path builds it (GitHub Pages serves a project site at
 * https://owner.github.io/repository/): BASE and SITE_URL set, the PDF announced, into its own folder
 * so dist/ (which every other test reads) is untouched. Built once per test run, by the one test file
 * that reads it; `REUSE_DIST_BASE=1` skips the build when the folder exists (for working on the tests).
 */
export const baseBuild = { root: "dist-base", base: "/sub/path/", site: "https://example.org" } as const;

/**
 * Whether this run prints the PDF: it needs Chromium. Without it (a machine without the browser,
 * outside CI: tests/e2e/setup/global.ts warns) the build announces no PDF, so no link to one is broken.
 */
export const printing = existsSync(chromiumPath);

/** The settings the one test print uses, so the PDF can be checked for the reader's numbers: L = 250. */
export const printQuery = "passesPerReward=250";

/** The environment a deploy gives the build and `npm run pdf`. */
function deployEnv(): NodeJS.ProcessEnv {
  // Vitest puts its own import.meta.env (BASE_URL="/", MODE, ...) into process.env; Astro would take
  // them for the site's own and every page would link to "/".
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(k)));
  return { ...env, BASE: baseBuild.base, SITE_URL: baseBuild.site, PDF: printing ? "1" : "0", ASTRO_TELEMETRY_DISABLED: "1" };
}

function run(command: string, args: string[]): void {
  const done = spawnSync(command, args, { env: deployEnv(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (done.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${done.status}):\n${done.stdout.slice(-4000)}\n${done.stderr.slice(-4000)}`);
}

/** Builds the site under the base path, then prints /essay/ once with `npm run pdf`, as the Pages workflow does. */
export function buildUnderBase(): void {
  if (process.env["REUSE_DIST_BASE"] === "1" && existsSync(`${baseBuild.root}/index.html`)) return;
  run("npx", ["astro", "build", "--outDir", baseBuild.root]);
  if (printing) run("npm", ["run", "pdf", "--", "--dist", baseBuild.root, "--query", printQuery]);
}
