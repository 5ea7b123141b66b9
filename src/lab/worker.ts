import { runLab } from "./run";
import type { LabSettings } from "./settings";
import { runSweep } from "./sweep";

/** What the page asks of the worker. */
export interface LabRequest {
  readonly kind: "run" | "sweep";
  readonly settings: LabSettings;
}

/** What the worker reports back: progress now and then, then one result. */
export type LabMessage =
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  | { readonly type: "run"; readonly result: ReturnType<typeof runLab>; readonly milliseconds: number }
  | { readonly type: "sweep"; readonly result: ReturnType<typeof runSweep>; readonly milliseconds: number };

// A worker runs one request and is then terminated, so cancelling is just terminate().
const scope = self as unknown as { onmessage: ((event: MessageEvent<LabRequest>) => void) | null; postMessage(message: LabMessage): void };

scope.onmessage = ({ data }) => {
  const started = performance.now();
  const progress = (done: number, total: number) => scope.postMessage({ type: "progress", done, total });
  if (data.kind === "sweep") {
    const result = runSweep(data.settings, progress);
    scope.postMessage({ type: "sweep", result, milliseconds: performance.now() - started });
  } else {
    const result = runLab(data.settings, { onProgress: progress });
    scope.postMessage({ type: "run", result, milliseconds: performance.now() - started });
  }
};
