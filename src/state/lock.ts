// A lock file per guarded resource, created with O_EXCL. Hooks of one session (parallel subagents)
// and of several sessions run at once; each read-modify-write happens under a lock.
//
// When is a lock somebody else's to take? Its owner wrote "<pid> <time> <random> <host>" into it.
// - owner on this host and its pid is gone: taken over at once (a hook killed mid-save);
// - empty for more than STALE_MS: its owner died between creating and writing it;
// - anything that is not a regular file (a directory, a symlink): no hook made it, taken at once;
// - otherwise only after MAX_HOLD_MS. A live owner may hold a lock for seconds (it waits for git
//   under the session lock), and no hook lives longer than its 8 s hard budget, so a lock older
//   than that belongs to a process that is not a hook any more (a reused pid, another machine).
import * as fs from "node:fs";
import { closeQuietly, removeQuietly } from "../io/fs";

/** An empty lock older than this was left by a hook killed between creating and writing it. */
export const STALE_MS = 1000;
/** Longer than any hook lives (8 s hard budget): past this a lock is taken whoever wrote it. */
export const MAX_HOLD_MS = 10_000;

export interface LockOptions {
  timeoutMs: number;
  now: () => number;
  onStale?: () => void;
}

/**
 * This machine's name, as written into locks. Read from the kernel where Linux offers it, because
 * loading node:os for it took ≈ 0.2 ms of every save; elsewhere from node:os.
 */
function hostName(): string {
  try {
    const name = fs.readFileSync("/proc/sys/kernel/hostname", "utf8").trim();
    if (name) return name;
  } catch {
    /* not Linux, or no /proc */
  }
  return (require("node:os") as typeof import("node:os")).hostname();
}

let host: string | undefined;
const HOST = (): string => {
  if (host === undefined) {
    try {
      host = hostName().replace(/\s+/g, "_") || "-";
    } catch {
      host = "-";
    }
  }
  return host;
};

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** How a lock path that is not a regular file is told apart from another one. */
const nonFile = (st: fs.Stats): string => `<${st.isDirectory() ? "dir" : "other"} ${st.ino} ${st.mtimeMs}>`;

/** The lock's content when it may be taken over now, else null. */
function isStale(file: string, now: number): string | null {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch {
    return null;
  }
  // No hook creates anything but a regular file here; something else would block every save.
  if (!st.isFile()) return nonFile(st);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const age = now - st.mtimeMs;
  if (age > MAX_HOLD_MS) return text;
  // An empty file is a lock being written right now (open and write are two steps).
  if (!text) return age > STALE_MS ? text : null;
  const [pidText, , , owner] = text.split(" ");
  // Written on another host (a shared folder, a container): its pid means nothing here.
  if (owner !== undefined && owner !== HOST()) return null;
  return alive(Number(pidText)) ? null : text;
}

/** What the lock path holds now, in the form isStale reports it. */
function contentOf(file: string): string | null {
  try {
    const st = fs.lstatSync(file);
    return st.isFile() ? fs.readFileSync(file, "utf8") : nonFile(st);
  } catch {
    return null;
  }
}

/**
 * Moves a stale lock aside. Takeovers are serialised by a second O_EXCL file: without it, two
 * contenders that judged the same lock stale could move it aside one after the other, the second
 * moving the fresh lock the first had just taken, and both would go on. Under the guard the lock is
 * judged again, so a lock that changed since is left alone. "busy": another contender is taking it
 * over (wait and retry); "never": the folder does not let us (read-only, not ours).
 */
function takeOver(file: string, seen: string, now: number): "moved" | "busy" | "never" {
  const guard = `${file}.takeover`;
  let fd: number;
  try {
    fd = fs.openSync(guard, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") return "never";
    // A guard left by a contender killed in the middle of its takeover.
    const st = fs.lstatSync(guard, { throwIfNoEntry: false });
    if (st && now - st.mtimeMs > STALE_MS) removeQuietly(guard);
    return "busy";
  }
  closeQuietly(fd);
  try {
    if (contentOf(file) !== seen) return "moved";
    const aside = `${file}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
      fs.renameSync(file, aside);
    } catch (err) {
      // ENOENT: released meanwhile; simply try again.
      return (err as NodeJS.ErrnoException).code === "ENOENT" ? "moved" : "never";
    }
    try {
      fs.rmSync(aside, { recursive: true, force: true });
    } catch {
      removeQuietly(aside);
    }
    return "moved";
  } finally {
    removeQuietly(guard);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Release = () => void;

export async function acquire(file: string, opt: LockOptions): Promise<Release | null> {
  const deadline = opt.now() + opt.timeoutMs;
  const token = `${process.pid} ${opt.now()} ${Math.random().toString(36).slice(2)} ${HOST()}`;
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") return null;
      fd = -1;
    }
    if (fd >= 0) {
      try {
        fs.writeSync(fd, token);
      } catch {
        // A full disk: the empty lock would block the next hook for STALE_MS; take it back.
        closeQuietly(fd);
        removeQuietly(file);
        return null;
      }
      closeQuietly(fd);
      return () => {
        try {
          if (fs.readFileSync(file, "utf8") === token) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    }
    const stale = isStale(file, opt.now());
    if (stale !== null) {
      const took = takeOver(file, stale, opt.now());
      if (took === "never") return null;
      if (took === "moved") {
        opt.onStale?.();
        continue;
      }
    }
    if (opt.now() > deadline) return null;
    await sleep(Math.min(25, 2 + attempt * 2) + Math.random() * 5);
  }
}
