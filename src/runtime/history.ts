import type { Values } from "../model/registry";
import type { Ranges } from "../model/uncertainty";
import { $ranges, $values } from "./store";

/**
 * Undo and redo over the reader's changes on this page: every change of the values or ranges is
 * one step, except that changes made together (in one task, as Reset does) or during a held
 * gesture (a drag, a held arrow key) make one step. The state the page opened with is the floor.
 */
interface State {
  readonly values: Values;
  readonly ranges: Ranges;
}

/** How many steps back a reader can go; older ones are dropped. */
const MAX_STEPS = 200;

const past: State[] = [];
const future: State[] = [];
let current: State | undefined;
let holds = 0;
let queued = false;
let restoring = false;
const listeners = new Set<() => void>();

const snapshot = (): State => ({ values: $values.get(), ranges: $ranges.get() });
const same = (a: State, b: State) =>
  a === b || (JSON.stringify(a.values) === JSON.stringify(b.values) && JSON.stringify(a.ranges) === JSON.stringify(b.ranges));

/** Starts keeping the history from the page's state now (after the link was read). */
export function trackHistory(): void {
  current = snapshot();
  const changed = () => {
    if (restoring || holds > 0 || queued) return;
    queued = true;
    queueMicrotask(commit);
  };
  $values.listen(changed);
  $ranges.listen(changed);
}

function commit(): void {
  queued = false;
  const next = snapshot();
  if (!current || same(current, next)) return;
  past.push(current);
  if (past.length > MAX_STEPS) past.shift();
  future.length = 0;
  current = next;
  notify();
}

/** Holds the history while a gesture runs; the returned function ends it, making the gesture one step. */
export function holdHistory(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    if (holds === 0) commit();
  };
}

export const canUndo = (): boolean => past.length > 0;
export const canRedo = (): boolean => future.length > 0;

/** Steps back one change; false when there is none. */
export function undo(): boolean {
  const previous = past.pop();
  if (!previous || !current) return false;
  future.push(current);
  restore(previous);
  return true;
}

/** Steps forward again after an undo; false when there is nothing to redo. */
export function redo(): boolean {
  const next = future.pop();
  if (!next || !current) return false;
  past.push(current);
  restore(next);
  return true;
}

function restore(state: State): void {
  restoring = true;
  try {
    $values.set(state.values);
    $ranges.set(state.ranges);
  } finally {
    restoring = false;
  }
  current = state;
  notify();
}

/** Calls back whenever what can be undone or redone changes (for the header's buttons). */
export function onHistoryChange(listener: () => void): void {
  listeners.add(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}
