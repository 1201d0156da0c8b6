// Reading and writing the state folder. Every write is atomic; every read-modify-write runs under
// a lock; the project-level view (latest.json, .last-state.md, archive/) is rebuilt from what is on
// disk, so a slower hook can never publish an older state over a newer one.
import * as path from "node:path";
import { ensurePrivateDir, fileStamp, listDir, lstatSafe, removeEmptyDir, removeQuietly, statSafe, writeAtomic } from "../io/fs";
import { renderMarkdown } from "./render";
import { hasOwnWork, LIMITS } from "./facts";
import { takeReports } from "./inbox";
import { readChecked } from "../io/read-checked";
import { freshness } from "./provenance";
import { Latest, SessionState, STATE_VERSION } from "./schema";
import { type StatePaths, fileIdOf, sessionJson } from "./paths";

const MAX_STATE_BYTES = 4 << 20;

export function prepareStateDir(p: StatePaths): true | { refused: string } {
  const parent = path.dirname(p.dir);
  const pst = lstatSafe(parent);
  if (pst && !pst.isDirectory() && !statSafe(parent)?.isDirectory()) return { refused: `${parent} is not a directory` };
  for (const dir of [p.dir, p.sessions, p.archive]) {
    const ok = ensurePrivateDir(dir);
    if (ok !== true) return ok;
  }
  if (!lstatSafe(p.gitignore)) {
    try {
      writeAtomic(p.gitignore, "# Written by session-state: saved session state is private; never commit it.\n*\n");
    } catch {
      /* not fatal: the state is still private by mode */
    }
  }
  return true;
}

/** A session's state file, or null when it is absent or invalid (then logged, and started afresh). */
export function readSession(p: StatePaths, sessionId: string): SessionState | null {
  return readChecked(sessionJson(p, sessionId), MAX_STATE_BYTES, SessionState, p.log);
}

/**
 * A session's state as readers should see it: its file with the subagent reports still waiting in
 * its inbox folded in (SubagentStop only drops a report there; the next save moves it into the
 * file). Read-only: the inbox is left as it is.
 */
export function readSessionView(p: StatePaths, sessionId: string): SessionState | null {
  const s = readSession(p, sessionId);
  if (s) takeReports(p, s);
  return s;
}

/**
 * A session's file with the stamp it had just before it was read (io/fs.ts fileStamp): a reader
 * holding the stamp can tell later, with one lstat, whether the file is still the one it read.
 */
export function readSessionStamped(p: StatePaths, sessionId: string): { state: SessionState | null; stamp: string | null } {
  const stamp = fileStamp(sessionJson(p, sessionId));
  return { state: readSession(p, sessionId), stamp };
}

/** Whether the session's file is still the one `stamp` was taken of (an unknown stamp never is). */
export function sessionUnchanged(p: StatePaths, sessionId: string, stamp: string | null): boolean {
  return stamp !== null && fileStamp(sessionJson(p, sessionId)) === stamp;
}

/** Writes the session's file; returns its stamp as written (null when it cannot be told). */
export function writeSession(p: StatePaths, s: SessionState, durable = false): string | null {
  const file = sessionJson(p, s.sessionId);
  writeAtomic(file, JSON.stringify(s), { durable });
  return fileStamp(file);
}

/**
 * A session's first save. A fresh session that continues the project's work (it was told the
 * latest state at startup) inherits that state's open work — todos, tasks, plan, findings, requests —
 * so a short "where were we?" session cannot erase the handoff for the one after it. Only a state
 * saved before this session started qualifies: a nested `claude -p` that saved while this session
 * was running is not its predecessor. What the session's own transcript says always wins.
 */
export function carryOver(
  p: StatePaths,
  s: SessionState,
  config: { settings: { staleDays: number }; now: () => number },
  /** Whether `prev` provably is this user's (provenance.ts): someone else's state is never carried. */
  isOwn: (prev: SessionState) => boolean,
): void {
  const latest = readLatest(p);
  if (!latest || latest.sessionId === s.sessionId) return;
  const prev = readSessionView(p, latest.sessionId);
  // Not a time (NaN) or later than this session's start: not its predecessor.
  if (!prev || !(Date.parse(prev.savedAt) <= Date.parse(s.startedAt))) return;
  if (freshness(prev.savedAt, config.now(), config.settings.staleDays) !== "fresh") return;
  if (!isOwn(prev)) return;
  s.carriedFrom = { sessionId: prev.sessionId, savedAt: prev.savedAt };
  // Everything copied is marked, so that hasOwnWork (facts.ts) can tell it from the session's own.
  if (!s.todos && prev.todos) s.todos = { ...prev.todos, carried: true };
  if (s.tasks.length === 0 && prev.tasks.length > 0) {
    s.tasks = prev.tasks;
    s.tasksAt = prev.tasksAt;
    s.tasksCarried = true;
  }
  if (!s.plan && prev.plan) s.plan = { ...prev.plan, carried: true };
  const own = new Set(s.subagents.map((a) => a.id));
  const agents = prev.subagents.filter((a) => a.status === "completed" && !own.has(a.id)).map((a) => ({ ...a, carried: true }));
  s.subagents = [...agents, ...s.subagents].slice(-LIMITS.subagents);
  s.prompts = [...prev.prompts.slice(-2).map((p) => ({ ...p, carried: true })), ...s.prompts].slice(-LIMITS.prompts);
  const mine = new Set(s.files.map((f) => f.path));
  const files = prev.files.filter((f) => !mine.has(f.path)).map((f) => ({ ...f, carried: true }));
  s.files = [...files, ...s.files].slice(-LIMITS.files);
}

