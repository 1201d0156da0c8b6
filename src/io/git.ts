// The git boundary: the only module that starts git, always through simple-git. Every call is
// read-only and returns a value (no-git, not-a-repo, timeout, error), never throws.
//
// How simple-git is set up, and why:
//   - `completion: { onExit: false }`: by default it waits 50 ms after git exits before taking the
//     result (the timer keeps the hook alive); the close event alone is enough. Every command here
//     prints something, so its second 50 ms wait (for a silent git) does not apply either.
//   - `timeout.block` with stdOut/stdErr off: a hard bound from the start, not one that output resets.
//   - an environment without the ambient GIT_* and editor/pager variables: a hook can run inside a
//     git hook (GIT_DIR, GIT_INDEX_FILE set) and must look at the project, not at that repository.
//     What we set ourselves is named in `allowEnvironment`; `unsafe` stays off.
//   - GIT_OPTIONAL_LOCKS=0: status never takes index.lock from under the person's own git, and never
//     rewrites the index, so the index's stat can tell a later save whether anything changed.
// simple-git is loaded on first use: a save that reuses its last git summary never needs it.
import * as path from "node:path";
import type { SimpleGit } from "simple-git";
import { statSafe } from "./fs";

export type GitFailure = { ok: false; reason: "no-git" | "not-a-repo" | "timeout" | "error"; message: string };
export type GitResult = { ok: true; out: string } | GitFailure;

/** The one status command a save runs (porcelain v2: stable across versions and locales, and it
 * carries HEAD's sha and ahead/behind, which simple-git's own status() parser does not). */
export const STATUS_ARGS = ["status", "--porcelain=v2", "--branch", "--untracked-files=normal"];

