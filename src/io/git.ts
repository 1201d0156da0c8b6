// The git boundary: the only module that starts git. Commands run with --no-optional-locks (never
// take index.lock from under the person's own git) and a hard timeout. git is spawned directly
// (see spawn.ts): simple-git cost ≈15 ms to load and ~100 KB of bundle to compile on every save
// (see scripts/bench.mjs), for two read-only commands whose output we parse ourselves. What it did
// for us is kept here: ambient GIT_* variables (GIT_DIR, GIT_INDEX_FILE, …) and editor/pager
// variables are not passed on, and the result is taken when git exits, not after an extra delay.
import * as path from "node:path";
import { lstatSafe, readSmallText, statSafe } from "./fs";
import { spawnCapture, type Spawner } from "./spawn";

export type GitFailure = { ok: false; reason: "no-git" | "not-a-repo" | "timeout" | "error"; message: string };
export type GitResult = { ok: true; out: string } | GitFailure;

/** The one status command a save runs (porcelain v2: stable across git versions and locales). */
export const STATUS_ARGS = ["status", "--porcelain=v2", "--branch", "--untracked-files=normal"];

/** More output than this is not a status we can use; git is stopped rather than buffered. */
const MAX_OUTPUT = 32 << 20;
const GUARDED_ENV = new Set(["editor", "pager", "prefix", "ssh_askpass", "visual"]);

function classify(err: unknown): GitFailure {
  const e = err as { message?: string; code?: string };
  const message = String(e?.message ?? err).split("\n")[0] ?? "";
  if (e?.code === "ENOENT" || /spawn .*ENOENT|not found|ENOENT/.test(message)) return { ok: false, reason: "no-git", message };
  if (/not a git repository/i.test(message)) return { ok: false, reason: "not-a-repo", message };
  if (/timeout|timed out|block/i.test(message)) return { ok: false, reason: "timeout", message };
  return { ok: false, reason: "error", message };
}

/** The environment git inherits, minus variables that would point it at another repository or program. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    const key = k.toLowerCase().trim();
    if (!key.startsWith("git_") && !GUARDED_ENV.has(key)) env[k] = v;
  }
  env.GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS = "true";
  return env;
}

export function runGit(dir: string, args: string[], timeoutMs: number, spawn: Spawner = spawnCapture): Promise<GitResult> {
  if (!statSafe(dir)?.isDirectory()) return Promise.resolve({ ok: false, reason: "error", message: `${dir} is not a directory` });
  const what = `git ${args[0] ?? ""}`;
  return spawn({ file: "git", args: ["--no-optional-locks", ...args], cwd: dir, env: gitEnv(), timeoutMs, maxOutput: MAX_OUTPUT }).then(
    (r): GitResult => {
      if (r.kind === "timeout") return { ok: false, reason: "timeout", message: `${what} timed out after ${timeoutMs} ms` };
      if (r.kind === "failed") return classify(Object.assign(new Error(r.message), { code: r.code }));
      if (r.truncated) return { ok: false, reason: "error", message: `${what} printed more than ${MAX_OUTPUT} bytes` };
      if (r.code === 0) return { ok: true, out: r.stdout };
      return classify(new Error(r.stderr.trim() || `${what} exited with ${r.signal ?? r.code}`));
    },
    (err: unknown) => classify(err),
  );
}

/** The repository's git folder, found by walking up; follows `.git` files of worktrees. */
export function findGitDir(start: string): string | null {
  let dir = path.resolve(start);
  for (let i = 0; i < 64; i++) {
    const dotgit = path.join(dir, ".git");
    const st = lstatSafe(dotgit);
    if (st?.isDirectory()) return dotgit;
    if (st?.isFile()) {
      const m = /^gitdir:\s*(.+)$/m.exec(readSmallText(dotgit, 4096) ?? "");
      if (m?.[1]) return path.resolve(dir, m[1].trim());
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  return null;
}

function commonDir(gitDir: string): string {
  const c = readSmallText(path.join(gitDir, "commondir"), 4096)?.trim();
  return c ? path.resolve(gitDir, c) : gitDir;
}

export interface HeadNow {
  branch?: string;
  sha?: string;
}

/**
 * Branch and HEAD sha read straight from the git folder: SessionStart runs before every session,
 * and this costs no process. Returns null when the layout is not one we understand (e.g. reftable);
 * callers then fall back to `git`.
 */
export function readHeadFromDisk(start: string): HeadNow | null {
  const gitDir = findGitDir(start);
  if (!gitDir) return null;
  const head = readSmallText(path.join(gitDir, "HEAD"), 4096)?.trim();
  if (!head) return null;
  if (/^[0-9a-f]{40,64}$/.test(head)) return { sha: head };
  const m = /^ref:\s*(refs\/\S+)$/.exec(head);
  if (!m?.[1]) return null;
  const ref = m[1];
  const branch = ref.replace(/^refs\/heads\//, "");
  const common = commonDir(gitDir);
  if (readSmallText(path.join(common, "refs", "heads", ".invalid"), 64) !== null) return null;
  for (const dir of [gitDir, common]) {
    const sha = readSmallText(path.join(dir, ref), 256)?.trim();
    if (sha && /^[0-9a-f]{40,64}$/.test(sha)) return { branch, sha };
  }
  const packed = readSmallText(path.join(common, "packed-refs"), 8 << 20);
  if (packed) {
    for (const line of packed.split("\n")) {
      const [sha, name] = line.split(" ");
      if (name?.trim() === ref && sha && /^[0-9a-f]{40,64}$/.test(sha)) return { branch, sha };
    }
  }
  return { branch };
}

const OPERATIONS: Array<[string, string]> = [
  ["rebase-merge", "rebase"],
  ["rebase-apply", "rebase"],
  ["MERGE_HEAD", "merge"],
  ["CHERRY_PICK_HEAD", "cherry-pick"],
  ["REVERT_HEAD", "revert"],
  ["BISECT_LOG", "bisect"],
];

export function operationInProgress(start: string): string | undefined {
  const gitDir = findGitDir(start);
  if (!gitDir) return undefined;
  for (const [file, name] of OPERATIONS) if (lstatSafe(path.join(gitDir, file))) return name;
  return undefined;
}
