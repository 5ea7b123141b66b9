import { decodeLabJson } from "../../lab/json";
import { formatLabResult, isLabResultId, labResultSpec } from "../../lab/results";
import type { LabResult } from "../../lab/run";
import { labSettingsFrom, labValuesFrom } from "../../lab/settings";
import type { SweepResult } from "../../lab/sweep";
import { isLabTextName, labTextFor } from "../../lab/texts";
import type { LabMessage, LabRequest } from "../../lab/worker";
import type { LabData } from "../../figures/lab/index";
import { downloadText } from "../csv";
import { $values } from "../store";
import { initialLabState, type Job, type LabEffect, type LabEvent, labView, stepLab } from "./control";

// The lab's browser side, a thin layer over the state machine in control.ts: it turns clicks,
// settings and worker messages into events, and carries out the effects (workers, the page's
// numbers, figures and status line).

/** How long the settings must rest before a run starts, so a drag runs once, at its end. */
const SETTLE_MS = 300;

const runner = document.querySelector<HTMLElement>("[data-lab-runner]");
if (runner) startLab(runner);

function startLab(runner: HTMLElement): void {
  const status = runner.querySelector<HTMLElement>("[data-lab-status]")!;
  const progressBox = runner.querySelector<HTMLElement>("[data-lab-progress]")!;
  const progress = runner.querySelector<HTMLProgressElement>("[data-lab-progress-bar]")!;
  const runAgain = runner.querySelector<HTMLButtonElement>("[data-lab-run-again]")!;
  const defaults = decodeLabJson<LabData>(runner.dataset["labDefault"] ?? "{}");
  const current = () => labSettingsFrom($values.get());
  let state = initialLabState(defaults.run, defaults.sweep, current());
  let worker: Worker | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let drawer: Promise<typeof import("./draw")> | undefined;

  status.textContent = "The results below were computed when this page was built, at the default settings. Change any setting and the experiment reruns in your browser.";

  const dispatch = (event: LabEvent): void => {
    const step = stepLab(state, event);
    state = step.state;
    for (const effect of step.effects) apply(effect);
    render();
  };

  function apply(effect: LabEffect): void {
    switch (effect.type) {
      case "start":
        return start(effect.job);
      case "stop":
        worker?.terminate();
        worker = undefined;
        return;
      case "wait":
        clearTimeout(timer);
        timer = setTimeout(() => dispatch({ type: "settled" }), SETTLE_MS);
        return;
      case "stopWaiting":
        return clearTimeout(timer);
      case "showRun":
        writeResults(effect.result);
        return void draw({ run: effect.result });
      case "showSweep":
        return void draw({ sweep: effect.result });
      case "setSettings":
        return $values.set({ ...$values.get(), ...labValuesFrom(effect.settings) });
      case "status":
        status.textContent = effect.text;
        if (effect.focus) status.focus();
        return;
    }
  }

  function render(): void {
    const view = labView(state);
    progressBox.hidden = !view.running;
    runAgain.hidden = view.runAgain === undefined;
    if (view.runAgain) runAgain.setAttribute("aria-label", view.runAgain);
    for (const el of document.querySelectorAll<HTMLElement>("[data-output], [data-lab-source='run']")) {
      const id = el.dataset["output"];
      if (id === undefined || isLabResultId(id)) el.classList.toggle("stale", view.stale);
    }
    for (const note of document.querySelectorAll<HTMLElement>("[data-lab-sweep-note]")) note.textContent = view.sweepNote;
    for (const button of document.querySelectorAll<HTMLButtonElement>("[data-lab-sweep-run]")) {
      button.hidden = view.sweepMatches;
      button.disabled = view.running;
    }
  }

  function start(job: Job): void {
    worker?.terminate();
    const started = new Worker(new URL("../../lab/worker.ts", import.meta.url), { type: "module" });
    worker = started;
    started.onmessage = ({ data }: MessageEvent<LabMessage>) => {
      if (worker !== started) return;
      if (data.type === "progress") {
        progress.value = data.total > 0 ? data.done / data.total : 0;
        return;
      }
      worker = undefined;
      started.terminate();
      dispatch(data.type === "run" ? { type: "ranRun", job: job.id, result: data.result, milliseconds: data.milliseconds } : { type: "ranSweep", job: job.id, result: data.result, milliseconds: data.milliseconds });
    };
    started.onerror = (event) => {
      event.preventDefault();
      if (worker !== started) return;
      worker = undefined;
      started.terminate();
      dispatch({ type: "failed", job: job.id });
    };
    started.postMessage({ kind: job.kind, settings: job.settings } satisfies LabRequest);
    progress.value = 0;
  }

  function writeResults(result: LabResult): void {
    for (const el of document.querySelectorAll<HTMLElement>("[data-output]")) {
      const id = el.dataset["output"] ?? "";
      if (!isLabResultId(id)) continue;
      const spec = labResultSpec(id);
      const value = spec.value(result);
      el.dataset["value"] = String(value);
      el.textContent = formatLabResult(spec, value);
    }
  }

  async function draw(data: { run: LabResult } | { sweep: SweepResult }): Promise<void> {
    for (const el of document.querySelectorAll<HTMLElement>("[data-lab-text]")) {
      const name = el.dataset["labText"] ?? "";
      const text = isLabTextName(name) ? labTextFor(name, data) : undefined;
      if (text !== undefined) el.textContent = text;
    }
    drawer ??= import("./draw");
    (await drawer).drawLabFigures(data);
  }

  // "Data (CSV)" under a lab figure: the static file holds the default run; once the reader's own
  // run (or sweep) is on show, the download is built from it instead.
  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>("a[data-lab-csv]");
    if (link) {
      const data = { run: state.shown, sweep: state.shownSweep };
      if (data.run === defaults.run && data.sweep === defaults.sweep) return;
      event.preventDefault();
      const name = link.dataset["labCsv"] ?? "";
      void import("../../figures/csv").then(({ labFigureCsv, isLabFigureName }) => {
        if (isLabFigureName(name)) downloadText(labFigureCsv(name, data), link.download);
      });
      return;
    }
    if (target?.closest("[data-lab-sweep-run]")) dispatch({ type: "runSweep" });
    else if (target?.closest("[data-lab-run-again]")) dispatch({ type: "runAgain" });
    else if (target?.closest("[data-lab-cancel]")) dispatch({ type: "cancel" });
  });

  $values.subscribe(() => dispatch({ type: "settings", settings: current() }));
}
