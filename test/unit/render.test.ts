import { describe, expect, it } from "vitest";
import { addsInformation, gitCompareLine, renderInjection, renderMarkdown, todoItems } from "../../src/state/render";
import { richState, SAVED } from "../helpers/state";

const NOW = Date.parse(SAVED) + 5 * 60_000;
const opt = { now: NOW, maxChars: 9000, statePath: "/work/app/.claude/session-state/.last-state.md", git: null };

describe("renderMarkdown", () => {
  it("renders every section in a stable order", () => {
    expect(renderMarkdown(richState())).toMatchSnapshot();
  });
});

describe("renderInjection", () => {
  it("says what it is, when it was saved, and ends with the state file", () => {
    const text = renderInjection(richState(), {
      ...opt,
      git: { now: { branch: "feature/csv", sha: "bf52cfb0000000000000000000000000000000000" } },
    });
    expect(text).toMatchSnapshot();
    expect(text.endsWith("Full saved state: /work/app/.claude/session-state/.last-state.md")).toBe(true);
  });

  it("puts open todos first, then plan, requests, subagents, git, files", () => {
    const text = renderInjection(richState(), opt);
    const order = ["## Todos", "## Plan", "## Your last requests", "## Where we stopped", "## Subagent outputs", "## Git", "## Files touched"].map((h) =>
      text.indexOf(h),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text.indexOf("[in progress] Handle empty reports")).toBeLessThan(text.indexOf("[x] Write the CSV serializer"));
  });

  it("stays under the cap with huge todos, prompts and reports, keeping the most important first", () => {
    const s = richState();
    s.todos = { at: SAVED, items: Array.from({ length: 300 }, (_, i) => ({ content: `todo ${i} ${"x".repeat(400)}`, status: "pending" as const })) };
    s.prompts = Array.from({ length: 5 }, (_, i) => ({ text: `prompt ${i} ${"y".repeat(1500)}`, at: SAVED }));
    s.subagents = Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, status: "completed" as const, excerpt: "z".repeat(2000), at: SAVED }));
    for (const max of [1000, 4000, 9000]) {
      const text = renderInjection(s, { ...opt, maxChars: max });
      expect(text.length).toBeLessThanOrEqual(max);
      expect(text).toContain("todo 0");
      expect(text).toContain("Full saved state:");
    }
    const full = renderInjection(s, opt);
    expect(full).toContain("## Your last requests");
    expect(full).toMatch(/… \d+ more/);
    expect(full).toContain("(shortened to fit");
  });

  it("cuts emoji, flags and families only between characters, at any cap (issue 12, item 7)", () => {
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    const s = richState();
    const mix = "🎉\u{1F1E9}\u{1F1EA}👨\u200d👩\u200d👧e\u0301";
    s.todos = { at: SAVED, items: Array.from({ length: 30 }, (_, i) => ({ content: `${i} ${mix.repeat(40)}`, status: "pending" as const })) };
    s.prompts = [{ text: mix.repeat(300), at: SAVED }];
    s.lastMessage = { text: "🎉".repeat(2000), at: SAVED };
    s.subagents = [{ id: "a1", status: "completed", excerpt: mix.repeat(300), at: SAVED }];
    for (let max = 900; max <= 9000; max += 97) {
      const text = renderInjection(s, { ...opt, maxChars: max, statePath: `/p/${"🎉".repeat(300)}` });
      expect(text.length).toBeLessThanOrEqual(max);
      expect(lone.test(text)).toBe(false);
    }
  });

  it("says plainly when the branch or HEAD moved", () => {
    const s = richState();
    expect(gitCompareLine(s.git, { now: { branch: "main", sha: "1234567aaaa" }, newCommits: 3 })).toBe(
      "Since it was saved, the repository has MOVED: it was on feature/csv at bf52cfb, it is now on main at 1234567. 3 new commits since then.",
    );
    expect(gitCompareLine(s.git, { now: { branch: "feature/csv", sha: s.git?.headFull } })).toBe(
      "The repository is still on feature/csv at bf52cfb, as when this was saved.",
    );
    expect(gitCompareLine(s.git, { now: null, reason: "no-git" })).toContain("Could not compare");
  });
});

