import type { APIRoute, GetStaticPaths } from "astro";
import { figureCsv, figuresWithData } from "../../figures/essay/csv";
import type { FigureName } from "../../figures/essay/index";
import { labFigureCsv } from "../../figures/lab/csv";
import { labFigures } from "../../figures/lab/index";
import { defaultLabRun, defaultLabSweep } from "../../lab/defaultRun";
import { defaultValues } from "../../model/registry";

/** Each figure's data at the default settings (the lab's: its default run and sweep); with JavaScript, the download holds the reader's own. */
export const getStaticPaths: GetStaticPaths = () => [
  ...figuresWithData.map((name) => ({ params: { name }, props: { csv: () => figureCsv(name as FigureName, defaultValues()) } })),
  ...Object.values(labFigures).map((spec) => ({
    params: { name: spec.name },
    props: { csv: () => labFigureCsv(spec.name as keyof typeof labFigures, spec.source === "run" ? defaultLabRun() : defaultLabSweep()) },
  })),
];

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: () => string }).csv(), { headers: { "content-type": "text/csv; charset=utf-8" } });
