import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { defaultLabRun, defaultLabSweep } from "../../src/lab/defaultRun";
import { encode } from "../support/labDefault";

// The lab's default run (a second of work, the sweep another) is computed once per test run, not
// once per test file that needs it: this global setup computes it, or reads it from a cache keyed
// by a hash of every file under src/ (any change to the source recomputes it), and provides it.
// `npm test` runs vitest twice (unit first, then dist and e2e), and each project has this setup,
// so the cache is what makes it once.

const CACHE = "node_modules/.cache/bits-tests";

function sourceHash(dir = "src"): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update("\0").update(readFileSync(path)).update("\0");
    }
  };
  walk(dir);
  return hash.digest("hex").slice(0, 16);
}

function cached(name: string, hash: string, compute: () => unknown): string {
  const file = `${CACHE}/${name}-${hash}.json`;
  if (existsSync(file)) return readFileSync(file, "utf8");
  const text = encode(compute());
  mkdirSync(CACHE, { recursive: true });
  // Written whole, then renamed: a concurrent reader sees the old file or the new one, never half.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
  return text;
}

export default function setup(project: TestProject): void {
  const hash = sourceHash();
  project.provide("labDefaultRun", cached("lab-default-run", hash, defaultLabRun));
  project.provide("labDefaultSweep", cached("lab-default-sweep", hash, defaultLabSweep));
}
