import type { Values } from "./inputs";
import { pfDaysFromFlop } from "./pfDaysFromFlop";

/** Where a preset's numbers come from: a BibTeX key, how the prose cites it, and where in it to look. */
export interface PresetSource {
  readonly key: string;
  /** Author and year as a reader would say them, e.g. "Ouyang et al. 2022". */
  readonly citation: string;
  readonly locator: string;
}

/**
 * A published setting the reader can load with one click. The values are set exactly as
 * stored here; `unit` says honestly what the numbers measure when that differs from the
 * inputs' own unit, and `caveat` says what the comparison leaves out.
 */
export interface Preset {
  /** Permanent: appears in markup (data-preset) and tests. */
  readonly id: string;
  /** Which <Presets group=...> lists it. */
  readonly group: string;
  readonly label: string;
  /** A label short enough for a 360 px figure. */
  readonly short: string;
  readonly values: Readonly<Partial<Values>>;
  readonly unit: string;
  /** The unit in two or three words, for figure labels. */
  readonly unitShort: string;
  readonly caveat: string;
  readonly sources: readonly PresetSource[];
}

/** 10^26 FLOP, the scale Epoch AI gives for the largest pretraining runs, in petaflop/s-days. */
const frontierPretrainPfDays = pfDaysFromFlop(1e26);

export const presets: readonly Preset[] = [
  {
    id: "instructgpt",
    group: "compute",
    label: "InstructGPT (2022)",
    short: "InstructGPT",
    values: { pretrainComputePfDays: 3640, posttrainComputePfDays: 60 },
    unit: "petaflop/s-days, as reported",
    unitShort: "PF/s-days",
    caveat:
      "Post-training is the 175B PPO-ptx run alone; supervised fine-tuning (4.9 petaflop/s-days) and reward-model training are left out.",
    sources: [{ key: "ouyang2022instructgpt", citation: "Ouyang et al. 2022", locator: "§5.1, which gives both numbers" }],
  },
  {
    id: "deepseekR1",
    group: "compute",
    label: "DeepSeek-V3 → R1 (2025)",
    short: "DeepSeek-R1",
    values: { pretrainComputePfDays: 2_788_000, posttrainComputePfDays: 147_000 },
    unit: "H800 GPU-hours, not petaflop/s-days: only the share means anything",
    unitShort: "GPU-hours",
    caveat:
      "V3's whole training run (2.788 million) against R1's RL (about 147 thousand, a secondary reading). " +
      "Generating text keeps GPUs less busy than pretraining, so RL's share in FLOP is probably smaller.",
    sources: [
      { key: "deepseek2024v3", citation: "DeepSeek-AI 2024", locator: "abstract" },
      { key: "deepseek2025r1", citation: "DeepSeek-AI 2025", locator: "appendix B.4.4 (secondary)" },
    ],
  },
  {
    id: "epochFrontier",
    group: "compute",
    label: "R1-scale RL on a frontier base (estimates)",
    short: "R1-scale RL, frontier base",
    values: { pretrainComputePfDays: frontierPretrainPfDays, posttrainComputePfDays: pfDaysFromFlop(6e23) },
    unit: "FLOP estimates, converted at 8.64 × 10¹⁹ FLOP per petaflop/s-day",
    unitShort: "FLOP, estimated",
    caveat:
      "Two different runs: R1's reasoning stage (about 6 × 10²³ FLOP) against the largest pretraining runs (above 10²⁶, a lower bound, so the share is an upper bound).",
    sources: [{ key: "you2025reasoning", citation: "You 2025", locator: "estimates for R1 and for the largest pretraining runs" }],
  },
  {
    id: "grok4",
    group: "compute",
    label: "Grok 4 (xAI's claim, 2025)",
    short: "Grok 4 (claim)",
    values: { pretrainComputePfDays: frontierPretrainPfDays, posttrainComputePfDays: frontierPretrainPfDays },
    unit: "a claimed 1 : 1 ratio, perhaps of GPU-time rather than FLOP",
    unitShort: "a claimed ratio",
    caveat:
      "RL “at pretraining scale”, with no numbers published. Both inputs hold a 10²⁶ FLOP placeholder (the essay's guesstimate), so only the 50% share reflects the claim.",
    sources: [
      { key: "xai2025grok4", citation: "xAI 2025", locator: "Grok 4 announcement" },
      { key: "you2025reasoning", citation: "You 2025", locator: "the 10²⁶ FLOP scale" },
    ],
  },
  {
    id: "lossFitBesiroglu",
    group: "lossFit",
    label: "Besiroglu et al.'s refit (2024)",
    short: "Refit, 2024",
    values: { lossFloorNats: 1.8172, lossSizeTermNats: 0.3572, lossSizeExponent: 0.3478, lossDataTermNats: 0.1974, lossDataExponent: 0.3658 },
    unit: "nats per token; each term at its pivot (10⁹ parameters, 10¹¹ tokens), rounded to 4 digits",
    unitShort: "nats per token",
    caveat:
      "Fitted to points read off Hoffmann et al.'s plots: models of 70M to 16B parameters, runs of 5B to 500B tokens, one corpus and tokenizer. " +
      "At 70B parameters and 15T tokens it is extrapolated thirty times beyond its data.",
    sources: [{ key: "besiroglu2024chinchilla", citation: "Besiroglu et al. 2024", locator: "table of estimates (secondary: read through transcriptions that agree)" }],
  },
  {
    id: "lossFitHoffmann",
    group: "lossFit",
    label: "Hoffmann et al.'s fit (2022)",
    short: "Chinchilla, 2022",
    values: { lossFloorNats: 1.69, lossSizeTermNats: 0.354, lossSizeExponent: 0.34, lossDataTermNats: 0.3416, lossDataExponent: 0.28 },
    unit: "nats per token; each term at its pivot (10⁹ parameters, 10¹¹ tokens), rounded to 4 digits",
    unitShort: "nats per token",
    caveat:
      "The constants as printed (E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28). Besiroglu et al. report that this fit's optimiser stopped before converging " +
      "and that the printed rounding biases its predictions; it puts more of the loss above the floor.",
    sources: [
      { key: "hoffmann2022chinchilla", citation: "Hoffmann et al. 2022", locator: "§3.3 (approach 3), eq. 10 (secondary: read through transcriptions that agree)" },
      { key: "besiroglu2024chinchilla", citation: "Besiroglu et al. 2024", locator: "abstract, on the optimiser and the rounding" },
    ],
  },
];

const byId = new Map(presets.map((p) => [p.id, p]));

export function presetById(id: string): Preset | undefined {
  return byId.get(id);
}

// Apart, so the page's script can mark presets from the values in their links without this list.
export { presetMatches } from "./presetMatches";
