// Doctor's other checks: Node, the kill switch, the settings file, the state folder, git, the last
// save, the last error in hook.log, and the size of what the next startup would inject.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Config, type Env, isDisabled, SETTINGS_FILE } from "../config";
import { decideInjection } from "../hook/restore";
import { gitInstall } from "../io/git";
import { LOG_FILE } from "../io/log";
import { log as hookLog } from "../messages";
import { ageText, provenance as trust } from "../messages";
import { cli } from "./messages";
import { statePaths } from "../state/paths";
import { freshness } from "../state/provenance";
import { readLatest } from "../state/store";
import type { Check } from "./doctor-types";
import { parseJsonText } from "./settings-file/json-text";
import { readTextFile } from "./settings-file/text-file";

// What package.json `engines` says and CI tests (20, 22, 24, 26).
const MIN_NODE = [20, 0] as const;
/** What Claude Code passes on whole; beyond it the model only gets a 2 KB preview. */
export const CONTEXT_CAP = 10_000;
/** A line with a level (`<time> <level> <event> …`, io/log.ts): only warnings and errors are problems. */
const LEVELLED = /^\S+ (info|warn|error) /;
const LOG_PROBLEM = /^\S+ (warn|error) /;
/** Lines written before the log had levels: told apart by their wording. */
const LEGACY_ERROR = /\b(unexpected error|gave up|refused|rejected|could not|ignored|larger than)\b/;
const isProblem = (l: string): boolean =>
  LEVELLED.test(l) ? LOG_PROBLEM.test(l) : LEGACY_ERROR.test(l) && !l.endsWith(hookLog.compactionAgent);

export function nodeCheck(version: string | undefined): Check {
  if (!version) return { level: "warn", text: cli.doctor.nodeUnknown };
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const ok = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  return ok ? { level: "ok", text: cli.doctor.node(version) } : { level: "fail", text: cli.doctor.nodeOld(version), fix: cli.doctor.fixNode };
}

export function switchCheck(env: Env): Check | null {
  return isDisabled(env) ? { level: "warn", text: cli.doctor.disabled, fix: cli.doctor.fixDisabled } : null;
}

export function settingsChecks(config: Config): Check[] {
  const read = readTextFile(path.join(config.projectDir, SETTINGS_FILE));
  if ("error" in read) return [{ level: "fail", text: cli.doctor.settingsUnreadable(read.error), fix: cli.doctor.fixSettings }];
  if (read.text === null) return [{ level: "ok", text: cli.doctor.settingsDefault }];
  const parsed = parseJsonText(read.text);
  if (!parsed.ok) {
    return [{ level: "fail", text: cli.doctor.settingsInvalid(parsed.line, parsed.column, parsed.message), fix: cli.doctor.fixSettings }];
  }
  const checks: Check[] = config.settingsProblems.map((p) => ({ level: "warn", text: cli.doctor.settingsProblem(p), fix: cli.doctor.fixSettings }));
  // Invalid and unsafe redact patterns are among the problems: loadSettings dropped them (pattern-check.ts).
  return checks.length ? checks : [{ level: "ok", text: cli.doctor.settingsOk }];
}

function nearestExisting(dir: string): string {
  let d = dir;
  while (!fs.existsSync(d) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
}

export function stateDirCheck(config: Config): Check {
  const dir = config.stateDir;
  const st = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (st?.isSymbolicLink() || (st && !st.isDirectory())) return { level: "fail", text: cli.doctor.stateNotDir(dir), fix: cli.doctor.fixStateDir(dir) };
  if (!st) {
    try {
      fs.accessSync(nearestExisting(dir), fs.constants.W_OK);
      return { level: "ok", text: cli.doctor.stateWillCreate(dir) };
    } catch {
      return { level: "fail", text: cli.doctor.stateNotWritable(dir), fix: cli.doctor.fixStateDir(dir) };
    }
  }
  const probe = path.join(dir, `.doctor-${randomBytes(4).toString("hex")}`);
  try {
    fs.writeFileSync(probe, "", { mode: 0o600 });
    fs.unlinkSync(probe);
    return { level: "ok", text: cli.doctor.stateWritable(dir) };
  } catch {
    return { level: "fail", text: cli.doctor.stateNotWritable(dir), fix: cli.doctor.fixStateDir(dir) };
  }
}

export async function gitCheck(config: Config): Promise<Check> {
  const r = await gitInstall(config.projectDir, 3000);
  if (!r.ok) return { level: "warn", text: cli.doctor.noGit(r.message), fix: cli.doctor.fixGit };
  if (!r.repo) return { level: "warn", text: cli.doctor.notRepo(r.version) };
  return { level: "ok", text: cli.doctor.git(r.version) };
}

export function lastSaveCheck(config: Config): Check {
  const latest = readLatest(statePaths(config.stateDir));
  if (!latest) return { level: "warn", text: cli.doctor.neverSaved, fix: cli.doctor.fixNeverSaved };
  const age = config.now() - Date.parse(latest.savedAt);
  if (freshness(latest.savedAt, config.now(), 0) !== "fresh") return { level: "warn", text: trust.future(latest.savedAt), fix: trust.fix };
  const stale = config.settings.staleDays > 0 && age > config.settings.staleDays * 86_400_000;
  return stale
    ? { level: "warn", text: cli.doctor.saveStale(ageText(age), latest.sessionId, config.settings.staleDays) }
    : { level: "ok", text: cli.doctor.saved(ageText(age), latest.sessionId) };
}

/** The newest line of hook.log (and its rotated half) that reports a warning or an error. */
export function lastLogError(stateDir: string): string | null {
  for (const name of [LOG_FILE, `${LOG_FILE}.1`]) {
    const read = readTextFile(path.join(stateDir, name));
    if (!("text" in read) || !read.text) continue;
    const lines = read.text.trimEnd().split("\n").reverse();
    const hit = lines.find(isProblem);
    if (hit) return hit;
  }
  return null;
}

export function logCheck(config: Config): Check {
  const line = lastLogError(config.stateDir);
  return line
    ? { level: "warn", text: cli.doctor.logError(line), fix: cli.doctor.fixLog(path.join(config.stateDir, LOG_FILE)) }
    : { level: "ok", text: cli.doctor.logClean };
}

export async function injectionCheck(config: Config): Promise<Check> {
  const built = await decideInjection(config, "startup", undefined);
  // State that is not provably this user's (it came with the repository, or the folder was moved or
  // copied here) is never injected; it is worth a warning and the way to get rid of it.
  if ("skipped" in built && built.untrusted) return { level: "warn", text: cli.doctor.injectNothing(built.skipped), fix: trust.fix };
  if ("skipped" in built) return { level: "ok", text: cli.doctor.injectNothing(built.skipped) };
  const n = built.text.length;
  if (n > CONTEXT_CAP) return { level: "fail", text: cli.doctor.injectTooBig(n, CONTEXT_CAP), fix: cli.doctor.fixInject };
  return { level: "ok", text: cli.doctor.injectSize(n, config.settings.maxChars, CONTEXT_CAP) };
}
