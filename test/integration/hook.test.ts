import { existsSync, mkdirSync, readdirSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { append, hookNow, line, makeProject, type Project } from "../helpers/project";

let p: Project;
afterEach(() => p?.cleanup());

const stop = (p: Project, id: string, extra: Record<string, unknown> = {}) =>
  p.run({ session_id: id, transcript_path: p.transcript(id), cwd: p.dir, hook_event_name: "Stop", ...extra });
const start = (p: Project, id: string, source: string, env: Record<string, string> = {}) =>
  p.run({ session_id: id, transcript_path: p.transcript(id), cwd: p.dir, hook_event_name: "SessionStart", source }, env);
const context = (stdout: string): string => {
  const out = JSON.parse(stdout) as { hookSpecificOutput: { hookEventName: string; additionalContext: string } };
  expect(out.hookSpecificOutput.hookEventName).toBe("SessionStart");
  return out.hookSpecificOutput.additionalContext;
};

function workingSession(p: Project, id: string): void {
  append(
    p.transcript(id),
    line.prompt("Add CSV export to the report page"),
    line.tool("t1", "TodoWrite", {
      todos: [
        { content: "Write the serializer", status: "completed", activeForm: "Writing" },
        { content: "Wire the button", status: "in_progress", activeForm: "Wiring the button" },
        { content: "Document it", status: "pending", activeForm: "Documenting" },
      ],
    }),
    line.tool("w1", "Write", { file_path: join(p.dir, "src/csv.ts"), content: "export {}" }),
    line.text("Serializer written; wiring the button next."),
  );
}

describe("save and restore through the built hook", () => {
  it("Stop saves; SessionStart compact injects this session's state; startup the project's latest", () => {
    p = makeProject();
    workingSession(p, "s1");
    const r = stop(p, "s1", { last_assistant_message: "Wiring the button next." });
    expect(r).toMatchObject({ status: 0, stdout: "" });
    const md = p.read(".last-state.md");
    for (const part of ["Add CSV export", "[in progress] Wire the button", "src/csv.ts", "branch `main`", "Initial commit", "Wiring the button next."]) {
      expect(md).toContain(part);
    }
    const compact = context(start(p, "s1", "compact").stdout);
    expect(compact).toContain("Restored state of session s1");
    expect(compact).toContain("[in progress] Wire the button");
    expect(compact).toContain("still on main");
    expect(compact.length).toBeLessThanOrEqual(9000);

    const startup = context(start(p, "s2", "startup").stdout);
    expect(startup).toContain("session s1");
    expect(startup).toContain(join(p.stateDir, ".last-state.md"));
  });

  it("restores a state saved with large redaction settings (small in characters, large in bytes)", () => {
    p = makeProject();
    // 24 redaction patterns of 900 "€" each: 21,600 characters, 64,800 bytes; latest.json stays a small pointer.
    mkdirSync(join(p.dir, ".claude"), { recursive: true });
    writeFileSync(join(p.dir, ".claude", "session-state.json"), JSON.stringify({ redact: Array.from({ length: 24 }, (_, i) => `${i}${"€".repeat(900)}`) }));
    workingSession(p, "s1");
    expect(stop(p, "s1").status).toBe(0);
    expect(statSync(join(p.stateDir, "latest.json")).size).toBeLessThanOrEqual(64 * 1024);
    const text = context(start(p, "s2", "startup").stdout);
    expect(text).toContain("session s1");
    expect(text).toContain("[in progress] Wire the button");
  });

  it("tells the next session that HEAD moved and by how many commits", () => {
    p = makeProject();
    workingSession(p, "s1");
    stop(p, "s1");
    writeFileSync(join(p.dir, "x.txt"), "x");
    p.git("add", "x.txt");
    p.git("commit", "-q", "-m", "Outside commit");
    p.git("checkout", "-q", "-b", "other");
    const text = context(start(p, "s2", "startup").stdout);
    expect(text).toMatch(/MOVED: it was on main at [0-9a-f]{7}, it is now on other at [0-9a-f]{7}\. 1 new commit since then\./);
  });

  it("injects nothing on resume and clear by default, and does when configured", () => {
    p = makeProject();
    workingSession(p, "s1");
    stop(p, "s1");
    expect(start(p, "s1", "resume").stdout).toBe("");
    expect(start(p, "s9", "clear").stdout).toBe("");
    expect(context(start(p, "s1", "resume", { SESSION_STATE_INJECT: "startup,compact,resume" }).stdout)).toContain("session s1");
    mkdirSync(join(p.dir, ".claude"), { recursive: true });
    writeFileSync(join(p.dir, ".claude", "session-state.json"), JSON.stringify({ inject: { clear: true } }));
    expect(context(start(p, "s9", "clear").stdout)).toContain("session s1");
  });

  it("does not inject a state older than the staleness limit", async () => {
    p = makeProject();
    workingSession(p, "s1");
    stop(p, "s1");
    await new Promise((r) => setTimeout(r, 50));
    expect(start(p, "s2", "startup", { SESSION_STATE_STALE_DAYS: "0.0000001" }).stdout).toBe("");
    expect(p.read("hook.log")).toMatch(/nothing injected on SessionStart startup: the latest state is older than/);
  });

  it("reads only what was appended, and starts over when the transcript is replaced", () => {
    p = makeProject();
    workingSession(p, "s1");
    stop(p, "s1");
    const first = p.state("s1") as { cursor: { offset: number } };
    append(p.transcript("s1"), line.prompt("Also handle empty reports"));
    stop(p, "s1");
    const second = p.state("s1") as { cursor: { offset: number }; prompts: Array<{ text: string }> };
    expect(second.cursor.offset).toBeGreaterThan(first.cursor.offset);
    expect(second.prompts.map((x) => x.text)).toEqual(["Add CSV export to the report page", "Also handle empty reports"]);

    truncateSync(p.transcript("s1"), 0);
    append(p.transcript("s1"), line.prompt("A fresh start"));
    stop(p, "s1");
    const third = p.state("s1") as { prompts: Array<{ text: string }>; todos?: unknown };
    expect(third.prompts.map((x) => x.text)).toEqual(["A fresh start"]);
    expect(third.todos).toBeUndefined();
    expect(p.read("hook.log")).toContain("truncated or replaced");
  });

  it("records a background subagent as running, then its result exactly once", () => {
    p = makeProject();
    workingSession(p, "s1");
    stop(p, "s1", { background_tasks: [{ id: "ag1", type: "subagent", status: "running", description: "Survey callers", agent_type: "Explore" }] });
    expect((p.state("s1") as { subagents: unknown[] }).subagents).toMatchObject([{ id: "ag1", status: "running" }]);
    p.run({ session_id: "s1", transcript_path: p.transcript("s1"), cwd: p.dir, hook_event_name: "SubagentStop", agent_id: "ag1", agent_type: "Explore", last_assistant_message: "Three callers, all in src/report.ts." });
    stop(p, "s1", { background_tasks: [] });
    const subs = (p.state("s1") as { subagents: Array<Record<string, unknown>> }).subagents;
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ id: "ag1", status: "completed", description: "Survey callers", excerpt: "Three callers, all in src/report.ts." });
  });

  it("a short follow-up session carries the open work forward instead of erasing it", () => {
    p = makeProject();
    workingSession(p, "s1");
    stop(p, "s1");
    append(p.transcript("s2"), line.prompt("Where were we?"));
    stop(p, "s2");
    const md = p.read(".last-state.md");
    expect(md).toContain("carried over from session `s1`");
    expect(md).toContain("[in progress] Wire the button");
    expect(md).toContain("Where were we?");
    const next = context(start(p, "s3", "startup").stdout);
    expect(next).toContain("session s2");
    expect(next).toContain("[in progress] Wire the button");
  });

  it("finds a plan file written during the session by other means, never an older one", () => {
    p = makeProject();
    mkdirSync(join(p.dir, "docs"), { recursive: true });
    writeFileSync(join(p.dir, "docs", "plan.md"), "# Old plan\n- [ ] stale item\n");
    utimesSync(join(p.dir, "docs", "plan.md"), new Date("2020-01-01"), new Date("2020-01-01"));
    workingSession(p, "s1");
    stop(p, "s1");
    p.run({ session_id: "s1", transcript_path: p.transcript("s1"), cwd: p.dir, hook_event_name: "PreCompact", trigger: "manual" });
    expect(p.read(".last-state.md")).not.toContain("Old plan");
    mkdirSync(join(p.dir, "plans"), { recursive: true });
    writeFileSync(join(p.dir, "plans", "export.md"), "# Export rollout\n- [x] serializer\n- [ ] button\n");
    utimesSync(join(p.dir, "plans", "export.md"), new Date(hookNow()), new Date(hookNow()));
    p.run({ session_id: "s1", transcript_path: p.transcript("s1"), cwd: p.dir, hook_event_name: "PreCompact", trigger: "manual" });
    const md = p.read(".last-state.md");
    expect(md).toContain("## Plan: Export rollout");
    expect(md).toContain("- [ ] button");
  });

  it("ignores the compaction agent's SubagentStop", () => {
    p = makeProject();
    workingSession(p, "s1");
    stop(p, "s1");
    p.run({
      session_id: "s1",
      transcript_path: p.transcript("s1"),
      cwd: p.dir,
      hook_event_name: "SubagentStop",
      agent_id: "acompact-1a2b3c",
      agent_type: "",
      agent_transcript_path: join(dirname(p.transcript("s1")), "s1", "subagents", "agent-acompact-1a2b3c.jsonl"),
      last_assistant_message: "<analysis>thinking</analysis>\n<summary>useless</summary>",
    });
    expect((p.state("s1") as { subagents: unknown[] }).subagents).toEqual([]);
    expect(p.read(".last-state.md")).not.toContain("useless");
  });

  it("archives per session and keeps the last ten", () => {
    p = makeProject();
    for (let i = 1; i <= 12; i++) {
      append(p.transcript(`s${i}`), line.prompt(`request of session ${i}`));
      stop(p, `s${i}`);
      stop(p, `s${i}`);
    }
    const archive = readdirSync(join(p.stateDir, "archive"));
    expect(archive).toHaveLength(10);
    expect(archive.some((n) => n.endsWith("_s11.md"))).toBe(true);
    expect(archive.some((n) => n.endsWith("_s1.md"))).toBe(false);
    expect(p.read(".last-state.md")).toContain("request of session 12");
    // The per-session files go with the archive (issue 12): the newest ten, whatever their age.
    const sessions = () => readdirSync(join(p.stateDir, "sessions")).filter((n) => n.endsWith(".json")).sort();
    expect(sessions()).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i) => `s${i}.json`).sort());
    append(p.transcript("s13"), line.prompt("request of session 13"));
    stop(p, "s13");
    expect(sessions()).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((i) => `s${i}.json`).sort());
  });

  it("keeps the folder private and out of git", () => {
    p = makeProject();
    workingSession(p, "s1");
    stop(p, "s1");
    expect(statSync(p.stateDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(p.stateDir, ".last-state.md")).mode & 0o777).toBe(0o600);
    expect(p.git("status", "--porcelain")).not.toContain("session-state");
  });

  it("says so when the project is not a git repository", () => {
    p = makeProject({ git: false });
    workingSession(p, "s1");
    stop(p, "s1");
    expect(p.read(".last-state.md")).toContain("Not a git repository.");
  });

  it("does nothing at all when switched off", () => {
    p = makeProject();
    workingSession(p, "s1");
    expect(p.run({ session_id: "s1", transcript_path: p.transcript("s1"), hook_event_name: "Stop" }, { SESSION_STATE_DISABLE: "1" }).status).toBe(0);
    expect(existsSync(p.stateDir)).toBe(false);
  });

  it("takes the Task list from Claude Code's tasks folder", () => {
    p = makeProject();
    workingSession(p, "s1");
    const dir = join(p.claude, "tasks", "s1");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "1.json"), JSON.stringify({ id: "1", subject: "Ship the export", status: "in_progress", blocks: [], blockedBy: [] }));
    writeFileSync(join(dir, "2.json"), JSON.stringify({ id: "2", subject: "Announce it", status: "pending", blocks: [], blockedBy: ["1"] }));
    stop(p, "s1");
    expect(p.read(".last-state.md")).toContain("- [in progress] #1 Ship the export");
    expect(p.read(".last-state.md")).toContain("- [ ] #2 Announce it (blocked by #1)");
  });

  it("load prints what the next session would be told; --json the exact hook output", () => {
    p = makeProject();
    workingSession(p, "s1");
    stop(p, "s1");
    const text = p.run("", {}, ["load"]).stdout;
    expect(text).toContain("Restored state of session s1");
    const json = p.run("", {}, ["load", "--json"]).stdout;
    // The two runs may straddle a second: only the age of the save may differ.
    const ageless = (t: string) => t.replace(/\(\d+ s ago/, "(N s ago");
    expect(ageless(context(json))).toBe(ageless(text.trimEnd()));
  });
});
