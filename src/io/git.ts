// The git boundary, and the only module that imports simple-git. Commands run with
// --no-optional-locks (never take index.lock from under the person's own git) and a hard timeout.
// simple-git is configured to settle on the process's close event: its default also waits 50 ms
// after exit, which would be paid on every save.
import * as path from "node:path";
import { lstatSafe, readSmallText } from "./fs";

export type GitFailure = { ok: false; reason: "no-git" | "not-a-repo" | "timeout" | "error"; message: string };
export type GitResult = { ok: true; out: string } | GitFailure;

function classify(err: unknown): GitFailure {
  const e = err as { message?: string; code?: string };
  const message = String(e?.message ?? err).split("\n")[0] ?? "";
  if (e?.code === "ENOENT" || /spawn .*ENOENT|not found|ENOENT/.test(message)) return { ok: false, reason: "no-git", message };
  if (/not a git repository/i.test(message)) return { ok: false, reason: "not-a-repo", message };
  if (/timeout|timed out|block/i.test(message)) return { ok: false, reason: "timeout", message };
  return { ok: false, reason: "error", message };
}

export async function runGit(dir: string, args: string[], timeoutMs: number): Promise<GitResult> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { simpleGit } = require("simple-git") as typeof import("simple-git");
    const git = simpleGit({
      baseDir: dir,
      maxConcurrentProcesses: 4,
      timeout: { block: timeoutMs },
      completion: { onClose: true, onExit: false },
    });
    const out = await git.raw(["--no-optional-locks", ...args]);
    return { ok: true, out };
  } catch (err) {
    return classify(err);
  }
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
