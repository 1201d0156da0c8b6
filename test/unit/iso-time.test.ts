import { describe, expect, it } from "vitest";
import { isoTime } from "../../src/iso-time";

describe("isoTime", () => {
  it("equals Date#toISOString at the edges of days, months, leap years and centuries", () => {
    const edges = [
      0, 1, 999, 1000, 86_399_999, 86_400_000,
      Date.UTC(2000, 1, 28, 23, 59, 59, 999), Date.UTC(2000, 1, 29), Date.UTC(2000, 2, 1),
      Date.UTC(2100, 1, 28, 23, 59, 59, 999), Date.UTC(2100, 2, 1),
      Date.UTC(2024, 1, 29, 12), Date.UTC(2023, 11, 31, 23, 59, 59, 999), Date.UTC(2024, 0, 1),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999), 1.5, 1_795_841_749_982.7,
    ];
    for (const ms of edges) expect(isoTime(ms), String(ms)).toBe(new Date(ms).toISOString());
  });

  it("equals Date#toISOString for 200,000 random times from 1970 to 9999", () => {
    let seed = 12345;
    const next = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let i = 0; i < 200_000; i++) {
      const ms = Math.floor(next() * 253_402_300_800_000);
      if (isoTime(ms) !== new Date(ms).toISOString()) expect(isoTime(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it("falls back to Date outside its range, throwing as Date does", () => {
    expect(isoTime(-1)).toBe(new Date(-1).toISOString());
    expect(isoTime(253_402_300_800_000)).toBe(new Date(253_402_300_800_000).toISOString());
    expect(() => isoTime(Number.NaN)).toThrow(RangeError);
  });
});
