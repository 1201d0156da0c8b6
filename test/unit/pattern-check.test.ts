// User `redact` patterns are checked before use (src/state/pattern-check.ts) and see bounded text
// (src/state/redact.ts); the built-in rules always run.
import { describe, expect, it } from "vitest";
import { checkPatterns, patternProblem } from "../../src/state/pattern-check";
import { makeRedactor, PIECE_CHARS } from "../../src/state/redact";

// Nested quantifiers and overlapping alternatives: each backtracks exponentially on a near miss.
const CATASTROPHIC = ["(a+)+$", "(a|a)*$", "^(a|aa)+$", "(\\w+\\s?)*$", "(x+x+)+y", "(a*)*b", "^(\\d+)+$", "(\\d|\\d\\d)+x", "([a-z]+)*@"];
// Shapes people put there: prefixes, fixed lengths, hosts.
const ORDINARY = ["ACME-[0-9]{8}", "internal\\.example\\.com/[a-z]+", "\\bcorp_[A-Za-z0-9]{20,}\\b", "secret-\\w+", "(?:foo|bar)-\\d+", "tok_[a-f0-9]{32}"];

describe("patternProblem", () => {
  it.each(CATASTROPHIC)("drops %s", (p) => {
    expect(patternProblem(p)).toMatch(/backtrack catastrophically/);
  });
  it.each(ORDINARY)("keeps %s", (p) => {
    expect(patternProblem(p)).toBeNull();
  });
  it("drops invalid, empty-matching and overlong patterns", () => {
    expect(patternProblem("(unclosed")).toMatch(/not a valid regular expression/);
    expect(patternProblem("(?:)")).toBe("matches the empty string");
    expect(patternProblem("x*")).toBe("matches the empty string");
    expect(patternProblem(`a${"b".repeat(600)}`)).toMatch(/longer than 500/);
  });
  it("splits a list into the safe ones and the dropped ones with their reasons", () => {
    const r = checkPatterns(["ACME-[0-9]{8}", "(a+)+$"]);
    expect(r.safe).toEqual(["ACME-[0-9]{8}"]);
    expect(r.dropped).toEqual([{ pattern: "(a+)+$", why: expect.stringContaining("redos-detector") }]);
  });
});

describe("makeRedactor with user patterns", () => {
  it("never runs a dropped pattern: the text that would hang it goes through at once", () => {
    expect(patternProblem("(a+)+$")).not.toBeNull(); // the check itself, outside the timing
    const redact = makeRedactor(["(a+)+$", "ACME-[0-9]{4}"]);
    // 2^26 backtracking steps for the pattern if it ran: seconds.
    const text = `${"a".repeat(26)}! ACME-1234`;
    const t0 = performance.now();
    expect(redact(text)).toBe(`${"a".repeat(26)}! [REDACTED:custom]`);
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it("applies a user pattern per line and per bounded piece of a long line", () => {
    const redact = makeRedactor(["ACME-[0-9]{4}"]);
    const long = `${"x".repeat(PIECE_CHARS * 3 + 10)} ACME-1234 ${"y".repeat(PIECE_CHARS * 2)}`;
    const out = redact(`first ACME-0001\n${long}\nlast`);
    expect(out.split("\n")).toHaveLength(3);
    expect(out).not.toMatch(/ACME-\d/);
    expect(out.length).toBe(`first ACME-0001\n${long}\nlast`.length + 2 * ("[REDACTED:custom]".length - "ACME-1234".length));
  });

  it("keeps every built-in rule, whatever the user patterns are, and lets none undo a mark", () => {
    const key = "sk-ant-api03-AAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    for (const extra of [[], ["ACME-[0-9]{4}"], ["(a+)+$"], ["\\[REDACTED:anthropic\\]"], ["(?:)"]]) {
      const out = makeRedactor(extra)(`deploy with ${key} please`);
      expect(out, JSON.stringify(extra)).not.toContain(key);
      expect(out).toMatch(/\[REDACTED:(anthropic|custom)\]/);
    }
  });
});
