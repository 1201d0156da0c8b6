// Shared pieces of the reliability suite: a throwaway project + Claude config folder per test, a
// runner for the BUILT hook as a real process (with timing and bounded parallelism), transcript
// builders, and whole-folder checks (every file parses, nothing written outside the state folder).
import { execFileSync, spawn, spawnSync, type SpawnOptions } from "node:child_process";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { takeReports } from "../../src/state/inbox";
import { statePaths } from "../../src/state/paths";
import type { SessionState } from "../../src/state/schema";

export const repoRoot = resolve(__dirname, "../..");

/** The built hook; SESSION_STATE_BUNDLE points the suite at another build. */
export const bundle = process.env.SESSION_STATE_BUNDLE ?? join(repoRoot, "dist/session-state.cjs");

let hookFile: string | null = null;
const binDirs: string[] = [];

/** The private copy of the hook that requireBundle made. */
export function hookPath(): string {
  if (!hookFile) throw new Error("call requireBundle() in beforeAll first");
  return hookFile;
}

/**
 * Copies the built hook into a private folder with no node_modules next to it, the way users run
 * it; a rebuild of dist/ while the suite runs cannot pull the file from under the test.
 */
export async function requireBundle(): Promise<void> {
  const dir = fs.mkdtempSync(join(tmpdir(), "ss-rel-bin-"));
  binDirs.push(dir);
  const copy = join(dir, "session-state.cjs");
  // A build in progress elsewhere leaves no file or half a file for a moment: wait for a whole one.
  for (let i = 0; i < 50; i++) {
    try {
      fs.copyFileSync(bundle, copy);
      if (spawnSync(process.execPath, ["--check", copy]).status === 0) break;
    } catch {
      /* not there yet */
    }
    await sleep(100);
  }
  if (spawnSync(process.execPath, ["--check", copy]).status !== 0) throw new Error(`${bundle} is missing or broken: run "npm run build" first`);
  hookFile = copy;
  fs.chmodSync(dir, 0o755);
  fs.chmodSync(hookFile, 0o755);
}

/** The one line every file prints, so a run's figures can be collected with grep. */
export function report(name: string, cases: number, failures: number, extra = ""): void {
  console.log(`reliability: ${name}: ${cases} cases, ${failures} failures${extra ? ` (${extra})` : ""}`);
}

export function skipped(name: string, why: string): void {
  console.log(`reliability: ${name}: skipped: ${why}`);
}

export const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
export const NOBODY = 65534;

export interface HookRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Until the process and every pipe it shared were closed: what Claude Code waits for. */
  ms: number;
  timedOut: boolean;
}

export interface RunOpts {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Kill (SIGKILL) after this long and report timedOut. */
  timeoutMs?: number;
  /** SIGKILL the hook this many ms after spawn (crash injection). */
  killAfterMs?: number;
  uid?: number;
  gid?: number;
  /** Run under this umask (through sh), e.g. "000". */
  umask?: string;
}

export function runBundle(input: string | Buffer, opts: RunOpts = {}): Promise<HookRun> {
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const spawnOpts: SpawnOptions = { cwd: opts.cwd, env: opts.env, stdio: ["pipe", "pipe", "pipe"] };
    if (opts.uid !== undefined) spawnOpts.uid = opts.uid;
    if (opts.gid !== undefined) spawnOpts.gid = opts.gid;
    if (!hookFile) throw new Error("call requireBundle() in beforeAll first");
    const child = opts.umask
      ? spawn("/bin/sh", ["-c", `umask ${opts.umask} && exec "$0" "$1"`, process.execPath, hookFile], spawnOpts)
      : spawn(process.execPath, [hookFile], spawnOpts);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    child.stdout?.on("data", (b: Buffer) => out.push(b));
    child.stderr?.on("data", (b: Buffer) => err.push(b));
    const limit = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, opts.timeoutMs ?? 20_000);
    const killer = opts.killAfterMs !== undefined ? setTimeout(() => child.kill("SIGKILL"), opts.killAfterMs) : null;
    child.stdin?.on("error", () => {
      /* the hook may exit (or be killed) before reading all of its input */
    });
    child.stdin?.end(input);
    child.on("close", (code, signal) => {
      clearTimeout(limit);
      if (killer) clearTimeout(killer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      done({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), ms, timedOut });
    });
  });
}

