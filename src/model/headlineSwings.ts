import { type InputId, inputSpec, type OutputId, outputSpec, type Values } from "./registry";
import { type Swing, sensitivitySwings } from "./sensitivitySwings";

/** The essay's headline conclusions: RL's share of reward events, of feedback bits (per pass and per run), and of compute. */
export const headlineOutputs = ["rlEventShare", "rlComputeBitsShare", "rlFeedbackBitsShare", "posttrainComputeShare"] as const satisfies readonly OutputId[];

/** Shares this small count as zero on a logarithmic ruler. */
const floor = 1e-15;

/**
 * For each headline share, how many factors of ten it moves as each input it reads sweeps its
 * registry interval (log-normal inputs in log space), the others at `values`; largest first.
 */
export function headlineSwings(values: Readonly<Values>): { output: (typeof headlineOutputs)[number]; swings: Swing<InputId>[] }[] {
  return headlineOutputs.map((output) => {
    const spec = outputSpec(output);
    const intervals = spec.deps.flatMap((id) => {
      const u = inputSpec(id).uncertainty;
      return u.kind === "interval" ? [{ id, low: u.low, high: u.high, log: u.family === "lognormal" }] : [];
    });
    return { output, swings: sensitivitySwings(spec.compute, values, intervals, (y) => Math.log10(Math.max(y, floor))) };
  });
}
