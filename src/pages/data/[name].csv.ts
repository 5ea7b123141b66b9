import type { APIRoute, GetStaticPaths } from "astro";
import { figureCsv, figuresWithData } from "../../figures/csv";
import type { FigureName } from "../../figures/index";
import { defaultValues } from "../../model/registry";

export const getStaticPaths: GetStaticPaths = () => figuresWithData.map((name) => ({ params: { name } }));

/** Each figure's data at the default settings; with JavaScript, the download holds the reader's own values. */
export const GET: APIRoute = ({ params }) =>
  new Response(figureCsv(params["name"] as FigureName, defaultValues()), { headers: { "content-type": "text/csv; charset=utf-8" } });
