import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { claudeDirFrom, isDisabled, loadSettings, resolveConfig } from "../../src/config";
import { defaultSettings, SettingsSchema } from "../../src/settings";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function project(settings?: unknown): string {
  const d = mkdtempSync(join(tmpdir(), "ss-cfg-"));
  dirs.push(d);
  if (settings !== undefined) {
    mkdirSync(join(d, ".claude"));
    writeFileSync(join(d, ".claude", "session-state.json"), typeof settings === "string" ? settings : JSON.stringify(settings));
  }
  return d;
}

describe("config", () => {
  it("prefers CLAUDE_PROJECT_DIR over the input's cwd, and CLAUDE_CONFIG_DIR over HOME", () => {
    const c = resolveConfig({ CLAUDE_PROJECT_DIR: "/a/proj", HOME: "/home/x" }, "/elsewhere", "/input/cwd");
    expect(c.projectDir).toBe("/a/proj");
    expect(c.stateDir).toBe("/a/proj/.claude/session-state");
    expect(c.claudeDir).toBe("/home/x/.claude");
    expect(resolveConfig({}, "/elsewhere", "/input/cwd").projectDir).toBe("/input/cwd");
    expect(claudeDirFrom({ CLAUDE_CONFIG_DIR: "/cfg", HOME: "/home/x" })).toBe("/cfg");
  });

  it("has safe defaults without a settings file", () => {
    const { settings, problems } = loadSettings(project(), {});
    expect(settings).toMatchObject({ keep: 10, maxChars: 9000, staleDays: 7, inject: { startup: true, compact: true, resume: false, clear: false } });
    expect(problems).toEqual([]);
  });

  it("keeps good values, replaces wrong ones with defaults and says which", () => {
    const { settings, problems } = loadSettings(project({ keep: 3, maxChars: 50000, inject: { resume: true }, bogus: 1, collectors: { git: "no" } }), {});
    expect(settings.keep).toBe(3);
    expect(settings.maxChars).toBe(9000);
    expect(settings.inject.resume).toBe(true);
    expect(settings.collectors.git).toBe(true);
    expect(problems.join("\n")).toMatch(/unknown setting "bogus"/);
    expect(problems.join("\n")).toMatch(/"maxChars" has a wrong value/);
    expect(problems.join("\n")).toMatch(/"collectors.git" has a wrong value/);
    expect(problems.join("\n")).not.toMatch(/inject/);
  });

  it("uses the same defaults with and without a settings file", () => {
    expect(defaultSettings()).toEqual(SettingsSchema.parse({}));
  });

  it("survives a settings file that is not JSON", () => {
    expect(loadSettings(project("{ nope"), {}).settings.keep).toBe(10);
  });

  it("applies environment overrides within bounds", () => {
    const { settings } = loadSettings(project(), {
      SESSION_STATE_INJECT: "compact resume",
      SESSION_STATE_MAX_CHARS: "20000",
      SESSION_STATE_KEEP: "0",
      SESSION_STATE_STALE_DAYS: "2",
    });
    expect(settings.inject).toEqual({ startup: false, compact: true, resume: true, clear: false });
    expect(settings.maxChars).toBe(9500);
    expect(settings.keep).toBe(1);
    expect(settings.staleDays).toBe(2);
  });

  it("does not let one run's environment override leak into the next run's settings", () => {
    const dir = project({ keep: 3 }); // a file without `inject`: the schema's default fills it
    expect(loadSettings(dir, { SESSION_STATE_INJECT: "resume" }).settings.inject).toEqual({ startup: false, compact: false, resume: true, clear: false });
    expect(loadSettings(dir, {}).settings.inject).toEqual(defaultSettings().inject);
  });

  it("recognises the kill switch", () => {
    expect(isDisabled({ SESSION_STATE_DISABLE: "1" })).toBe(true);
    expect(isDisabled({ SESSION_STATE_DISABLE: "true" })).toBe(true);
    expect(isDisabled({ SESSION_STATE_DISABLE: "0" })).toBe(false);
    expect(isDisabled({})).toBe(false);
  });
});
