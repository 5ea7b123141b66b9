/**
 * Measures, inside a page, where every figure's texts and marks are, and reports collisions:
 * text over text, text crossed by a plotted line, rule, area, dot or bar edge, and text outside
 * its figure. Runs in the browser (page.evaluate), so it is self-contained: no imports, no closures.
 */
export interface Collision {
  figure: string;
  layout: string;
  kind: "text-text" | "text-mark" | "outside";
  text: string;
  other: string;
}

export function findCollisions(): Collision[] {
  type Box = { left: number; right: number; top: number; bottom: number };
  const problems: Collision[] = [];
  // Text boxes are the font's full line box; the ink sits inside it. Shrink by a fifth of the height
  // vertically (ascender and descender room) and a pixel sideways, so touching boxes are not collisions.
  const ink = (r: DOMRect): Box => {
    const dy = r.height * 0.2;
    return { left: r.left + 1, right: r.right - 1, top: r.top + dy, bottom: r.bottom - dy };
  };
  const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const inside = (a: Box, b: Box) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
  /** Whether the segment p-q passes through the box (Liang-Barsky clipping). */
  const crosses = (p: DOMPoint, q: DOMPoint, b: Box) => {
    let t0 = 0;
    let t1 = 1;
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    for (const [num, den] of [
      [p.x - b.left, -dx],
      [b.right - p.x, dx],
      [p.y - b.top, -dy],
      [b.bottom - p.y, dy],
    ] as const) {
      if (den === 0) {
        if (num < 0) return false;
      } else {
        const t = num / den;
        if (den < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
        if (t0 > t1) return false;
      }
    }
    return true;
  };
  const opacity = (el: Element, attr: "stroke-opacity" | "fill-opacity") => {
    let o = 1;
    for (let e: Element | null = el; e && e.tagName.toLowerCase() !== "svg"; e = e.parentElement) {
      o *= Number(e.getAttribute(attr) ?? 1) * Number(e.getAttribute("opacity") ?? 1);
    }
    return o;
  };
  /** A path's outline as screen-space segments: exact for M/L/H/V/Z, sampled every 2 px otherwise. */
  const segments = (path: SVGPathElement): [DOMPoint, DOMPoint][] => {
    const m = path.getScreenCTM();
    if (!m) return [];
    const d = path.getAttribute("d") ?? "";
    const points: (DOMPoint | null)[] = [];
    if (/^[MLHVZ0-9eE.,\s+-]*$/i.test(d)) {
      let x = 0;
      let y = 0;
      let start = { x: 0, y: 0 };
      for (const [, cmd, args] of d.matchAll(/([MLHVZ])([^MLHVZ]*)/gi)) {
        const n = (args ?? "").trim().split(/[\s,]+/).filter(Boolean).map(Number);
        const c = cmd!.toUpperCase();
        if (c === "Z") {
          x = start.x;
          y = start.y;
          points.push(new DOMPoint(x, y));
          continue;
        }
        for (let i = 0; i < n.length; ) {
          if (c === "H") x = n[i++]!;
          else if (c === "V") y = n[i++]!;
          else {
            x = n[i++]!;
            y = n[i++]!;
          }
          if (c === "M" && i <= 2) {
            points.push(null);
            start = { x, y };
          }
          points.push(new DOMPoint(x, y));
        }
      }
    } else {
      const total = path.getTotalLength();
      for (let s = 0; s <= total; s += 2) points.push(path.getPointAtLength(s));
    }
    const out: [DOMPoint, DOMPoint][] = [];
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (a && b) out.push([a.matrixTransform(m), b.matrixTransform(m)]);
    }
    return out;
  };

  const marksOf = new Set(["line", "area", "bar", "rule", "arrow", "tick", "dot", "rect", "link"]);
  for (const fig of document.querySelectorAll<HTMLElement>("figure.live-figure")) {
    const name = fig.dataset["figure"] ?? fig.dataset["labFigure"] ?? fig.id;
    for (const holder of fig.querySelectorAll<HTMLElement>("[data-plot]")) {
      const svg = holder.querySelector("svg");
      if (!svg || holder.offsetParent === null) continue;
      const layout = holder.dataset["plot"] ?? "";
      const frame = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll("text")]
        .filter((t) => (t.textContent ?? "").trim() !== "")
        .map((t) => ({ el: t, text: (t.textContent ?? "").trim(), box: ink(t.getBoundingClientRect()) }));
      for (const t of texts) {
        if (!inside(t.box, { left: frame.left, right: frame.right, top: frame.top, bottom: frame.bottom })) {
          problems.push({ figure: name, layout, kind: "outside", text: t.text, other: "" });
        }
      }
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          if (overlap(texts[i]!.box, texts[j]!.box)) problems.push({ figure: name, layout, kind: "text-text", text: texts[i]!.text, other: texts[j]!.text });
        }
      }
      const groups = [...svg.querySelectorAll(":scope > g[aria-label]")].filter((g) => marksOf.has(g.getAttribute("aria-label") ?? ""));
      for (const g of groups) {
        const kind = g.getAttribute("aria-label")!;
        for (const el of g.querySelectorAll("path, line, rect, circle")) {
          const tag = el.tagName.toLowerCase();
          const stroked = (el.getAttribute("stroke") ?? g.getAttribute("stroke") ?? "none") !== "none" && opacity(el, "stroke-opacity") >= 0.3;
          const filled = (el.getAttribute("fill") ?? g.getAttribute("fill") ?? "currentColor") !== "none" && opacity(el, "fill-opacity") >= 0.3;
          for (const t of texts) {
            let hit = false;
            if (tag === "rect" || tag === "circle") {
              const r = el.getBoundingClientRect();
              const box = { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
              // Text set inside a bar is fine; text straddling a bar's edge, or on a dot, is not.
              hit = filled && overlap(t.box, box) && (tag === "circle" || !inside(t.box, box));
            } else if (tag === "line") {
              const m = (el as SVGLineElement).getScreenCTM();
              const l = el as SVGLineElement;
              if (m && stroked) {
                const p = new DOMPoint(l.x1.baseVal.value, l.y1.baseVal.value).matrixTransform(m);
                const q = new DOMPoint(l.x2.baseVal.value, l.y2.baseVal.value).matrixTransform(m);
                hit = crosses(p, q, t.box);
              }
            } else if (tag === "path") {
              const path = el as SVGPathElement;
              if (stroked && segments(path).some(([p, q]) => crosses(p, q, t.box))) hit = true;
              if (!hit && filled && kind === "area") {
                const inv = path.getScreenCTM()?.inverse();
                const b = t.box;
                hit = !!inv && [0.25, 0.5, 0.75].some((fx) => [0.3, 0.7].some((fy) => path.isPointInFill(new DOMPoint(b.left + fx * (b.right - b.left), b.top + fy * (b.bottom - b.top)).matrixTransform(inv))));
              }
            }
            if (hit) problems.push({ figure: name, layout, kind: "text-mark", text: t.text, other: kind });
          }
        }
      }
    }
  }
  return problems;
}
