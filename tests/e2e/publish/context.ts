import type { BuiltSite } from "../../support/builtSite";

/** What the suites of publish.test.ts share: the base-path build (built once there) and how to read it. */
export interface PublishContext {
  readonly site: BuiltSite;
  /** The HTML of a page of the base-path build, by its path inside the site ("/reward-events/"). */
  readonly html: (path: string) => string;
  /** The base-path build's pages, known once it is built (read it inside tests). */
  readonly pages: () => readonly string[];
  /** The root build's pages, known when the tests are collected; the base-path build is held to the same list. */
  readonly rootPages: readonly string[];
}
