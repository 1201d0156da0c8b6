import { describe, expect, it } from "vitest";
import { makeRedactor } from "../../src/state/redact";
import { emptyState } from "../../src/state/schema";
import { applyRecord, cleanReport, extractContext, finishRead, isPlanPath, promptText } from "../../src/transcript/extract";
import { AT, fixture, fold } from "../helpers/fold";

const ctx = extractContext("/p", makeRedactor(), AT);
const user = (content: unknown, extra: Record<string, unknown> = {}) => ({
  type: "user",
  isSidechain: false,
  timestamp: AT,
  message: { role: "user", content },
  ...extra,
});
const assistant = (content: unknown[], extra: Record<string, unknown> = {}) => ({
  type: "assistant",
  isSidechain: false,
  timestamp: AT,
  message: { role: "assistant", content },
  ...extra,
});

describe("recorded transcripts of Claude Code 2.1.328", () => {
  it("TodoWrite: the latest list with statuses", () => {
    const s = fold(fixture("transcripts/todowrite.jsonl"));
    expect(s.todos?.items).toEqual([
      { content: "Write the hook", status: "in_progress", activeForm: "Writing the hook" },
      { content: "Test the hook", status: "pending", activeForm: "Testing the hook" },
    ]);
  });

  it("TaskCreate/TaskUpdate: ids from results, statuses from updates", () => {
    const s = fold(fixture("transcripts/tasks-TaskCreate-TaskUpdate-TaskList.jsonl"));
    expect(s.tasks.map((t) => [t.id, t.subject, t.status])).toEqual([
      ["1", "Write the session-state hook", "in_progress"],
      ["2", "Test the hook", "completed"],
    ]);
    expect(s.prompts.map((p) => p.text)).toEqual(["make tasks"]);
  });

  it("a foreground subagent: type, description and its report without harness wrapping", () => {
    const s = fold(fixture("transcripts/subagent-parent.jsonl"));
    expect(s.subagents).toHaveLength(1);
    expect(s.subagents[0]).toMatchObject({
      type: "general-purpose",
      description: "Inspect the repo",
      status: "completed",
      excerpt: "SUBAGENT-FINAL: the repo has README.md only.",
    });
  });

  it("plan mode: the plan text from ExitPlanMode and the plan file path", () => {
    const s = fold(fixture("transcripts/plan-mode-interactive.jsonl"));
    expect(s.plan?.source).toBe("plan-mode");
    expect(s.plan?.path).toMatch(/\.claude\/plans\/harmonic-beaming-frog\.md$/);
    expect(s.plan?.text).toContain("PLAN-FILE-MARKER-6262");
    expect(s.slug).toBe("harmonic-beaming-frog");
  });

  it("edits: files relative to the project, counted per file", () => {
    const s = fold(fixture("transcripts/edits-write-read-edit-bash-git.jsonl"), "/tmp/ccx-04/proj");
    expect(s.files.map((f) => [f.path, f.tool, f.count])).toEqual([
      ["hello.txt", "Write", 1],
      ["README.md", "Edit", 1],
    ]);
  });

  it("compaction: counts the boundary and never takes the summary for a request", () => {
    const s = fold(fixture("transcripts/hooks-and-compaction.jsonl"));
    expect(s.compactions).toBe(1);
    expect(s.prompts.every((p) => !p.text.startsWith("This session is being continued"))).toBe(true);
  });
});

describe("prompts", () => {
  it("keeps what the person typed and drops system noise", () => {
    expect(promptText("fix the login bug")).toBe("fix the login bug");
    expect(promptText("<local-command-stdout>ok</local-command-stdout>")).toBeNull();
    expect(promptText("<command-message>init is analyzing</command-message>\n<command-name>/init</command-name>")).toBeNull();
    expect(
      promptText("<command-message>review</command-message>\n<command-name>/review</command-name>\n<command-args>the auth module</command-args>"),
    ).toBe("/review the auth module");
    expect(promptText("hello <system-reminder>internal</system-reminder>")).toBe("hello");
    expect(promptText("[Request interrupted by user]")).toBeNull();
  });

  it("skips meta, compact summaries, sidechains and task notifications; keeps the last five", () => {
    const s = emptyState("s", "/p", AT);
    applyRecord(s, user("meta text", { isMeta: true }), ctx);
    applyRecord(s, user("This session is being continued…", { isCompactSummary: true }), ctx);
    applyRecord(s, user("subagent prompt", { isSidechain: true }), ctx);
    applyRecord(s, user("<task-notification><task-id>b1</task-id><summary>Background command done</summary></task-notification>"), ctx);
    for (let i = 1; i <= 7; i++) applyRecord(s, user([{ type: "text", text: `request ${i}` }]), ctx);
    expect(s.prompts.map((p) => p.text)).toEqual(["request 3", "request 4", "request 5", "request 6", "request 7"]);
  });

  it("redacts secrets in the prompts a read keeps, also one cut at the length limit", () => {
    const s = emptyState("s", "/p", AT);
    const key = `sk-ant-api03-${"x".repeat(40)}`;
    const c = extractContext("/p", makeRedactor(), AT);
    applyRecord(s, user(`use ${key} please`), c);
    // A key straddling the 1,500-character cut: redacted whole before the prompt is cut.
    applyRecord(s, user(`${"y".repeat(1480)} ${key} tail`), c);
    finishRead(s, c);
    expect(JSON.stringify(s)).not.toContain("sk-ant-api03");
    expect(s.prompts[0]?.text).toContain("[REDACTED:anthropic]");
    expect(s.prompts[1]?.text.length).toBeLessThanOrEqual(1500);
  });
});

