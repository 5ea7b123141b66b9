import { describe, expect, it } from "vitest";
import { figures } from "../../src/figures/essay/index";
import { references } from "../../src/figures/essay/contextVsWeights";
import { figureCsv } from "../../src/figures/csv";
import { renderFigureSvg } from "../../src/build/figureSvg";
import { defaultValues, type Values } from "../../src/model/registry";

const withValues = (patch: Partial<Values>): Values => ({ ...defaultValues(), ...patch });
const fig = figures.contextVsWeights;

describe("figures.contextVsWeights", () => {
  it.each([
    // 1e6 x 17 = 1.7e7 bits; 7e10 x 2 = 1.4e11 bits; ratio 8,235 -> "8,240"; 1.4e11 / 17 = 8.24e9 tokens.
    [{}, ["10⁶ tokens", "1.7 × 10⁷ bits", "1.4 × 10¹¹ bits", "8,240 times as much", "8.24 × 10⁹ tokens"]],
    // 2e5 x 17 = 3.4e6 bits; 4e11 x 2 = 8e11 bits; ratio 235,294 -> "235,000"; 8e11 / 17 = 4.71e10 tokens.
    [{ contextTokens: 2e5, parameters: 4e11 }, ["200,000 tokens", "3.4 × 10⁶ bits", "8 × 10¹¹ bits", "235,000 times as much", "4.71 × 10¹⁰ tokens"]],
    // At 3 bits per context token: 3e6 bits; 1.4e11 / 3e6 = 46,667 -> "46,700".
    [{ bitsPerContextToken: 3 }, ["3 × 10⁶ bits", "46,700 times as much"]],
  ] as [Partial<Values>, string[]][])("figures.contextVsWeights.describe(%j) mentions the hand-computed numbers", (patch, phrases) => {
    const text = fig.describe(withValues(patch));
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it("figures.contextVsWeights.table(values) holds the reader's rows and the Llama 3 references at the reader's bits", () => {
    const rows = fig.table!(withValues({ bitsPerContextToken: 16, bitsPerParameter: 1 }));
    expect(rows.map((r) => [r["row"], r["setting"], r["capacityBits"]])).toEqual([
      ["Llama 3's context window", "reference", 128_000 * 16],
      ["Your context", "yours", 1.6e7],
      ["Llama 3 8B", "reference", 8e9],
      ["Your weights", "yours", 7e10],
      ["Llama 3 405B", "reference", 4.05e11],
    ]);
    expect(references).toEqual({ contextWindowTokens: 128_000, smallParameters: 8e9, largeParameters: 4.05e11 });
  });

  it("figureCsv(\"contextVsWeights\", values) is full precision with a header row", () => {
    const csv = figureCsv("contextVsWeights", defaultValues());
    const [header, , context, , weights] = csv.trim().split("\n");
    expect(header).toBe("row,setting,holds,count,countUnit,bitsEach,capacityBits");
    expect(context).toBe("Your context,yours,context,1000000,tokens,17,17000000");
    expect(weights).toBe("Your weights,yours,weights,70000000000,parameters,2,140000000000");
  });

  it("the wide drawing labels the reader's rows with their numbers and the ratio; the narrow one keeps it short", () => {
    const wide = renderFigureSvg("contextVsWeights", defaultValues(), "wide");
    const narrow = renderFigureSvg("contextVsWeights", defaultValues(), "narrow");
    expect(wide).toContain("Your context: 10⁶ tokens × 17 bits = 1.7 × 10⁷ bits");
    expect(wide).toContain("Your weights: 7 × 10¹⁰ parameters × 2 bits = 1.4 × 10¹¹ bits, 8,240 times your context");
    expect(narrow).toContain("Your weights: 1.4 × 10¹¹ bits (8,240× context)");
    expect(narrow).not.toContain("parameters ×");
  });
});

describe("figures.contextVsWeights when the context holds more than the weights", () => {
  // 1e9 tokens x 17 bits = 1.7e10 bits; 1e6 parameters x 0.1 bits = 1e5 bits; 1.7e10 / 1e5 = 170,000.
  const values = withValues({ contextTokens: 1e9, parameters: 1e6, bitsPerParameter: 0.1 });
  it("describe(values) says the weights hold only 1/170,000 as much", () => {
    expect(fig.describe(values)).toContain("only 1/170,000 as much");
  });
  it("both drawings state the ratio as a fraction of the context", () => {
    expect(renderFigureSvg("contextVsWeights", values, "wide")).toContain("1/170,000 of your context");
    expect(renderFigureSvg("contextVsWeights", values, "narrow")).toContain("(1/170,000 of context)");
  });
});
