import { binaryEntropyBits } from "./binaryEntropyBits";

/** Most information all RL rewards carry together: episodes * H(p). */
export function rlTotalBits(rlEpisodes: number, passRate: number): number {
  if (!(rlEpisodes >= 0)) return NaN;
  return rlEpisodes * binaryEntropyBits(passRate);
}
