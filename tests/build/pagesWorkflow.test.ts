import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const workflow = parse(readFileSync(".github/workflows/pages.yml", "utf8")) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
};
const build = workflow.jobs.build.steps;

describe("the GitHub Pages workflow (.github/workflows/pages.yml)", () => {
  it("uses GitHub's official Pages actions, with the permissions they need", () => {
    const uses = [...build, ...workflow.jobs.deploy.steps].map((s) => s.uses?.split("@")[0]).filter(Boolean);
    expect(uses).toEqual(expect.arrayContaining(["actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"]));
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    expect(workflow.jobs.deploy.needs).toBe("build");
  });

  it("builds for the repository's Pages address: BASE from configure-pages' base_path, SITE_URL from its origin", () => {
    const pages = build.find((s) => s.uses?.startsWith("actions/configure-pages"));
    const step = build.find((s) => s.run?.includes("npm run build"));
    expect(step?.env?.["BASE"]).toBe(`\${{ steps.${pages?.id}.outputs.base_path }}/`);
    expect(step?.env?.["SITE_URL"]).toBe(`\${{ steps.${pages?.id}.outputs.origin }}`);
  });

  it("announces the PDF to the build and prints it, under the same base path, before uploading", () => {
    const buildAt = build.findIndex((s) => s.run?.includes("npm run build"));
    const pdfAt = build.findIndex((s) => s.run?.includes("npm run pdf"));
    const uploadAt = build.findIndex((s) => s.uses?.startsWith("actions/upload-pages-artifact"));
    expect(build[buildAt]?.env?.["PDF"]).toBe("1");
    expect(buildAt).toBeLessThan(pdfAt);
    expect(pdfAt).toBeLessThan(uploadAt);
    expect(build[pdfAt]?.env?.["BASE"]).toBe(build[buildAt]?.env?.["BASE"]);
  });

  it("installs with npm ci and uploads dist/ as the Pages artifact", () => {
    expect(build.some((s) => s.run?.includes("npm ci"))).toBe(true);
    expect(build.find((s) => s.uses?.startsWith("actions/upload-pages-artifact"))?.with?.["path"]).toBe("dist");
  });
});
