// Reading and writing the state folder. Every write is atomic; every read-modify-write runs under
// a lock; the project-level view (latest.json, .last-state.md, archive/) is rebuilt from what is on
// disk, so a slower hook can never publish an older state over a newer one.
import * as path from "node:path";
import { ensurePrivateDir, listDir, lstatSafe, readHead, readJson, removeEmptyDir, removeQuietly, statSafe, writeAtomic } from "../io/fs";
import { type BodyStart, finishBody, injectionHead, joinMarkdown, type MarkdownParts, markdownParts, renderMarkdown, startBody } from "./render";
import type { Redactor } from "./redact";
import { takeReports } from "./inbox";
import { freshness } from "./provenance";
import { InjectionView, SessionState, STATE_VERSION } from "./schema";
import { type StatePaths, fileIdOf, sessionJson } from "./paths";

const MAX_STATE_BYTES = 4 << 20;
const MAX_LATEST_WITH_VIEW = 48 * 1024;

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

export function readSession(p: StatePaths, sessionId: string): SessionState | null {
  const raw = readJson(sessionJson(p, sessionId), MAX_STATE_BYTES);
  if (!raw) return null;
  const parsed = SessionState.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The savedAt of a session's file without parsing it (it can hold 100 KB of subagent reports): the
 * field is written among the first keys. Only a hint; a newer copy is then read and validated.
 */
export function peekSavedAt(p: StatePaths, sessionId: string): string | null {
  const head = readHead(sessionJson(p, sessionId), 8192);
  return head ? (/"savedAt":"([^"\\]{1,64})"/.exec(head)?.[1] ?? null) : null;
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

export function writeSession(p: StatePaths, s: SessionState, durable = false): void {
  writeAtomic(sessionJson(p, s.sessionId), JSON.stringify(s), { durable });
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
  if (!s.todos) s.todos = prev.todos;
  if (s.tasks.length === 0) {
    s.tasks = prev.tasks;
    s.tasksAt = prev.tasksAt;
  }
  s.plan ??= prev.plan;
  const own = new Set(s.subagents.map((a) => a.id));
  s.subagents = [...prev.subagents.filter((a) => a.status === "completed" && !own.has(a.id)), ...s.subagents].slice(-40);
  s.prompts = [...prev.prompts.slice(-2), ...s.prompts].slice(-5);
}

export interface Latest {
  sessionId: string;
  savedAt: string;
}

/** The pre-rendered SessionStart context kept in latest.json, if any (older files have none). */
export function readLatestView(p: StatePaths): InjectionView | null {
  const raw = readJson(p.latest, 64 * 1024) as { view?: unknown } | null;
  const parsed = raw && typeof raw === "object" && raw.view ? InjectionView.safeParse(raw.view) : null;
  return parsed?.success ? parsed.data : null;
}

export function readLatest(p: StatePaths): Latest | null {
  const raw = readJson(p.latest, 64 * 1024) as Partial<Latest> | null;
  return raw && typeof raw.sessionId === "string" && typeof raw.savedAt === "string"
    ? { sessionId: raw.sessionId, savedAt: raw.savedAt }
    : null;
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
 * Drops per-session files beyond the newest `keep + 1`, but only those idle for longer than
 * `idleMs`: a long interactive session must not lose its state (and transcript cursor) because a
 * script ran a dozen `claude -p` sessions in the same project meanwhile.
 */
export function pruneSessions(p: StatePaths, keep: number, live: string[], now: number, idleMs: number): void {
  const files = listDir(p.sessions)
    .filter((n) => n.endsWith(".json"))
    .map((n) => ({ n, t: statSafe(path.join(p.sessions, n))?.mtimeMs ?? 0 }))
    .sort((a, b) => b.t - a.t);
  const keepIds = new Set(live.map((id) => `${fileIdOf(id)}.json`));
  for (const { n, t } of files.slice(keep + 1)) {
    if (keepIds.has(n) || now - t < idleMs) continue;
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
  idleMs: number;
  /** Pre-render the SessionStart context with these settings (see render.ts, renderInjectionBody). */
  /** `version`: the hook's, so a body redacted by another version's rules is never reused. */
  view?: { maxChars: number; redactPatterns: readonly string[]; redact: Redactor; version: string };
}

/** The views of one saved state rendered ahead of its git section (renderViews), to be published later. */
export interface RenderedViews {
  s: SessionState;
  md: MarkdownParts;
  body?: { start: BodyStart; redactedStart: string; view: NonNullable<PublishOptions["view"]> };
}

/**
 * Everything of the project view that does not depend on git, rendered from `s` (no lock, no
 * I/O): a save does this while git still runs. `s` may still get its git state, nothing else.
 */
export function renderViews(s: SessionState, view: PublishOptions["view"]): RenderedViews {
  const out: RenderedViews = { s, md: markdownParts(s) };
  if (view) {
    const start = startBody(s, { maxChars: view.maxChars });
    out.body = { start, redactedStart: view.redact(start.text), view };
  }
  return out;
}

/**
 * Rebuilds the project view from views rendered earlier, under the project lock, after the
 * session's file is written. Another hook of this session may have saved after it (it no longer
 * holds the session's lock): then the newest copy on disk is rendered and shown instead. A session
 * published by a newer save is left as it is; one taking over from another session archives it.
 */
export function publishRendered(p: StatePaths, rendered: RenderedViews, opt: PublishOptions): boolean {
  const saved = rendered.s;
  const diskSavedAt = peekSavedAt(p, saved.sessionId);
  const onDisk = diskSavedAt !== null && diskSavedAt > saved.savedAt ? readSession(p, saved.sessionId) : null;
  const views = onDisk && onDisk.savedAt > saved.savedAt ? renderViews(onDisk, opt.view) : rendered;
  const s = views.s;
  const latest = readLatest(p);
  if (latest && latest.sessionId === s.sessionId && latest.savedAt > s.savedAt) return false;
  if (latest && latest.sessionId !== s.sessionId) {
    const prev = readSessionView(p, latest.sessionId);
    if (prev) archiveSession(p, prev, opt.keep);
    pruneSessions(p, opt.keep, [s.sessionId, latest.sessionId], opt.now, opt.idleMs);
  }
  const durable = opt.durable;
  let view: InjectionView | undefined;
  if (views.body) {
    const { start, redactedStart, view: v } = views.body;
    // Each part redacted on its own: the start while git ran, the rest now.
    const rest = finishBody(start, s.git).slice(start.text.length);
    view = { head: injectionHead(s), body: redactedStart + v.redact(rest), maxChars: v.maxChars, redact: [...v.redactPatterns], version: v.version };
  }
  const pointer = { sessionId: s.sessionId, savedAt: s.savedAt, v: STATE_VERSION };
  const withView = JSON.stringify({ ...pointer, view });
  // latest.json is read with a 64 KB cap; an odd state (long ids, paths, patterns) goes without its
  // view. Bytes, not characters: the cap is on the file.
  writeAtomic(p.latest, Buffer.byteLength(withView) <= MAX_LATEST_WITH_VIEW ? withView : JSON.stringify(pointer), { durable });
  writeAtomic(p.lastState, joinMarkdown(views.md, s.git), { durable });
  return true;
}

/** Rebuilds the project view after a save, in one go; call under the project lock. */
export function publish(p: StatePaths, saved: SessionState, opt: PublishOptions): boolean {
  return publishRendered(p, renderViews(saved, opt.view), opt);
}