describe("subagents", () => {
  it("a background agent is running until its task notification arrives, and is recorded once", () => {
    const s = emptyState("s", "/p", AT);
    applyRecord(s, assistant([{ type: "tool_use", id: "tu1", name: "Agent", input: { description: "Look around", subagent_type: "Explore", prompt: "x" } }]), ctx);
    applyRecord(
      s,
      user([{ type: "tool_result", tool_use_id: "tu1", content: "Async agent launched successfully" }], {
        toolUseResult: { isAsync: true, status: "async_launched", agentId: "a1", description: "Look around" },
      }),
      ctx,
    );
    expect(s.subagents).toMatchObject([{ id: "a1", status: "running", type: "Explore", description: "Look around" }]);
    applyRecord(
      s,
      user("<task-notification>\n<task-id>a1</task-id>\n<status>completed</status>\n<summary>Agent \"Look around\" finished</summary>\n<result>Found 3 callers.</result>\n</task-notification>", {
        origin: { kind: "task-notification" },
      }),
      ctx,
    );
    expect(s.subagents).toHaveLength(1);
    expect(s.subagents[0]).toMatchObject({ id: "a1", status: "completed", excerpt: "Found 3 callers." });
    expect(s.prompts).toEqual([]);
  });

  it("cleans the harness wrapping off a report", () => {
    expect(cleanReport("<tools-used-before-summary>Bash</tools-used-before-summary>\nDone.\nagentId: a1 (use SendMessage)\n<usage>x</usage>")).toBe("Done.");
  });
});

describe("plan files", () => {
  it("recognises plan paths only", () => {
    for (const p of ["plans/refactor.md", "/x/.claude/plans/a-b-c.md", "docs/plan.md", "PLAN.md", "migration-plan.md"]) expect(isPlanPath(p)).toBe(true);
    for (const p of ["src/planner.ts", "README.md", "plans.txt"]) expect(isPlanPath(p)).toBe(false);
  });

  it("a plan file written by the session becomes the plan; sidechain edits only count as files", () => {
    const s = emptyState("s", "/p", AT);
    applyRecord(s, assistant([{ type: "tool_use", id: "w1", name: "Write", input: { file_path: "/p/PLAN.md", content: "# Ship it\n- [ ] a\n- [x] b" } }]), ctx);
    expect(s.plan).toMatchObject({ path: "/p/PLAN.md", source: "file" });
    applyRecord(s, assistant([{ type: "tool_use", id: "w2", name: "Write", input: { file_path: "/p/other/plan.md", content: "x" } }], { isSidechain: true }), ctx);
    expect(s.plan?.path).toBe("/p/PLAN.md");
    expect(s.files.map((f) => f.path)).toEqual(["PLAN.md", "other/plan.md"]);
  });
});

describe("whether the records read may have changed files (a save's git may be skipped otherwise)", () => {
  const after = (...records: unknown[]): boolean => {
    const c = extractContext("/p", makeRedactor(), AT);
    const s = emptyState("s", "/p", AT);
    for (const r of records) applyRecord(s, r, c);
    return c.mayChangeFiles;
  };
  const call = (name: string, input: unknown = {}, extra: Record<string, unknown> = {}) => assistant([{ type: "tool_use", id: `t-${name}`, name, input }], extra);

  it("not for prompts, answers and read-only tools", () => {
    expect(after(user("what does this do?"), call("Read", { file_path: "/p/a.ts" }), call("Grep", { pattern: "x" }), call("TodoWrite", { todos: [] }), assistant([{ type: "text", text: "It parses." }]))).toBe(false);
  });

  it("for every tool that can write, a subagent, an unknown or MCP tool, also in a sidechain", () => {
    for (const name of ["Write", "Edit", "MultiEdit", "NotebookEdit", "Bash", "Task", "Agent", "mcp__fs__write_file", "SomeFutureTool"]) {
      expect(after(call(name, { file_path: "/p/a.ts", command: "ls" })), name).toBe(true);
    }
    expect(after(call("Bash", { command: "rm -rf build" }, { isSidechain: true }))).toBe(true);
  });

  it("for a shell command the person typed and for a background task's report", () => {
    expect(after(user("<bash-input>git pull</bash-input>"))).toBe(true);
    expect(after(user("<task-notification><task-id>b1</task-id><status>completed</status><summary>Agent done</summary></task-notification>"))).toBe(true);
  });
});

describe("cuts between characters (issue 12, item 7)", () => {
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
  it("a last message and a prompt of emoji keep whole emoji", () => {
    const s = emptyState("s", "/p", AT);
    const c = extractContext("/p", makeRedactor(), AT);
    const emoji = "🎉".repeat(3000);
    applyRecord(s, user(emoji), c);
    applyRecord(s, assistant([{ type: "text", text: emoji }]), c);
    finishRead(s, c);
    expect(s.lastMessage?.text.endsWith("🎉…")).toBe(true);
    expect(s.prompts[0]?.text.endsWith("🎉…")).toBe(true);
    expect(lone.test(JSON.stringify(s))).toBe(false);
  });
});
