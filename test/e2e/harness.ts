// End-to-end harness: a throwaway HOME and git project per test, the built hook installed the way a
// user installs it, and a runner for the real Claude Code CLI pointed at the fake Messages API.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { FakeApi, RecordedRequest } from "./fake-api";

const repoRoot = resolve(__dirname, "../..");
export const claudeBin = join(repoRoot, "node_modules/.bin/claude");
/** The built hook; `SESSION_STATE_E2E_BUNDLE` points the suite at another build (an older release, say). */
export const bundlePath = process.env.SESSION_STATE_E2E_BUNDLE ?? join(repoRoot, "dist/session-state.cjs");
const settingsTemplate = join(repoRoot, "hooks/settings.json");

const RUN_TIMEOUT_MS = 60_000;
/** Set to keep the sandboxes of a run for inspection; their paths are printed. */
const KEEP_ENV = "SESSION_STATE_E2E_KEEP";

export interface Sandbox {
  root: string;
  home: string;
  project: string;
  /** Claude Code's per-uid temp folder (CLAUDE_CODE_TMPDIR), else it litters /tmp/claude-<uid>/. */
  tmp: string;
  /** git in the project, with the sandbox HOME so no user config leaks in. */
  git(...args: string[]): string;
  cleanup(): void;
}

export interface ClaudeRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** The `--output-format json` result object, or null if stdout was not JSON. */
  result: Record<string, unknown> | null;
  sessionId: string | null;
  /** What the fake API received during this run. */
  requests: RecordedRequest[];
}

