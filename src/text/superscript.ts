const digits: Record<string, string> = {
  "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
};
const back: Record<string, string> = Object.fromEntries(Object.entries(digits).map(([k, v]) => [v, k]));

/** A run of superscript digits (and minus), as a regular-expression class. */
export const superscriptClass = "[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]";

/** "-12" as "⁻¹²"; characters without a superscript form pass through. */
export function toSuperscript(text: string): string {
  return [...text].map((c) => digits[c] ?? c).join("");
}

/** "⁻¹²" as "-12"; the inverse of toSuperscript. */
export function fromSuperscript(text: string): string {
  return [...text].map((c) => back[c] ?? c).join("");
}

/** "10⁵" for 10^5 and "1" for 10^0: powers of ten that stay narrow on a log axis. Rounds to a whole exponent. */
export function powerOfTenText(value: number): string {
  const exponent = Math.round(Math.log10(value));
  return exponent === 0 ? "1" : `10${toSuperscript(String(exponent))}`;
}