/** More output than this is not a status we can use; git is stopped rather than buffered. */
const MAX_OUTPUT = 32 << 20;
/** Environment variables git would read that name a repository, a program or a config file. */
const GUARDED = new Set(["editor", "pager", "prefix", "ssh_askpass", "visual"]);
const OURS: Record<string, string> = { GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat", GIT_EDITOR: ":" };
/**
 * Each call has its own instance (its own abort, for the output cap), so one process each; a save
 * runs at most three calls at once (status, log, rev-parse).
 */
const MAX_PROCESSES = 1;

let lib: Promise<typeof import("simple-git")> | undefined;

/** The environment git inherits, minus variables that would point it at another repository or program. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    const key = k.toLowerCase().trim();
    if (!key.startsWith("git_") && !GUARDED.has(key)) env[k] = v;
  }
  return { ...env, ...OURS };
}

function classify(err: unknown): GitFailure {
  const e = err as { message?: string; code?: string; plugin?: string };
  const message = String(e?.message ?? err).split("\n")[0] ?? "";
  if (e?.plugin === "timeout") return { ok: false, reason: "timeout", message: "git timed out" };
  if (e?.code === "ENOENT" || /spawn .*ENOENT/.test(message)) return { ok: false, reason: "no-git", message };
  if (/not a git repository/i.test(message)) return { ok: false, reason: "not-a-repo", message };
  return { ok: false, reason: "error", message };
}

async function client(dir: string, timeoutMs: number, abort: AbortController): Promise<SimpleGit> {
  const { simpleGit } = await (lib ??= import("simple-git"));
  let size = 0;
  return simpleGit({
    baseDir: dir,
    maxConcurrentProcesses: MAX_PROCESSES,
    timeout: { block: Math.max(1, Math.floor(timeoutMs)), stdOut: false, stdErr: false },
    completion: { onExit: false, onClose: true },
    allowEnvironment: Object.keys(OURS),
    abort: abort.signal,
  })
    .env(gitEnv())
    .outputHandler((_cmd, stdout) => {
      stdout.on("data", (d: Buffer) => {
        size += d.length;
        if (size > MAX_OUTPUT) abort.abort();
      });
    });
}

/** Runs `git <args>` in `dir`; the output as git printed it. */
export async function runGit(dir: string, args: string[], timeoutMs: number): Promise<GitResult> {
  if (!statSafe(dir)?.isDirectory()) return { ok: false, reason: "error", message: `${dir} is not a directory` };
  const abort = new AbortController();
  try {
    const git = await client(dir, timeoutMs, abort);
    return { ok: true, out: await git.raw(args) };
  } catch (err) {
    if (abort.signal.aborted) return { ok: false, reason: "error", message: `git ${args[0] ?? ""} printed more than ${MAX_OUTPUT} bytes` };
    return classify(err);
  }
}

export interface HeadNow {
  branch?: string;
  sha?: string;
}

const OBJECT_NAME = /^[0-9a-f]{40,64}$/;

/** Branch and HEAD sha now (one process). */
export async function headNow(dir: string, timeoutMs: number): Promise<{ ok: true; head: HeadNow } | GitFailure> {
  // The sha first: --abbrev-ref applies to every name after it.
  const r = await runGit(dir, ["rev-parse", "HEAD", "--abbrev-ref", "HEAD"], timeoutMs);
  if (!r.ok) return r;
  const [sha, ref] = r.out.trim().split("\n");
  return { ok: true, head: { branch: ref && ref !== "HEAD" ? ref : undefined, sha: sha && OBJECT_NAME.test(sha) ? sha : undefined } };
}

/** How many commits `to` has that `from` has not; null when either is not a known object. */
export async function commitsBetween(dir: string, from: string, to: string, timeoutMs: number): Promise<number | null> {
  // Both come from files on disk: only real object names may reach the git command line.
  if (!OBJECT_NAME.test(from) || !OBJECT_NAME.test(to)) return null;
  const r = await runGit(dir, ["rev-list", "--count", `${from}..${to}`], timeoutMs);
  return r.ok ? Number(r.out.trim()) || 0 : null;
}

/** The installed git's version, and whether `dir` is inside a work tree. */
export async function gitInstall(dir: string, timeoutMs: number): Promise<{ ok: true; version: string; repo: boolean } | GitFailure> {
  const v = await runGit(dir, ["--version"], timeoutMs);
  if (!v.ok) return v;
  const inside = await runGit(dir, ["rev-parse", "--is-inside-work-tree"], timeoutMs);
  return { ok: true, version: v.out.trim().replace(/^git version\s*/, ""), repo: inside.ok && inside.out.trim() === "true" };
}

/** What a save needs to know about where git keeps its state (see collectors/git.ts). */
export interface GitPaths {
  /** The index, HEAD, HEAD's branch ref (when on a branch), packed-refs, the reftable list. */
  watch: string[];
  /** Files and folders that exist while an operation is in progress, by operation. */
  operations: Array<{ path: string; name: string }>;
}

const OPERATION_FILES: Array<[string, string]> = [
  ["rebase-merge", "rebase"],
  ["rebase-apply", "rebase"],
  ["MERGE_HEAD", "merge"],
  ["CHERRY_PICK_HEAD", "cherry-pick"],
  ["REVERT_HEAD", "revert"],
  ["BISECT_LOG", "bisect"],
];
const WATCHED = ["index", "HEAD", "packed-refs", "reftable/tables.list"];

/**
 * The paths git itself gives for its index, HEAD, refs and operation markers (worktrees, a moved
 * git folder and per-worktree files all resolved by git, not by us). One process; fails on a
 * repository without a commit yet (HEAD names nothing), where a save then simply runs git.
 */
export async function gitPaths(dir: string, timeoutMs: number): Promise<GitPaths | null> {
  const names = [...WATCHED, ...OPERATION_FILES.map(([f]) => f)];
  const args = ["rev-parse", ...names.flatMap((n) => ["--git-path", n]), "--symbolic-full-name", "HEAD"];
  const r = await runGit(dir, args, timeoutMs);
  if (!r.ok) return null;
  const lines = r.out.split("\n").map((l) => l.trim());
  if (lines.length < names.length + 1 || lines.slice(0, names.length + 1).some((l) => !l)) return null;
  const abs = (p: string): string => path.resolve(dir, p);
  const watch = lines.slice(0, WATCHED.length).map(abs);
  const operations = OPERATION_FILES.map(([, name], i) => ({ path: abs(lines[WATCHED.length + i] as string), name }));
  const ref = lines[names.length] as string;
  // A branch's loose ref lives beside packed-refs (in the common folder, for every worktree): the
  // one path rev-parse cannot be asked for in the same call, since the branch is not known before.
  if (/^refs\/heads\/[^\0]+$/.test(ref) && !ref.includes("..")) watch.push(path.join(path.dirname(watch[2] as string), ref));
  return { watch, operations };
}
