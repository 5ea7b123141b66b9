/**
 * Reads, inside a page, every figure text on show: its size as drawn (px on screen) and its
 * contrast against what lies behind it (the page, or the bar it sits in). Runs in the browser
 * (page.evaluate), so it is self-contained.
 */
export interface TextReading {
  figure: string;
  text: string;
  px: number;
  contrast: number;
}

export function readFigureTexts(): TextReading[] {
  const rgb = (css: string): [number, number, number, number] => {
    const m = /rgba?\(([^)]+)\)/.exec(css);
    if (!m) return [0, 0, 0, 0];
    const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = (top: [number, number, number], alpha: number, under: [number, number, number]): [number, number, number] =>
    [0, 1, 2].map((i) => top[i]! * alpha + under[i]! * (1 - alpha)) as [number, number, number];
  const luminance = ([r, g, b]: [number, number, number]) => {
    const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a: [number, number, number], b: [number, number, number]) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const opacity = (el: Element, attr: string) => {
    let o = 1;
    for (let e: Element | null = el; e && e.tagName.toLowerCase() !== "svg"; e = e.parentElement) {
      const style = getComputedStyle(e);
      o *= Number(e.getAttribute(attr) ?? 1) * Number(style.opacity || 1);
    }
    return o;
  };
  const page = rgb(getComputedStyle(document.body).backgroundColor);
  const pageColor: [number, number, number] = page[3] === 0 ? [255, 255, 255] : [page[0], page[1], page[2]];
  const out: TextReading[] = [];
  for (const fig of document.querySelectorAll<HTMLElement>("figure.live-figure")) {
    const name = fig.dataset["figure"] ?? fig.dataset["labFigure"] ?? fig.id;
    for (const holder of fig.querySelectorAll<HTMLElement>("[data-plot]")) {
      const svg = holder.querySelector("svg");
      if (!svg || holder.offsetParent === null) continue;
      const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal.width || svg.getBoundingClientRect().width);
      const bars = [...svg.querySelectorAll("rect")].filter((r) => opacity(r, "fill-opacity") >= 0.3);
      for (const t of svg.querySelectorAll("text")) {
        const text = (t.textContent ?? "").trim();
        if (!text) continue;
        const style = getComputedStyle(t);
        const px = parseFloat(style.fontSize) * scale;
        const fill = rgb(style.fill);
        const box = t.getBoundingClientRect();
        const cx = box.left + box.width / 2;
        const cy = box.top + box.height / 2;
        let behind = pageColor;
        for (const bar of bars) {
          const r = bar.getBoundingClientRect();
          if (cx > r.left && cx < r.right && cy > r.top && cy < r.bottom) {
            const f = rgb(getComputedStyle(bar).fill);
            behind = over([f[0], f[1], f[2]], opacity(bar, "fill-opacity") * f[3], pageColor);
          }
        }
        const ink = over([fill[0], fill[1], fill[2]], opacity(t, "fill-opacity") * fill[3], behind);
        out.push({ figure: name, text, px, contrast: ratio(ink, behind) });
      }
    }
  }
  return out;
}
