import type { APIRoute, GetStaticPaths } from "astro";
import { figureCsv, figuresWithData } from "../../figures/csv";
import type { FigureName } from "../../figures/index";
import { labFigureCsv } from "../../figures/labCsv";
import { labFigures } from "../../figures/labIndex";
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
