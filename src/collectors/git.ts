// Git status of the project: one `git status` (and `git log -1` when HEAD moved), or no git at all
// when nothing could have changed since the last save.
import * as path from "node:path";
import { fileStamp, lstatSafe } from "../io/fs";
import { type GitPaths, gitPaths, type GitResult, runGit, STATUS_ARGS } from "../io/git";
import type { Redactor } from "../state/redact";
import type { Changes, Git, GitSeen } from "../state/schema";
import { clip } from "../state/facts";

const FIRST_PATHS = 8;

const add = (c: Changes, p: string): void => {
  c.count++;
  if (c.paths.length < FIRST_PATHS) c.paths.push(p);
};

export function parseStatus(out: string): Omit<Git, "status" | "at" | "subject" | "head"> {
  const g: Omit<Git, "status" | "at" | "subject" | "head"> = {
    staged: { count: 0, paths: [] },
    unstaged: { count: 0, paths: [] },
    untracked: { count: 0, paths: [] },
    conflicted: { count: 0, paths: [] },
  };
  for (const line of out.split("\n")) {
    if (line.startsWith("# branch.head ")) {
      const b = line.slice(14).trim();
      if (b === "(detached)") g.detached = true;
      else g.branch = b;
    } else if (line.startsWith("# branch.oid ")) {
      const oid = line.slice(13).trim();
      if (oid !== "(initial)") g.headFull = oid;
    } else if (line.startsWith("# branch.upstream ")) g.upstream = line.slice(18).trim();
    else if (line.startsWith("# branch.ab ")) {
      const m = /\+(\d+) -(\d+)/.exec(line);
      if (m) {
        g.ahead = Number(m[1]);
        g.behind = Number(m[2]);
      }
    } else if (line.startsWith("1 ") || line.startsWith("2 ")) {
      const parts = line.split(" ");
      const xy = parts[1] ?? "..";
      const p = (line.startsWith("1 ") ? parts.slice(8) : parts.slice(9)).join(" ").split("\t")[0] ?? "";
      if (xy[0] !== ".") add(g.staged as Changes, p);
      if (xy[1] !== ".") add(g.unstaged as Changes, p);
    } else if (line.startsWith("u ")) add(g.conflicted as Changes, line.split(" ").slice(10).join(" "));
    else if (line.startsWith("? ")) add(g.untracked as Changes, line.slice(2));
  }
  return g;
}

const NO_LOG: GitResult = { ok: false, reason: "error", message: "skipped" };
const LOG_ARGS = ["log", "-1", "--format=%h%x1f%s"];
/** Positions in GitPaths.watch (see io/git.ts): the index first, HEAD second, then the refs. */
const HEAD = 1;

/** What the last save knew: its git summary and what git's files looked like before it ran. */
export interface GitBefore {
  git?: Git;
  seen?: GitSeen;
}

export interface GitCollected {
  git: Git;
  /** For the next save; absent when git could not say where its files are. */
  seen?: GitSeen;
  /** The last summary was kept: no git process ran. */
  reused: boolean;
}

/** Stamps of every watched path, in order; null when any of them cannot be told. */
function stampsOf(paths: GitPaths): string[] | null {
  const out: string[] = [];
  for (const p of [...paths.watch, ...paths.operations.map((o) => o.path)]) {
    const st = fileStamp(p);
    if (st === null) return null;
    out.push(st);
  }
  return out;
}

/** A saved GitSeen we can trust the shape of (it comes back from a file on disk). */
function usable(seen: GitSeen | undefined): seen is GitSeen {
  if (!seen || seen.watch.length < 4) return false;
  const paths = [...seen.watch, ...seen.operations.map((o) => o.path)];
  return seen.stamps.length === paths.length && paths.every((p) => path.isAbsolute(p));
}

/**
 * `before`: the last save's summary, from the state read under the session lock. `quiet`: the turn
 * called no tool that may change files (see updateFromTranscript), awaited only when it decides.
 *
 * Nothing runs when the turn was quiet and git's index, HEAD, the branch's ref and the operation
 * markers all look as they did just before the last real run. Otherwise the paths are reused while
 * HEAD's own file is unchanged (same branch) or asked from git again; their stamps are taken before
 * git starts, so a change that lands while git runs is seen by the next save.
 */
export async function collectGit(
  dir: string,
  timeoutMs: number,
  redact: Redactor,
  at: string,
  before: Promise<GitBefore | undefined>,
  quiet: Promise<boolean>,
): Promise<GitCollected> {
  const prev = await before;
  const seen = usable(prev?.seen) ? prev.seen : undefined;
  const now = seen ? stampsOf(seen) : null;
  const same = (i: number): boolean => !!seen && !!now && now[i] === seen.stamps[i];
  const untouched = !!now && now.every((_, i) => same(i));
  if (untouched && prev?.git?.status === "ok" && (await quiet)) return { git: prev.git, seen, reused: true };

  let paths: GitPaths | null = seen && now && same(HEAD) ? seen : await gitPaths(dir, timeoutMs);
  const stamps = paths === seen ? now : paths ? stampsOf(paths) : null;
  if (!stamps) paths = null;
  // HEAD and every ref file as before: HEAD is the commit it was, whose subject is saved.
  const refsSame = paths === seen && !!seen && seen.watch.every((_, i) => i === 0 || same(i));
  const pg = prev?.git;
  const known = refsSame && pg?.status === "ok" && !!pg.headFull && pg.subject !== undefined;
  const [status, log] = await Promise.all([runGit(dir, STATUS_ARGS, timeoutMs), known ? Promise.resolve(NO_LOG) : runGit(dir, LOG_ARGS, timeoutMs)]);
  if (!status.ok) {
    const kind = status.reason === "no-git" ? "no-git" : status.reason === "not-a-repo" ? "not-a-repo" : "error";
    return { git: { status: kind, reason: clip(status.message, 200), at }, reused: false };
  }
  const parsed = parseStatus(status.out);
  const git: Git = { status: "ok", at, ...parsed };
  for (const c of [git.staged, git.unstaged, git.untracked, git.conflicted]) if (c) c.paths = c.paths.map(redact);
  let last = log;
  if (known && pg && git.headFull === pg.headFull) {
    git.head = pg.head;
    git.subject = pg.subject;
  } else if (known) last = await runGit(dir, LOG_ARGS, timeoutMs);
  if (last.ok) {
    const [short, subject] = last.out.trim().split("\x1f");
    git.head = short;
    git.subject = subject ? clip(redact(subject), 200) : undefined;
  } else if (git.headFull && git.head === undefined) git.head = git.headFull.slice(0, 7);
  const op = paths?.operations.find((o) => lstatSafe(o.path));
  if (op) git.operation = op.name;
  return { git, seen: paths && stamps ? { watch: paths.watch, operations: paths.operations, stamps } : undefined, reused: false };
}
