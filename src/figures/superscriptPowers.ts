import type { RenderFunction } from "@observablehq/plot";

const svgNs = "http://www.w3.org/2000/svg";

/**
 * A render transform for text marks: sets the exponent of "10^x" (as formatPower10 writes it) as a
 * raised, smaller tspan, so a count like 10^1,510,000 reads as it would in print.
 */
export const superscriptPowers: RenderFunction = (index, scales, values, dimensions, context, next) => {
  const g = next!(index, scales, values, dimensions, context);
  for (const text of g?.querySelectorAll("text") ?? []) {
    const match = /^(.*?10)\^(?:\(([^)]*)\)|(\S+))(.*)$/.exec(text.textContent ?? "");
    if (!match) continue;
    const [, before, bracketed, bare, after] = match;
    const exponent = bracketed ?? bare;
    const sup = context.document.createElementNS(svgNs, "tspan");
    sup.setAttribute("baseline-shift", "super");
    sup.setAttribute("font-size", "78%");
    sup.textContent = exponent!;
    text.textContent = before!;
    text.append(sup);
    if (after) {
      const rest = context.document.createElementNS(svgNs, "tspan");
      rest.textContent = after;
      text.append(rest);
    }
  }
  return g;
};
