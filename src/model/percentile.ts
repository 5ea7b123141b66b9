/**
 * The p-quantile of numbers (NaN-free, in any order), interpolating between order statistics
 * (type 7, the default of R and NumPy); NaN for none. Selects in place instead of sorting, so the
 * array's order changes. Equal neighbours (two Infinities) give themselves.
 */
export function percentile(values: Float64Array, p: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const lo = select(values, i);
  if (i + 1 >= n) return lo;
  // After selecting the i-th smallest, everything to its right is at least as large: the next order statistic is their minimum.
  let hi = Infinity;
  for (let k = i + 1; k < n; k++) if (values[k]! < hi) hi = values[k]!;
  return lo === hi ? lo : lo + (h - i) * (hi - lo);
}

/** Hoare's quickselect with a median-of-three pivot: leaves the k-th smallest at index k. */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const mid = (left + right) >>> 1;
    const pivot = median3(a[left]!, a[mid]!, a[right]!);
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k]!;
}

function median3(x: number, y: number, z: number): number {
  return x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
}
