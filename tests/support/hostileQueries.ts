import fc from "fast-check";
import { inputs } from "../../src/model/registry";

// What a hostile or careless link can put in a query string, as fast-check arbitraries: shared by
// the URL parser's property tests (thousands of queries) and the browser test (a sample per page).

/** Marks what an injection would create, so a test can look for it: an element [data-pwned], or window.pwned. */
export const injections = [
  "<script>window.pwned=1</script>",
  '<img src=x onerror="window.pwned=1" data-pwned>',
  '"><svg onload="window.pwned=1" data-pwned>',
  "'><iframe srcdoc='<b data-pwned>'></iframe>",
  "javascript:window.pwned=1",
  "<b data-pwned>bold</b>",
  "{{constructor.constructor('window.pwned=1')()}}",
  "${window.pwned=1}",
  "</title><p data-pwned>",
  "&lt;i data-pwned&gt;",
];

const specials = ["NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "1e999", "-1e999", "1e-999", "9e307", "1e308", "2e308",
  "1e+400", "0x10", "0b11", "0o7", "1_000", "1,000", "٣", "１", "+", "-", ".", "e5", "1e", "0.5e", "-0", "00001", " 5 ", "\u0000", "%", "%%",
  "%E0%A4%A", "%00", "null", "undefined", "true", "[]", "{}", "1/0", "1e-7", "0.9", "250"];

const knownKey = fc.constantFrom(...inputs.map((q) => q.id));
const oddKey = fc.constantFrom("__proto__", "constructor", "toString", "prototype", "", "ed", "%00", "passesPerReward%00", "passesPerReward[]", "PASSESPERREWARD");

/** A key: mostly the essay's own input ids, sometimes prototype names, empty keys or random text. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: knownKey, weight: 6 },
  { arbitrary: oddKey, weight: 2 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);

/** A value: numbers of every kind, NaN and Infinity, huge exponents, injections, random text, very long values. */
export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...specials), weight: 4 },
  { arbitrary: fc.constantFrom(...injections), weight: 3 },
  { arbitrary: fc.double().map(String), weight: 3 },
  { arbitrary: fc.integer({ min: -400, max: 400 }).map((e) => `1e${e}`), weight: 2 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 20 }), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom("9", "a", "<b>", "1e"), fc.integer({ min: 500, max: 12_000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length))), weight: 1 },
);

// encodeURIComponent throws on lone surrogates; such text is then sent raw, which parsers must survive too.
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * A whole query string ("?k=v&..."): 0 to 8 pairs, keys often repeated (a pair's key reused),
 * sometimes without "=", written raw or percent-encoded.
 */
export const hostileQuery: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(hostileKey, hostileValue, fc.constantFrom("=", "=", "=", "")), { maxLength: 8 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([pairs, encoded, repeat]) => {
    const all = repeat && pairs.length > 0 ? [...pairs, [pairs[0]![0], pairs.at(-1)![1], "="] as const] : pairs;
    const text = (s: string) => (encoded ? encode(s) : s.replaceAll("&", "%26").replaceAll("#", "%23"));
    return `?${all.map(([k, v, eq]) => (eq ? `${text(k)}=${text(v)}` : text(k))).join("&")}`;
  });
