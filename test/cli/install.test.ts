// install / uninstall on the built bundle in temporary projects.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundle, cleanupProjects, makeProject, type Project } from "./helpers";

afterEach(cleanupProjects);

const EVENTS = ["SessionStart", "Stop", "StopFailure", "SubagentStop", "PreCompact", "SessionEnd", "PostModelSwitch"];
const PROJECT_COMMAND = 'node "$CLAUDE_PROJECT_DIR/.claude/hooks/session-state.cjs"';

type Group = { matcher?: string; hooks: Array<{ type: string; command: string; timeout?: number }> };
type SettingsJson = { hooks?: Record<string, Group[]>; [k: string]: unknown };

const settingsPath = (p: Project, name = "settings.json") => join(p.dir, ".claude", name);
const readSettings = (file: string): SettingsJson => JSON.parse(readFileSync(file, "utf8")) as SettingsJson;
const ours = (s: SettingsJson, event: string) =>
  (s.hooks?.[event] ?? []).flatMap((g) => g.hooks.filter((h) => h.command.includes("session-state.cjs")).map((h) => ({ ...h, matcher: g.matcher })));

function writeSettings(p: Project, text: string, name = "settings.json"): string {
  mkdirSync(join(p.dir, ".claude"), { recursive: true });
  const file = settingsPath(p, name);
  writeFileSync(file, text);
  return file;
}

const OTHER_SETTINGS = {
  permissions: { allow: ["Bash(npm test)"] },
  hooks: {
    Stop: [{ hooks: [{ type: "command", command: "echo other-stop" }] }],
    PreToolUse: [{ matcher: "Bash", hooks: [{ type: "command", command: "./check.sh", timeout: 5 }] }],
  },
  model: "opus",
};

