import type { LabResult } from "../../lab/run";
import { type LabSettings, settingsKey } from "../../lab/settings";
import { type SweepResult, sweepSettings } from "../../lab/sweep";
import { settingsText } from "../../lab/texts";
import { formatNumber } from "../../text/format";

// The lab's job control as a pure state machine: which results are on show, whether a run is
// waiting, running or cancelled, and what the page must do about it. The DOM layer (index.ts)
// feeds it events and carries out the effects it returns; nothing here touches the page.

export type JobKind = "run" | "sweep";

export interface Job {
  readonly id: number;
  readonly kind: JobKind;
  readonly key: string;
  readonly settings: LabSettings;
}

export interface LabState {
  /** Runs and sweeps finished in this page, by settings key (the build's default run among them). */
  readonly runs: ReadonlyMap<string, LabResult>;
  readonly sweeps: ReadonlyMap<string, SweepResult>;
  /** The run whose numbers and figures are on show, and the sweep in the sweep figure. */
  readonly shown: LabResult;
  readonly shownSweep: SweepResult;
  /** The sweep built into the page. */
  readonly builtSweep: SweepResult;
  /** The reader's settings. */
  readonly current: LabSettings;
  /** The job in the worker, if any. */
  readonly job: Job | undefined;
  /** A run waits for the settings to settle (the reader may still be dragging). */
  readonly waiting: boolean;
  /** Settings of a run the reader cancelled: what "Run again" runs. */
  readonly cancelled: LabSettings | undefined;
  readonly nextJob: number;
}

export type LabEvent =
  | { readonly type: "settings"; readonly settings: LabSettings }
  | { readonly type: "settled" }
  | { readonly type: "cancel" }
  | { readonly type: "runAgain" }
  | { readonly type: "runSweep" }
  | { readonly type: "ranRun"; readonly job: number; readonly result: LabResult; readonly milliseconds: number }
  | { readonly type: "ranSweep"; readonly job: number; readonly result: SweepResult; readonly milliseconds: number }
  | { readonly type: "failed"; readonly job: number };

export type LabEffect =
  | { readonly type: "start"; readonly job: Job }
  | { readonly type: "stop" }
  | { readonly type: "wait" }
  | { readonly type: "stopWaiting" }
  | { readonly type: "showRun"; readonly result: LabResult }
  | { readonly type: "showSweep"; readonly result: SweepResult }
  /** Put these settings back into the page's inputs (and so into its link). */
  | { readonly type: "setSettings"; readonly settings: LabSettings }
  | { readonly type: "status"; readonly text: string; readonly focus?: boolean };

export interface Step {
  readonly state: LabState;
  readonly effects: readonly LabEffect[];
}

export function initialLabState(run: LabResult, sweep: SweepResult, current: LabSettings): LabState {
  return {
    runs: new Map([[settingsKey(run.settings), run]]),
    sweeps: new Map([[sweepKey(sweep.settings), sweep]]),
    shown: run,
    shownSweep: sweep,
    builtSweep: sweep,
    current,
    job: undefined,
    waiting: false,
    cancelled: undefined,
    nextJob: 1,
  };
}

/** The sweep varies T itself and caps the budget, so its key is that of the settings it would run with. */
export function sweepKey(settings: LabSettings): string {
  return settingsKey(sweepSettings(settings));
}

/** What the page should show besides the status line: derived from the state, never stored. */
export function labView(state: LabState) {
  const sweepMatches = sweepKey(state.shownSweep.settings) === sweepKey(state.current);
  const when = state.shownSweep === state.builtSweep ? "when this page was built" : "in your browser";
  return {
    /** The numbers and figures on show are not those of the reader's settings. */
    stale: settingsKey(state.shown.settings) !== settingsKey(state.current),
    running: state.job !== undefined,
    sweepMatches,
    sweepNote: sweepMatches
      ? `Run ${when}, at your settings (${settingsText(state.shownSweep.settings, false)}).`
      : `Run ${when} at ${settingsText(state.shownSweep.settings, false)}: not your current settings.`,
    runAgain: state.cancelled && `Run again at ${settingsText(state.cancelled)}`,
  };
}

