import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * The site built as a deploy under a sub-path builds it (GitHub Pages serves a project site at
 * https://owner.github.io/repository/): BASE and SITE_URL set, the PDF announced, into its own folder
 * so dist/ (which every other test reads) is untouched. Built once per test run, by the one test file
 * that reads it; `REUSE_DIST_BASE=1` skips the build when the folder exists (for working on the tests).
 */
export const baseBuild = { root: "dist-base", base: "/sub/path/", site: "https://example.org" } as const;

export function buildUnderBase(): void {
  if (process.env["REUSE_DIST_BASE"] === "1" && existsSync(`${baseBuild.root}/index.html`)) return;
  // Vitest puts its own import.meta.env (BASE_URL="/", MODE, ...) into process.env; Astro would take
  // them for the site's own and every page would link to "/".
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(k)));
  Object.assign(env, { BASE: baseBuild.base, SITE_URL: baseBuild.site, PDF: "1", ASTRO_TELEMETRY_DISABLED: "1" });
  const run = spawnSync("npx", ["astro", "build", "--outDir", baseBuild.root], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`The base-path build failed (exit ${run.status}):\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
}
