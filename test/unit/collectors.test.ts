import { describe, expect, it } from "vitest";
import { parseStatus } from "../../src/collectors/git";
import { summarisePlan } from "../../src/collectors/plan";

describe("git status parsing (porcelain v2)", () => {
  it("reads branch, upstream, ahead/behind and every kind of change", () => {
    const out = [
      "# branch.oid 0123456789abcdef0123456789abcdef01234567",
      "# branch.head feature/x",
      "# branch.upstream origin/feature/x",
      "# branch.ab +2 -1",
      "1 M. N... 100644 100644 100644 aaa bbb src/staged.ts",
      "1 .M N... 100644 100644 100644 aaa bbb src/unstaged.ts",
      "1 MM N... 100644 100644 100644 aaa bbb src/both.ts",
      "2 R. N... 100644 100644 100644 aaa bbb R100 src/new name.ts\tsrc/old.ts",
      "u UU N... 100644 100644 100644 100644 aaa bbb ccc src/conflict.ts",
      "? notes.txt",
      "",
    ].join("\n");
    const g = parseStatus(out);
    expect(g).toMatchObject({ branch: "feature/x", upstream: "origin/feature/x", ahead: 2, behind: 1, headFull: "0123456789abcdef0123456789abcdef01234567" });
    expect(g.staged).toEqual({ count: 3, paths: ["src/staged.ts", "src/both.ts", "src/new name.ts"] });
    expect(g.unstaged).toEqual({ count: 2, paths: ["src/unstaged.ts", "src/both.ts"] });
    expect(g.conflicted).toEqual({ count: 1, paths: ["src/conflict.ts"] });
    expect(g.untracked).toEqual({ count: 1, paths: ["notes.txt"] });
  });

  it("knows a detached HEAD and a repository without commits", () => {
    const fresh = parseStatus("# branch.oid (initial)\n# branch.head main\n");
    expect(fresh.branch).toBe("main");
    expect(fresh.headFull).toBeUndefined();
    const detached = parseStatus("# branch.oid abc\n# branch.head (detached)\n");
    expect(detached.detached).toBe(true);
    expect(detached.branch).toBeUndefined();
  });

  it("leaves the state folder out and turns the hook's own setup into one hint (issue 12)", () => {
    const fresh = parseStatus(["# branch.head main", "? .claude/", "? notes.txt", ""].join("\n"));
    expect(fresh.untracked).toEqual({ count: 1, paths: ["notes.txt"] });
    expect(fresh.setup).toEqual([".claude/"]);
    const out = [
      "# branch.head main",
      "1 .M N... 100644 100644 100644 aaa bbb .claude/settings.json",
      "1 M. N... 100644 100644 100644 aaa bbb .claude/session-state/latest.json",
      "1 .M N... 100644 100644 100644 aaa bbb .claude/settings.json.bak",
      "? .claude/hooks/",
      "? .claude/session-state/",
      "? app/.claude/hooks/session-state.cjs",
      "? .claude/commands/deploy.md",
      "",
    ].join("\n");
    const g = parseStatus(out);
    expect(g.setup).toEqual([".claude/settings.json", ".claude/hooks/", "app/.claude/hooks/session-state.cjs"]);
    expect(g.staged).toEqual({ count: 0, paths: [] });
    expect(g.unstaged).toEqual({ count: 1, paths: [".claude/settings.json.bak"] });
    expect(g.untracked).toEqual({ count: 1, paths: [".claude/commands/deploy.md"] });
    expect(parseStatus("# branch.head main\n? src/x.ts\n").setup).toBeUndefined();
  });

  it("keeps only the first paths but counts them all", () => {
    const many = Array.from({ length: 30 }, (_, i) => `? f${i}.txt`).join("\n");
    expect(parseStatus(many).untracked).toMatchObject({ count: 30 });
    expect(parseStatus(many).untracked?.paths).toHaveLength(8);
  });
});

describe("plan summaries", () => {
  it("takes the title and the open checklist items", () => {
    const s = summarisePlan("# Migrate auth\n\nContext.\n\n## Steps\n- [x] Inventory callers\n- [ ] Replace the token store\n  * [ ] Backfill sessions\n1. [X] Write tests\n");
    expect(s).toMatchObject({ title: "Migrate auth", open: ["Replace the token store", "Backfill sessions"], done: 2, total: 4 });
  });

  it("falls back to an excerpt for a plan without a checklist", () => {
    const s = summarisePlan("# Plan PLAN-FILE-MARKER-6262\n\n1. Write session-state.cjs\n2. Test it\n");
    expect(s.total).toBe(0);
    expect(s.excerpt).toContain("1. Write session-state.cjs");
  });
});
