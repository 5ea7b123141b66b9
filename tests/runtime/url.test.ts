import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputs, inputSpec, type InputId, type Values } from "../../src/model/registry";
import { writeQuery } from "../../src/essay/query";
import { parseQuery } from "../../src/runtime/url";
import { seeded, valueIn } from "../support/arbitraries";
import { hostileQuery, injections } from "../support/hostileQueries";

// Notices never repeat the link's raw value: a crafted link must not put its own words on the page.
const echoes = (notice: string, raw: string) => raw.trim().length > 1 && notice.includes(raw);

// encodeURIComponent throws on lone surrogates; such text is then sent raw, which parseQuery must survive too.
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
};

function expectValidState(search: string) {
  const { values, notices } = parseQuery(search);
  for (const [key, value] of Object.entries(values)) {
    const q = inputSpec(key as InputId);
    expect(q).toBeDefined();
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(q.min);
    expect(value).toBeLessThanOrEqual(q.max);
  }
  for (const n of notices) {
    expect(typeof n).toBe("string");
    expect(n.length).toBeLessThan(400);
  }
  expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
}

describe("parseQuery", () => {
  it("parseQuery(\"?passesPerReward=250&rlComputeShare=0.9\") gives those values and no notices", () => {
    expect(parseQuery("?passesPerReward=250&rlComputeShare=0.9")).toEqual({
      values: { passesPerReward: 250, rlComputeShare: 0.9 },
      ranges: {},
      notices: [],
    });
  });

  it("parseQuery(search) accepts a query without the leading ?", () => {
    expect(parseQuery("passesPerReward=250").values).toEqual({ passesPerReward: 250 });
  });

  it("parseQuery(\"\") is empty", () => {
    expect(parseQuery("")).toEqual({ values: {}, ranges: {}, notices: [] });
    expect(parseQuery("?")).toEqual({ values: {}, ranges: {}, notices: [] });
  });

  it("parseQuery(search) ignores unknown keys silently", () => {
    expect(parseQuery("?utm_source=x&passesperreward=5&foo&passesPerReward=250")).toEqual({
      values: { passesPerReward: 250 },
      ranges: {},
      notices: [],
    });
  });

  it.each(["abc", "NaN", "Infinity", "-Infinity", "", "0x10", "1e", "2,500", "16M", "<script>alert(1)</script>"])(
    "parseQuery(\"passesPerReward=%s\") rejects the value with one notice",
    (raw) => {
      const { values, notices } = parseQuery(`?passesPerReward=${encodeURIComponent(raw)}&rlComputeShare=0.9`);
      expect(values).toEqual({ rlComputeShare: 0.9 });
      expect(notices).toHaveLength(1);
      expect(echoes(notices[0]!, raw)).toBe(false);
      expect(notices[0]).toContain("not a number");
      expect(notices[0]).toContain("1,000");
    },
  );

  it.each([
    ["passesPerReward", "0", 1],
    ["passesPerReward", "1e999", 1e8],
    ["passesPerReward", "-5", 1],
    ["passesPerReward", "1e9", 1e8],
    ["rlComputeShare", "2", 1],
    ["rlComputeShare", "-0.5", 0],
    ["wakingHoursPerDay", "25", 24],
  ] as const)("parseQuery(\"%s=%s\") clamps to %s with a notice", (key, raw, clamped) => {
    const { values, notices } = parseQuery(`?${key}=${raw}`);
    expect(values).toEqual({ [key]: clamped });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("out of range");
    expect(notices[0]).toContain(clamped === 1e8 ? "10⁸" : String(clamped));
  });

  it("parseQuery(search) keeps the first of repeated keys and adds a notice", () => {
    const { values, notices } = parseQuery("?passesPerReward=250&passesPerReward=10&passesPerReward=abc");
    expect(values).toEqual({ passesPerReward: 250 });
    expect(notices).toHaveLength(2);
  });

  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "prototype", "valueOf"])(
    "parseQuery(\"%s=…\") is ignored and pollutes nothing",
    (key) => {
      const { values, notices } = parseQuery(`?${key}=5&${key}[polluted]=1&passesPerReward=250`);
      expect(values).toEqual({ passesPerReward: 250 });
      expect(Object.keys(values)).toEqual(["passesPerReward"]);
      expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
      expect(notices).toEqual([]);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      expect(typeof ({} as { toString: unknown }).toString).toBe("function");
    },
  );

  it.each(["<img src=x onerror=alert(1)><script>alert(2)</script>", "Call 555-0100 to claim your prize", "a\nb\u0000c"])(
    "parseQuery(search) never repeats the raw value %j in its notice",
    (raw) => {
      const { notices } = parseQuery(`?rlComputeShare=${encodeURIComponent(raw)}`);
      expect(notices).toHaveLength(1);
      expect(notices[0]).not.toContain("<");
      expect(notices[0]).not.toContain("555");
      expect(notices[0]).not.toMatch(/[\u0000-\u001f]/);
      expect(notices[0]).toMatch(/^The link's value for “RL's share of training compute” is not a number we can read; using the default, 50%\.$/);
    },
  );

  it("parseQuery(search) reads only the beginning of a query longer than 8192 characters, with a notice", () => {
    const long = `?passesPerReward=250&junk=${"x".repeat(9000)}&rlComputeShare=0.9`;
    const { values, notices } = parseQuery(long);
    expect(values).toEqual({ passesPerReward: 250 });
    expect(notices).toHaveLength(1);
  });

  it("parseQuery(search) at exactly 8192 characters reads everything without a notice", () => {
    const head = "?passesPerReward=250&junk=";
    const { notices } = parseQuery(head + "x".repeat(8192 - head.length));
    expect(notices).toEqual([]);
  });

  it("parseQuery(search) never throws, and returns only finite in-range values (arbitrary strings)", () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "binary-ascii", maxLength: 9000 }));
    fc.assert(
      fc.property(text, (s) => expectValidState(s)),
      seeded,
    );
  });

  it("parseQuery(search) never throws, and returns only finite in-range values (generated k=v&... with payloads)", () => {
    const key = fc.oneof(
      fc.constantFrom(...inputs.map((q) => q.id), "__proto__", "constructor", "toString", "", "%00", "passesPerReward%00"),
      fc.string(),
    );
    const payload = fc.oneof(
      fc.constantFrom("<script>alert(1)</script>", "\"><svg onload=alert(1)>", "javascript:alert(1)", "%E0%A4%A", "%", "%%", "1e999",
        "-1e999", "1e-999", "NaN", "Infinity", "0x1F", "1_000", "٣", "１", "+", "1+1", "1%2B1", "\u0000", "\ud800", "-0", "00001", " 5 "),
      fc.double().map(String),
      fc.string({ unit: "binary" }),
    );
    const query = fc
      .array(fc.tuple(key, payload), { maxLength: 12 })
      .chain((pairs) =>
        fc.constantFrom(
          pairs.map(([k, v]) => `${k}=${v}`).join("&"),
          pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&"),
        ),
      )
      .map((q) => `?${q}`);
    fc.assert(
      fc.property(query, (s) => expectValidState(s)),
      seeded,
    );
  });
});

