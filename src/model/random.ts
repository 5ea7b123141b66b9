/** A seeded source of uniform numbers in [0, 1); nothing else in the lab draws randomness. */
export type Random = () => number;

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded from (seed, stream) by
 * splitmix32, so every regime draws from its own reproducible stream. Only 32-bit integer
 * operations and one exact division: the same numbers in every JavaScript engine.
 */
export function createRandom(seed: number, stream = 0): Random {
  let state = (Math.trunc(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) | 0;
  const split = () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) | 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A uniform integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}