export function stepLab(state: LabState, event: LabEvent): Step {
  switch (event.type) {
    case "settings":
      return onSettings(state, event.settings);
    case "settled":
      return state.waiting ? startJob({ ...state, waiting: false }, "run", state.current) : { state, effects: [] };
    case "cancel":
      return onCancel(state);
    case "runAgain":
      if (!state.cancelled) return { state, effects: [] };
      return withEffects(startJob({ ...state, current: state.cancelled, cancelled: undefined, waiting: false }, "run", state.cancelled), [
        { type: "setSettings", settings: state.cancelled },
      ]);
    case "runSweep":
      return state.job ? { state, effects: [] } : startJob(state, "sweep", state.current);
    case "ranRun": {
      if (state.job?.id !== event.job) return { state, effects: [] };
      const runs = new Map(state.runs).set(state.job.key, event.result);
      const next = { ...state, runs, job: undefined };
      if (state.job.key !== settingsKey(state.current)) return { state: next, effects: [] };
      return {
        state: { ...next, shown: event.result },
        effects: [
          { type: "showRun", result: event.result },
          { type: "status", text: `Run in your browser in ${seconds(event.milliseconds)} s. Settings: ${settingsText(event.result.settings)}.` },
        ],
      };
    }
    case "ranSweep": {
      if (state.job?.id !== event.job) return { state, effects: [] };
      const sweeps = new Map(state.sweeps).set(state.job.key, event.result);
      return {
        state: { ...state, sweeps, shownSweep: event.result, job: undefined },
        effects: [
          { type: "showSweep", result: event.result },
          { type: "status", text: `Sweep run in your browser in ${seconds(event.milliseconds)} s.` },
        ],
      };
    }
    case "failed":
      if (state.job?.id !== event.job) return { state, effects: [] };
      return {
        state: { ...state, job: undefined },
        effects: [{ type: "status", text: "The experiment stopped with an error in this browser; the results below are from the previous run." }],
      };
  }
}

function onSettings(before: LabState, settings: LabSettings): Step {
  const key = settingsKey(settings);
  const wasStale = settingsKey(before.shown.settings) !== settingsKey(before.current);
  let state: LabState = { ...before, current: settings, waiting: false };
  const effects: LabEffect[] = [{ type: "stopWaiting" }];
  const sweep = before.sweeps.get(sweepKey(settings));
  if (sweep && sweep !== before.shownSweep) {
    state = { ...state, shownSweep: sweep };
    effects.push({ type: "showSweep", result: sweep });
  }
  if (before.job?.kind === "run" && before.job.key === key) return { state, effects };
  const stopRun = (): void => {
    if (state.job?.kind !== "run") return;
    state = { ...state, job: undefined };
    effects.push({ type: "stop" });
  };
  if (key === settingsKey(before.shown.settings)) {
    stopRun();
    if (wasStale && !before.cancelled) effects.push({ type: "status", text: `The settings are back to those of the results shown (${settingsText(before.shown.settings)}).` });
    return { state, effects };
  }
  // The reader moved on from what they cancelled: "Run again" would no longer mean their settings.
  state = { ...state, cancelled: undefined };
  const cached = before.runs.get(key);
  if (cached) {
    stopRun();
    state = { ...state, shown: cached };
    effects.push({ type: "showRun", result: cached }, { type: "status", text: `Showing an earlier run at these settings. Settings: ${settingsText(cached.settings)}.` });
    return { state, effects };
  }
  state = { ...state, waiting: true };
  effects.push({ type: "wait" });
  return { state, effects };
}

function onCancel(state: LabState): Step {
  const job = state.job;
  if (!job) return { state, effects: [] };
  if (job.kind === "sweep") {
    return {
      state: { ...state, job: undefined },
      effects: [
        { type: "stop" },
        { type: "status", text: `Cancelled. The sweep figure still shows the sweep at ${settingsText(state.shownSweep.settings, false)}.`, focus: true },
      ],
    };
  }
  // The page goes back to the settings of the results on show, so the numbers, figures, inputs and
  // link agree; "Run again" offers the settings that were cancelled.
  return {
    state: { ...state, job: undefined, current: state.shown.settings, cancelled: job.settings },
    effects: [
      { type: "stop" },
      { type: "setSettings", settings: state.shown.settings },
      {
        type: "status",
        text: `Cancelled. The settings are back to those of the results shown (${settingsText(state.shown.settings)}); "Run again" runs the experiment at ${settingsText(job.settings)}.`,
        focus: true,
      },
    ],
  };
}

function startJob(state: LabState, kind: JobKind, settings: LabSettings): Step {
  const job: Job = { id: state.nextJob, kind, key: kind === "run" ? settingsKey(settings) : sweepKey(settings), settings };
  const effects: LabEffect[] = state.job ? [{ type: "stop" }] : [];
  effects.push(
    { type: "start", job },
    {
      type: "status",
      text:
        kind === "run"
          ? `Running the experiment at your settings (${settingsText(settings)}). The numbers below are from the previous run until it finishes.`
          : `Running the sweep over sentence lengths at your settings (${settingsText(settings, false)}).`,
    },
  );
  return { state: { ...state, job, nextJob: state.nextJob + 1 }, effects };
}

function withEffects(step: Step, first: readonly LabEffect[]): Step {
  return { state: step.state, effects: [...first, ...step.effects] };
}

function seconds(milliseconds: number): string {
  return formatNumber(milliseconds / 1000, "number", { digits: 2 });
}
