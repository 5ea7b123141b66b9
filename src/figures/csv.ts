import { csvText } from "../text/csvText";
import type { Values } from "../model/registry";
import { figures, type FigureName } from "./essay/index";
import { bindLabFigure, type LabData, type LabFigureName } from "./lab/index";
import { bindFigure, type BoundFigure } from "./types";

export { isLabFigureName } from "./lab/index";

/** A figure's data as CSV, full precision. */
export function csvOf(figure: BoundFigure): string {
  return csvText(figure.table());
}

/** An essay figure's data at these values as CSV. */
export function figureCsv(name: FigureName, values: Values): string {
  return csvOf(bindFigure(figures[name], values));
}

/** A lab figure's data as CSV: what the run (or sweep) on show measured. */
export function labFigureCsv(name: LabFigureName, data: Partial<LabData>): string {
  const figure = bindLabFigure(name, data);
  if (!figure) throw new Error(`labFigureCsv(${name}): no ${name} data given`);
  return csvOf(figure);
}
