import { readFileSync } from "node:fs";

/** The citation keys defined in a BibTeX file. */
export function bibKeys(path: string): Set<string> {
  const text = readFileSync(path, "utf8");
  return new Set([...text.matchAll(/^\s*@\w+\s*\{\s*([^,\s]+)\s*,/gm)].map((m) => m[1]!));
}
