import { writeQuery } from "../essay/query";
import { defaultValues } from "../model/registry";
import { setupActions } from "./actions";
import { loadCiteOnDemand } from "./citeLoader";
import { setupCsv } from "./csv";
import { trackHistory } from "./history";
import { followContentsOnDemand } from "./tocLoader";
import { setupFigureTools } from "./figureToolsLoader";
import { loadRangeEditorsOnDemand } from "./rangeLoader";
import { preloadFigures, redrawFigures, watchFigureBreakpoint } from "./figures/index";
import { listenToInputs, upgradeInputs } from "./inputs";
import { loadIntervals, scheduleIntervals, upgradeIntervals } from "./intervalHooks";
import { loadLabOnDemand } from "./labLoader";
import { showNotices } from "./notices";
import { loadPreviewsOnDemand } from "./previewLoader";
import { listenToPresets } from "./presets";
import { renderValues } from "./render";
import { $ranges, $values } from "./store";
import { carryStateInLinks, urlSync } from "./urlSync";
import { parseQuery } from "./url";

// The page's script: read the link, upgrade the live numbers, then keep numbers, intervals,
// figures and links in step with the reader's values.

const initial = parseQuery(location.search);
$values.set({ ...defaultValues(), ...initial.values });
$ranges.set(initial.ranges);
upgradeInputs();
upgradeIntervals();
listenToPresets();
renderValues($values.get());
showNotices(initial.notices);

const query = () => writeQuery($values.get(), $ranges.get());
const sync = urlSync(query);
carryStateInLinks(query());
redrawFigures($values.get());
// A link that sets values or ranges changes intervals the build wrote at the defaults.
if (Object.keys(initial.values).length + Object.keys(initial.ranges).length > 0) scheduleIntervals($values.get(), $ranges.get());
listenToInputs(() => {
  void preloadFigures();
  void loadIntervals();
});
watchFigureBreakpoint();
loadCiteOnDemand(query);
loadPreviewsOnDemand();
setupCsv(() => $values.get());
setupActions(query, sync);
trackHistory();
followContentsOnDemand();
setupFigureTools(query);

$values.listen((values) => {
  renderValues(values);
  redrawFigures(values);
  scheduleIntervals(values, $ranges.get());
  sync.schedule();
});
$ranges.listen((ranges) => {
  scheduleIntervals($values.get(), ranges);
  sync.schedule();
});

if (document.querySelector("[data-lab-runner]")) loadLabOnDemand();
// The range editors of /assumptions/ are fetched only by that page, on first use.
loadRangeEditorsOnDemand();
