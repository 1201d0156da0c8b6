// doctor on the built bundle: a healthy install, then each kind of breakage it must catch.
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanupProjects, makeProject, type Project, runHook, savedSession, transcriptDir } from "./helpers";

afterEach(cleanupProjects);

const settingsFile = (p: Project) => join(p.dir, ".claude/settings.json");
const line = (out: string, re: RegExp) => out.split("\n").find((l) => re.test(l)) ?? "";

function editSettings(p: Project, edit: (s: { hooks: Record<string, Array<{ matcher?: string; hooks: Array<Record<string, unknown>> }>> }) => void): void {
  const s = JSON.parse(readFileSync(settingsFile(p), "utf8"));
  edit(s);
  writeFileSync(settingsFile(p), JSON.stringify(s, null, 2));
}

describe("doctor", () => {
  it("passes on a fresh install and reports each check on its own line", () => {
    const p = makeProject({ git: true });
    expect(p.run(["install"]).code).toBe(0);
    const r = p.run(["doctor"]);
    expect(r.code, r.stdout).toBe(0);
    expect(line(r.stdout, /Node\.js/)).toMatch(/^ok\s+Node\.js \d+\.\d+\.\d+/);
    for (const event of ["SessionStart", "Stop", "StopFailure", "SubagentStop", "PreCompact", "SessionEnd", "PostModelSwitch"]) {
      expect(line(r.stdout, new RegExp(`\\s${event}:`))).toMatch(new RegExp(`^ok\\s+${event}: \\.claude/settings\\.json.*timeout 10 s`));
    }
    expect(line(r.stdout, /state folder/)).toMatch(/^ok\s+state folder writable/);
    expect(line(r.stdout, /^\w+\s+git/)).toMatch(/^ok\s+git \d/);
    expect(line(r.stdout, /nothing saved yet/)).toMatch(/^warn/);
    expect(r.stdout).toContain("next startup injects nothing");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("fails on a missing registration and on a wrong matcher, saying what to do", () => {
    const p = makeProject({ git: true });
    expect(p.run(["install"]).code).toBe(0);
    editSettings(p, (s) => {
      delete s.hooks.PreCompact;
      s.hooks.SessionStart![0]!.matcher = "startup";
    });
    const r = p.run(["doctor"]);
    expect(r.code).toBe(1);
    expect(line(r.stdout, /PreCompact/)).toMatch(/^fail\s+PreCompact: not registered in any settings file/);
    expect(r.stdout).toMatch(/fail\s+SessionStart in \.claude\/settings\.json: matcher "startup" does not let compact through\n\s+→ run: node \S*session-state\.cjs install/);
    expect(r.stdout).toMatch(/2 checks failed/);
    // install repairs both.
    expect(p.run(["install"]).code).toBe(0);
    expect(p.run(["doctor"]).code).toBe(0);
  });

  it("fails when the hook file is gone, warns on a missing timeout and on double registration", () => {
    const p = makeProject({ git: true });
    expect(p.run(["install"]).code).toBe(0);
    expect(p.run(["install", "--scope", "local"]).code).toBe(0);
    editSettings(p, (s) => delete s.hooks.Stop![0]!.hooks[0]!.timeout);
    rmSync(join(p.dir, ".claude/hooks/session-state.cjs"));
    const r = p.run(["doctor"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/fail\s+SessionStart in \.claude\/settings\.json: the hook file .*\.claude\/hooks\/session-state\.cjs does not exist/);
    expect(r.stdout).toMatch(/warn\s+Stop: registered 2 times \(\.claude\/settings\.json, \.claude\/settings\.local\.json\)/);
  });

  it("reports a broken settings file, wrong values, a bad pattern and the last logged error", () => {
    const p = makeProject({ git: true });
    expect(p.run(["install"]).code).toBe(0);
    const ssFile = join(p.dir, ".claude/session-state.json");
    writeFileSync(ssFile, '{ "keep": 500, "colour": true, "redact": ["(unclosed"] }');
    savedSession(p, "33333333-aaaa-4bbb-8ccc-000000000003", { start: new Date().toISOString(), prompts: ["hello"] });
    appendFileSync(join(p.dir, ".claude/session-state/hook.log"), "2026-11-28T00:00:00.000Z Stop state folder refused: /x is a symbolic link\n");
    const r = p.run(["doctor"]);
    expect(r.stdout).toMatch(/warn\s+\.claude\/session-state\.json: setting "keep" has a wrong value; using 10/);
    expect(r.stdout).toMatch(/warn\s+\.claude\/session-state\.json: unknown setting "colour"/);
    expect(r.stdout).toMatch(/warn\s+.*redact pattern "\(unclosed" is not a valid regular expression/);
    expect(r.stdout).toMatch(/warn\s+hook\.log, last problem: .*state folder refused/);
    expect(r.stdout).toMatch(/ok\s+last save \d+ s ago \(session 33333333-/);
    expect(r.stdout).toMatch(/ok\s+next startup injects [\d,]+ characters \(limit 9,000; Claude Code passes up to 10,000 in full\)/);

    writeFileSync(ssFile, '{\n  "keep": 5,\n  "inject": { "resume": tru }\n}');
    const broken = p.run(["doctor"]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/fail\s+\.claude\/session-state\.json is not valid JSON \(line 3, column 25: Unexpected token[^\n]*\); the hook uses defaults/);
  });

  it("requires resume in the SessionStart matcher once the project injects on resume", () => {
    const p = makeProject({ git: true });
    expect(p.run(["install"]).code).toBe(0);
    mkdirSync(join(p.dir, ".claude"), { recursive: true });
    writeFileSync(join(p.dir, ".claude/session-state.json"), '{ "inject": { "resume": true } }');
    const r = p.run(["doctor"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('matcher "startup|compact" does not let resume through');
  });

  it("flags an unparseable Claude Code settings file and the kill switch", () => {
    const p = makeProject();
    mkdirSync(join(p.dir, ".claude"), { recursive: true });
    writeFileSync(join(p.dir, ".claude/settings.local.json"), "{ nope");
    const r = p.run(["doctor"], { env: { SESSION_STATE_DISABLE: "1" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/fail\s+\.claude\/settings\.local\.json is not valid JSON \(line 1, column 3/);
    expect(r.stdout).toMatch(/warn\s+SESSION_STATE_DISABLE is set/);
    expect(r.stdout).toMatch(/warn\s+git .*not a git repository/);
  });

  it("accepts the enabled plugin as the registration, and warns when settings register it too", () => {
    const p = makeProject({ git: true });
    mkdirSync(p.claudeDir, { recursive: true });
    writeFileSync(join(p.claudeDir, "settings.json"), JSON.stringify({ enabledPlugins: { "session-state@tools": true } }));
    const r = p.run(["doctor"]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/ok\s+Stop: registered by the plugin session-state@tools/);
    expect(p.run(["install"]).code).toBe(0);
    expect(p.run(["doctor"]).stdout).toMatch(/warn\s+Stop: registered 2 times \(\.claude\/settings\.json, session-state@tools\)/);
  });
});

describe("doctor and hook.log levels (issue 12, item 4)", () => {
  const S = "44444444-aaaa-4bbb-8ccc-000000000004";
  const CLEARED = "55555555-aaaa-4bbb-8ccc-000000000005";

  it("is quiet after a normal session with a /compact and a /clear", () => {
    const p = makeProject({ git: true });
    expect(p.run(["install"]).code).toBe(0);
    const file = savedSession(p, S, { start: new Date(Date.now() - 60_000).toISOString(), prompts: ["Write the changelog"] });
    const hook = (input: Record<string, unknown>) => expect(runHook(p, { session_id: S, transcript_path: file, ...input }).code).toBe(0);
    // What Claude Code sends around a manual /compact: PreCompact, the compaction agent's
    // SubagentStop, SessionStart(compact); then a turn, then /clear.
    hook({ hook_event_name: "PreCompact", trigger: "manual", custom_instructions: null });
    hook({ hook_event_name: "SubagentStop", stop_hook_active: false, agent_id: "acompact-1", last_assistant_message: "<analysis>x</analysis><summary>y</summary>" });
    hook({ hook_event_name: "SessionStart", source: "compact" });
    hook({ hook_event_name: "Stop", stop_hook_active: false, last_assistant_message: "Done." });
    hook({ hook_event_name: "SessionEnd", reason: "clear" });
    // The session /clear started, closed before it said anything: it has no transcript file.
    expect(runHook(p, { session_id: CLEARED, transcript_path: join(transcriptDir(p), `${CLEARED}.jsonl`), hook_event_name: "SessionEnd", reason: "prompt_input_exit" }).code).toBe(0);

    const log = readFileSync(join(p.dir, ".claude/session-state/hook.log"), "utf8");
    expect(log).toMatch(/ info SubagentStop SubagentStop of the compaction agent ignored/);
    expect(log).toMatch(/ info SessionEnd no transcript yet/);
    const r = p.run(["doctor"]);
    expect(line(r.stdout, /hook\.log/)).toMatch(/^ok\s+hook\.log: no errors/);
    expect(r.stdout).toContain("All checks passed.");
  });

  it("reports a warning the hook logged, with its level", () => {
    const p = makeProject({ git: true });
    expect(p.run(["install"]).code).toBe(0);
    savedSession(p, S, { start: new Date(Date.now() - 60_000).toISOString(), prompts: ["Write the changelog"] });
    expect(runHook(p, { session_id: S, hook_event_name: "NotAnEvent" }).code).toBe(0);
    expect(line(p.run(["doctor"]).stdout, /hook\.log/)).toMatch(/^warn\s+hook\.log, last problem: \S+ warn input event NotAnEvent is not handled/);
  });
});
