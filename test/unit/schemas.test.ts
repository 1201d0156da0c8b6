// The zod schemas at the edges: what Claude Code sends, what a person writes in the settings file,
// and what we read back from the state folder. They replace src/validate.ts; these are the
// behaviours its tests pinned down that still matter.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EVENT_NAMES, HookInput } from "../../src/hook/input";
import { readChecked } from "../../src/io/read-checked";
import { defaultSettings, SettingsSchema } from "../../src/settings";
import { postReport, takeReports } from "../../src/state/inbox";
import { statePaths } from "../../src/state/paths";
import { emptyState, SessionState } from "../../src/state/schema";
import { prepareStateDir, readLatest, readSession, writeSession } from "../../src/state/store";

const fixtures = path.join(__dirname, "..", "fixtures", "hook-stdin");
const fixture = (name: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(fixtures, name), "utf8")) as Record<string, unknown>;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "ss-schemas-"));
  dirs.push(d);
  return d;
};

describe("hook input", () => {
  it("accepts every recorded input of a handled event, fields added by newer Claude Code included, and drops those", () => {
    const names = fs.readdirSync(fixtures).filter((n) => EVENT_NAMES.some((e) => n.startsWith(`${e}-`) || n === `${e}.json`));
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const name of names) {
      const raw = fixture(name);
      const r = HookInput.safeParse(raw);
      expect(r.success, name).toBe(true);
      if (!r.success) continue;
      expect(r.data.hook_event_name).toBe(raw.hook_event_name);
      expect(r.data.session_id).toBe(raw.session_id);
      // prompt_id, effort, permission_mode, session_crons: not in our schema, so not in the value.
      for (const extra of ["prompt_id", "effort", "permission_mode", "session_crons"]) expect(r.data, `${name} ${extra}`).not.toHaveProperty(extra);
    }
  });

  it("keeps the fields a handler reads", () => {
    const r = HookInput.parse(fixture("Stop-with-running-background-agent.json"));
    expect(r).toMatchObject({
      hook_event_name: "Stop",
      stop_hook_active: false,
      background_tasks: [{ id: "ac47107745d27f05c", type: "subagent", status: "running", agent_type: "general-purpose" }],
    });
    const sub = HookInput.parse(fixture("SubagentStop.json"));
    expect(sub).toMatchObject({ hook_event_name: "SubagentStop", agent_id: "a7de2aa2d390b6e98", agent_type: "general-purpose" });
  });

  it("tolerates unknown keys anywhere, even ones named like ours in nested objects", () => {
    const r = HookInput.safeParse({ ...fixture("Stop.json"), brand_new: { deep: [1, 2] }, background_tasks: [{ id: "a", future_field: true }] });
    expect(r.success && r.data.hook_event_name === "Stop" && r.data.background_tasks).toEqual([{ id: "a" }]);
  });

  it("turns an optional field of the wrong type into an absent one, and a malformed background task into null", () => {
    const r = HookInput.parse({ ...fixture("Stop.json"), cwd: 7, stop_hook_active: "yes", background_tasks: [{ id: "a" }, { id: 3 }, "x"] });
    expect(r.cwd).toBeUndefined();
    expect(r.hook_event_name === "Stop" && r.stop_hook_active).toBeUndefined();
    expect(r.hook_event_name === "Stop" && r.background_tasks).toEqual([{ id: "a" }, null, null]);
    expect(HookInput.parse({ ...fixture("SessionStart-startup.json"), source: 1 })).toMatchObject({ source: "startup" });
  });

  it("rejects an input without a usable session id, and an event it does not handle", () => {
    const stop = fixture("Stop.json");
    expect(HookInput.safeParse({ ...stop, session_id: "" }).success).toBe(false);
    expect(HookInput.safeParse({ ...stop, session_id: 42 }).success).toBe(false);
    expect(HookInput.safeParse({ ...stop, session_id: "x".repeat(4097) }).success).toBe(false);
    const { session_id: _, ...noId } = stop;
    expect(HookInput.safeParse(noId).success).toBe(false);
    // Events Claude Code has but the hook does not handle (section 10 of the reference).
    expect(EVENT_NAMES).not.toContain("SubagentStart");
    expect(HookInput.safeParse({ ...stop, hook_event_name: "SubagentStart", agent_id: "a1" }).success).toBe(false);
    expect(HookInput.safeParse({ ...stop, hook_event_name: "toString" }).success).toBe(false);
  });

  it("names every event once, in the union's order", () => {
    expect(EVENT_NAMES).toEqual(["SessionStart", "Stop", "StopFailure", "SubagentStop", "PreCompact", "SessionEnd", "PostModelSwitch"]);
  });
});

