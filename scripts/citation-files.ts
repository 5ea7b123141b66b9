// Writes CITATION.cff and .zenodo.json from src/essay/essay.ts (authors, address, licences, edition),
// and puts the authors into the copyright lines of LICENSE and LICENSE-CONTENT.md.
// Run `npm run citation-files` after changing that file; tests/build/citationFiles.test.ts checks they agree.
import { readFileSync, writeFileSync } from "node:fs";
import { citationCff, copyrightLine, zenodoJson } from "../src/essay/citationFiles";

writeFileSync("CITATION.cff", citationCff());
writeFileSync(".zenodo.json", zenodoJson());
for (const file of ["LICENSE", "LICENSE-CONTENT.md"]) {
  writeFileSync(file, readFileSync(file, "utf8").replace(/^Copyright \(c\) .*?(\.?)$/m, (_, dot: string) => `${copyrightLine()}${dot}`));
}
console.log("Wrote CITATION.cff and .zenodo.json, and the copyright lines of LICENSE and LICENSE-CONTENT.md, from src/essay/essay.ts.");