export interface RunOptions {
  resume?: string;
  /** Extra environment (for example the todo tool switches). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

function gitEnv(home: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: "1", LANG: "C", TZ: "UTC" };
}

/** A fresh HOME and a git project with one commit on `main`; nothing installed yet. */
export function createSandbox(): Sandbox {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "ss-e2e-")));
  const home = join(root, "home");
  const project = join(root, "project");
  const tmp = join(root, "tmp");
  mkdirSync(home);
  mkdirSync(project);
  mkdirSync(tmp, { mode: 0o700 });
  const git = (...args: string[]): string =>
    execFileSync("git", args, { cwd: project, env: gitEnv(home), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  git("init", "-q", "--initial-branch=main");
  git("config", "user.name", "E2E Tester");
  git("config", "user.email", "e2e@example.invalid");
  git("config", "commit.gpgsign", "false");
  writeFileSync(join(project, "README.md"), "# demo project\n");
  git("add", "-A");
  git("commit", "-q", "-m", "Initial commit");
  const cleanup = (): void => {
    if (process.env[KEEP_ENV]) console.log(`[e2e] kept sandbox ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
  return { root, home, project, tmp, git, cleanup };
}

const BUNDLE_WAIT_MS = 20_000;
const sleepSync = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const sizeOf = (file: string): number => statSync(file, { throwIfNoEntry: false })?.size ?? 0;

/**
 * Waits until the bundle exists and has stopped growing. Other people build in the same tree, and
 * tsup empties dist/ before it writes, so the file can be missing for a second or two mid-suite.
 */
export function waitForBundle(): void {
  const deadline = Date.now() + BUNDLE_WAIT_MS;
  for (;;) {
    const size = sizeOf(bundlePath);
    if (size > 0) {
      sleepSync(100);
      if (sizeOf(bundlePath) === size) return;
    }
    if (Date.now() > deadline) throw new Error(`${bundlePath} is missing: run \`npm run build\` first`);
    sleepSync(200);
  }
}

/**
 * Installs the built hook as users do: the bundle under .claude/hooks and the shipped settings.json,
 * committed so that a later `git add -A` in a session does not sweep the installation up.
 */
/**
 * Registers the hook the way the README tells users to: `session-state install` run from the
 * project, which copies the bundle to .claude/hooks/ and merges hooks/settings.json's entries into
 * .claude/settings.json. The result is checked against the shipped snippet, then committed.
 */
export function installHook(sandbox: Sandbox): void {
  waitForBundle();
  execFileSync(process.execPath, [bundlePath, "install"], {
    cwd: sandbox.project,
    env: { PATH: process.env.PATH, HOME: sandbox.home, CLAUDE_CONFIG_DIR: join(sandbox.home, ".claude"), NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const dir = join(sandbox.project, ".claude");
  const written = JSON.parse(readFileSync(join(dir, "settings.json"), "utf8")) as { hooks: unknown };
  const shipped = JSON.parse(readFileSync(settingsTemplate, "utf8")) as { hooks: unknown };
  if (JSON.stringify(written.hooks) !== JSON.stringify(shipped.hooks)) {
    throw new Error(`install wrote other hooks than hooks/settings.json: ${JSON.stringify(written.hooks)}`);
  }
  if (!existsSync(join(dir, "hooks/session-state.cjs"))) throw new Error("install did not copy the hook");
  sandbox.git("add", ".claude");
  sandbox.git("commit", "-q", "-m", "Install session-state hook");
}

type HookGroup = { matcher?: string; hooks: unknown[] };

/**
 * Adds a SessionStart matcher group running the same command as the shipped one: the shipped
 * settings match only `startup|compact`, so resume and clear never reach the hook without this.
 */
export function addSessionStartMatcher(sandbox: Sandbox, matcher: string): void {
  const file = join(sandbox.project, ".claude/settings.json");
  const settings = JSON.parse(readFileSync(file, "utf8")) as { hooks: { SessionStart: HookGroup[] } };
  const shipped = settings.hooks.SessionStart[0];
  if (!shipped) throw new Error("the shipped settings have no SessionStart hook");
  settings.hooks.SessionStart.push({ matcher, hooks: shipped.hooks });
  writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
}

/** Writes the project's `.claude/session-state.json`. */
export function writeStateSettings(sandbox: Sandbox, settings: Record<string, unknown>): void {
  writeFileSync(join(sandbox.project, ".claude/session-state.json"), `${JSON.stringify(settings)}\n`);
}

/**
 * A PATH holding only `node`: the hook command (`node …`) still runs, git does not exist. Claude
 * Code itself is started by absolute path, so it needs nothing from PATH.
 */
export function nodeOnlyPath(sandbox: Sandbox): string {
  const dir = join(sandbox.root, "node-only-bin");
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, "node"))) symlinkSync(process.execPath, join(dir, "node"));
  return dir;
}

/** Environment for the CLI: only what it needs, nothing inherited from a surrounding Claude Code. */
export function claudeEnv(sandbox: Sandbox, api: FakeApi, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    LANG: "C.UTF-8",
    TZ: "UTC",
    HOME: sandbox.home,
    CLAUDE_CONFIG_DIR: join(sandbox.home, ".claude"),
    CLAUDE_CODE_TMPDIR: sandbox.tmp,
    ANTHROPIC_BASE_URL: api.url,
    ANTHROPIC_API_KEY: "sk-test",
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
    DISABLE_AUTOUPDATER: "1",
    IS_SANDBOX: "1",
    ...extra,
  };
}

/** The switches that make TodoWrite available (deferred: load it with ToolSearch first). */
export const TODO_WRITE_ENV = { CLAUDE_CODE_ENABLE_TODO_TOOLS: "1", CLAUDE_CODE_ENABLE_TASKS: "false" };

function parseResult(stdout: string): Record<string, unknown> | null {
  const line = stdout.trim().split("\n").pop() ?? "";
  try {
    const parsed: unknown = JSON.parse(line);
    return parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Runs `claude -p <prompt>` in the project. Async so the in-process fake API can answer meanwhile. */
export function runClaude(sandbox: Sandbox, api: FakeApi, prompt: string, options: RunOptions = {}): Promise<ClaudeRun> {
  const args = ["-p", prompt, "--output-format", "json", "--dangerously-skip-permissions"];
  if (options.resume) args.push("--resume", options.resume);
  const started = Date.now();
  const firstRequest = api.requests.length;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(claudeBin, args, {
      cwd: sandbox.project,
      env: claudeEnv(sandbox, api, options.env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs ?? RUN_TIMEOUT_MS);
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once("close", (exitCode, signal) => {
      clearTimeout(timer);
      const result = parseResult(stdout);
      const sessionId = typeof result?.session_id === "string" ? result.session_id : null;
      const requests = api.requests.slice(firstRequest);
      resolvePromise({ exitCode, signal, timedOut, stdout, stderr, durationMs: Date.now() - started, result, sessionId, requests });
    });
  });
}
