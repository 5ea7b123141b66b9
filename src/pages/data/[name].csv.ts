import type { APIRoute, GetStaticPaths } from "astro";
import { figureCsv, labFigureCsv } from "../../figures/csv";
import { figures, type FigureName } from "../../figures/essay/index";
import { labFigures, type LabFigureName } from "../../figures/lab/index";
import { defaultLabRun, defaultLabSweep } from "../../lab/defaultRun";
import { defaultValues } from "../../model/registry";

/** Each figure's data at the default settings (the lab's: its default run and sweep); with JavaScript, the download holds the reader's own. */
export const getStaticPaths: GetStaticPaths = () => [
  ...(Object.keys(figures) as FigureName[]).map((name) => ({ params: { name }, props: { csv: () => figureCsv(name, defaultValues()) } })),
  ...(Object.keys(labFigures) as LabFigureName[]).map((name) => ({
    params: { name },
    props: { csv: () => labFigureCsv(name, { run: defaultLabRun(), sweep: defaultLabSweep() }) },
  })),
];

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: () => string }).csv(), { headers: { "content-type": "text/csv; charset=utf-8" } });
