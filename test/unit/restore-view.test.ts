// SessionStart's fast path (the context pre-rendered into latest.json by the last save) must say
// exactly what the full path (read the state, render it, redact it) says, and step aside whenever
// it would not.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Config } from "../../src/config";
import { buildInjection, injectionFromView } from "../../src/events/restore";
import { statePaths } from "../../src/state/paths";
import { makeRedactor } from "../../src/state/redact";
import { prepareStateDir, publish, writeSession } from "../../src/state/store";
import { defaultSettings, type Settings } from "../../src/settings";
import { RENDERER, VERSION } from "../../src/version";
import { richState, SAVED } from "../helpers/state";
import { encodeProjectDir } from "../../src/config-dirs";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function setup(settings: Partial<Settings> = {}, secretPrompt = false) {
  const projectDir = fs.mkdtempSync(path.join(os.tmpdir(), "ss-view-"));
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
  // The user's own state: saved for this folder, its session's transcript in the user's Claude folder.
  s.projectDir = projectDir;
  const transcripts = path.join(config.claudeDir, "projects", encodeProjectDir(projectDir));
  fs.mkdirSync(transcripts, { recursive: true });
  fs.writeFileSync(path.join(transcripts, `${s.sessionId}.jsonl`), "");
  if (secretPrompt) s.prompts.push({ text: "deploy with sk-ant-api03-AAAAAAAAAAAAAAAAAAAAAAAAAAAA please", at: SAVED });
  writeSession(paths, s);
  const redact = makeRedactor(config.settings.redact);
  publish(paths, s, { keep: 10, durable: false, now: config.now(), idleMs: 1, view: { maxChars: config.settings.maxChars, redactPatterns: config.settings.redact, redact, version: RENDERER } });
  return { config, s, paths };
}

const full = async (config: Config, source: string, id?: string): Promise<string> => {
  const built = await buildInjection(config, source, id);
  if ("skipped" in built) throw new Error(built.skipped);
  return built.text;
};

describe("SessionStart from the pre-rendered view", () => {
  it("is the same text as the full path, for startup and for the session's own compact", async () => {
    const { config, s } = setup();
    const fast = await injectionFromView(config, "startup", undefined);
    expect(fast).not.toBeNull();
    expect(fast).toBe(await full(config, "startup"));
    expect(await injectionFromView(config, "compact", s.sessionId)).toBe(await full(config, "compact", s.sessionId));
    expect((fast as string).length).toBeLessThanOrEqual(config.settings.maxChars);
  });

  it("keeps secrets out of the stored body and the text", async () => {
    const { config, paths } = setup({}, true);
    expect(fs.readFileSync(paths.latest, "utf8")).not.toContain("sk-ant-api03");
    expect(await injectionFromView(config, "startup", undefined)).not.toContain("sk-ant-api03");
  });

  it("steps aside for another session's compact, changed settings, a stale state, another version, a newer session file or an old latest.json", async () => {
    const { config, s, paths } = setup();
    expect(await injectionFromView(config, "compact", "another-session")).toBeNull();
    expect(await injectionFromView({ ...config, settings: { ...config.settings, maxChars: 5000 } }, "startup", undefined)).toBeNull();
    expect(await injectionFromView({ ...config, settings: { ...config.settings, redact: ["internal-[0-9]+"] } }, "startup", undefined)).toBeNull();
    expect(await injectionFromView({ ...config, now: () => Date.parse(SAVED) + 30 * 86_400_000 }, "startup", undefined)).toBeNull();
    // A view from another version of the hook, or older than the session's file.
    const stored = JSON.parse(fs.readFileSync(paths.latest, "utf8"));
    fs.writeFileSync(paths.latest, JSON.stringify({ ...stored, view: { ...stored.view, version: "0.0.1" } }));
    expect(await injectionFromView(config, "startup", undefined)).toBeNull();
    // The same version number from another build (other rendering or redaction rules).
    expect(stored.view.version).toBe(RENDERER);
    fs.writeFileSync(paths.latest, JSON.stringify({ ...stored, view: { ...stored.view, version: `${VERSION}+0123456789ab` } }));
    expect(await injectionFromView(config, "startup", undefined)).toBeNull();
    fs.writeFileSync(paths.latest, JSON.stringify({ ...stored, view: { ...stored.view, head: { ...stored.view.head, savedAt: "2026-11-28T09:59:00.000Z" } } }));
    expect(await injectionFromView(config, "startup", undefined)).toBeNull();
    fs.writeFileSync(paths.latest, JSON.stringify(stored));
    expect(await injectionFromView(config, "startup", undefined)).not.toBeNull();
    fs.writeFileSync(paths.latest, JSON.stringify({ sessionId: s.sessionId, savedAt: s.savedAt, v: 1 }));
    expect(await injectionFromView(config, "startup", undefined)).toBeNull();
    fs.writeFileSync(paths.latest, JSON.stringify({ sessionId: s.sessionId, savedAt: s.savedAt, v: 1, view: { body: 3 } }));
    expect(await injectionFromView(config, "startup", undefined)).toBeNull();
  });
});