/** Runs tasks with at most `limit` in flight; results in task order. */
export async function pool<T>(limit: number, tasks: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

export interface Sandbox {
  root: string;
  project: string;
  claude: string;
  /** `<claude>/projects/<encoded project>`: where transcripts live. */
  projects: string;
  stateDir: string;
  env(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  transcriptPath(session: string): string;
  /** Writes settings to `.claude/session-state.json`. */
  settings(value: unknown): void;
  input(session: string, event: string, extra?: Record<string, unknown>): Record<string, unknown>;
  run(input: unknown, opts?: RunOpts): Promise<HookRun>;
  cleanup(): void;
}

const live: Sandbox[] = [];

export function sandbox(tag: string, opts: { git?: boolean } = {}): Sandbox {
  const root = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), `ss-rel-${tag}-`)));
  const project = join(root, "project");
  const claude = join(root, "claude");
  const home = join(root, "home");
  const projects = join(claude, "projects", project.replace(/[^a-zA-Z0-9]/g, "-"));
  fs.mkdirSync(project);
  fs.mkdirSync(home);
  fs.mkdirSync(projects, { recursive: true });
  const baseEnv = (): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: home,
    // The run's own temp folder (test/global-setup.ts), so whatever the hook leaves there is caught.
    TMPDIR: tmpdir(),
    TZ: "UTC",
    LANG: "C",
    GIT_CONFIG_NOSYSTEM: "1",
    CLAUDE_CONFIG_DIR: claude,
    CLAUDE_PROJECT_DIR: project,
  });
  const sb: Sandbox = {
    root,
    project,
    claude,
    projects,
    stateDir: join(project, ".claude", "session-state"),
    env: (extra = {}) => ({ ...baseEnv(), ...extra }),
    transcriptPath: (session) => join(projects, `${session}.jsonl`),
    settings(value) {
      fs.mkdirSync(join(project, ".claude"), { recursive: true });
      fs.writeFileSync(join(project, ".claude", "session-state.json"), JSON.stringify(value));
    },
    input: (session, event, extra = {}) => ({
      session_id: session,
      transcript_path: sb.transcriptPath(session),
      cwd: project,
      hook_event_name: event,
      ...extra,
    }),
    run: (input, o = {}) =>
      runBundle(typeof input === "string" || Buffer.isBuffer(input) ? input : JSON.stringify(input), {
        cwd: project,
        ...o,
        env: o.env ?? sb.env(),
      }),
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
  if (opts.git) gitInit(project, home);
  live.push(sb);
  return sb;
}

