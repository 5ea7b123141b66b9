import { formatNumber, formatPercent } from "../text/format";
import type { LabResult } from "./run";
import { showResult } from "./showResult";

// Sentences generated from the run on bits in, bits above the world’s entropy (learnable), and
// the shift of the model’s behaviour (KL per sentence), which is not information and not bits kept.

/** Pretraining’s surprisal split into the world’s entropy and the part above it, and set beside its shift. */
export function pretrainRulersText(r: LabResult): string {
  const p = r.pretrainOnly;
  const sentences = p.pretrainPasses / r.settings.sequenceLength;
  if (sentences === 0 || !(p.surprisalBits > 0)) return "Pretraining alone saw no sentence at this budget, so there is nothing to measure.";
  const floorShare = Math.min(1, (sentences * r.worldEntropyBits) / p.surprisalBits);
  const split =
    `Of the ${showResult("labSurprisalBitsPretrainOnly", r)} bits of surprisal pretraining alone took in, about ${formatPercent(floorShare)} ` +
    `was the world’s own entropy (${showResult("labWorldEntropyBits", r)} bits a sentence, over ${formatNumber(sentences, "number", { digits: 7 })} sentences), ` +
    "which no model could have learned away; only the rest lay above that floor.";
  const shift = r.shiftBits.pretrainOnly;
  const moved =
    shift === 0
      ? " Its model did not move at all."
      : ` The model it finished with differs from its uniform start by ${showResult("labShiftBitsPretrainOnly", r)} bits per sentence: ` +
        "a sentence it writes is on average that many doublings likelier under it than under the start.";
  const compared =
    shift === 0
      ? ""
      : p.reducibleBits > shift
        ? " The surprisal above the floor, summed over the run, is far more than that, because it is paid again on every sentence while the model is still learning the same rules: like bits learnable in the essay’s accounting, it bounds what the model keeps loosely, from above."
        : " At this small budget even the surprisal above the floor, summed over the run, is less than that shift: the first sentences, met by a model that knew nothing, moved it most.";
  return split + moved + compared;
}

/** RL’s shift set beside its reward bits, for RL after pretraining and for RL from scratch, saying when the shift is the larger. */
export function rlRulersText(r: LabResult): string {
  const parts: string[] = [];
  const p = r.pretrainThenRl;
  if (p.episodes === 0) {
    parts.push("Pretrain-then-RL spent its whole budget pretraining, so it has no RL to measure.");
  } else {
    const larger = r.shiftBits.rl > p.rewardBits;
    parts.push(
      `After the switch, RL’s ${showResult("labEpisodesPretrainThenRl", r)} rewards carried at most ${showResult("labRewardBitsPretrainThenRl", r)} bits ` +
        `about the world in all, and moved the model by ${showResult("labShiftBitsRl", r)} bits per sentence: ` +
        (larger ? "the shift is the larger." : "the shift is the smaller."),
    );
  }
  const s = r.rlOnly;
  if (s.rewards === 0) {
    parts.push(
      `RL from scratch earned no reward, so its model never moved (a shift of ${showResult("labShiftBitsRlOnly", r)} bits), ` +
        `and its rewards could have told it ${showResult("labRewardBitsRlOnly", r)} bits at most.`,
    );
  } else {
    const larger = r.shiftBits.rlOnly > s.rewardBits;
    parts.push(
      `RL from scratch earned ${showResult("labRewardsRlOnly", r)} rewards carrying at most ${showResult("labRewardBitsRlOnly", r)} bits, ` +
        `and moved its model by ${showResult("labShiftBitsRlOnly", r)} bits per sentence: ` +
        (larger ? "the shift is the larger." : "the shift is the smaller."),
    );
  }
  const anyLarger = (p.episodes > 0 && r.shiftBits.rl > p.rewardBits) || (s.rewards > 0 && r.shiftBits.rlOnly > s.rewardBits);
  parts.push(
    anyLarger
      ? "A shift larger than the reward bits is no contradiction. The shift measures how far behaviour moved, not what was learned about the world: " +
          "REINFORCE multiplies every reward by its learning rate and spreads it over the model’s own samples, which carry no news from the world. " +
          "What the reward bits bound is how much of that movement can be information about the world."
      : "Here each shift stays below its reward bits, but that is not what bounds it: the reward bits bound how much of the movement can be information about the world, not how far the model may move.",
  );
  return parts.join(" ");
}
