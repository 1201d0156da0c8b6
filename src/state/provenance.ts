// Whether a saved state provably comes from a session of this user in this project. The state
// folder can travel with a repository (`git add -f`, a tarball, a shared drive): its files are
// then someone else's words, and injecting them as "your last requests" would be prompt injection
// with the authority of the user's own voice. So a state is trusted only when the transcript of its
// session exists in one of this user's Claude Code folders, under this project's folder name, as a
// regular file owned by this user: nothing inside the project (what travels) can create that.
import * as path from "node:path";
import { encodeProjectDir } from "../config-dirs";
import { prefixAt } from "../clip";
import { ownRegularFile, realpathSafe } from "../io/fs";
import { provenance as msg } from "../messages";

export type Proof =
  | { ok: true; transcript: string }
  /** foreign: no proof it is this user's; moved: saved for another folder (moved or copied here). */
  | { ok: false; kind: "foreign" | "moved"; why: string };

export interface Where {
  projectDir: string;
  /** This user's Claude Code configuration folders (config-dirs.ts). */
  claudeDirs: readonly string[];
}

// A session id as Claude Code makes them (a UUID); anything else cannot name a transcript file.
const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** The same folder, as written or through symlinks (/tmp → /private/tmp). */
function sameDir(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const ra = realpathSafe(a);
  return ra !== null && ra === realpathSafe(b);
}

/**
 * Every place the session's transcript may be: each configuration folder (as given and resolved)
 * × this project's folder name (of its path as given and resolved). The transcript path recorded in
 * the state is not looked at on its own: it is the state's word, and it is one of these places
 * whenever it is true (the recorded path is resolved, which is why resolved folders are tried too).
 */
function candidates(sessionId: string, where: Where): string[] {
  const projects = [where.projectDir, realpathSafe(where.projectDir)].filter((d): d is string => !!d);
  const dirs = where.claudeDirs.flatMap((d) => [d, realpathSafe(d)]).filter((d): d is string => !!d);
  const out = new Set<string>();
  for (const d of dirs) for (const p of projects) out.add(path.join(d, "projects", encodeProjectDir(p), `${sessionId}.jsonl`));
  return [...out];
}

export function proveOwnState(s: { sessionId: string; projectDir: string }, where: Where): Proof {
  if (!sameDir(s.projectDir, where.projectDir)) return { ok: false, kind: "moved", why: msg.moved(s.projectDir) };
  if (!SESSION_ID.test(s.sessionId)) return { ok: false, kind: "foreign", why: msg.foreign(prefixAt(s.sessionId, 100)) };
  for (const file of candidates(s.sessionId, where)) if (ownRegularFile(file)) return { ok: true, transcript: file };
  return { ok: false, kind: "foreign", why: msg.foreign(s.sessionId) };
}

/**
 * A clock that was stepped back (NTP) may put the user's own last save a little ahead of now;
 * anything further ahead is a time no save of this hook wrote.
 */
export const FUTURE_SKEW_MS = 60_000;

export type Freshness = "fresh" | "stale" | "future" | "invalid";

/** `staleDays` 0 keeps any age fresh; a time in the future or not a time is never fresh. */
export function freshness(savedAt: string, now: number, staleDays: number): Freshness {
  const t = Date.parse(savedAt);
  if (!Number.isFinite(t)) return "invalid";
  if (t > now + FUTURE_SKEW_MS) return "future";
  return staleDays > 0 && now - t > staleDays * 86_400_000 ? "stale" : "fresh";
}
