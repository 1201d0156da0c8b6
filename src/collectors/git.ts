// Git status of the project in two processes (status + last commit), run in parallel.
import { type GitResult, operationInProgress, readHeadFromDisk, runGit, STATUS_ARGS } from "../io/git";
import type { Redactor } from "../state/redact";
import type { Changes, Git } from "../state/schema";
import { clip } from "../state/facts";

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

/**
 * `previous`: the last saved git state, awaited only after status has started (the caller reads it
 * under the session lock). `started`: the same status command already running (see early-git.ts).
 */
export async function collectGit(
  dir: string,
  timeoutMs: number,
  redact: Redactor,
  at: string,
  previous?: Promise<Git | undefined>,
  started?: Promise<GitResult>,
): Promise<Git> {
  // status starts before anything else: it is the slow part, and it runs while we read files.
  const pendingStatus = started ?? runGit(dir, STATUS_ARGS, timeoutMs);
  const prev = await previous;
  // HEAD has not moved since the last save (read from .git, no process): its subject is known.
  const known = prev?.status === "ok" && prev.headFull && prev.subject !== undefined && readHeadFromDisk(dir)?.sha === prev.headFull;
  const [status, log] = await Promise.all([pendingStatus, known ? Promise.resolve(NO_LOG) : runGit(dir, ["log", "-1", "--format=%h%x1f%s"], timeoutMs)]);
  if (!status.ok) {
    const kind = status.reason === "no-git" ? "no-git" : status.reason === "not-a-repo" ? "not-a-repo" : "error";
    return { status: kind, reason: clip(status.message, 200), at };
  }
  const parsed = parseStatus(status.out);
  const git: Git = { status: "ok", at, ...parsed };
  for (const c of [git.staged, git.unstaged, git.untracked, git.conflicted]) if (c) c.paths = c.paths.map(redact);
  let last = log;
  if (known && prev && git.headFull === prev.headFull) {
    git.head = prev.head;
    git.subject = prev.subject;
    last = NO_LOG;
  } else if (known) last = await runGit(dir, ["log", "-1", "--format=%h%x1f%s"], timeoutMs);
  if (last.ok) {
    const [short, subject] = last.out.trim().split("\x1f");
    git.head = short;
    git.subject = subject ? clip(redact(subject), 200) : undefined;
  } else if (git.headFull) git.head = git.headFull.slice(0, 7);
  const op = operationInProgress(dir);
  if (op) git.operation = op;
  return git;
}
