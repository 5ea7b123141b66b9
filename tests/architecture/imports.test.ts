import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The allowed directions of dependency (README, "How it is built"): the model depends on nothing of
// ours; text, essay metadata, the lab core and the figures sit on it; build-time code and browser
// code sit on those and never on each other; pages, layouts and components sit on top.

/** Each layer, and the layers its files may import from (a layer may always import itself). */
const allowed: Record<string, readonly string[]> = {
  "src/model": [],
  "src/text": ["src/model"],
  "src/essay": ["src/model", "src/text"],
  "src/lab": ["src/model", "src/text"],
  "src/figures": ["src/model", "src/text", "src/lab"],
  "src/build": ["src/model", "src/text", "src/essay", "src/lab", "src/figures"],
  "src/runtime": ["src/model", "src/text", "src/essay", "src/lab", "src/figures"],
  "src/styles": [],
  components: ["src/model", "src/text", "src/essay", "src/lab", "src/figures", "src/build", "src/styles"],
  "src/layouts": ["src/essay", "src/runtime", "src/styles", "components"],
  "src/pages": ["src/model", "src/text", "src/essay", "src/lab", "src/figures", "src/build", "src/layouts", "components"],
  "src/content.config.ts": ["src/essay"],
  scripts: ["src/model", "src/essay", "src/lab"],
};
/** Layers whose code also runs in the browser: no Node built-ins, no build-time-only packages. */
const browserSafe = ["src/model", "src/text", "src/essay", "src/lab", "src/figures", "src/runtime"];
const nodeOnlyPackages = /^(node:|fs$|path$|linkedom$|@citation-js\/|astro:content$|rehype-|remark-|unist-|mdast-)/;

const root = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  const full = path.join(root, dir);
  if (statSync(full).isFile()) return [dir];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const child = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(child);
    return /\.(ts|mts|astro|mjs)$/.test(entry.name) ? [child] : [];
  });
}

function layerOf(file: string): string | undefined {
  return Object.keys(allowed)
    .filter((layer) => file === layer || file.startsWith(`${layer}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** Every module specifier a file names: static and dynamic imports, re-exports, side-effect imports, worker URLs. */
export function specifiersIn(source: string): string[] {
  const patterns = [/\bfrom\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, /^\s*import\s+["']([^"']+)["']/gm, /new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url/g];
  return patterns.flatMap((re) => [...source.matchAll(re)].map((m) => m[1]!));
}

/** Every import from one layer into another, as "importer -> imported (layer -> layer)". */
function crossings(files: readonly string[]) {
  return files.flatMap((file) => {
    const from = layerOf(file)!;
    return specifiersIn(readFileSync(path.join(root, file), "utf8")).map((spec) => {
      const target = spec.startsWith(".") ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : undefined;
      return { file, spec, from, to: target && layerOf(target), target };
    });
  });
}

const files = Object.keys(allowed).flatMap(filesUnder);
const all = crossings(files);

describe("import directions", () => {
  it("reads every file of every layer, and finds imports in them", () => {
    expect(files.length).toBeGreaterThan(150);
    expect(all.length).toBeGreaterThan(300);
  });

  it("no file imports a layer it sits below or beside (README, How it is built)", () => {
    const wrong = all.filter((i) => i.target !== undefined && i.to !== i.from && !(i.to !== undefined && allowed[i.from]!.includes(i.to)));
    expect(wrong.map((i) => `${i.file} imports ${i.spec} (${i.from} -> ${i.to ?? "outside the layers"})`)).toEqual([]);
  });

  it("no code that runs in the browser imports Node built-ins or build-time packages", () => {
    const wrong = all.filter((i) => browserSafe.includes(i.from) && i.target === undefined && nodeOnlyPackages.test(i.spec));
    expect(wrong.map((i) => `${i.file} imports ${i.spec}`)).toEqual([]);
  });

  it("the allowed directions have no cycle between layers", () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycle = (layer: string): boolean => {
      if (done.has(layer)) return false;
      if (visiting.has(layer)) return true;
      visiting.add(layer);
      const found = allowed[layer]!.some(cycle);
      visiting.delete(layer);
      done.add(layer);
      return found;
    };
    expect(Object.keys(allowed).filter(cycle)).toEqual([]);
  });
});

describe("specifiersIn", () => {
  it("finds static, dynamic, side-effect and worker imports", () => {
    const source = `import a from "./a";\nimport "./b.css";\nexport { c } from "../c";\nconst d = import("./d");\nnew Worker(new URL("../e.ts", import.meta.url));`;
    expect(specifiersIn(source).sort()).toEqual(["../c", "../e.ts", "./a", "./b.css", "./d"]);
  });
});
