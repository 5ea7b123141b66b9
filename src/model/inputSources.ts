import type { InputId } from "./inputs";
import type { Source } from "./types";

const discussion = "the source discussion";
const labSetting = { kind: "guesstimate", by: "the essay's authors", note: "a setting of the experiment" } as const;

/**
 * Where each input's default comes from: a BibTeX entry with a locator, or somebody's guess.
 * Kept beside the registry rather than in it, like intervalBasis.ts, so this prose stays out of the
 * JavaScript a page loads before interaction (only the build, /assumptions/, /references/ and
 * /quantities.json read it); the type requires one per input.
 */
export const inputSources: Record<InputId, Source> = {
  passesPerReward: {
    kind: "guesstimate",
    by: discussion,
    key: "orthonormalShortform",
    note: "“on the order of ~1000 for common tasks in the RL training set”",
  },
  rlComputeShare: {
    kind: "guesstimate",
    by: discussion,
    key: "orthonormalShortform",
    note: "an illustrative even split: the thread contrasts 99.9% with “just >50%”",
  },
  tokensPerBatch: { kind: "bib", key: "grattafiori2024llama3", locator: "§3.4.1 (Llama 3 405B: 4M, then 8M, then 16M tokens)" },
  bitsPerToken: { kind: "bib", key: "ord2025inefficiency", locator: "“about 3” bits per token realistic, about 16 at most", note: "secondary" },
  passRate: {
    kind: "guesstimate",
    by: "the essay's authors",
    note: "the setting most favourable to RL: H(p) peaks at 1 bit when p = 0.5",
  },
  pretrainTokens: { kind: "bib", key: "grattafiori2024llama3", locator: "15.6T tokens for Llama 3; DeepSeek-V3 used 14.8T" },
  rlEpisodes: {
    kind: "bib",
    key: "deepseek2025r1",
    locator: "R1-Zero: 32 questions × 16 samples × 10,400 steps ≈ 5.3 million rollouts",
  },
  pretrainComputePfDays: { kind: "bib", key: "brown2020gpt3", locator: "GPT-3 175B, 3,640 petaflop/s-days" },
  posttrainComputePfDays: { kind: "bib", key: "ouyang2022instructgpt", locator: "§5.1: PPO-ptx 175B, 60 petaflop/s-days" },
  visionBitsPerSecond: { kind: "bib", key: "koch2006eye", locator: "the retina sends roughly 10 million bits per second" },
  perceptBitsPerSecond: { kind: "guesstimate", by: discussion, key: "orthonormalShortform", note: "“kB/s for the highest level compressed abstractions”" },
  consciousBitsPerSecond: { kind: "bib", key: "zheng2024slowness", locator: "behavioural throughput about 10 bits/s" },
  rewardBitsPerSecond: {
    kind: "guesstimate",
    by: discussion,
    key: "orthonormalShortform",
    note: "“maybe a 3 bits per second of reward model feedback”; no published figure was found",
  },
  taskBitsPerHour: { kind: "guesstimate", by: discussion, key: "orthonormalShortform", note: "“bits per minute or hour”" },
  wakingHoursPerDay: { kind: "guesstimate", by: "the essay's authors", note: "eight hours of sleep" },
  years: { kind: "guesstimate", by: "the essay's authors", note: "roughly the age at which a person reaches professional competence" },
  contextTokens: { kind: "guesstimate", by: "the essay's authors", note: "a round number for a long context window" },
  bitsPerContextToken: { kind: "bib", key: "grattafiori2024llama3", locator: "a 128K-token vocabulary; log2 128,000 ≈ 17" },
  parameters: { kind: "bib", key: "grattafiori2024llama3", locator: "Llama 3 70B" },
  bitsPerParameter: { kind: "bib", key: "allenzhu2024physics", locator: "about 2 bits of knowledge per parameter" },
  supervisedBitsPerSample: {
    kind: "guesstimate",
    by: "the essay's authors",
    key: "lecun2016predictive",
    note: "a round number inside the “10 to 10,000 bits per sample” of LeCun's 2016 slide (secondary: slide transcriptions)",
  },
  conceptCount: {
    kind: "guesstimate",
    by: "the essay's authors",
    key: "templeton2024scaling",
    note: "an order of magnitude: the largest sparse-autoencoder dictionary fitted to Claude 3 Sonnet had about 34 million features, a set its authors call incomplete",
  },
  conceptsPerBehaviour: {
    kind: "guesstimate",
    by: "the essay's authors",
    note: "a persona or a skill pictured as a choice of about a thousand existing concepts to strengthen or suppress; nothing measures this yet",
  },
  residualStreamWidth: { kind: "bib", key: "grattafiori2024llama3", locator: "Table 3: Llama 3 70B has a model dimension of 8,192" },
  labSeed: labSetting,
  labSequenceLength: labSetting,
  labVocabulary: labSetting,
  labBranching: labSetting,
  labBudgetPasses: labSetting,
  labPretrainFraction: labSetting,
  labPretrainLearningRate: labSetting,
  labRlLearningRate: labSetting,
  lossFloorNats: {
    kind: "bib",
    key: "besiroglu2024chinchilla",
    locator: "table of estimates, E = 1.8172 (standard error 0.03); Hoffmann et al.'s eq. 10 has 1.69",
    note: "nats per token on MassiveText with a 32,000-token vocabulary; values read from transcriptions of the table that agree (secondary)",
  },
  lossSizeTermNats: {
    kind: "bib",
    key: "besiroglu2024chinchilla",
    locator: "table of estimates, A = 482.01 and α = 0.3478: 482.01 / (10⁹)^0.3478 ≈ 0.357 nats; Hoffmann et al.'s eq. 10 gives 0.354",
    note: "secondary: values read from transcriptions of the table that agree",
  },
  lossSizeExponent: {
    kind: "bib",
    key: "besiroglu2024chinchilla",
    locator: "table of estimates, α = 0.3478 (standard error 0.02); Hoffmann et al.'s eq. 10 has 0.34",
    note: "secondary: values read from transcriptions of the table that agree",
  },
  lossDataTermNats: {
    kind: "bib",
    key: "besiroglu2024chinchilla",
    locator: "table of estimates, B = 2085.43 and β = 0.3658: 2085.43 / (10¹¹)^0.3658 ≈ 0.197 nats; Hoffmann et al.'s eq. 10 gives 0.342",
    note: "secondary: values read from transcriptions of the table that agree",
  },
  lossDataExponent: {
    kind: "bib",
    key: "besiroglu2024chinchilla",
    locator: "table of estimates, β = 0.3658 (standard error 0.02); Hoffmann et al.'s eq. 10 has 0.28",
    note: "secondary: values read from transcriptions of the table that agree",
  },
};
