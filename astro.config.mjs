// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig, passthroughImageService } from "astro/config";
import rehypeCitation from "rehype-citation";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import { publicAddress } from "./src/essay/address";
import { bibliographyPath } from "./src/build/citing/bibliographyPath";
import { contentSecurityPolicyIntegration } from "./src/build/csp";
import { robotsTxtIntegration } from "./src/build/discovery";
import { hostHeadersIntegration } from "./src/build/hostHeaders";
import { rehypeCheckCitations } from "./src/build/citing/rehypeCheckCitations";
import { rehypeCitationLinks } from "./src/build/citing/rehypeCitationLinks";
import { rehypeBaseLinks } from "./src/build/markdown/rehypeBaseLinks";
import { rehypeSectionTools } from "./src/build/markdown/rehypeSectionTools";
import { rehypeSidenotes } from "./src/build/markdown/rehypeSidenotes";
import { remarkEssayMeta } from "./src/build/markdown/remarkEssayMeta";
import { remarkHeadingIds } from "./src/build/markdown/remarkHeadingIds";

const bibliography = bibliographyPath;
// Where the site is published: BASE and SITE_URL when a deploy sets them, else src/essay/essay.ts's url.
const { site, base } = publicAddress(process.env);

export default defineConfig({
  // The public address, for canonical links, citation metadata, the sitemap and the feed.
  ...(site ? { site } : {}),
  base,
  output: "static",
  // Astro keeps its content data store in the cache directory, node_modules/.astro by default; when
  // several checkouts share one node_modules, concurrent builds would read each other's chapters.
  cacheDir: "./.astro/build-cache",
  trailingSlash: "always",
  build: { format: "directory" },
  // The essay has no raster images to optimise; this keeps sharp (an install-script package) out of the build.
  image: { service: passthroughImageService() },
  markdown: {
    remarkPlugins: [remarkMath, remarkHeadingIds, remarkEssayMeta],
    rehypePlugins: [
      [rehypeKatex, { output: "htmlAndMathml", strict: "error" }],
      [rehypeCheckCitations, { bibliography }],
      // Chapters' reference lists are drawn by the layout (components/internal/References.astro).
      [rehypeCitation, { bibliography, csl: "apa", linkCitations: true, suppressBibliography: true }],
      [rehypeCitationLinks, { bibliography }],
      rehypeSectionTools,
      rehypeSidenotes,
      // Last, so every link the plugins above wrote is rewritten too.
      [rehypeBaseLinks, { base }],
    ],
  },
  // After the build, every page gets a strict Content-Security-Policy meta (src/build/csp.ts says why not experimental.csp).
  // Then _headers, for hosts that send headers (Netlify, Cloudflare Pages): each page's policy with frame-ancestors.
  // With a known address, a sitemap (not of the 404 page) and robots.txt pointing to it.
  integrations: [
    mdx(),
    contentSecurityPolicyIntegration(),
    hostHeadersIntegration(),
    ...(site ? [sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), robotsTxtIntegration(site, base)] : []),
  ],
  devToolbar: { enabled: false },
});
