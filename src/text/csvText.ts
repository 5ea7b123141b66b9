import { csvFormat } from "d3-dsv";

/** Rows as CSV text with a header row, numbers at full precision, ending in a newline. */
export function csvText(rows: readonly Record<string, string | number>[]): string {
  return `${csvFormat(rows.map((row) => ({ ...row })))}\n`;
}
