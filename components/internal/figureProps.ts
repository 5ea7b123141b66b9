/** The props every figure component takes in MDX. */
export interface FigureProps {
  /** A figure name from src/figures/essay/index.ts (Figure) or src/figures/lab/index.ts (LabFigure). */
  name: string;
  /** The permanent anchor, e.g. "fig-event-split". */
  id: string;
  /** Filled in by the build (src/build/markdown/remarkEssayMeta.ts) from the figure's place in the chapter. */
  number?: string;
}

/** The name as one of the known figures', or an error that lists them. */
export function knownFigure<Name extends string>(component: string, name: string, known: Readonly<Record<Name, unknown>>): Name {
  if (!Object.hasOwn(known, name)) throw new Error(`<${component} name="${name}">: unknown figure. Allowed: ${Object.keys(known).join(", ")}`);
  return name as Name;
}
