// Git status of the project: one `git status` (and `git log -1` when HEAD moved), or no git at all
// when nothing could have changed since the last save.
import * as path from "node:path";
import { fileStamp, lstatSafe } from "../io/fs";
import { type GitPaths, gitPaths, type GitResult, runGit, STATUS_ARGS } from "../io/git";
import type { Redactor } from "../state/redact";
import type { Changes, Git, GitSeen } from "../state/schema";
import { clip } from "../clip";

const FIRST_PATHS = 8;

const add = (c: Changes, p: string): void => {
  c.count++;
  if (c.paths.length < FIRST_PATHS) c.paths.push(p);
};

// The hook's own files are not the project's work: the state folder (ignored by its own .gitignore
// unless someone tracks it) is left out, and the settings file and hook copy that install writes
// (or `.claude/` as a whole, which git shows collapsed while it is untracked) become one hint.
// Paths are relative to the repository's root, which may be above the project.
const STATE_FILES = /(?:^|\/)\.claude\/session-state(?:\/|$)/;
const SETUP_FILES = /(?:^|\/)\.claude\/(?:hooks\/(?:session-state\.cjs)?|settings\.json)?$/;

export function parseStatus(out: string): Omit<Git, "status" | "at" | "subject" | "head"> {
  const g: Omit<Git, "status" | "at" | "subject" | "head"> = {
    staged: { count: 0, paths: [] },
    unstaged: { count: 0, paths: [] },
    untracked: { count: 0, paths: [] },
    conflicted: { count: 0, paths: [] },
  };
  const setup = new Set<string>();
  /** Whether `p` is a change of the project's work rather than of session-state's own files. */
  const work = (p: string): boolean => {
    if (STATE_FILES.test(p)) return false;
    if (!SETUP_FILES.test(p)) return true;
    setup.add(p);
    return false;
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
      if (!work(p)) continue;
      if (xy[0] !== ".") add(g.staged as Changes, p);
      if (xy[1] !== ".") add(g.unstaged as Changes, p);
    } else if (line.startsWith("u ")) add(g.conflicted as Changes, line.split(" ").slice(10).join(" "));
    else if (line.startsWith("? ") && work(line.slice(2))) add(g.untracked as Changes, line.slice(2));
  }
  if (setup.size) g.setup = [...setup];
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

/** The branch's ref is the one watched (or none when HEAD is detached): the paths fit the repository. */
function fitsBranch(paths: GitPaths, git: Git): boolean {
  const ref = paths.watch[4];
  if (git.detached || !git.branch) return ref === undefined;
  return ref !== undefined && ref.split(path.sep).join("/").endsWith(`/refs/heads/${git.branch}`);
}

/**
 * HEAD as the last real git run saw it, when git's files prove it has not moved since: HEAD's own
 * file, the branch's ref, packed-refs and the reftable list still have the stamps taken before that
 * run started (a commit, checkout, reset or rebase replaces one of them). Null: ask git.
 */
export function headUnmoved(git: Git | undefined, seen: GitSeen | undefined): { branch?: string; sha: string } | null {
  if (git?.status !== "ok" || !git.headFull || !usable(seen) || !seen.stampedBefore) return null;
  const now = stampsOf(seen);
  // Position 0 is the index: staging a file does not move HEAD.
  if (!now || !seen.watch.every((_, i) => i === 0 || now[i] === seen.stamps[i])) return null;
  return { branch: git.detached ? undefined : git.branch, sha: git.headFull };
}

/**
 * `before`: the last save's summary, from the session's file as the save found it before the lock
 * (save.ts makes `quiet` false when another save replaced that file meanwhile). `quiet`: the turn
 * called no tool that may change files (see updateFromTranscript), awaited only when it decides.
 *
 * Nothing runs when the turn was quiet and git's index, HEAD, the branch's ref and the operation
 * markers all look as they did just before the last real run. Otherwise `git status` runs, with
 * `git log -1` unless HEAD and the refs look as before (then the commit and its subject are the
 * saved ones). Paths are kept while HEAD's own file is unchanged (same branch) and asked from git
 * again, alongside status, when it changed; stamps taken then postdate status's own look, so they
 * may not allow a skip before the next run has stamped the files before starting git.
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
  const pg = prev?.git;
  const seen = usable(prev?.seen) ? prev.seen : undefined;
  const now = seen ? stampsOf(seen) : null;
  const same = (i: number): boolean => !!seen && !!now && now[i] === seen.stamps[i];
  const untouched = !!now && now.every((_, i) => same(i));
  if (seen?.stampedBefore && untouched && pg?.status === "ok" && (await quiet)) return { git: pg, seen, reused: true };

  const keep = seen && now && same(HEAD) ? seen : null;
  const refsSame = !!keep && keep.watch.every((_, i) => i === 0 || same(i));
  const known = refsSame && pg?.status === "ok" && !!pg.headFull && pg.subject !== undefined;
  const pendingStatus = runGit(dir, STATUS_ARGS, timeoutMs);
  // No repository last time (the common case for a folder that is none): status alone tells.
  const afterStatus = <T>(then: () => Promise<T>, otherwise: T): Promise<T> =>
    pg && pg.status !== "ok" ? pendingStatus.then((r) => (r.ok ? then() : otherwise)) : then();
  const learning = keep ? null : afterStatus(() => gitPaths(dir, timeoutMs), null);
  const learned = learning?.then((p) => (p ? { paths: p, stamps: stampsOf(p) } : null));
  const pendingLog = known ? Promise.resolve(NO_LOG) : afterStatus(() => runGit(dir, LOG_ARGS, timeoutMs), NO_LOG);
  const [status, log, fresh] = await Promise.all([pendingStatus, pendingLog, learned]);
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

  const paths = keep ?? fresh?.paths ?? null;
  const op = paths?.operations.find((o) => lstatSafe(o.path));
  if (op) git.operation = op.name;
  const stamps = keep ? now : fresh?.stamps;
  const next: GitSeen | undefined =
    paths && stamps && fitsBranch(paths, git) ? { watch: paths.watch, operations: paths.operations, stamps, stampedBefore: !!keep } : undefined;
  return { git, seen: next, reused: false };
}