export function readLatest(p: StatePaths): Latest | null {
  return readChecked(p.latest, 64 * 1024, Latest, p.log);
}

const stamp = (iso: string): string => iso.replace(/[:.]/g, "-");

/** archive/<savedAt>_<session>.md, one file per session, newest `keep` sessions kept. */
export function archiveSession(p: StatePaths, s: SessionState, keep: number): void {
  const id = fileIdOf(s.sessionId);
  const name = `${stamp(s.savedAt)}_${id}.md`;
  // Two sessions taking turns archive each other on every save: an unchanged state is not rewritten.
  if (lstatSafe(path.join(p.archive, name))) return;
  for (const old of listDir(p.archive)) if (old.endsWith(`_${id}.md`)) removeQuietly(path.join(p.archive, old));
  writeAtomic(path.join(p.archive, name), renderMarkdown(s), { durable: true });
  const names = listDir(p.archive)
    .filter((n) => n.endsWith(".md"))
    .sort();
  for (const name of names.slice(0, Math.max(0, names.length - keep))) removeQuietly(path.join(p.archive, name));
}

/**
 * Keeps the files of the newest `keep` sessions (by their last save) and of `live` (the session
 * saving now and the published one); the rest go with their inbox. A pruned session that comes
 * back starts a new file and reads its transcript again from the start.
 */
export function pruneSessions(p: StatePaths, keep: number, live: string[]): void {
  const files = listDir(p.sessions)
    .filter((n) => n.endsWith(".json"))
    .map((n) => ({ n, t: statSafe(path.join(p.sessions, n))?.mtimeMs ?? 0 }))
    .sort((a, b) => b.t - a.t);
  const keepIds = new Set(live.map((id) => `${fileIdOf(id)}.json`));
  for (const { n } of files.slice(keep)) {
    if (keepIds.has(n)) continue;
    removeQuietly(path.join(p.sessions, n));
    // Reports that came after the session's last save go with it.
    const inbox = path.join(p.sessions, n.replace(/\.json$/, ".inbox"));
    for (const r of listDir(inbox)) if (r.endsWith(".json")) removeQuietly(path.join(inbox, r));
    removeEmptyDir(inbox);
  }
}

export interface PublishOptions {
  keep: number;
  durable: boolean;
  now: number;
  /** The stamp writeSession returned for `saved`: while the file still has it, it is not read again. */
  written?: string | null;
}

/**
 * Rebuilds the project view (latest.json, .last-state.md, the archive) after a save, under the
 * project lock, from what is on disk: another hook of this session may have saved after this one
 * (it no longer holds the session's lock), and then its newer copy is published instead. A session
 * published by a newer save is left as it is; one taking over from another session archives it.
 */
export function publish(p: StatePaths, saved: SessionState, opt: PublishOptions): boolean {
  const onDisk = sessionUnchanged(p, saved.sessionId, opt.written ?? null) ? saved : readSession(p, saved.sessionId);
  const s = onDisk && onDisk.savedAt > saved.savedAt ? onDisk : saved;
  const latest = readLatest(p);
  if (latest && latest.sessionId === s.sessionId && latest.savedAt > s.savedAt) return false;
  if (latest && latest.sessionId !== s.sessionId) {
    // Both ways a session file is added that the previous publish did not see: prune here.
    pruneSessions(p, opt.keep, [s.sessionId, latest.sessionId]);
    // A session that asked for nothing and did nothing (started by /clear and closed, say) keeps
    // its own file but never replaces the project's latest state: the next startup would lose the
    // work of the session before it.
    if (!hasOwnWork(s) && readSession(p, latest.sessionId)) return false;
    const prev = readSessionView(p, latest.sessionId);
    if (prev) archiveSession(p, prev, opt.keep);
  }
  // A pointer, nothing more: SessionStart reads the session's own file and renders it.
  writeAtomic(p.latest, JSON.stringify({ sessionId: s.sessionId, savedAt: s.savedAt, v: STATE_VERSION }), { durable: opt.durable });
  writeAtomic(p.lastState, renderMarkdown(s), { durable: opt.durable });
  return true;
}