export function cleanupAll(): void {
  for (const d of binDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  for (const sb of live.splice(0)) {
    try {
      sb.cleanup();
    } catch {
      /* a mount point or a permission left behind; reported by the test that made it */
    }
  }
}

export function git(cwd: string, home: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    env: { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: "1", LANG: "C" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

export function gitInit(project: string, home: string): void {
  git(project, home, "init", "-q", "--initial-branch=main");
  git(project, home, "config", "user.name", "Reliability Tester");
  git(project, home, "config", "user.email", "rel@example.invalid");
  git(project, home, "config", "commit.gpgsign", "false");
  fs.writeFileSync(join(project, "README.md"), "# demo\n");
  git(project, home, "add", "README.md");
  git(project, home, "commit", "-q", "-m", "Initial commit");
}

// ---------------------------------------------------------------------------------------------
// Transcript records in the compact shape Claude Code writes.

let uuidN = 0;
const uuid = (): string => `00000000-0000-4000-8000-${String(++uuidN).padStart(12, "0")}`;
// Relative to now (an hour back), never a calendar date that the hook's real clock will pass.
const START = Date.now() - 3_600_000;
const ts = (): string => new Date(START + uuidN).toISOString();

export const rec = {
  prompt: (text: string): object => ({
    type: "user",
    isSidechain: false,
    message: { role: "user", content: text },
    uuid: uuid(),
    timestamp: ts(),
  }),
  text: (text: string): object => ({
    type: "assistant",
    isSidechain: false,
    message: { role: "assistant", content: [{ type: "text", text }] },
    uuid: uuid(),
    timestamp: ts(),
  }),
  toolUse: (name: string, input: object, id = `toolu_${uuid().slice(-8)}`): object => ({
    type: "assistant",
    isSidechain: false,
    message: { role: "assistant", content: [{ type: "tool_use", id, name, input }] },
    uuid: uuid(),
    timestamp: ts(),
  }),
  toolResult: (id: string, text: string, toolUseResult?: object): object => ({
    type: "user",
    isSidechain: false,
    message: { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: [{ type: "text", text }] }] },
    ...(toolUseResult ? { toolUseResult } : {}),
    uuid: uuid(),
    timestamp: ts(),
  }),
  todos: (items: Array<{ content: string; status: string; activeForm?: string }>): object =>
    rec.toolUse("TodoWrite", { todos: items }),
};

export const jsonl = (records: object[]): string => records.map((r) => JSON.stringify(r)).join("\n") + "\n";

export function writeTranscript(sb: Sandbox, session: string, records: object[]): string {
  const file = sb.transcriptPath(session);
  fs.writeFileSync(file, jsonl(records));
  return file;
}

export function appendTranscript(sb: Sandbox, session: string, records: object[]): void {
  fs.appendFileSync(sb.transcriptPath(session), jsonl(records));
}

// ---------------------------------------------------------------------------------------------
// Whole-folder checks.

export function walk(dir: string, skip: (p: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const visit = (d: string): void => {
    let names: string[];
    try {
      names = fs.readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      if (skip(p)) continue;
      out.push(p);
      const st = fs.lstatSync(p);
      if (st.isDirectory()) visit(p);
    }
  };
  visit(dir);
  return out.sort();
}

/** Path → size/mtime/kind of everything under `root` except the state folder. */
export function snapshotOutside(sb: Sandbox): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of walk(sb.root, (p) => p === sb.stateDir)) {
    const st = fs.lstatSync(p);
    m.set(relative(sb.root, p), st.isDirectory() ? "dir" : `${st.mode}:${st.size}:${st.mtimeMs}`);
  }
  return m;
}

export function diffSnapshots(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of b) if (a.get(k) !== v) out.push(`${a.has(k) ? "changed" : "added"} ${k}`);
  for (const k of a.keys()) if (!b.has(k)) out.push(`removed ${k}`);
  return out;
}

/** Problems with the state folder: a JSON file that does not parse, a Markdown file cut short. */
export function stateProblems(stateDir: string): string[] {
  const problems: string[] = [];
  for (const p of walk(stateDir)) {
    const st = fs.lstatSync(p);
    if (!st.isFile()) continue;
    const text = fs.readFileSync(p, "utf8");
    if (p.endsWith(".json")) {
      try {
        JSON.parse(text);
      } catch {
        problems.push(`unparsable ${relative(stateDir, p)} (${text.length} bytes)`);
      }
    } else if (p.endsWith(".md") && !mdComplete(text)) problems.push(`incomplete ${relative(stateDir, p)}`);
  }
  return problems;
}

/** A rendered state file starts with its title and ends with the last section and a newline. */
export function mdComplete(text: string): boolean {
  return text.startsWith("# ") && text.endsWith("\n") && /\n## [^\n]*\n\n[\s\S]*$/.test(text) && text.includes("\n## Files");
}

/** Every file of the state folder, path → content (hook.log left out: it is meant to grow). */
export function stateContents(stateDir: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of walk(stateDir)) {
    if (p.endsWith("hook.log") || p.endsWith("hook.log.1")) continue;
    const st = fs.lstatSync(p);
    m.set(relative(stateDir, p), st.isFile() ? fs.readFileSync(p, "utf8") : st.isDirectory() ? "<dir>" : "<other>");
  }
  return m;
}

export function logLines(sb: Sandbox): string[] {
  try {
    return fs.readFileSync(join(sb.stateDir, "hook.log"), "utf8").split("\n").filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * A session's state as every reader of the hook sees it: its file, plus the subagent reports still
 * waiting in its inbox (a SubagentStop only drops its report there; the next save moves it in).
 */
export function readState(sb: Sandbox, fileId: string): Record<string, unknown> {
  const s = JSON.parse(fs.readFileSync(join(sb.stateDir, "sessions", `${fileId}.json`), "utf8")) as SessionState;
  if (typeof s.sessionId === "string" && Array.isArray(s.subagents)) takeReports(statePaths(sb.stateDir), s);
  return s as unknown as Record<string, unknown>;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