describe("settings file", () => {
  it("has its defaults in the schema", () => {
    expect(SettingsSchema.parse({})).toEqual({
      keep: 10,
      inject: { startup: true, compact: true, resume: false, clear: false },
      maxChars: 9000,
      staleDays: 7,
      budgetMs: 5000,
      collectors: { prompts: true, plan: true, todos: true, subagents: true, git: true, files: true, lastMessage: true },
      redact: [],
    });
  });

  it("replaces a value out of range or of the wrong kind by its default, and fills a partial group", () => {
    const s = SettingsSchema.parse({ keep: 0, maxChars: 9000.5, budgetMs: 99_999, staleDays: -1, inject: { resume: true }, collectors: "all", redact: ["a", 1] });
    expect(s).toMatchObject({ keep: 10, maxChars: 9000, budgetMs: 5000, staleDays: 7, redact: [] });
    expect(s.inject).toEqual({ startup: true, compact: true, resume: true, clear: false });
    expect(s.collectors.git).toBe(true);
    expect(SettingsSchema.parse({ keep: 100, maxChars: 1000, budgetMs: 6500, staleDays: 0 })).toMatchObject({ keep: 100, maxChars: 1000, budgetMs: 6500, staleDays: 0 });
  });

  it("drops unknown settings (config.ts names them as problems)", () => {
    expect(SettingsSchema.parse({ bogus: 1, inject: { later: true } })).not.toHaveProperty("bogus");
    expect(SettingsSchema.parse({ inject: { later: true } }).inject).not.toHaveProperty("later");
  });

  it("hands out a fresh object or array default on every parse, whether the value was absent or wrong (cd0d0a6)", () => {
    for (const raw of [{}, { inject: 1, collectors: [], redact: "x" }]) {
      const a = SettingsSchema.parse(raw);
      a.inject.resume = true;
      a.collectors.git = false;
      a.redact.push("leak");
      const b = SettingsSchema.parse(raw);
      expect(b.inject.resume).toBe(false);
      expect(b.collectors.git).toBe(true);
      expect(b.redact).toEqual([]);
    }
    const d = defaultSettings();
    d.inject.clear = true;
    expect(defaultSettings().inject.clear).toBe(false);
  });
});

