import { describe, expect, it } from "vitest";
import { compactSubagents, LIMITS, upsertSubagent } from "../../src/state/facts";
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

  it("counts an agent that reports late as news: its report stays whole and it is dropped last", () => {
    const s = emptyState("s", "/p", "2026-11-28T00:00:00.000Z");
    upsertSubagent(s, "early", { status: "running", description: "a long background survey", at: "t0" });
    for (let i = 0; i < LIMITS.subagents - 1; i++) upsertSubagent(s, `a${i}`, { status: "completed", excerpt: "done ".padEnd(2000, "x"), at: `t${i + 1}` });
    upsertSubagent(s, "early", { status: "completed", excerpt: "survey ".padEnd(2000, "y"), at: "t99" });
    upsertSubagent(s, "late", { status: "running", at: "t100" });
    compactSubagents(s);
    expect(s.subagents.map((a) => a.id).slice(-2)).toEqual(["early", "late"]);
    expect(s.subagents.find((a) => a.id === "early")?.excerpt).toHaveLength(2000);
    // A repeated sighting that brings nothing new moves nothing.
    upsertSubagent(s, "a5", { status: "completed", excerpt: "done ".padEnd(2000, "x"), at: "t101" });
    expect(s.subagents.at(-1)?.id).toBe("late");
  });
});
