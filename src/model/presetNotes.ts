import { type PresetId, presets, type PresetSetting } from "./presets";

/** Where a preset's numbers come from: a BibTeX key, how the prose cites it, and where in it to look. */
export interface PresetSource {
  readonly key: string;
  /** Author and year as a reader would say them, e.g. "Ouyang et al. 2022". */
  readonly citation: string;
  readonly locator: string;
}

/** What a reader is told about a preset: `unit` says honestly what the numbers measure when that differs from the inputs' own unit, and `caveat` what the comparison leaves out. */
export interface PresetNote {
  readonly label: string;
  /** A label short enough for a 360 px figure. */
  readonly short: string;
  readonly unit: string;
  /** The unit in two or three words, for figure labels. */
  readonly unitShort: string;
  readonly caveat: string;
  readonly sources: readonly PresetSource[];
}

/** A preset with its note: what <Presets> and the figures that name presets show. */
export type Preset = PresetSetting & PresetNote;

/** The loss-fit presets' unit: each term at its pivot (lossFitTermNats.ts). */
const lossFitUnit = "nats per token, terms at 10⁹ parameters and 10¹¹ tokens";

/**
 * The notes, by preset id: kept beside presets.ts (like intervalBasis.ts beside the registry) so
 * this prose stays out of the browser's first download; the type requires one per preset.
 */
const notes: Record<PresetId, PresetNote> = {
  instructgpt: {
    label: "InstructGPT (2022)",
    short: "InstructGPT",
    unit: "petaflop/s-days, as reported",
    unitShort: "PF/s-days",
    caveat:
      "Post-training is the 175B PPO-ptx run alone; supervised fine-tuning (4.9 petaflop/s-days) and reward-model training are left out.",
    sources: [{ key: "ouyang2022instructgpt", citation: "Ouyang et al. 2022", locator: "§5.1, which gives both numbers" }],
  },
  deepseekR1: {
    label: "DeepSeek-V3 → R1 (2025)",
    short: "DeepSeek-R1",
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
  epochFrontier: {
    label: "R1-scale RL on a frontier base (estimates)",
    short: "R1-scale RL, frontier base",
    unit: "FLOP estimates, converted at 8.64 × 10¹⁹ FLOP per petaflop/s-day",
    unitShort: "FLOP, estimated",
    caveat:
      "Two different runs: R1's reasoning stage (about 6 × 10²³ FLOP) against the largest pretraining runs (above 10²⁶, a lower bound, so the share is an upper bound).",
    sources: [{ key: "you2025reasoning", citation: "You 2025", locator: "estimates for R1 and for the largest pretraining runs" }],
  },
  grok4: {
    label: "Grok 4 (xAI's claim, 2025)",
    short: "Grok 4 (claim)",
    unit: "a claimed 1 : 1 ratio, perhaps of GPU-time rather than FLOP",
    unitShort: "a claimed ratio",
    caveat:
      "RL “at pretraining scale”, with no numbers published. Both inputs hold a 10²⁶ FLOP placeholder (the essay's guesstimate), so only the 50% share reflects the claim.",
    sources: [
      { key: "xai2025grok4", citation: "xAI 2025", locator: "Grok 4 announcement" },
      { key: "you2025reasoning", citation: "You 2025", locator: "the 10²⁶ FLOP scale" },
    ],
  },
  lossFitBesiroglu: {
    label: "Besiroglu et al.'s refit (2024)",
    short: "Refit, 2024",
    unit: lossFitUnit,
    unitShort: "nats per token",
    caveat: "Fitted to Hoffmann et al.'s runs (up to 16B parameters, 500B tokens); used here far beyond them.",
    sources: [{ key: "besiroglu2024chinchilla", citation: "Besiroglu et al. 2024", locator: "table of estimates (secondary)" }],
  },
  lossFitHoffmann: {
    label: "Hoffmann et al.'s fit (2022)",
    short: "Chinchilla, 2022",
    unit: lossFitUnit,
    unitShort: "nats per token",
    caveat: "The printed constants; by Besiroglu et al.'s account the fit stopped before converging and its rounding biases it.",
    sources: [
      { key: "hoffmann2022chinchilla", citation: "Hoffmann et al. 2022", locator: "eq. 10 (secondary)" },
      { key: "besiroglu2024chinchilla", citation: "Besiroglu et al. 2024", locator: "abstract" },
    ],
  },
};

/** Every preset with its note, in presets.ts's order. */
export const presetsWithNotes: readonly Preset[] = presets.map((p) => ({ ...p, ...notes[p.id] }));
