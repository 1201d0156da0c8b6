import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// SESSION_STATE_BUNDLE points the tests at another build (a packed copy, a private snapshot).
export const BUNDLE = process.env.SESSION_STATE_BUNDLE ?? resolve(__dirname, "../../dist/session-state.cjs");

export interface Project {
  root: string;
  dir: string;
  claude: string;
  stateDir: string;
  transcript(sessionId: string): string;
  git(...args: string[]): string;
  run(input: unknown, env?: Record<string, string>, args?: string[]): { status: number | null; stdout: string; stderr: string };
  state(sessionId: string): Record<string, unknown>;
  read(rel: string): string;
  cleanup(): void;
}

/** CI runs the suite once more with the hook's clock a year ahead of the fixtures (config.ts clockFrom). */
export const clockOffset = (): Record<string, string> =>
  process.env.SESSION_STATE_CLOCK_OFFSET_MS ? { SESSION_STATE_CLOCK_OFFSET_MS: process.env.SESSION_STATE_CLOCK_OFFSET_MS } : {};

/** A fresh temp project (optionally a git repo with one commit) and a temp Claude config folder. */
export function makeProject(opts: { git?: boolean } = {}): Project {
  const root = mkdtempSync(join(tmpdir(), "ss-proj-"));
  const dir = join(root, "proj");
  const claude = join(root, "claude");
  mkdirSync(dir, { recursive: true });
  // Claude Code's folder name for the project (every character but letters and digits becomes "-"):
  // a saved state is trusted only when its session's transcript is there (src/state/provenance.ts).
  const folder = join(claude, "projects", dir.replace(/[^A-Za-z0-9]/g, "-"));
  mkdirSync(folder, { recursive: true });
  const git = (...args: string[]): string => {
    const r = spawnSync("git", args, { cwd: dir, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
    return r.stdout.trim();
  };
  if (opts.git !== false) {
    git("init", "-q", "-b", "main");
    git("config", "user.email", "t@example.com");
    git("config", "user.name", "Test");
    writeFileSync(join(dir, "README.md"), "hello\n");
    git("add", "-A");
    git("commit", "-q", "-m", "Initial commit");
  }
  const stateDir = join(dir, ".claude", "session-state");
  return {
    root,
    dir,
    claude,
    stateDir,
    transcript: (id) => join(folder, `${id}.jsonl`),
    git,
    run(input, env = {}, args = []) {
      const r = spawnSync(process.execPath, [BUNDLE, ...args], {
        cwd: dir,
        input: typeof input === "string" ? input : JSON.stringify(input),
        encoding: "utf8",
        env: { PATH: process.env.PATH, HOME: root, TMPDIR: tmpdir(), TZ: "UTC", CLAUDE_CONFIG_DIR: claude, CLAUDE_PROJECT_DIR: dir, ...clockOffset(), ...env },
        timeout: 20_000,
      });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    state: (id) => JSON.parse(readFileSync(join(stateDir, "sessions", `${id}.json`), "utf8")) as Record<string, unknown>,
    read: (rel) => readFileSync(join(stateDir, rel), "utf8"),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Now on the hook's clock: file times a test sets must be on it too (the hook compares them with its now). */
export const hookNow = (): number => Date.now() + Number(process.env.SESSION_STATE_CLOCK_OFFSET_MS ?? 0);

let counter = 0;
let lastStamp = 0;
// Transcript lines are stamped when the test writes them, as Claude Code stamps them, strictly
// increasing, on the hook's clock (clockOffset): a calendar date here would meet (and pass) it one day.
const iso = () => {
  counter++;
  lastStamp = Math.max(hookNow(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
};

/** Compact transcript lines in Claude Code's shapes. */
export const line = {
  prompt: (text: string) => ({ type: "user", isSidechain: false, uuid: `u${counter}`, timestamp: iso(), message: { role: "user", content: text } }),
  text: (text: string) => ({ type: "assistant", isSidechain: false, timestamp: iso(), message: { role: "assistant", content: [{ type: "text", text }] } }),
  tool: (id: string, name: string, input: unknown) => ({
    type: "assistant",
    isSidechain: false,
    timestamp: iso(),
    message: { role: "assistant", content: [{ type: "tool_use", id, name, input }] },
  }),
  result: (id: string, toolUseResult: unknown, content = "ok") => ({
    type: "user",
    isSidechain: false,
    timestamp: iso(),
    message: { role: "user", content: [{ type: "tool_result", tool_use_id: id, content }] },
    toolUseResult,
  }),
  /** An attachment record (plan_mode, plan_mode_exit, …); extra carries top-level fields such as slug. */
  attachment: (attachment: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: "attachment", isSidechain: false, timestamp: iso(), attachment, ...extra }),
};

export function append(file: string, ...records: unknown[]): void {
  appendFileSync(file, records.map((r) => `${JSON.stringify(r)}\n`).join(""));
}
