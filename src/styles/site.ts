// Every page's styles, in cascade order, for both layouts (Base.astro and Embed.astro).
import "katex/dist/katex.min.css";
import "./global.css";
import "./publish.css";
import "./popovers.css";
import "./palette.css";
import "./fit.css";
import "./tools.css";
