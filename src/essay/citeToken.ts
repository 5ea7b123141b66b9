/** Stands in, in build-time citations, for the address of what the reader sees; the page's script fills it in. */
export const URL_TOKEN = "__URL__";
