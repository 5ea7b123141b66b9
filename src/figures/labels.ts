import * as Plot from "@observablehq/plot";

/**
 * Roughly how wide a label is drawn, in px, in the figures' sans-serif: about 0.53 em a character
 * (0.57 em bold). Used only to decide which side of a mark a label goes, never for layout that must be exact.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  // "10^x" is set with a raised exponent at 78% (superscriptPowers): the caret and brackets take no room.
  let raised = 0;
  const plain = text.replace(/\^(?:\(([^)]*)\)|(\S+))/g, (_, bracketed: string | undefined, bare: string | undefined) => {
    raised += (bracketed ?? bare ?? "").length;
    return "";
  });
  return (plain.length + 0.78 * raised) * fontSize * (bold ? 0.57 : 0.53);
}

/**
 * The reader's setting as one line in the figure's top margin, right-aligned, level with the
 * y-axis label Plot sets at the top left: clear of every curve whatever the values.
 */
export function marginLine(text: string, marginTop: number, options: Plot.TextOptions = {}): Plot.Text {
  return Plot.text([text], { frameAnchor: "top-right", dy: 3 - marginTop, lineAnchor: "top", textAnchor: "end", fontWeight: 600, text: (d: string) => d, ...options });
}
