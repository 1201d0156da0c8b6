// The sessions this project has saved state for, newest first: the current one (latest.json,
// .last-state.md) and the archived ones (archive/<savedAt>_<id>.md), with their structured state
// when it is still kept under sessions/.
import * as path from "node:path";
import { listDir, statSafe } from "../io/fs";
import { type StatePaths, fileIdOf } from "../state/paths";
import type { SessionState } from "../state/schema";
import { readLatest, readSessionView } from "../state/store";

export interface SavedSession {
  /** 1 = the newest. */
  n: number;
  sessionId: string;
  savedAt: string;
  /** The Markdown view of this session's state. */
  file: string;
  bytes: number;
  current: boolean;
  state: SessionState | null;
}

/** `2026-11-28T00-16-02-574Z` (a file-name stamp) back to an ISO time. */
function isoOfStamp(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z$/.exec(stamp);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5] ?? "000"}Z` : stamp;
}

export function savedSessions(p: StatePaths): SavedSession[] {
  const out: Omit<SavedSession, "n">[] = [];
  const latest = readLatest(p);
  const latestFile = latest ? fileIdOf(latest.sessionId) : null;
  if (latest) {
    const state = readSessionView(p, latest.sessionId);
    out.push({
      sessionId: latest.sessionId,
      savedAt: state?.savedAt ?? latest.savedAt,
      file: p.lastState,
      bytes: statSafe(p.lastState)?.size ?? 0,
      current: true,
      state,
    });
  }
  for (const name of listDir(p.archive)) {
    const m = /^(.+?)_(.+)\.md$/.exec(name);
    if (!m || m[2] === latestFile) continue;
    const file = path.join(p.archive, name);
    const state = readSessionView(p, m[2] as string);
    out.push({
      sessionId: state?.sessionId ?? (m[2] as string),
      savedAt: isoOfStamp(m[1] as string),
      file,
      bytes: statSafe(file)?.size ?? 0,
      current: false,
      state,
    });
  }
  return out
    .sort((a, b) => (a.current ? -1 : b.current ? 1 : b.savedAt.localeCompare(a.savedAt)))
    .map((s, i) => ({ ...s, n: i + 1 }));
}

/** By number (`2`) or by session id or a unique start of one. */
export function findSaved(list: SavedSession[], key: string): SavedSession | "ambiguous" | null {
  const byNumber = /^\d+$/.test(key) ? list.find((s) => s.n === Number(key)) : undefined;
  if (byNumber) return byNumber;
  const exact = list.find((s) => s.sessionId === key);
  if (exact) return exact;
  const hits = list.filter((s) => s.sessionId.startsWith(key));
  return hits.length === 1 ? (hits[0] as SavedSession) : hits.length > 1 ? "ambiguous" : null;
}
