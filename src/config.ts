// The only reader of environment variables and the working directory. Everything downstream gets
// plain values, so tests build a Config instead of patching process.env.
import * as path from "node:path";
import { claudeConfigDirs } from "./config-dirs";
import { readJson } from "./io/fs";
import { patterns as patternMsg } from "./messages";
import { readVerdicts, settingsStamp, type Verdicts } from "./state/pattern-cache";
import { checkPatterns } from "./state/pattern-check";
import { defaultSettings, MAX_BUDGET_MS, type Settings, SettingsSchema, sources } from "./settings";

export type Env = Record<string, string | undefined>;

export interface Config {
  projectDir: string;
  stateDir: string;
  claudeDir: string;
  /** This user's Claude Code folders (config-dirs.ts), listed on first use: most hook runs never ask. */
  claudeDirs: () => string[];
  settings: Settings;
  /** Problems with the settings file, reported by the log and doctor; the hook uses defaults. */
  settingsProblems: string[];
  taskListId: string | undefined;
  now: () => number;
  /** Pattern verdicts made by this run, for a save to keep (state/pattern-cache.ts); absent when none were. */
  patternVerdicts?: { stamp: string; verdicts: Verdicts };
}

export const STATE_DIR = path.join(".claude", "session-state");
export const SETTINGS_FILE = path.join(".claude", "session-state.json");

/**
 * The hook's clock: the one place it reads the time. SESSION_STATE_CLOCK_OFFSET_MS moves it, so the
 * test suite can run once with the hook living a year ahead of the fixtures it reads.
 */
export function clockFrom(env: Env): () => number {
  const offset = Number(env.SESSION_STATE_CLOCK_OFFSET_MS ?? 0);
  return Number.isFinite(offset) && offset !== 0 ? () => Date.now() + offset : () => Date.now();
}

export const isDisabled = (env: Env): boolean => /^(1|true|yes|on)$/i.test(env.SESSION_STATE_DISABLE ?? "");

export function claudeDirFrom(env: Env): string {
  if (env.CLAUDE_CONFIG_DIR) return path.resolve(env.CLAUDE_CONFIG_DIR);
  // node:os only when HOME is unset: every hook run resolves this path.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return path.join(env.HOME || (require("node:os") as typeof import("node:os")).homedir(), ".claude");
}

export function projectDirFrom(env: Env, inputCwd: string | undefined, processCwd: string): string {
  const dir = env.CLAUDE_PROJECT_DIR || inputCwd || processCwd;
  return path.resolve(processCwd, dir);
}

/**
 * Names every key of the raw settings that is unknown or was replaced by a default; keys left out
 * are fine (defaults apply), so a partial nested object such as {"inject":{"resume":true}} is valid.
 */
function diffSettings(raw: Record<string, unknown>, parsed: Record<string, unknown>, prefix: string, problems: string[]): void {
  for (const [key, value] of Object.entries(raw)) {
    const name = `${prefix}${key}`;
    if (!(key in parsed)) {
      problems.push(`unknown setting "${name}"`);
      continue;
    }
    const got = parsed[key];
    const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
    if (isObj(value) && isObj(got)) diffSettings(value, got, `${name}.`, problems);
    else if (JSON.stringify(got) !== JSON.stringify(value))
      problems.push(`setting "${name}" has a wrong value; using ${JSON.stringify(got)}`);
  }
}

/** Reads `.claude/session-state.json` and applies SESSION_STATE_* overrides on top. */
export function loadSettings(
  projectDir: string,
  env: Env,
): { settings: Settings; problems: string[]; patternVerdicts?: Config["patternVerdicts"] } {
  const problems: string[] = [];
  const raw = readJson(path.join(projectDir, SETTINGS_FILE), 256 * 1024);
  const base = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  const settings = base ? SettingsSchema.parse(base) : defaultSettings();
  if (base) diffSettings(base, settings as unknown as Record<string, unknown>, "", problems);
  const num = (name: string): number | undefined => {
    const v = env[name];
    if (v === undefined || v === "") return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  };
  const keep = num("SESSION_STATE_KEEP");
  if (keep !== undefined) settings.keep = Math.min(100, Math.max(1, Math.round(keep)));
  const maxChars = num("SESSION_STATE_MAX_CHARS");
  if (maxChars !== undefined) settings.maxChars = Math.min(9500, Math.max(1000, Math.round(maxChars)));
  const stale = num("SESSION_STATE_STALE_DAYS");
  if (stale !== undefined && stale >= 0) settings.staleDays = stale;
  const budget = num("SESSION_STATE_BUDGET_MS");
  if (budget !== undefined) settings.budgetMs = Math.min(MAX_BUDGET_MS, Math.max(500, Math.round(budget)));
  // Patterns come with the repository: one that could hang a save is dropped, and said so.
  let patternVerdicts: Config["patternVerdicts"];
  if (settings.redact.length) {
    const stamp = settingsStamp(path.join(projectDir, SETTINGS_FILE));
    const known = readVerdicts(path.join(projectDir, STATE_DIR), stamp, () => undefined);
    const { safe, dropped, verdicts, judged } = checkPatterns(settings.redact, known);
    settings.redact = safe;
    for (const d of dropped) problems.push(patternMsg.dropped(d.pattern, d.why));
    if (stamp && judged) patternVerdicts = { stamp, verdicts };
  }
  const injectList = env.SESSION_STATE_INJECT;
  if (injectList !== undefined) {
    const wanted = new Set(injectList.split(/[\s,|]+/).filter(Boolean));
    for (const s of sources) settings.inject[s] = wanted.has(s);
  }
  return { settings, problems, patternVerdicts };
}

const once = <T>(f: () => T): (() => T) => {
  let v: { value: T } | undefined;
  return () => (v ??= { value: f() }).value;
};

export function resolveConfig(env: Env, processCwd: string, inputCwd?: string): Config {
  const projectDir = projectDirFrom(env, inputCwd, processCwd);
  const { settings, problems, patternVerdicts } = loadSettings(projectDir, env);
  return {
    projectDir,
    stateDir: path.join(projectDir, STATE_DIR),
    claudeDir: claudeDirFrom(env),
    claudeDirs: once(() => claudeConfigDirs(env)),
    settings,
    settingsProblems: problems,
    taskListId: env.CLAUDE_CODE_TASK_LIST_ID || undefined,
    now: clockFrom(env),
    patternVerdicts,
  };
}
