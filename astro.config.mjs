// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig, passthroughImageService } from "astro/config";
import rehypeCitation from "rehype-citation";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import { rehypeCheckCitations } from "./src/lib/rehypeCheckCitations";
import { remarkHeadingIds } from "./src/lib/remarkHeadingIds";

const bibliography = "content/references.bib";

export default defineConfig({
  output: "static",
  // Astro keeps its content data store in the cache directory, node_modules/.astro by default; when
  // several checkouts share one node_modules, concurrent builds would read each other's chapters.
  cacheDir: "./.astro/build-cache",
  trailingSlash: "always",
  build: { format: "directory" },
  // The essay has no raster images to optimise; this keeps sharp (an install-script package) out of the build.
  image: { service: passthroughImageService() },
  markdown: {
    remarkPlugins: [remarkMath, remarkHeadingIds],
    rehypePlugins: [
      [rehypeKatex, { output: "htmlAndMathml", strict: "error" }],
      [rehypeCheckCitations, { bibliography }],
      [rehypeCitation, { bibliography, csl: "apa", linkCitations: true }],
    ],
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
