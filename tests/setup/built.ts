import { existsSync } from "node:fs";

/** The dist and e2e projects read the built site: fail at once, and say how to build it, when there is none. */
export default function setup(): void {
  if (!existsSync("dist/index.html")) throw new Error("dist/ is missing: run `npm run build` (npm test does this) before the dist and browser tests.");
}
