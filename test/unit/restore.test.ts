// SessionStart takes one path: choose the saved state, compare git, render, redact, cap. latest.json
// only points at the latest session, so whatever changed since the save (settings, subagent
// reports, a save that could not publish) is in the text, and nothing an older build left in
// latest.json is ever shown.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Config } from "../../src/config";
import { encodeProjectDir } from "../../src/config-dirs";
import { buildInjection } from "../../src/hook/restore";
import { postReport } from "../../src/state/inbox";
import { statePaths } from "../../src/state/paths";
import { prepareStateDir, publish, writeSession } from "../../src/state/store";
import { defaultSettings, type Settings } from "../../src/settings";
import { richState, SAVED } from "../helpers/state";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const SECRET = "sk-ant-api03-AAAAAAAAAAAAAAAAAAAAAAAAAAAA";

function setup(settings: Partial<Settings> = {}) {
  const projectDir = fs.mkdtempSync(path.join(os.tmpdir(), "ss-restore-"));
  dirs.push(projectDir);
  const stateDir = path.join(projectDir, ".claude", "session-state");
  const config: Config = {
    projectDir,
    stateDir,
    claudeDir: path.join(projectDir, "claude"),
    claudeDirs: () => [path.join(projectDir, "claude")],
    settings: { ...defaultSettings(), ...settings },
    settingsProblems: [],
    taskListId: undefined,
    now: () => Date.parse(SAVED) + 3 * 60_000,
  };
  const paths = statePaths(stateDir);
  expect(prepareStateDir(paths)).toBe(true);
  const s = richState();
  // The user's own session: saved for this folder, its transcript in this user's Claude folder.
  s.projectDir = projectDir;
  const transcripts = path.join(projectDir, "claude", "projects", encodeProjectDir(projectDir));
  fs.mkdirSync(transcripts, { recursive: true });
  fs.writeFileSync(path.join(transcripts, `${s.sessionId}.jsonl`), "");
  s.prompts.push({ text: `deploy with ${SECRET} and ticket internal-4711 please`, at: SAVED });
  writeSession(paths, s);
  publish(paths, s, { keep: 10, durable: false, now: config.now() });
  return { config, s, paths };
}

const text = async (config: Config, source: string, id?: string): Promise<string> => {
  const built = await buildInjection(config, source, id);
  if ("skipped" in built) throw new Error(built.skipped);
  return built.text;
};

describe("SessionStart's one path", () => {
  it("latest.json is a small pointer, with nothing of the state in it", () => {
    const { s, paths } = setup();
    expect(JSON.parse(fs.readFileSync(paths.latest, "utf8"))).toEqual({ sessionId: s.sessionId, savedAt: s.savedAt, v: 1 });
  });

  it("renders the saved state, redacted and within the cap, for startup and for the session's own compact", async () => {
    const { config, s } = setup();
    const startup = await text(config, "startup");
    expect(startup).toContain("[in progress] Handle empty reports");
    expect(startup).not.toContain(SECRET);
    expect(startup.length).toBeLessThanOrEqual(config.settings.maxChars);
    // The git section is the one saved; the repository (none here) is compared on top of it.
    expect(startup).toContain("feature/csv");
    // The session's own compact finds the same state and says the same.
    expect(await text(config, "compact", s.sessionId)).toBe(startup);
  });

  it("applies settings changed after the save at once: the cap and new redaction patterns", async () => {
    const { config } = setup();
    const small = await text({ ...config, settings: { ...config.settings, maxChars: 2000 } }, "startup");
    expect(small.length).toBeLessThanOrEqual(2000);
    expect(await text(config, "startup")).toContain("internal-4711");
    expect(await text({ ...config, settings: { ...config.settings, redact: ["internal-[0-9]+"] } }, "startup")).not.toContain("internal-4711");
  });

  it("shows subagent reports that arrived after the save, and a session file newer than latest.json", async () => {
    const { config, s, paths } = setup();
    expect(postReport(paths, s.sessionId, { id: "late1", type: "Explore", excerpt: "The late report says: use papaparse.", at: "2026-11-28T10:01:00.000Z" })).toBe(true);
    expect(await text(config, "startup")).toContain("use papaparse");
    // A save whose publish timed out: its file is newer than what latest.json names.
    writeSession(paths, { ...s, savedAt: "2026-11-28T10:02:00.000Z", lastMessage: { text: "Newer than the pointer.", at: "2026-11-28T10:02:00.000Z" } });
    expect(await text(config, "startup")).toContain("Newer than the pointer.");
  });

  it("never shows what an older build pre-rendered into latest.json", async () => {
    const { config, s, paths } = setup();
    const old = { sessionId: s.sessionId, savedAt: s.savedAt, v: 1, view: { head: { sessionId: s.sessionId, savedAt: s.savedAt, lastEvent: "Stop" }, body: "\n\nSTALE PRE-RENDERED BODY", maxChars: config.settings.maxChars, redact: [], version: "0.1.0+0123456789ab" } };
    fs.writeFileSync(paths.latest, JSON.stringify(old));
    const t = await text(config, "startup");
    expect(t).not.toContain("STALE PRE-RENDERED BODY");
    expect(t).toContain("[in progress] Handle empty reports");
  });

  it("skips another session's compact and a state older than the staleness limit", async () => {
    const { config } = setup();
    expect(await buildInjection(config, "compact", "another-session")).toEqual({ skipped: "no saved state for session another-session" });
    const later = { ...config, now: () => Date.parse(SAVED) + 30 * 86_400_000 };
    expect(await buildInjection(later, "startup", undefined)).toMatchObject({ skipped: expect.stringContaining("older than") });
  });
});
