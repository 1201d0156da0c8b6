import { describe, expect, it } from "vitest";
import { compactSubagents, LIMITS } from "../../src/state/facts";
import { emptyState } from "../../src/state/schema";

describe("compactSubagents", () => {
  it("keeps the newest reports whole and shortens the older ones, idempotently", () => {
    const s = emptyState("s", "/p", "2026-11-28T00:00:00.000Z");
    s.subagents = Array.from({ length: 25 }, (_, i) => ({ id: `a${i}`, status: "completed" as const, excerpt: `${i} `.padEnd(2000, "x"), at: "t" }));
    s.subagents.push({ id: "short", status: "completed", excerpt: "tiny", at: "t" }, { id: "none", status: "running", at: "t" });
    compactSubagents(s);
    const lengths = s.subagents.map((a) => a.excerpt?.length ?? 0);
    const cut = s.subagents.length - LIMITS.fullExcerpts;
    expect(lengths.slice(0, cut).every((n) => n <= LIMITS.oldExcerptChars)).toBe(true);
    expect(lengths.slice(cut)).toEqual([2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 4, 0]);
    expect(s.subagents[0]?.excerpt?.startsWith("0 ")).toBe(true);
    const once = JSON.stringify(s);
    compactSubagents(s);
    expect(JSON.stringify(s)).toBe(once);
  });
});
