import { describe, expect, it } from "vitest";
import { pfDaysFromFlop } from "../../src/model/index";

// One petaflop/s-day: 1e15 FLOP/s x 86,400 s = 8.64e19 FLOP.
describe("pfDaysFromFlop", () => {
  it("pfDaysFromFlop(8.64e19) is 1", () => {
    expect(pfDaysFromFlop(8.64e19)).toBe(1);
  });

  it("pfDaysFromFlop(1e26) is 1e26 / 8.64e19, about 1,157,407 petaflop/s-days", () => {
    expect(pfDaysFromFlop(1e26)).toBeCloseTo(1_157_407.407, 2);
  });

  it("pfDaysFromFlop(6e23) is about 6,944 petaflop/s-days", () => {
    expect(pfDaysFromFlop(6e23)).toBeCloseTo(6_944.444, 2);
  });

  it("pfDaysFromFlop(3640 * 8.64e19) round-trips GPT-3's 3,640 petaflop/s-days", () => {
    expect(pfDaysFromFlop(3640 * 8.64e19)).toBeCloseTo(3640, 9);
  });

  it.each([NaN, -1])("pfDaysFromFlop(%s) is NaN", (x) => {
    expect(pfDaysFromFlop(x)).toBeNaN();
  });
});
