import { inject } from "vitest";
import type { LabResult } from "../../src/lab/run";
import { labResultValues } from "../../src/lab/results";
import type { SweepResult } from "../../src/lab/sweep";
import type { LabValues } from "./liveNumbers";

declare module "vitest" {
  export interface ProvidedContext {
    /** The lab's run and T sweep at the default settings, computed once per test run (tests/setup/labRun.ts). */
    labDefaultRun: string;
    labDefaultSweep: string;
  }
}

// JSON has no Infinity ("never reached half"): it travels as a string.
export const encode = (value: unknown): string => JSON.stringify(value, (_, v: unknown) => (v === Infinity ? "Infinity" : v));
export const decode = <T>(text: string): T => JSON.parse(text, (_, v: unknown) => (v === "Infinity" ? Infinity : v)) as T;

/** The lab's run at the default settings: what the built pages show. */
export const labDefaultRun = (): LabResult => decode<LabResult>(inject("labDefaultRun"));

/** The T sweep at the default settings. */
export const labDefaultSweep = (): SweepResult => decode<SweepResult>(inject("labDefaultSweep"));

/** Every lab result of the default run, by id. */
export const labDefaultValues = (): LabValues => labResultValues(labDefaultRun());
