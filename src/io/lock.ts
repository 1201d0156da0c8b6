// A lock file per guarded resource, created with O_EXCL. Hooks of one session (parallel subagents)
// and of several sessions run at once; each read-modify-write happens under a lock. A lock whose
// owner died (pid gone) is taken over at once, one older than STALE_MS regardless.
import * as fs from "node:fs";
import { removeQuietly } from "./fs";

export const STALE_MS = 1500;

export interface LockOptions {
  timeoutMs: number;
  now: () => number;
  onStale?: () => void;
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isStale(file: string, now: number): string | null {
  let text: string;
  let mtime: number;
  try {
    text = fs.readFileSync(file, "utf8");
    mtime = fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
  const pid = Number(text.split(" ")[0]);
  if (now - mtime > STALE_MS) return text;
  // An empty file is a lock being written right now (open and write are two steps).
  if (text && !alive(pid)) return text;
  return null;
}

/** Moves a stale lock aside; only one contender can win the rename of a given file. */
function takeOver(file: string, seen: string): void {
  const aside = `${file}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return;
  }
  let moved = "";
  try {
    moved = fs.readFileSync(aside, "utf8");
  } catch {
    /* vanished */
  }
  // We raced and moved a fresh lock that another contender had just taken: put it back.
  if (moved !== seen) {
    try {
      fs.linkSync(aside, file);
    } catch {
      /* someone holds it again; theirs stands */
    }
  }
  removeQuietly(aside);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Release = () => void;

export async function acquire(file: string, opt: LockOptions): Promise<Release | null> {
  const deadline = opt.now() + opt.timeoutMs;
  const token = `${process.pid} ${opt.now()} ${Math.random().toString(36).slice(2)}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600);
      fs.writeSync(fd, token);
      fs.closeSync(fd);
      return () => {
        try {
          if (fs.readFileSync(file, "utf8") === token) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") return null;
    }
    const stale = isStale(file, opt.now());
    if (stale !== null) {
      opt.onStale?.();
      takeOver(file, stale);
      continue;
    }
    if (opt.now() > deadline) return null;
    await sleep(Math.min(25, 2 + attempt * 2) + Math.random() * 5);
  }
}
