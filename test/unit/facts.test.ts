import { describe, expect, it } from "vitest";
import { compactSubagents, hasOwnWork, LIMITS, recordFile, upsertSubagent, upsertTask } from "../../src/state/facts";
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

describe("hasOwnWork", () => {
  const carriedOnly = () => {
    const s = emptyState("s2", "/p", "2026-11-28T00:00:00.000Z");
    s.carriedFrom = { sessionId: "s1", savedAt: "2026-11-28T00:00:00.000Z" };
    s.prompts = [{ text: "Migrate the billing tables", at: "t", carried: true }];
    s.todos = { items: [{ content: "Write the migration", status: "in_progress" }], at: "t", carried: true };
    s.tasks = [{ id: "1", subject: "Copy invoices", status: "pending" }];
    s.tasksCarried = true;
    s.plan = { path: "/p/PLAN.md", source: "file", at: "t", carried: true };
    s.subagents = [{ id: "a1", status: "completed", excerpt: "found it", at: "t", carried: true }];
    s.files = [{ path: "db/migrate.sql", tool: "Write", count: 1, at: "t", carried: true }];
    return s;
  };

  it("is false for a session holding only what it carried over, or nothing", () => {
    expect(hasOwnWork(emptyState("s", "/p", "t"))).toBe(false);
    expect(hasOwnWork(carriedOnly())).toBe(false);
  });

  it("is true once the session asks, plans, edits, delegates, updates a task or answers", () => {
    const changes: Array<(s: ReturnType<typeof carriedOnly>) => void> = [
      (s) => s.prompts.push({ text: "Where were we?", at: "t" }),
      (s) => (s.todos = { items: [], at: "t" }),
      (s) => upsertTask(s, "1", { status: "in_progress" }),
      (s) => (s.plan = { path: "/p/PLAN.md", source: "file", at: "t" }),
      (s) => upsertSubagent(s, "a2", { status: "running", at: "t" }),
      (s) => recordFile(s, "db/migrate.sql", "Edit", "t"),
      (s) => (s.lastMessage = { text: "Done.", at: "t" }),
    ];
    for (const change of changes) {
      const s = carriedOnly();
      change(s);
      expect(hasOwnWork(s), change.toString()).toBe(true);
    }
  });
});
