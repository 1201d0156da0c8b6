// Cutting text between characters (src/clip.ts): never a lone surrogate, never a split flag,
// family emoji or accented letter, never longer than asked, always a prefix of the original.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { clip, prefixAt, quietCodePoint, segmenterLoadedForTests, withoutSegmenterForTests } from "../../src/clip";

const SEED = Number(process.env.SESSION_STATE_FC_SEED ?? 20261128);
const seg = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Every grapheme boundary of `text`, from a segmentation of all of it (the reference). */
const boundaries = (text: string): Set<number> => new Set([...[...seg.segment(text)].map((s) => s.index), text.length]);
const codePointBoundaries = (text: string): Set<number> => {
  const out = new Set([0]);
  let i = 0;
  for (const ch of text) out.add((i += ch.length));
  return out;
};
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Pieces that make hard clusters: surrogate pairs, ZWJ sequences, flags (regional indicators),
// skin tones, combining marks, Indic conjuncts, Hangul jamo, CR LF, prepend marks.
const PIECES = [
  "a", " ", "\n", "\r\n", "\r", "é", "e\u0301", "e\u0301\u0302\u0303", "🙂", "😀", "\u{1F44D}\u{1F3FD}",
  "👨\u200d👩\u200d👧\u200d👦", "\u200d", "\u{1F1E9}", "\u{1F1EA}", "\u{1F1E9}\u{1F1EA}", "\u{1F1FA}\u{1F1F8}", "क्ष", "क", "\u094d", "ष",
  "\u1100", "\u1161", "\u11a8", "한", "\u0600", "\ufe0f", "❤\ufe0f", "漢", "\t", "…",
];
const unicodeText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join("")),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "grapheme-composite", maxLength: 200 }),
  fc.string({ unit: fc.constantFrom("\u{1F1E6}", "\u{1F1E7}", "\u{1F1E8}", "x"), maxLength: 200 }),
);
const wellFormed = (t: string): boolean => !loneSurrogate.test(t);

describe("prefixAt", () => {
  afterEach(() => withoutSegmenterForTests(false));

  it("keeps the longest prefix that ends on a grapheme boundary, at most max long", () => {
    fc.assert(
      fc.property(unicodeText, fc.nat(260), (text, max) => {
        const out = prefixAt(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(out)).toBe(true);
        const all = boundaries(text);
        expect(all.has(out.length)).toBe(true);
        // the longest such prefix: no boundary between its end and max
        for (let i = out.length + 1; i <= Math.min(max, text.length); i++) expect(all.has(i)).toBe(false);
        if (wellFormed(text)) expect(loneSurrogate.test(out)).toBe(false);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it("cuts a long text near its end the same way as a whole segmentation (the window grows when it must)", () => {
    const family = "👨\u200d👩\u200d👧\u200d👦";
    const flags = "\u{1F1E9}\u{1F1EA}".repeat(300);
    const zalgo = `a${"\u0301".repeat(500)}b`;
    // one cluster longer than the window: a window starting inside it sees a false first break
    const chain = `a${"👩\u200d".repeat(40)}👩b`;
    const conjunct = `a${"क\u094d".repeat(60)}कb`;
    for (const text of [chain, `${chain}${chain}`, conjunct, `x${flags}`, `${flags}x`, "x".repeat(1000) + family.repeat(50), zalgo, `${zalgo}${zalgo}`]) {
      const all = boundaries(text);
      for (let max = 0; max <= text.length; max += 7) {
        const out = prefixAt(text, max);
        expect(all.has(out.length)).toBe(true);
        for (let i = out.length + 1; i <= max; i++) expect(all.has(i)).toBe(false);
      }
    }
  });

  it("falls back to code points on a Node without Intl.Segmenter", () => {
    withoutSegmenterForTests(true);
    fc.assert(
      fc.property(unicodeText, fc.nat(260), (text, max) => {
        const out = prefixAt(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(out)).toBe(true);
        expect(codePointBoundaries(text).has(out.length) || !wellFormed(text)).toBe(true);
        if (wellFormed(text)) expect(loneSurrogate.test(out)).toBe(false);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe("the fast path", () => {
  afterEach(() => withoutSegmenterForTests(false));

  it("two code points it calls quiet are always two graphemes (sampled over all of Unicode)", () => {
    const quiet: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if ((cp < 0xd800 || cp > 0xdfff) && quietCodePoint(cp)) quiet.push(cp);
    const pick = fc.integer({ min: 0, max: quiet.length - 1 }).map((i) => String.fromCodePoint(quiet[i] as number));
    fc.assert(
      fc.property(pick, pick, (x, y) => {
        if (x === "\r" && y === "\n") return;
        expect(boundaries(x + y).has(x.length)).toBe(true);
      }),
      { seed: SEED, numRuns: 20000 },
    );
  });

  it("cuts plain text and emoji without loading Intl.Segmenter (its first use costs 10-60 ms)", () => {
    withoutSegmenterForTests(false);
    clip("🎉".repeat(1000), 1500);
    clip(`${"Grüße, naïve café ".repeat(100)}漢字`, 700);
    expect(segmenterLoadedForTests()).toBe(false);
    clip(`${"a".repeat(10)}👨\u200d👩\u200d👧`, 14);
    expect(segmenterLoadedForTests()).toBe(true);
  });
});

describe("clip", () => {
  it("never splits a character, never exceeds max, ends with … only when cut", () => {
    fc.assert(
      fc.property(unicodeText, fc.integer({ min: 1, max: 260 }), (text, max) => {
        const out = clip(text, max);
        expect(out.length).toBeLessThanOrEqual(Math.max(max, 0));
        if (text.length <= max) {
          expect(out).toBe(text);
          return;
        }
        expect(out.endsWith("…")).toBe(true);
        const head = out.slice(0, -1);
        expect(text.startsWith(head)).toBe(true);
        expect(boundaries(text).has(head.length)).toBe(true);
        expect(head).toBe(head.trimEnd());
        if (wellFormed(text)) expect(loneSurrogate.test(out)).toBe(false);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it("a last message of emoji keeps whole emoji (issue 12, item 7)", () => {
    const text = "🎉".repeat(1000);
    const out = clip(text, 1500);
    expect(out).toBe(`${"🎉".repeat(749)}…`);
    expect(JSON.stringify(out)).not.toMatch(/\\ud83c/i);
  });

  it("does not split a flag or a family", () => {
    expect(clip("ab\u{1F1E9}\u{1F1EA}cd", 4)).toBe("ab…");
    expect(clip(`a${"👨\u200d👩\u200d👧"}b`, 8)).toBe("a…");
    expect(clip("ae\u0301z", 3)).toBe("a…");
  });

  it("max below 1 leaves nothing", () => {
    expect(clip("abc", 0)).toBe("");
  });
});
