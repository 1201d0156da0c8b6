// A SubagentStop drops its report into a per-session inbox and is done: no lock, so a burst of 32
// agents finishing together never waits and loses nothing. The next save of the session (the Stop
// that ends the turn) folds the inbox into the state under the lock; readers fold it in read-only
// until then (store.readSessionView).
import * as path from "node:path";
import * as z from "zod/mini";
import { ensurePrivateDir, listDir, removeEmptyDir, removeQuietly, writeAtomic } from "../io/fs";
import { readChecked } from "../io/read-checked";
import { upsertSubagent } from "./facts";
import { fileIdOf, type StatePaths } from "./paths";
import type { SessionState } from "./schema";

/** One finished subagent, as SubagentStop leaves it in the inbox. */
const SubagentReport = z.object({
  id: z.string(),
  type: z.optional(z.string()),
  description: z.optional(z.string()),
  excerpt: z.optional(z.string()),
  at: z.string(),
});
export type SubagentReport = z.infer<typeof SubagentReport>;

const MAX_FILES = 200;
const inboxDir = (p: StatePaths, sessionId: string): string => path.join(p.sessions, `${fileIdOf(sessionId)}.inbox`);

/** Returns false when the inbox could not be written (the caller then saves under the lock only). */
export function postReport(p: StatePaths, sessionId: string, report: SubagentReport): boolean {
  const dir = inboxDir(p, sessionId);
  const name = `${fileIdOf(report.id)}-${process.pid}-${Math.random().toString(36).slice(2, 10)}.json`;
  // Twice: a lock holder may remove the emptied inbox between our mkdir and our write.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (ensurePrivateDir(dir) !== true) return false;
    try {
      writeAtomic(path.join(dir, name), JSON.stringify(report));
      return true;
    } catch {
      removeEmptyDir(dir);
    }
  }
  return false;
}

/** Folds every report waiting in the inbox into the state; returns the files to delete once saved. */
export function takeReports(p: StatePaths, s: SessionState): string[] {
  const dir = inboxDir(p, s.sessionId);
  const files = listDir(dir)
    .filter((n) => n.endsWith(".json"))
    .slice(0, MAX_FILES)
    .map((n) => path.join(dir, n));
  const reports = files
    .map((f) => readChecked(f, 64 * 1024, SubagentReport, p.log))
    .filter((r): r is SubagentReport => r !== null)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const r of reports) upsertSubagent(s, r.id, { type: r.type, description: r.description, excerpt: r.excerpt, status: "completed", at: r.at });
  return files;
}

/** Deletes folded reports, and the inbox itself once it is empty: no folder left per session. */
export function clearReports(files: string[]): void {
  for (const f of files) removeQuietly(f);
  if (files[0]) removeEmptyDir(path.dirname(files[0]));
}
