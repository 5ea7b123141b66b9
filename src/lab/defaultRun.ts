import { defaultValues } from "../model/registry";
import { type LabResult, runLab } from "./run";
import { labSettingsFrom, type LabSettings } from "./settings";
import { runSweep, type SweepResult } from "./sweep";

// Build time only: the run at default settings is computed once per process and shared by
// every component that shows it. Browser code must not import this module.
let run: LabResult | undefined;
let sweep: SweepResult | undefined;

export function defaultLabSettings(): LabSettings {
  return labSettingsFrom(defaultValues());
}

export function defaultLabRun(): LabResult {
  run ??= runLab(defaultLabSettings());
  return run;
}

export function defaultLabSweep(): SweepResult {
  sweep ??= runSweep(defaultLabSettings());
  return sweep;
}
