import { clampToInput, type Values } from "../model/registry";

/** The experiment's settings, read from the registry's lab inputs. */
export interface LabSettings {
  readonly seed: number;
  /** T: symbols per sentence, forward passes per episode. */
  readonly sequenceLength: number;
  /** V */
  readonly vocabulary: number;
  /** b (the world uses at most V) */
  readonly branching: number;
  /** Forward passes each regime may spend. */
  readonly budgetPasses: number;
  /** Share of the budget the third regime spends on pretraining before RL. */
  readonly pretrainFraction: number;
  readonly pretrainLearningRate: number;
  readonly rlLearningRate: number;
}

/** The registry ids of the lab's settings, in the order of LabSettings. Public and permanent. */
export const labInputIds = [
  "labSeed",
  "labSequenceLength",
  "labVocabulary",
  "labBranching",
  "labBudgetPasses",
  "labPretrainFraction",
  "labPretrainLearningRate",
  "labRlLearningRate",
] as const;
export type LabInputId = (typeof labInputIds)[number];

/** Settings from page values, clamped into the registry's ranges and rounded where they count things. */
export function labSettingsFrom(values: Pick<Values, LabInputId>): LabSettings {
  const v = (id: LabInputId) => clampToInput(id, values[id]);
  return {
    seed: Math.round(v("labSeed")),
    sequenceLength: Math.round(v("labSequenceLength")),
    vocabulary: Math.round(v("labVocabulary")),
    branching: Math.round(v("labBranching")),
    budgetPasses: Math.round(v("labBudgetPasses")),
    pretrainFraction: v("labPretrainFraction"),
    pretrainLearningRate: v("labPretrainLearningRate"),
    rlLearningRate: v("labRlLearningRate"),
  };
}

/** A key that is equal for equal settings: which run a set of shown results belongs to. */
export function settingsKey(settings: LabSettings): string {
  return [
    settings.seed,
    settings.sequenceLength,
    settings.vocabulary,
    settings.branching,
    settings.budgetPasses,
    settings.pretrainFraction,
    settings.pretrainLearningRate,
    settings.rlLearningRate,
  ].join(" ");
}

/** The page values that give these settings: the inverse of labSettingsFrom, for putting settings back on the page. */
export function labValuesFrom(settings: LabSettings): Pick<Values, LabInputId> {
  return {
    labSeed: settings.seed,
    labSequenceLength: settings.sequenceLength,
    labVocabulary: settings.vocabulary,
    labBranching: settings.branching,
    labBudgetPasses: settings.budgetPasses,
    labPretrainFraction: settings.pretrainFraction,
    labPretrainLearningRate: settings.pretrainLearningRate,
    labRlLearningRate: settings.rlLearningRate,
  };
}
