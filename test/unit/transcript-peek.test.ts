// The session peek's helpers that `sessions`, `export` and `recover` share (src/cli/transcript-peek.ts).
import { describe, expect, it } from "vitest";
import { lastActivity, type TranscriptPeek } from "../../src/cli/transcript-peek";

const peek = (extra: Partial<TranscriptPeek>): TranscriptPeek => ({ id: "s", file: "/x/s.jsonl", bytes: 1, mtimeMs: 1_000, ...extra });

describe("lastActivity", () => {
  it("is the last record's time when the transcript has one", () => {
    expect(lastActivity(peek({ lastAt: "2020-01-02T03:04:05.000Z" }))).toBe(Date.parse("2020-01-02T03:04:05.000Z"));
  });

  it("falls back to the file's modification time without a time or with one that does not parse", () => {
    expect(lastActivity(peek({}))).toBe(1_000);
    expect(lastActivity(peek({ lastAt: "not a time" }))).toBe(1_000);
  });
});