describe("state read back", () => {
  const AT = new Date(Date.now() - 60_000).toISOString();

  it("reads a state written by a newer version with extra fields, without them", () => {
    const s = { ...emptyState("s1", "/p", AT), futureField: { a: 1 }, prompts: [{ text: "hi", at: AT, tokens: 3 }] };
    const r = SessionState.safeParse(JSON.parse(JSON.stringify(s)));
    expect(r.success).toBe(true);
    expect(r.success && r.data).not.toHaveProperty("futureField");
    expect(r.success && r.data.prompts).toEqual([{ text: "hi", at: AT }]);
  });

  it("rejects another state version and a wrong field, and never lets __proto__ through", () => {
    expect(SessionState.safeParse({ ...emptyState("s1", "/p", AT), v: 2 }).success).toBe(false);
    expect(SessionState.safeParse({ ...emptyState("s1", "/p", AT), compactions: "1" }).success).toBe(false);
    const text = JSON.stringify(emptyState("s1", "/p", AT)).replace('"pending":{}', '"pending":{"__proto__":{"name":"x","polluted":1},"k":{"name":"y"}}');
    const r = SessionState.parse(JSON.parse(text));
    expect(Object.getPrototypeOf(r.pending)).toBe(Object.prototype);
    expect(Object.keys(r.pending)).toEqual(["k"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("treats a file that is not JSON or fails its schema as absent, and logs why; an absent file silently", () => {
    const dir = tempDir();
    const lines: string[] = [];
    const log = (l: string) => lines.push(l);
    expect(readChecked(path.join(dir, "none.json"), 1024, SessionState, log)).toBeNull();
    expect(lines).toEqual([]);
    fs.writeFileSync(path.join(dir, "bad.json"), "{ half");
    expect(readChecked(path.join(dir, "bad.json"), 1024, SessionState, log)).toBeNull();
    fs.writeFileSync(path.join(dir, "wrong.json"), JSON.stringify({ ...emptyState("s1", "/p", AT), prompts: [{ text: 1, at: AT }] }));
    expect(readChecked(path.join(dir, "wrong.json"), 1 << 20, SessionState, log)).toBeNull();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/bad\.json .*not JSON/);
    expect(lines[1]).toMatch(/wrong\.json .*prompts\.0\.text/);
  });

  it("starts afresh from an invalid session file or latest.json and says so in the state folder's log", () => {
    const stateDir = path.join(tempDir(), "state");
    const lines: string[] = [];
    const p = statePaths(stateDir, (l) => lines.push(l));
    expect(prepareStateDir(p)).toBe(true);
    writeSession(p, emptyState("s1", "/p", AT));
    expect(readSession(p, "s1")?.sessionId).toBe("s1");
    fs.writeFileSync(path.join(p.sessions, "s1.json"), JSON.stringify({ ...emptyState("s1", "/p", AT), files: "many" }));
    expect(readSession(p, "s1")).toBeNull();
    fs.writeFileSync(p.latest, JSON.stringify({ sessionId: 5, savedAt: AT }));
    expect(readLatest(p)).toBeNull();
    expect(lines).toEqual([expect.stringMatching(/s1\.json .*files/), expect.stringMatching(/latest\.json .*sessionId/)]);
    // Without a logger of its own, the folder's hook.log gets the line.
    expect(readLatest(statePaths(stateDir))).toBeNull();
    expect(fs.readFileSync(path.join(stateDir, "hook.log"), "utf8")).toMatch(/read latest\.json ignored/);
  });

  it("folds only valid subagent reports from the inbox and deletes the rest with them", () => {
    const stateDir = path.join(tempDir(), "state");
    const lines: string[] = [];
    const p = statePaths(stateDir, (l) => lines.push(l));
    expect(prepareStateDir(p)).toBe(true);
    expect(postReport(p, "s1", { id: "a1", excerpt: "found it", at: AT })).toBe(true);
    expect(postReport(p, "s1", { id: "a2", at: 5 } as never)).toBe(true);
    const s = emptyState("s1", "/p", AT);
    const files = takeReports(p, s);
    expect(files).toHaveLength(2);
    expect(s.subagents.map((a) => a.id)).toEqual(["a1"]);
    expect(lines).toEqual([expect.stringMatching(/at/)]);
  });
});

describe("Claude Code's task files", () => {
  it("keeps a task whose odd field is of the wrong type, and skips a file that is not a JSON object", async () => {
    const { readTaskDir } = await import("../../src/collectors/tasks");
    const claude = tempDir();
    const dir = path.join(claude, "tasks", "list1");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "1.json"), JSON.stringify({ id: 1, subject: "Write it", status: "in_progress", blockedBy: ["2", 3], future: true }));
    fs.writeFileSync(path.join(dir, "2.json"), JSON.stringify({ subject: 5, status: "someday", activeForm: ["x"] }));
    fs.writeFileSync(path.join(dir, "3.json"), "[1, 2]");
    fs.writeFileSync(path.join(dir, "4.json"), '{"id": "4", "subj');
    expect(readTaskDir(claude, "list1", (t) => t)).toEqual([
      { id: "1", subject: "Write it", status: "in_progress", activeForm: undefined, blockedBy: ["2"] },
      { id: "2", subject: "", status: "pending", activeForm: undefined, blockedBy: undefined },
    ]);
  });
});
