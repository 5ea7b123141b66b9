import { describe, expect, it } from "vitest";
import type { LabResult } from "../../src/lab/run";
import { type LabSettings, settingsKey } from "../../src/lab/settings";
import type { SweepResult } from "../../src/lab/sweep";
import { initialLabState, type LabEffect, type LabEvent, type LabState, labView, stepLab } from "../../src/runtime/lab/control";

// The state machine reads only a result's settings, so results here are settings with a tag.
const settings = (seed: number, sequenceLength = 4, budgetPasses = 100_000): LabSettings => ({
  seed,
  sequenceLength,
  vocabulary: 8,
  branching: 3,
  budgetPasses,
  pretrainFraction: 0.5,
  pretrainLearningRate: 0.5,
  rlLearningRate: 0.5,
});
const run = (s: LabSettings) => ({ settings: s }) as unknown as LabResult;
const sweep = (s: LabSettings) => ({ settings: { ...s, sequenceLength: 0 } }) as unknown as SweepResult;

const defaults = settings(7);
const start = () => initialLabState(run(defaults), sweep(defaults), defaults);

/** Runs events in order; returns the last state and every effect, in order. */
function play(state: LabState, ...events: LabEvent[]): { state: LabState; effects: LabEffect[] } {
  const effects: LabEffect[] = [];
  for (const event of events) {
    const step = stepLab(state, event);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}
const types = (effects: readonly LabEffect[]) => effects.map((e) => e.type);
const started = (effects: readonly LabEffect[]) => effects.flatMap((e) => (e.type === "start" ? [e.job] : []));

describe("stepLab: the lab's job control", () => {
  it("stepLab(settings at the results shown) does nothing but stop waiting", () => {
    const { state, effects } = play(start(), { type: "settings", settings: defaults });
    expect(types(effects)).toEqual(["stopWaiting"]);
    expect(labView(state).stale).toBe(false);
  });

  it("stepLab(new settings) waits for them to settle, then starts one run at them; the results shown are stale meanwhile", () => {
    const waiting = play(start(), { type: "settings", settings: settings(8) });
    expect(types(waiting.effects)).toEqual(["stopWaiting", "wait"]);
    expect(labView(waiting.state).stale).toBe(true);
    expect(labView(waiting.state).running).toBe(false);
    const running = play(waiting.state, { type: "settled" });
    expect(started(running.effects).map((j) => [j.kind, j.key])).toEqual([["run", settingsKey(settings(8))]]);
    expect(labView(running.state).running).toBe(true);
  });

  it("a drag through several settings starts a single run, at the last", () => {
    const { effects } = play(start(), { type: "settings", settings: settings(8) }, { type: "settings", settings: settings(9) }, { type: "settings", settings: settings(10) }, { type: "settled" });
    expect(started(effects).map((j) => j.settings.seed)).toEqual([10]);
  });

  it("a finished run is shown when it is still what the reader asked for, and cached", () => {
    const running = play(start(), { type: "settings", settings: settings(8) }, { type: "settled" });
    const job = running.state.job!;
    const done = play(running.state, { type: "ranRun", job: job.id, result: run(settings(8)), milliseconds: 1234 });
    expect(types(done.effects)).toEqual(["showRun", "status"]);
    expect(done.effects[1]).toMatchObject({ text: expect.stringContaining("1.2 s") });
    expect(labView(done.state).stale).toBe(false);
    expect(done.state.runs.has(settingsKey(settings(8)))).toBe(true);
    // Back to the defaults and forward again: both from the cache, no worker.
    const back = play(done.state, { type: "settings", settings: defaults }, { type: "settings", settings: settings(8) });
    expect(started(back.effects)).toEqual([]);
    expect(types(back.effects).filter((t) => t === "showRun")).toHaveLength(2);
  });

  it("a message from a job that was replaced is ignored", () => {
    const first = play(start(), { type: "settings", settings: settings(8) }, { type: "settled" });
    const oldJob = first.state.job!.id;
    const second = play(first.state, { type: "settings", settings: settings(9) }, { type: "settled" });
    expect(types(second.effects)).toContain("stop");
    const late = play(second.state, { type: "ranRun", job: oldJob, result: run(settings(8)), milliseconds: 1 });
    expect(late.effects).toEqual([]);
    expect(late.state.job?.settings.seed).toBe(9);
  });

  it("returning to the settings on show while a run is going stops it and says so", () => {
    const running = play(start(), { type: "settings", settings: settings(8) }, { type: "settled" });
    const back = play(running.state, { type: "settings", settings: defaults });
    expect(types(back.effects)).toEqual(["stopWaiting", "stop", "status"]);
    expect(labView(back.state)).toMatchObject({ running: false, stale: false });
  });

  it("Cancel puts the inputs back to the results on show, so numbers, inputs and link agree, and offers Run again at what was cancelled", () => {
    const running = play(start(), { type: "settings", settings: settings(8) }, { type: "settled" });
    const cancelled = play(running.state, { type: "cancel" });
    expect(types(cancelled.effects)).toEqual(["stop", "setSettings", "status"]);
    expect(cancelled.effects[1]).toEqual({ type: "setSettings", settings: defaults });
    expect(cancelled.effects[2]).toMatchObject({ focus: true, text: expect.stringContaining("seed 8") });
    expect(labView(cancelled.state)).toMatchObject({ running: false, stale: false, runAgain: expect.stringContaining("seed 8") });
    // The page echoes the settings it was given back as an event: nothing more happens, and Run again stays.
    const echoed = play(cancelled.state, { type: "settings", settings: defaults });
    expect(started(echoed.effects)).toEqual([]);
    expect(labView(echoed.state).runAgain).toContain("seed 8");
    // Run again: the inputs go to the cancelled settings and the run starts at once.
    const again = play(echoed.state, { type: "runAgain" });
    expect(types(again.effects)).toEqual(["setSettings", "start", "status"]);
    expect(started(again.effects)[0]!.settings).toEqual(settings(8));
    expect(labView(again.state).runAgain).toBeUndefined();
    // ... and the echo of those settings does not start a second run.
    expect(started(play(again.state, { type: "settings", settings: settings(8) }).effects)).toEqual([]);
  });

  it("moving to other settings after a cancel withdraws Run again", () => {
    const cancelled = play(start(), { type: "settings", settings: settings(8) }, { type: "settled" }, { type: "cancel" }, { type: "settings", settings: defaults });
    const moved = play(cancelled.state, { type: "settings", settings: settings(11) });
    expect(labView(moved.state).runAgain).toBeUndefined();
  });

  it("the sweep runs on request at the reader's settings, not while another job runs, and Cancel leaves the sweep on show", () => {
    const asked = play(start(), { type: "settings", settings: settings(8) }, { type: "runSweep" });
    expect(started(asked.effects).map((j) => j.kind)).toEqual(["sweep"]);
    expect(play(asked.state, { type: "runSweep" }).effects).toEqual([]);
    const cancelled = play(asked.state, { type: "cancel" });
    expect(types(cancelled.effects)).toEqual(["stop", "status"]);
    expect(labView(cancelled.state).sweepMatches).toBe(false);
  });

  it("a finished sweep is shown, its note says it ran in the browser, and it returns from the cache", () => {
    const asked = play(start(), { type: "settings", settings: settings(8) }, { type: "runSweep" });
    const done = play(asked.state, { type: "ranSweep", job: asked.state.job!.id, result: sweep(settings(8)), milliseconds: 5000 });
    expect(labView(done.state)).toMatchObject({ sweepMatches: true, sweepNote: expect.stringMatching(/^Run in your browser, at your settings/) });
    const away = play(done.state, { type: "settings", settings: defaults });
    expect(labView(away.state).sweepNote).toMatch(/^Run when this page was built, at your settings/);
    const back = play(away.state, { type: "settings", settings: settings(8, 6) });
    // T does not matter to the sweep: the cached sweep at seed 8 is shown again.
    expect(types(back.effects)).toContain("showSweep");
  });

  it("a failed job leaves the results on show and says so", () => {
    const running = play(start(), { type: "settings", settings: settings(8) }, { type: "settled" });
    const failed = play(running.state, { type: "failed", job: running.state.job!.id });
    expect(failed.effects).toEqual([{ type: "status", text: expect.stringContaining("error") }]);
    expect(labView(failed.state)).toMatchObject({ running: false, stale: true });
  });
});
