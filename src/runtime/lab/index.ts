import { decodeLabJson } from "../../lab/json";
import { formatLabResult, isLabResultId, labResultSpec } from "../../lab/results";
import type { LabResult } from "../../lab/run";
import { labSettingsFrom, type LabSettings, settingsKey } from "../../lab/settings";
import { type SweepResult, sweepSettings } from "../../lab/sweep";
import { isLabTextName, labTextFor, settingsText } from "../../lab/texts";
import type { LabMessage, LabRequest } from "../../lab/worker";
import { formatNumber } from "../../text/format";
import { downloadText } from "../csv";
import { $values } from "../store";

// The lab's browser side: whenever the lab settings differ from those of the results on show
// (a reader's change, or a cited link), run the experiment in a Web Worker with a progress bar
// and a Cancel button, then write the results into the page and redraw the lab's figures.

type Job = { readonly kind: LabRequest["kind"]; readonly key: string; readonly worker: Worker; readonly settings: LabSettings };

const runner = document.querySelector<HTMLElement>("[data-lab-runner]");
if (runner) startLab(runner);

function startLab(runner: HTMLElement): void {
  const status = runner.querySelector<HTMLElement>("[data-lab-status]")!;
  const progressBox = runner.querySelector<HTMLElement>("[data-lab-progress]")!;
  const progress = runner.querySelector<HTMLProgressElement>("[data-lab-progress-bar]")!;
  const cancel = runner.querySelector<HTMLButtonElement>("[data-lab-cancel]")!;
  const defaults = decodeLabJson<{ run: LabResult; sweep: SweepResult }>(runner.dataset["labDefault"] ?? "{}");
  const runs = new Map<string, LabResult>([[settingsKey(defaults.run.settings), defaults.run]]);
  const sweeps = new Map<string, SweepResult>([[sweepKey(defaults.sweep.settings), defaults.sweep]]);
  let shown = defaults.run;
  let shownSweep = defaults.sweep;
  let job: Job | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let drawer: Promise<typeof import("./draw")> | undefined;
  /** Whether the results on show are not those of the current settings. */
  let stale = false;

  status.textContent = "The results below were computed when this page was built, at the default settings. Change any setting and the experiment reruns in your browser.";

  const current = () => labSettingsFrom($values.get());

  // "Data (CSV)" under a lab figure: the static file holds the default run; once the reader's own
  // run (or sweep) is on show, the download is built from it instead.
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-lab-csv]") : null;
    if (!link) return;
    const source = link.closest<HTMLElement>("[data-lab-source]")?.dataset["labSource"];
    const data = source === "sweep" ? shownSweep : shown;
    if (data === defaults.run || data === defaults.sweep) return;
    event.preventDefault();
    const name = link.dataset["labCsv"] ?? "";
    void import("../../figures/lab/csv").then(({ isLabFigureName, labFigureCsv }) => {
      if (isLabFigureName(name)) downloadText(labFigureCsv(name, data), link.download);
    });
  });

  $values.subscribe(() => {
    const settings = current();
    const key = settingsKey(settings);
    updateSweepNote(settings);
    if (job?.kind === "run" && job.key === key) return;
    clearTimeout(timer);
    if (key === settingsKey(shown.settings)) {
      if (job?.kind === "run") stopJob();
      if (stale) status.textContent = `The settings are back to those of the results shown (${settingsText(shown.settings)}).`;
      setStale(false);
      return;
    }
    const cached = runs.get(key);
    if (cached) {
      if (job?.kind === "run") stopJob();
      show(cached, "Showing an earlier run at these settings.");
      return;
    }
    setStale(true);
    timer = setTimeout(() => startJob("run", settings), 300);
  });

  cancel.addEventListener("click", () => {
    if (!job) return;
    const kind = job.kind;
    stopJob();
    status.textContent =
      kind === "run"
        ? `Cancelled. The numbers and figures below are still those of the previous run (${settingsText(shown.settings)}), not of your settings.`
        : "Cancelled. The sweep figure still shows the earlier sweep.";
    status.focus();
  });

  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("[data-lab-sweep-run]") : null;
    if (button && !job) startJob("sweep", current());
  });

  function startJob(kind: Job["kind"], settings: LabSettings): void {
    stopJob();
    const worker = new Worker(new URL("../../lab/worker.ts", import.meta.url), { type: "module" });
    const started = { kind, key: kind === "run" ? settingsKey(settings) : sweepKey(settings), worker, settings };
    job = started;
    worker.onmessage = ({ data }: MessageEvent<LabMessage>) => {
      if (job !== started) return;
      if (data.type === "progress") {
        progress.value = data.total > 0 ? data.done / data.total : 0;
        return;
      }
      stopJob();
      const seconds = formatNumber(data.milliseconds / 1000, "number", { digits: 2 });
      if (data.type === "run") {
        runs.set(started.key, data.result);
        if (started.key === settingsKey(current())) show(data.result, `Run in your browser in ${seconds} s.`);
      } else {
        sweeps.set(started.key, data.result);
        shownSweep = data.result;
        void draw({ sweep: data.result });
        status.textContent = `Sweep run in your browser in ${seconds} s.`;
        updateSweepNote(current());
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (job !== started) return;
      stopJob();
      status.textContent = "The experiment stopped with an error in this browser; the results below are from the previous run.";
    };
    worker.postMessage({ kind, settings } satisfies LabRequest);
    progress.value = 0;
    progressBox.hidden = false;
    status.textContent =
      kind === "run"
        ? `Running the experiment at your settings (${settingsText(settings)}). The numbers below are from the previous run until it finishes.`
        : `Running the sweep over sentence lengths at your settings (${settingsText(settings, false)}).`;
    for (const b of document.querySelectorAll<HTMLButtonElement>("[data-lab-sweep-run]")) b.disabled = true;
  }

  function stopJob(): void {
    job?.worker.terminate();
    job = undefined;
    progressBox.hidden = true;
    for (const b of document.querySelectorAll<HTMLButtonElement>("[data-lab-sweep-run]")) b.disabled = false;
  }

  function show(result: LabResult, note: string): void {
    shown = result;
    for (const el of document.querySelectorAll<HTMLElement>("[data-output]")) {
      const id = el.dataset["output"] ?? "";
      if (!isLabResultId(id)) continue;
      const spec = labResultSpec(id);
      const value = spec.value(result);
      el.dataset["value"] = String(value);
      el.textContent = formatLabResult(spec, value);
    }
    setStale(false);
    void draw({ run: result });
    status.textContent = `${note} Settings: ${settingsText(result.settings)}.`;
  }

  function setStale(value: boolean): void {
    stale = value;
    for (const el of document.querySelectorAll<HTMLElement>("[data-output], [data-lab-source='run']")) {
      const id = el.dataset["output"];
      if (id === undefined || isLabResultId(id)) el.classList.toggle("stale", value);
    }
  }

  function updateSweepNote(settings: LabSettings): void {
    const key = sweepKey(settings);
    const cached = sweeps.get(key);
    if (cached && cached !== shownSweep) {
      shownSweep = cached;
      void draw({ sweep: cached });
    }
    const matches = sweepKey(shownSweep.settings) === key;
    const atDefaults = shownSweep === defaults.sweep;
    for (const note of document.querySelectorAll<HTMLElement>("[data-lab-sweep-note]")) {
      note.textContent = matches
        ? `Run ${atDefaults ? "when this page was built" : "in your browser"}, at your settings (${settingsText(shownSweep.settings, false)}).`
        : `Run ${atDefaults ? "when this page was built" : "in your browser"} at ${settingsText(shownSweep.settings, false)}: not your current settings.`;
    }
    for (const button of document.querySelectorAll<HTMLButtonElement>("[data-lab-sweep-run]")) button.hidden = matches;
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
}

/** The sweep varies T itself and caps the budget, so its key is that of the settings it would run with. */
function sweepKey(settings: LabSettings): string {
  return settingsKey(sweepSettings(settings));
}