describe("todoItems", () => {
  it("merges TodoWrite and Task lists, the one used last first, in-progress before pending before done", () => {
    const s = richState();
    s.tasks = [
      { id: "1", subject: "Task one", status: "completed" },
      { id: "2", subject: "Task two", status: "in_progress" },
      { id: "3", subject: "Gone", status: "deleted" },
    ];
    s.tasksAt = "2026-11-28T09:59:00.000Z";
    expect(todoItems(s).map((t) => t.text)).toEqual([
      "#2 Task two",
      "Handle empty reports",
      "Add a download button",
      "#1 Task one",
      "Write the CSV serializer",
    ]);
  });
});

describe("wording of the injected text (issue 12, rough edges)", () => {
  /** A state with what read badly: a plan titled "Plan: …", a rephrasing activeForm, the hook's own files in git, a file written then edited. */
  function oddState() {
    const s = richState();
    s.plan = { ...s.plan, title: "Plan: subtract the discount before tax" } as typeof s.plan;
    s.todos = {
      at: SAVED,
      items: [
        { content: "Run the tests", status: "in_progress", activeForm: "Running the tests" },
        { content: "Fix the parser", status: "pending", activeForm: "Fixing the parser" },
      ],
    };
    s.files = [
      { path: "PLAN.md", tool: "Write, Edit", count: 2, at: SAVED },
      { path: "src/a.ts", tool: "Write, Edit", count: 5, at: SAVED },
      { path: "src/b.ts", tool: "Edit", count: 2, at: SAVED },
    ];
    s.git = { ...s.git, untracked: { count: 1, paths: ["notes.txt"] }, setup: [".claude/settings.json", ".claude/hooks/"] } as typeof s.git;
    return s;
  }

  it("renders the plan prefix once, no rephrased activeForm, the setup as one hint, honest counts", () => {
    const md = renderMarkdown(oddState());
    const text = renderInjection(oddState(), opt);
    for (const out of [md, text]) {
      expect(out).toContain("## Plan: subtract the discount before tax");
      expect(out).not.toContain("Plan: Plan:");
      expect(out).toContain("[in progress] Run the tests\n");
      expect(out).not.toContain("(Running the tests)");
      expect(out.match(/session-state's own setup/g)).toHaveLength(1);
      expect(out).not.toMatch(/untracked: .*\.claude/);
    }
    expect(md).toContain("- `PLAN.md` (Write, Edit)\n");
    expect(md).toContain("- `src/a.ts` (Write, Edit; 5 times)");
    expect(md).toContain("- `src/b.ts` (Edit ×2)");
    expect(md).toMatchSnapshot();
    expect(text).toMatchSnapshot();
  });

  it("a plan titled otherwise keeps the prefix; one titled Plan alone is just Plan", () => {
    const s = richState();
    expect(renderMarkdown(s)).toContain("## Plan: CSV export\n");
    s.plan = { ...s.plan, title: "Plan for the CSV export" } as typeof s.plan;
    expect(renderMarkdown(s)).toContain("## Plan for the CSV export\n");
    s.plan = { ...s.plan, title: "Planning notes" } as typeof s.plan;
    expect(renderMarkdown(s)).toContain("## Plan: Planning notes\n");
  });

  it("shows an activeForm only when it says more than the todo", () => {
    expect(addsInformation("Write the parser", "Writing the parser")).toBe(false);
    expect(addsInformation("Run tests", "Running tests")).toBe(false);
    expect(addsInformation("Add a download button", "Adding download button")).toBe(false);
    expect(addsInformation("Make the build pass", "Making the build pass")).toBe(false);
    expect(addsInformation("Fix the parser", "Fixing the parser's quoting of commas")).toBe(true);
    expect(addsInformation("Step 3", "Migrating the database")).toBe(true);
    expect(addsInformation("Step 3", undefined)).toBe(false);
    const s = richState();
    s.todos = { at: SAVED, items: [{ content: "Step 3", status: "in_progress", activeForm: "Migrating the database" }] };
    expect(todoItems(s)[0]?.text).toBe("Step 3 (Migrating the database)");
  });
});
