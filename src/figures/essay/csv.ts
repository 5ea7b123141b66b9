import { csvText } from "../../text/csvText";
import type { Values } from "../../model/registry";
import { figures, type FigureName } from "./index";

/** A figure's data at these values as CSV, full precision. */
export function figureCsv(name: FigureName, values: Values): string {
  return csvText(figures[name].table?.(values) ?? []);
}

/** Figures that offer their data as CSV. */
export const figuresWithData = (Object.keys(figures) as FigureName[]).filter((name) => figures[name].table !== undefined);
