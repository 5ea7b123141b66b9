/** Rounds floats to 2 decimals and renumbers ids and generated class names, as Observable Plot's own snapshot tests do. */
export function normalizeSvg(svg: string): string {
  let text = svg.replace(/-?\d+\.\d+(?:e[+-]?\d+)?/gi, (d) => String(+(+d).toFixed(2)));
  const classes = new Map<string, string>();
  text = text.replace(/\bplot-[0-9a-f]{6}\b/g, (c) => classes.get(c) ?? (classes.set(c, `plot-${classes.size + 1}`), `plot-${classes.size}`));
  const ids = [...text.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
  ids.forEach((id, i) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    text = text
      .replace(new RegExp(`\\bid="${escaped}"`, "g"), `id="id-${i + 1}"`)
      .replace(new RegExp(`#${escaped}(?=["')])`, "g"), `#id-${i + 1}`);
  });
  return `${text.trim()}\n`;
}