describe("parseQuery with hostile queries (3,000 generated each: injections, NaN, Infinity, huge exponents, repeated and empty keys, long values)", () => {
  const many = { seed: 9, numRuns: 3000 } as const;
  const slow = 60_000;

  it("parseQuery(search) never throws and returns only known ids with finite in-range values", () => {
    fc.assert(fc.property(hostileQuery, (q) => expectValidState(q)), many);
  }, slow);

  it("parseQuery(search) says so whenever it does not use exactly what the link gave for an input", () => {
    fc.assert(
      fc.property(hostileQuery, (q) => {
        const { values, notices } = parseQuery(q);
        if (q.length > 8192) {
          expect(notices.length).toBeGreaterThan(0);
          return;
        }
        const params = new URLSearchParams(q);
        for (const key of new Set(params.keys())) {
          if (!inputs.some((i) => i.id === key)) continue;
          const given = params.getAll(key);
          const usedAsGiven = given.length === 1 && values[key as InputId] === Number(given[0]!.trim()) && given[0]!.trim() !== "";
          if (!usedAsGiven) expect(notices.length, `${key}=${given.join("|").slice(0, 40)}`).toBeGreaterThan(0);
        }
      }),
      many,
    );
  }, slow);

  it("parseQuery(search) never puts markup, script or the link's own words into a notice", () => {
    fc.assert(
      fc.property(hostileQuery, (q) => {
        const { notices } = parseQuery(q);
        for (const n of notices) {
          expect(n).not.toMatch(/[<>]|pwned|javascript:|\$\{|\{\{/);
          for (const raw of new URLSearchParams(q.slice(0, 8192)).values()) if (/[a-z<]/i.test(raw) && raw.length > 3) expect(echoes(n, raw), raw).toBe(false);
        }
      }),
      many,
    );
  }, slow);

  it("the generator really produces the listed kinds of hostile query", () => {
    const sample = fc.sample(hostileQuery, { seed: 9, numRuns: 2000 });
    const has = (re: RegExp) => sample.some((q) => re.test(decodeURIComponent(q.replace(/%(?![0-9A-F]{2})/gi, "%25"))));
    expect(has(/NaN/)).toBe(true);
    expect(has(/Infinity/)).toBe(true);
    expect(has(/e-?[1-9]\d{2,}/)).toBe(true);
    expect(has(new RegExp(injections[1]!.slice(0, 8)))).toBe(true);
    expect(sample.some((q) => q.length > 8192)).toBe(true);
    expect(sample.some((q) => /[?&]=/.test(q))).toBe(true);
    expect(sample.some((q) => {
      const keys = [...new URLSearchParams(q).keys()];
      return keys.length !== new Set(keys).size;
    })).toBe(true);
  });
});

describe("writeQuery", () => {
  it("writeQuery(defaultValues) is empty", () => {
    expect(writeQuery(Object.fromEntries(inputs.map((q) => [q.id, q.default])))).toBe("");
    expect(writeQuery({})).toBe("");
  });

  it("writeQuery(values) omits defaults and writes the rest", () => {
    expect(writeQuery({ passesPerReward: 250, rlComputeShare: 0.5, passRate: 0.25 })).toBe("?passesPerReward=250&passRate=0.25");
  });

  it("writeQuery(values) keeps registry order, whatever the object's order", () => {
    expect(writeQuery({ rlComputeShare: 0.9, passesPerReward: 250 })).toBe("?passesPerReward=250&rlComputeShare=0.9");
    const all = writeQuery({ parameters: 1e12, years: 30, passesPerReward: 10 });
    const keys = [...new URLSearchParams(all)].map(([k]) => k);
    const order = inputs.map((q) => q.id as string);
    expect(keys).toEqual([...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it("writeQuery(values) skips non-finite values", () => {
    expect(writeQuery({ passesPerReward: NaN, rlComputeShare: Infinity })).toBe("");
  });

  it("parseQuery(writeQuery(values)) round-trips every non-default value exactly", () => {
    const values = fc.record(
      Object.fromEntries(inputs.map((q) => [q.id, valueIn(q)])) as { [K in keyof Values]: fc.Arbitrary<number> },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(values, (v) => {
        const expected = Object.fromEntries(Object.entries(v).filter(([k, x]) => x !== inputSpec(k as InputId).default));
        const { values: back, notices } = parseQuery(writeQuery(v));
        expect(notices).toEqual([]);
        expect(back).toEqual(expected);
      }),
      seeded,
    );
  });
});

describe("parseQuery and editions", () => {
  it('parseQuery("?ed=1&passesPerReward=250") accepts the current edition silently', () => {
    expect(parseQuery("?ed=1&passesPerReward=250")).toEqual({ values: { passesPerReward: 250 }, ranges: {}, notices: [] });
  });
  it.each(["0", "99", "abc", "1.5", "-1", ""])('parseQuery("?ed=%s") names an unknown edition with a notice', (ed) => {
    const { values, notices } = parseQuery(`?ed=${ed}&rlComputeShare=0.9`);
    expect(values).toEqual({ rlComputeShare: 0.9 });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("edition");
  });
});

describe("parseQuery with counts (integer inputs)", () => {
  it("parseQuery rounds a count to a whole number, with a notice that does not repeat the link", () => {
    const { values, notices } = parseQuery("?labSeed=7.5&labSequenceLength=3");
    expect(values).toEqual({ labSeed: 8, labSequenceLength: 3 });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("whole numbers");
    expect(notices[0]).not.toContain("7.5");
  });

  it("parseQuery clamps an out-of-range count to its bound with one notice", () => {
    const { values, notices } = parseQuery("?labSequenceLength=1e9&labVocabulary=-3");
    expect(values).toEqual({ labSequenceLength: inputSpec("labSequenceLength").max, labVocabulary: inputSpec("labVocabulary").min });
    expect(notices).toHaveLength(2);
  });

  it("parseQuery(search) only ever returns whole numbers for counts", () => {
    const counts = inputs.filter((q) => inputSpec(q.id).integer);
    expect(counts.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...counts.map((q) => q.id)), fc.double({ noNaN: true }), (id, v) => {
        const value = parseQuery(`?${id}=${v}`).values[id];
        if (value !== undefined) expect(Number.isInteger(value)).toBe(true);
      }),
      seeded,
    );
  });
});

describe("ranges in the query (id.lo and id.hi)", () => {
  it('parseQuery("?passRate.lo=0.2&passRate.hi=0.8") gives the reader\'s range and no notice', () => {
    expect(parseQuery("?passRate.lo=0.2&passRate.hi=0.8")).toEqual({ values: {}, ranges: { passRate: { low: 0.2, high: 0.8 } }, notices: [] });
  });

  it("writeQuery(values, ranges) writes ranges after values, and parseQuery reads them back", () => {
    const query = writeQuery({ passesPerReward: 250 }, { passRate: { low: 0.2, high: 0.8 }, bitsPerToken: { low: 1, high: 5 } });
    expect(query).toBe("?passesPerReward=250&bitsPerToken.lo=1&bitsPerToken.hi=5&passRate.lo=0.2&passRate.hi=0.8");
    expect(parseQuery(query).ranges).toEqual({ passRate: { low: 0.2, high: 0.8 }, bitsPerToken: { low: 1, high: 5 } });
  });

  it.each([
    ["?passRate.lo=0.2", "only one end"],
    ["?passRate.lo=abc&passRate.hi=0.8", "not made of numbers"],
    ["?passRate.lo=0.8&passRate.hi=0.2", "low end below its high end"],
    ["?passRate.lo=0.5&passRate.hi=0.5", "low end below its high end"],
    ["?labSeed.lo=1&labSeed.hi=9", "fixed setting"],
    ["?rlComputeShare.lo=0&rlComputeShare.hi=0.5", "must start above zero"],
  ])("parseQuery(%s) drops the range with a notice (%s)", (search, words) => {
    const { ranges, notices } = parseQuery(search);
    expect(ranges).toEqual({});
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(words);
  });

  it("parseQuery clamps a range reaching outside the input's bounds, with a notice", () => {
    const { ranges, notices } = parseQuery("?passRate.lo=-3&passRate.hi=7");
    expect(ranges).toEqual({ passRate: { low: 0, high: 1 } });
    expect(notices[0]).toContain("cut to fit");
  });

  it("parseQuery ignores range keys of unknown inputs and never echoes a range's raw text", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const { ranges, notices } = parseQuery(`?nothing.lo=1&nothing.hi=2&passRate.lo=${encode(hostile)}&passRate.hi=0.9`);
    expect(ranges).toEqual({});
    for (const n of notices) expect(echoes(n, hostile)).toBe(false);
  });

  it("any query with range keys parses to ranges with finite low < high inside the input's bounds (property)", () => {
    const ids = inputs.map((q) => q.id);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.string(), fc.string(), fc.double(), fc.double(), fc.boolean(), (id, a, b, x, y, numeric) => {
        const [lo, hi] = numeric ? [String(x), String(y)] : [a, b];
        const { ranges } = parseQuery(`?${id}.lo=${encode(lo)}&${id}.hi=${encode(hi)}`);
        for (const [key, r] of Object.entries(ranges)) {
          const q = inputSpec(key as InputId);
          expect(q.uncertainty.kind).toBe("interval");
          expect(r!.low).toBeLessThan(r!.high);
          expect(r!.low).toBeGreaterThanOrEqual(q.min);
          expect(r!.high).toBeLessThanOrEqual(q.max);
        }
      }),
      seeded,
    );
  });
});
