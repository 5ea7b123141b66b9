// Math.exp and Math.log are "implementation-approximated" in ECMAScript: engines may differ in
// the last bit. The lab promises bit-identical runs in Node and in any browser, so it computes
// them from + - * / alone, which IEEE 754 fixes exactly.

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700;
const LN2 = 0.6931471805599453;

/** 2^k for integers k in [-1074, 1023], built by exact doubling and halving. */
const powersOfTwo = (() => {
  const table = new Float64Array(1074 + 1024);
  let v = 1;
  for (let k = 0; k <= 1023; k++, v *= 2) table[1074 + k] = v;
  v = 1;
  for (let k = 0; k >= -1074; k--, v /= 2) table[1074 + k] = v;
  return table;
})();

/** e^r for |r| <= 0.35 by its Taylor series (14 terms reach below 2^-53). */
function expSmall(r: number): number {
  let p = 1 / 87178291200;
  p = p * r + 1 / 6227020800;
  p = p * r + 1 / 479001600;
  p = p * r + 1 / 39916800;
  p = p * r + 1 / 3628800;
  p = p * r + 1 / 362880;
  p = p * r + 1 / 40320;
  p = p * r + 1 / 5040;
  p = p * r + 1 / 720;
  p = p * r + 1 / 120;
  p = p * r + 1 / 24;
  p = p * r + 1 / 6;
  p = p * r + 0.5;
  p = p * r + 1;
  return p * r + 1;
}

const STEPS = 64;
/** 2^(j/64) for j in [0, 64), from the series above (as 2 · 2^((j - 64)/64) past the middle, to keep |r| small). */
const fractionalPowers = (() => {
  const table = new Float64Array(STEPS);
  for (let j = 0; j < STEPS; j++) {
    const i = j < STEPS / 2 ? j : j - STEPS;
    table[j] = (j < STEPS / 2 ? 1 : 2) * expSmall((i * LN2_HI + i * LN2_LO) / STEPS);
  }
  return table;
})();

/**
 * e^x to within a few ulps, deterministic across engines: x = (64k + j) ln2/64 + r with
 * |r| <= ln2/128, so e^x = 2^k · 2^(j/64) · e^r and a short series suffices for e^r.
 */
export function expDet(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.78) return Infinity;
  if (x < -745.2) return 0;
  // |n| < 2^17 here, so integer operations on it are exact: j = n mod 64, k = floor(n / 64).
  const n = Math.round(x * (STEPS * INV_LN2)) | 0;
  const r = x - n * (LN2_HI / STEPS) - n * (LN2_LO / STEPS);
  const j = n & (STEPS - 1);
  const k = n >> 6;
  // |r| <= ln2/128, so the first term left out, r^6/720, is below 4e-17: under half an ulp.
  let p = 1 / 120;
  p = p * r + 1 / 24;
  p = p * r + 1 / 6;
  p = p * r + 0.5;
  p = p * r + 1;
  p = (p * r + 1) * fractionalPowers[j]!;
  // Scale in two steps so that 2^k near -1074 does not lose the mantissa to a subnormal factor.
  if (k < -1000) return p * powersOfTwo[1074 - 1000]! * powersOfTwo[1074 + k + 1000]!;
  return p * powersOfTwo[1074 + k]!;
}

/**
 * dst[i] = e^(src[i] - shift) for i in [offset, offset + count), returning their sum: expDet
 * over a whole row in one call, since a number returned from a call that is not inlined costs
 * an allocation, and a softmax row is the lab's innermost loop. Needs src[i] - shift <= 0.
 */
export function expShiftedInto(src: Float64Array, dst: Float64Array, offset: number, count: number, shift: number): number {
  let total = 0;
  for (let i = offset; i < offset + count; i++) {
    const x = src[i]! - shift;
    let e = 0;
    if (x >= -745.2) {
      // |n| < 2^17 here, so integer operations on it are exact: j = n mod 64, k = floor(n / 64).
      const n = Math.round(x * (STEPS * INV_LN2)) | 0;
      const r = x - n * (LN2_HI / STEPS) - n * (LN2_LO / STEPS);
      const j = n & (STEPS - 1);
      const k = n >> 6;
      let p = 1 / 120;
      p = p * r + 1 / 24;
      p = p * r + 1 / 6;
      p = p * r + 0.5;
      p = p * r + 1;
      p = (p * r + 1) * fractionalPowers[j]!;
      e = k < -1000 ? p * powersOfTwo[1074 - 1000]! * powersOfTwo[1074 + k + 1000]! : p * powersOfTwo[1074 + k]!;
    }
    dst[i] = e;
    total += e;
  }
  return total;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** log2(x) for positive finite x, to within a few ulps, deterministic across engines. */
export function log2Det(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let y = x;
  let e = 0;
  if (y < 2.2250738585072014e-308) {
    y *= 4194304 * 4294967296; // 2^54 lifts a subnormal into the normal range
    e = -54;
  }
  // Read the binary exponent and set it to zero: y = m * 2^e exactly, m in [1, 2).
  bits[0] = y;
  const high = words[HIGH]!;
  e += ((high >>> 20) & 0x7ff) - 1023;
  words[HIGH] = (high & 0x800fffff) | 0x3ff00000;
  let m = bits[0]!;
  if (m >= 1.4142135623730951) {
    m /= 2;
    e += 1;
  }
  // ln m = 2 atanh(s), s = (m - 1) / (m + 1), |s| <= 0.1716.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let q = 1 / 23;
  q = q * s2 + 1 / 21;
  q = q * s2 + 1 / 19;
  q = q * s2 + 1 / 17;
  q = q * s2 + 1 / 15;
  q = q * s2 + 1 / 13;
  q = q * s2 + 1 / 11;
  q = q * s2 + 1 / 9;
  q = q * s2 + 1 / 7;
  q = q * s2 + 1 / 5;
  q = q * s2 + 1 / 3;
  q = q * s2 + 1;
  return e + (2 * s * q) / LN2;
}

/** Binary entropy H(p) = -p log2 p - (1 - p) log2 (1 - p), in bits; 0 at p = 0 and p = 1. */
export function binaryEntropyDet(p: number): number {
  if (!(p > 0) || !(p < 1)) return 0;
  return -p * log2Det(p) - (1 - p) * log2Det(1 - p);
}
