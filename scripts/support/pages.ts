import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every page of the built site, as a path ("/", "/reward-events/"), so new pages are tested without editing tests. */
export function builtPages(root = "dist"): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== "_astro") walk(path);
      } else if (name === "index.html") {
        pages.push(`/${relative(root, dir).split("\\").join("/")}${dir === root ? "" : "/"}`);
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** Pages that carry live quantities (the chapters and the cover), not a figure's standalone page (/figure/<id>/). */
export const chapterLike = (path: string) => !/\/(references|assumptions|404)\//.test(path) && !path.startsWith("/figure/");
