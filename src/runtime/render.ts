import { formatNumber, formatSpoken, powerParts } from "../text/format";
import { inputSpec, isInputId, isOutputId, outputSpec, type Values } from "../model/registry";

/** Writes current values into every live input and output on the page. */
export function renderValues(values: Values, root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>("[data-input]")) {
    const id = el.dataset["input"] ?? "";
    if (!isInputId(id)) continue;
    const q = inputSpec(id);
    const v = values[id];
    writeValue(el, v, formatNumber(v, q.format, { digits: 6 }));
    el.setAttribute("aria-valuenow", String(v));
    el.setAttribute("aria-valuetext", formatSpoken(v, q.format, q.unitSpoken, { digits: 6 }));
    el.classList.toggle("changed", v !== q.default);
  }
  // Each number's own reset (Num.astro) shows only while the reader's value differs from the default.
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-reset-for]")) {
    const id = button.dataset["resetFor"] ?? "";
    const atDefault = !isInputId(id) || values[id] === inputSpec(id).default;
    if (button.hidden !== atDefault) button.hidden = atDefault;
  }
  const cache = new Map<string, number>();
  for (const el of root.querySelectorAll<HTMLElement>("[data-output]")) {
    const id = el.dataset["output"] ?? "";
    if (!isOutputId(id)) continue;
    const q = outputSpec(id);
    let v = cache.get(id);
    if (v === undefined) {
      v = q.compute(values);
      cache.set(id, v);
    }
    writeValue(el, v, formatNumber(v, q.format));
  }
}

function writeValue(el: HTMLElement, value: number, text: string): void {
  const data = String(value);
  if (el.dataset["value"] !== data) el.dataset["value"] = data;
  const power = powerParts(text);
  if (!power) {
    if (el.textContent !== text) el.textContent = text;
    return;
  }
  // "10^x" is set as 10 with a superscript, and read aloud as "10 to the power x" (same markup as Out.astro).
  if (el.querySelector("sup")?.textContent === power[1]) return;
  const spoken = document.createElement("span");
  spoken.className = "visually-hidden";
  spoken.textContent = " to the power ";
  const sup = document.createElement("sup");
  sup.textContent = power[1];
  el.replaceChildren(power[0], spoken, sup);
}