describe("install", () => {
  it("registers every event once, copies the bundle, and is idempotent", () => {
    const p = makeProject();
    const first = p.run(["install"]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("Installed session-state in .claude/settings.json (project scope)");
    const bytes = readFileSync(settingsPath(p), "utf8");

    const second = p.run(["install"]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("already installed");
    expect(readFileSync(settingsPath(p), "utf8")).toBe(bytes);

    const s = readSettings(settingsPath(p));
    for (const event of EVENTS) {
      const entries = ours(s, event);
      expect(entries, event).toHaveLength(1);
      expect(entries[0]).toMatchObject({ type: "command", command: PROJECT_COMMAND, timeout: 10 });
    }
    expect(ours(s, "SessionStart")[0]?.matcher).toBe("startup|compact");
    expect(readFileSync(join(p.dir, ".claude/hooks/session-state.cjs")).equals(readFileSync(bundle))).toBe(true);
  });

  it("keeps every other hook and setting, and updates a stale entry in place", () => {
    const p = makeProject();
    const stale = structuredClone(OTHER_SETTINGS) as SettingsJson;
    stale.hooks!.SessionStart = [{ matcher: "startup", hooks: [{ type: "command", command: "node old/session-state.cjs" }] }];
    stale.hooks!.UserPromptSubmit = [{ hooks: [{ type: "command", command: "node old/session-state.cjs", timeout: 3 }] }];
    writeSettings(p, JSON.stringify(stale, null, 2));
    expect(p.run(["install"]).code).toBe(0);
    const s = readSettings(settingsPath(p));
    expect(s.permissions).toEqual(OTHER_SETTINGS.permissions);
    expect(s.model).toBe("opus");
    expect(s.hooks?.PreToolUse).toEqual(OTHER_SETTINGS.hooks.PreToolUse);
    expect(s.hooks?.Stop?.[0]).toEqual(OTHER_SETTINGS.hooks.Stop[0]);
    expect(s.hooks?.UserPromptSubmit).toBeUndefined();
    for (const event of EVENTS) expect(ours(s, event), event).toHaveLength(1);
    expect(ours(s, "SessionStart")[0]).toMatchObject({ matcher: "startup|compact", command: PROJECT_COMMAND, timeout: 10 });
  });

  it("adds resume and clear to the SessionStart matcher when the project injects there", () => {
    const p = makeProject();
    writeSettings(p, JSON.stringify({ inject: { resume: true, clear: true } }), "session-state.json");
    expect(p.run(["install"]).code).toBe(0);
    expect(ours(readSettings(settingsPath(p)), "SessionStart")[0]?.matcher).toBe("startup|compact|resume|clear");
  });

  it("prints a unified diff with --dry-run and writes nothing", () => {
    const p = makeProject();
    const file = writeSettings(p, '{\n  "model": "opus"\n}\n');
    const r = p.run(["install", "--dry-run"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("--- a/.claude/settings.json\n+++ b/.claude/settings.json\n@@ -1,3 +1,");
    expect(r.stdout).toContain('-  "model": "opus"\n+  "model": "opus",\n+  "hooks": {');
    expect(r.stdout).toContain("Would copy the hook to .claude/hooks/session-state.cjs");
    expect(readFileSync(file, "utf8")).toBe('{\n  "model": "opus"\n}\n');
    expect(existsSync(join(p.dir, ".claude/hooks"))).toBe(false);
    expect(existsSync(join(p.dir, ".claude/session-state"))).toBe(false);
  });

  it("never overwrites a settings file it cannot parse, and says where it breaks", () => {
    const p = makeProject();
    const broken = '{\n  "model": "opus",\n  "hooks": {\n    "Stop": []\n  },\n}\n';
    const file = writeSettings(p, broken);
    const r = p.run(["install"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\.claude\/settings\.json is not valid JSON \(line 6, column 1: /);
    expect(readFileSync(file, "utf8")).toBe(broken);
    expect(existsSync(join(p.dir, ".claude/hooks"))).toBe(false);

    writeSettings(p, '{"hooks": []}');
    const shape = p.run(["install"]);
    expect(shape.code).toBe(1);
    expect(shape.stderr).toContain('"hooks" is not an object');
  });

  it("local scope writes settings.local.json; user scope uses CLAUDE_CONFIG_DIR and an absolute path", () => {
    const p = makeProject();
    expect(p.run(["install", "--scope", "local"]).code).toBe(0);
    expect(ours(readSettings(settingsPath(p, "settings.local.json")), "Stop")[0]?.command).toBe(PROJECT_COMMAND);
    expect(existsSync(settingsPath(p))).toBe(false);

    const other = makeProject();
    const r = other.run(["install", "--scope", "user"]);
    expect(r.code, r.stderr).toBe(0);
    const userFile = join(other.claudeDir, "settings.json");
    const hookFile = join(other.claudeDir, "hooks", "session-state.cjs");
    expect(ours(readSettings(userFile), "PreCompact")[0]?.command).toBe(`node "${hookFile}"`);
    expect(statSync(hookFile).isFile()).toBe(true);
    expect(other.run(["install", "--scope", "user"]).stdout).toContain("already installed");
  });

  it("ends with a doctor command that runs as printed: the file install wrote, not a bare `session-state` (issue 12, item 2)", () => {
    const p = makeProject();
    const r = p.run(["install"]);
    expect(r.stdout).toContain("Check it with: node .claude/hooks/session-state.cjs doctor.");
    expect(r.stdout).not.toMatch(/with: session-state /);
    const command = /Check it with: (.+?)\. New sessions/.exec(r.stdout)?.[1] as string;
    const doctor = spawnSync("sh", ["-c", command], { cwd: p.dir, env: p.env, encoding: "utf8" });
    expect(doctor.stdout).toContain("session-state doctor:");

    const user = makeProject({ name: "with space" });
    const u = user.run(["install", "--scope", "user"]);
    expect(u.stdout).toContain(`Check it with: node ${join(user.claudeDir, "hooks", "session-state.cjs")} doctor.`);
    // from outside the project folder: the absolute path, quoted for the shell
    mkdirSync(join(user.dir, "sub"));
    const sub = user.run(["install", "--scope", "local"], { cwd: join(user.dir, "sub"), env: { CLAUDE_PROJECT_DIR: user.dir } });
    const hook = join(user.dir, ".claude/hooks/session-state.cjs");
    expect(sub.stdout).toContain(`Check it with: node '${hook}' doctor.`);
    const quoted = spawnSync("sh", ["-c", `node '${hook}' doctor`], { cwd: join(user.dir, "sub"), env: { ...user.env, CLAUDE_PROJECT_DIR: user.dir }, encoding: "utf8" });
    expect(quoted.stdout).toContain("session-state doctor:");
  });

  it("warns when another scope already registers the hook", () => {
    const p = makeProject();
    expect(p.run(["install", "--scope", "user"]).code).toBe(0);
    const r = p.run(["install"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("also registered in the user scope");
    // the remedy names a command that runs: the bundle that ran install, not a bare session-state
    expect(r.stdout).toContain(`Remove one: node ${bundle} uninstall --scope user`);
  });

  it("rejects a wrong scope and unknown options with exit 2", () => {
    const p = makeProject();
    const bad = p.run(["install", "--scope", "global"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown scope "global"');
    expect(bad.stderr).toContain(`Usage: node ${bundle} install`);
    expect(p.run(["install", "--force"]).code).toBe(2);
  });
});

describe("uninstall", () => {
  const layouts: Record<string, string> = {
    "two spaces, final newline": `${JSON.stringify(OTHER_SETTINGS, null, 2)}\n`,
    "tabs, no final newline": JSON.stringify(OTHER_SETTINGS, null, "\t"),
    "CRLF line endings": `${JSON.stringify(OTHER_SETTINGS, null, 4).replace(/\n/g, "\r\n")}\r\n`,
    "hand-written inline objects": '{ "model": "opus",\n  "hooks": { "Stop": [ { "hooks": [ { "type": "command", "command": "echo other-stop" } ] } ] } }\n',
    "empty hooks object": '{\n  "hooks": {}\n}\n',
  };

  for (const [name, original] of Object.entries(layouts)) {
    it(`restores the settings byte for byte when we were the only change (${name})`, () => {
      const p = makeProject();
      const file = writeSettings(p, original);
      expect(p.run(["install"]).code).toBe(0);
      expect(p.run(["install"]).code).toBe(0);
      expect(readFileSync(file, "utf8")).not.toBe(original);
      const r = p.run(["uninstall"]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain("back exactly as it was");
      expect(readFileSync(file, "utf8")).toBe(original);
      expect(existsSync(join(p.dir, ".claude/hooks"))).toBe(false);
    });
  }

  it("says that the saved state was kept and how to delete it", () => {
    const p = makeProject();
    expect(p.run(["install"]).code).toBe(0);
    const state = join(p.dir, ".claude/session-state");
    writeFileSync(join(state, "latest.json"), "{}");
    // run from the hook copy, which uninstall removes: only rm is left to offer
    const own = spawnSync(process.execPath, [".claude/hooks/session-state.cjs", "uninstall"], { cwd: p.dir, env: p.env, encoding: "utf8" });
    expect(own.status, own.stderr).toBe(0);
    expect(own.stdout).toContain("The saved state in .claude/session-state/ was kept. To delete it: rm -r .claude/session-state/");
    expect(existsSync(state)).toBe(true);

    // run from a bundle that stays: its own clear command, which works as printed
    expect(p.run(["install"]).code).toBe(0);
    const r = p.run(["uninstall"]);
    const clear = /To delete it: (.+)$/m.exec(r.stdout)?.[1] as string;
    expect(clear).toBe(`node ${bundle} clear`);
    spawnSync("sh", ["-c", `${clear} --yes`], { cwd: p.dir, env: p.env, encoding: "utf8" });
    expect(existsSync(join(state, "latest.json"))).toBe(false);
  });

  it("removes a settings file that install created", () => {
    const p = makeProject();
    expect(p.run(["install"]).code).toBe(0);
    const r = p.run(["uninstall"]);
    expect(r.stdout).toContain("did not exist before install");
    expect(existsSync(settingsPath(p))).toBe(false);
  });

  it("removes only our entries when the file changed since install", () => {
    const p = makeProject();
    const file = writeSettings(p, `${JSON.stringify(OTHER_SETTINGS, null, 2)}\n`);
    expect(p.run(["install"]).code).toBe(0);
    const edited = readSettings(file);
    edited.env = { FOO: "1" };
    writeFileSync(file, `${JSON.stringify(edited, null, 2)}\n`);
    const r = p.run(["uninstall"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("every other setting was kept");
    expect(readSettings(file)).toEqual({ ...OTHER_SETTINGS, env: { FOO: "1" } });
  });

  it("works without an install record (a hand-made registration)", () => {
    const p = makeProject();
    const file = writeSettings(p, readFileSync(join(__dirname, "../../hooks/settings.json"), "utf8"));
    const r = p.run(["uninstall"]);
    expect(r.code, r.stderr).toBe(0);
    expect(readSettings(file)).toEqual({});
  });

  it("keeps the bundle while the other project scope still uses it, and says when nothing is installed", () => {
    const p = makeProject();
    expect(p.run(["install"]).code).toBe(0);
    expect(p.run(["install", "--scope", "local"]).code).toBe(0);
    expect(p.run(["uninstall", "--scope", "local"]).code).toBe(0);
    expect(existsSync(join(p.dir, ".claude/hooks/session-state.cjs"))).toBe(true);
    expect(p.run(["uninstall", "--scope", "local"]).stdout).toContain("not installed");
    expect(p.run(["uninstall"]).code).toBe(0);
    expect(existsSync(join(p.dir, ".claude/hooks/session-state.cjs"))).toBe(false);
  });

  it("user scope: restores the user settings and removes the hook copy and its folder", () => {
    const p = makeProject();
    const userFile = join(p.claudeDir, "settings.json");
    const original = '{\n  "theme": "dark"\n}\n';
    writeFileSync(userFile, original);
    expect(p.run(["install", "--scope", "user"]).code).toBe(0);
    expect(existsSync(join(p.claudeDir, "hooks/session-state.cjs"))).toBe(true);
    const r = p.run(["uninstall", "--scope", "user"]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(userFile, "utf8")).toBe(original);
    expect(existsSync(join(p.claudeDir, "hooks"))).toBe(false);
  });

  it("refuses to touch an unparseable file", () => {
    const p = makeProject();
    const file = writeSettings(p, '{"hooks": {"Stop": [}');
    const r = p.run(["uninstall"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 1, column 21/);
    expect(readFileSync(file, "utf8")).toBe('{"hooks": {"Stop": [}');
  });
});
