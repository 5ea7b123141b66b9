import type { inputs } from "./inputs";
import type { IntervalBasis } from "./types";

/** Inputs whose default is an estimate, with a 90% interval: every input that is not a fixed setting. */
export type EstimateId = Extract<(typeof inputs)[number], { uncertainty: { kind: "interval" } }>["id"];

/**
 * Where each input's 90% interval comes from: a source's own range, or a judgement with its reason.
 * Kept beside the registry rather than in it so this prose stays out of the JavaScript a page loads
 * before interaction (only the build and /assumptions/ read it); the type requires one per estimate.
 */
export const intervalBasis: Record<EstimateId, IntervalBasis> = {
  passesPerReward: { kind: "judgement", by: "the essay's authors", reason: "short answers take a few hundred tokens; long reasoning runs up to the 20,480- and 32,768-token limits of DAPO and R1-Zero" },
  rlComputeShare: { kind: "judgement", by: "the essay's authors", reason: "from InstructGPT's PPO-ptx (under 2% of GPT-3's compute) and DeepSeek-R1's RL (about 5% of V3's) to Grok 4's RL “at pretraining scale”" },
  tokensPerBatch: { kind: "source", refs: [{ key: "brown2020gpt3", locator: "Table 2.1: GPT-3 175B, 3.2M tokens" }, { key: "deepseek2024v3", locator: "§4.2: up to 15,360 sequences of 4K tokens, about 63M" }] },
  bitsPerToken: {
    kind: "judgement",
    by: "the essay's authors",
    key: "besiroglu2024chinchilla",
    reason:
      "narrowed from 1 to 8 bits (the default is unchanged): both published Chinchilla fits put the run-average loss of a 70B model on 15T tokens at 2.7 to 2.8 bits per token and the end-of-run loss near 2.7 to 2.8 (MassiveText, a 32K vocabulary); a larger vocabulary packs more text, and so more bits, into a token, a code-heavy mix fewer. Ord's “about 3” sits in the middle; 8 bits is the loss of a model barely trained, not the average of a run",
  },
  passRate: { kind: "judgement", by: "the essay's authors", reason: "RL curricula keep tasks neither hopeless nor solved: prompts almost always failed or passed teach little" },
  pretrainTokens: { kind: "judgement", by: "the essay's authors", key: "brown2020gpt3", reason: "from GPT-3's 300B tokens to about twice Llama 3's 15.6T, for larger runs since" },
  rlEpisodes: { kind: "judgement", by: "the essay's authors", key: "deepseek2025r1", reason: "R1-Zero's 5.3 million rollouts set the scale; smaller open runs use a few hundred thousand, frontier runs plausibly twenty times more" },
  pretrainComputePfDays: { kind: "judgement", by: "the essay's authors", key: "brown2020gpt3", reason: "a reported figure; ±10% allows for how its FLOPs were counted" },
  posttrainComputePfDays: { kind: "judgement", by: "the essay's authors", key: "ouyang2022instructgpt", reason: "60 counts PPO-ptx alone; adding SFT (4.9) and reward-model training, or another recipe, moves it by up to a factor of two" },
  visionBitsPerSecond: { kind: "judgement", by: "the essay's authors", key: "koch2006eye", reason: "Koch et al.'s “roughly” 10 million bits/s, within a factor of five; Zhaoping's optic nerve at about 1 MB/s lies inside" },
  perceptBitsPerSecond: { kind: "judgement", by: "the essay's authors", key: "orthonormalShortform", reason: "about an order of magnitude either side of the thread's “kB/s”" },
  consciousBitsPerSecond: { kind: "judgement", by: "the essay's authors", key: "zheng2024slowness", reason: "tasks cluster near 10 bits/s (typing about 10, speech about 13); Zhaoping's 40 bits/s through attention as the high end" },
  rewardBitsPerSecond: { kind: "judgement", by: "the essay's authors", reason: "an order of magnitude either side of the thread's guess: no measurement exists" },
  taskBitsPerHour: { kind: "judgement", by: "the essay's authors", reason: "the thread's “bits per minute or hour”, read as a few bits an hour to ten a minute" },
  wakingHoursPerDay: { kind: "judgement", by: "the essay's authors", reason: "six and a half to ten hours of sleep, children sleeping more" },
  years: { kind: "judgement", by: "the essay's authors", reason: "competence arrives anywhere from the late teens to about thirty, depending on the skill" },
  contextTokens: { kind: "judgement", by: "the essay's authors", reason: "from the common 128K-token window to ten million tokens, the longest windows offered" },
  bitsPerContextToken: { kind: "judgement", by: "the essay's authors", key: "grattafiori2024llama3", reason: "log2 of vocabularies from 32K (15 bits) to 256K (18 bits) tokens" },
  parameters: { kind: "source", refs: [{ key: "grattafiori2024llama3", locator: "Table 3: the Llama 3 family, 8B to 405B parameters" }] },
  bitsPerParameter: { kind: "judgement", by: "the essay's authors", key: "allenzhu2024physics", reason: "about 2 for models trained to capacity, less for knowledge seen rarely or for smaller budgets" },
  supervisedBitsPerSample: { kind: "source", refs: [{ key: "lecun2016predictive", locator: "the cake slide: “10 to 10,000 bits per sample” (secondary: slide transcriptions)" }] },
  conceptCount: { kind: "judgement", by: "the essay's authors", key: "templeton2024scaling", reason: "34 million features is a dictionary its authors call incomplete; the true count may be far larger, or smaller if features split one concept" },
  conceptsPerBehaviour: { kind: "judgement", by: "the essay's authors", reason: "nothing measures this: two orders of magnitude either side of a thousand" },
  residualStreamWidth: { kind: "source", refs: [{ key: "grattafiori2024llama3", locator: "Table 3: model dimensions of the Llama 3 family, 4,096 (8B) to 16,384 (405B)" }] },
  lossFloorNats: {
    kind: "judgement",
    by: "the essay's authors",
    key: "besiroglu2024chinchilla",
    reason:
      "the two published fits of the same runs put the floor at 1.69 (Hoffmann et al., eq. 10) and 1.82 nats (Besiroglu et al., standard error 0.03); the interval holds both with room for the refit's error. It is the floor of one corpus and one tokenizer, not the entropy of text in general",
  },
  lossSizeTermNats: {
    kind: "judgement",
    by: "the essay's authors",
    key: "besiroglu2024chinchilla",
    reason:
      "the two fits agree here: 0.354 (Hoffmann et al.) and 0.357 nats (Besiroglu et al.) at 10⁹ parameters, inside the 70M to 16B they were fitted on. A and α are strongly correlated in a fit (A's standard error is 26%), the term's value near the data far less, so it is this value, not A, that is drawn independently of α; ±15% for what neither fit's error bars capture",
  },
  lossSizeExponent: {
    kind: "source",
    refs: [
      { key: "besiroglu2024chinchilla", locator: "α = 0.3478 with standard error 0.02: 90% within about ±0.033" },
      { key: "hoffmann2022chinchilla", locator: "eq. 10, α = 0.34" },
    ],
  },
  lossDataTermNats: {
    kind: "judgement",
    by: "the essay's authors",
    key: "besiroglu2024chinchilla",
    reason:
      "the fits disagree most here: 0.342 (Hoffmann et al., whose optimiser stopped early by Besiroglu et al.'s account) against 0.197 nats (the refit) at 10¹¹ tokens; the difference went into the floor E. The interval holds both and a little beyond. B and β are strongly correlated in a fit (B's standard error is 62%); this value at a pivot inside the 5B to 500B tokens fitted on is drawn independently of β instead, so the draws stay near curves the data allow",
  },
  lossDataExponent: {
    kind: "judgement",
    by: "the essay's authors",
    key: "besiroglu2024chinchilla",
    reason:
      "0.28 (Hoffmann et al., eq. 10) to 0.3658 (Besiroglu et al., standard error 0.02): the interval holds both fits and the refit's own 90% range",
  },
};
