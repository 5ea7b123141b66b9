import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { chromiumPath } from "../../../scripts/support/chromium";
import { serveStatic } from "../../../scripts/support/server";

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
    browserAvailable: boolean;
  }
}

/** Serves dist/ on loopback for the browser tests and says whether Chromium is there to drive. */
export default async function setup(project: TestProject) {
  const browserAvailable = existsSync(chromiumPath);
  if (!browserAvailable) {
    const message = `Chromium was not found at ${chromiumPath}. Install it with: apt-get update && apt-get install -y chromium`;
    if (process.env["CI"] === "true") throw new Error(`${message} (browser tests are required when CI=true)`);
    console.warn(`\n${"!".repeat(78)}\n!! BROWSER TESTS SKIPPED. ${message}\n${"!".repeat(78)}\n`);
  }
  const { server, origin } = await serveStatic("dist");
  project.provide("origin", origin);
  project.provide("browserAvailable", browserAvailable);
  return () => new Promise<void>((done) => server.close(() => done()));
}
