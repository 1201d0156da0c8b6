// The file-system boundary: every helper returns a value (null/false on failure) instead of
// throwing, refuses symlinks where following one could lead outside the state folder, and opens
// files non-blocking so a FIFO or device handed to us can never hang the hook.
import * as fs from "node:fs";
import * as path from "node:path";

const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

export type Opened = { fd: number; stat: fs.Stats };

/** Opens a regular file for reading; anything else (FIFO, device, directory, missing) is refused. */
export function openRegular(file: string): Opened | { refused: string } {
  let fd: number;
  // A missing file is common (no settings file, no tasks yet) and answered without an exception:
  // the first one a Node process throws costs ≈ 0.2 ms, on the hook's critical path.
  if (!exists(file)) return { refused: "ENOENT" };
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | O_NONBLOCK);
  } catch (err) {
    return { refused: (err as NodeJS.ErrnoException).code ?? "cannot open" };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) {
      fs.closeSync(fd);
      return { refused: "not a regular file" };
    }
    return { fd, stat };
  } catch (err) {
    closeQuietly(fd);
    return { refused: (err as NodeJS.ErrnoException).code ?? "cannot stat" };
  }
}

export function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    /* already closed */
  }
}

export function readSmallText(file: string, maxBytes: number): string | null {
  const opened = openRegular(file);
  if ("refused" in opened) return null;
  try {
    if (opened.stat.size > maxBytes) return null;
    const buf = Buffer.alloc(opened.stat.size);
    let off = 0;
    while (off < buf.length) {
      const n = fs.readSync(opened.fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off).toString("utf8");
  } catch {
    return null;
  } finally {
    closeQuietly(opened.fd);
  }
}

export function readJson(file: string, maxBytes: number): unknown {
  const text = readSmallText(file, maxBytes);
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Group or other may read, write or enter it. */
const loose = (st: fs.Stats): boolean => (st.mode & 0o077) !== 0;
const ours = (st: fs.Stats): boolean => typeof process.getuid !== "function" || st.uid === process.getuid();

/**
 * A regular file (not a symlink, FIFO or device) owned by the user running this process: what makes
 * a file "this user's" (state/provenance.ts). Where there are no uids (Windows), a regular file.
 */
export function ownRegularFile(file: string): boolean {
  const st = lstatSafe(file);
  return !!st && st.isFile() && ours(st);
}

/**
 * Creates the folder (mode 0700) unless it exists; refuses a symlink or a non-directory. An
 * existing folder of ours that others can read (an older version, a permissive umask, a copy) is
 * made private again.
 */
export function ensurePrivateDir(dir: string): true | { refused: string } {
  try {
    const st = fs.lstatSync(dir);
    if (st.isSymbolicLink()) return { refused: `${dir} is a symbolic link` };
    if (!st.isDirectory()) return { refused: `${dir} is not a directory` };
    if (loose(st) && ours(st)) chmodQuietly(dir, 0o700);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") return { refused: String((err as Error).message) };
  }
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(dir);
    if (!st.isDirectory()) return { refused: `${dir} is not a directory` };
    // mkdir applies the umask; 0700 minus a umask is never looser, but an odd umask could be.
    if (loose(st)) chmodQuietly(dir, 0o700);
    return true;
  } catch (err) {
    return { refused: (err as NodeJS.ErrnoException).code ?? "mkdir failed" };
  }
}

/** False only when the path certainly names nothing; any other doubt is left to the caller's open. */
function exists(file: string): boolean {
  try {
    return fs.lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

export function lstatSafe(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/**
 * What a file looks like from outside, as a short string: device, inode, size, modification and
 * change times in nanoseconds ("-" when it is missing, null when it cannot be told). Two equal
 * stamps mean the file was not replaced or written in between, as far as the file system can tell;
 * git replaces its index and refs by renaming a new file over them, which always changes the inode
 * or the change time. The path itself is looked at (lstat): a symlink's stamp is the link's own.
 */
export function fileStamp(file: string): string | null {
  try {
    const st = fs.lstatSync(file, { bigint: true, throwIfNoEntry: false });
    return st ? `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}` : "-";
  } catch {
    return null;
  }
}

export function statSafe(file: string): fs.Stats | null {
  try {
    return fs.statSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

export function realpathSafe(file: string): string | null {
  try {
    // The C library's realpath: Node's own walks the path in JS with an lstat and a cache per part.
    return fs.realpathSync.native(file);
  } catch {
    return null;
  }
}

export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

export function listDir(dir: string): string[] {
  // Most folders asked about (a session's inbox) do not exist: answered without an exception.
  if (!exists(dir)) return [];
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** Removes an empty folder; a folder that is not empty (or gone) is left alone. */
export function removeEmptyDir(dir: string): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    /* not empty, or gone */
  }
}

export function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    /* gone already */
  }
}

type WriteFileAtomic = typeof import("write-file-atomic");
let writeFileAtomic: WriteFileAtomic | undefined;

/**
 * write-file-atomic, loaded on the first write, synchronously as its callers are: paths that only
 * read (SessionStart, `load`) never pay for starting it (≈ 4 ms, mostly signal-exit's handlers). A
 * save calls it early while git runs in its own process, so that the cost falls in that wait.
 */
export function loadWriter(): WriteFileAtomic {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (writeFileAtomic ??= require("write-file-atomic") as WriteFileAtomic);
}

/**
 * Atomic replace with owner-only permissions, through write-file-atomic (a temp file beside the
 * target, renamed over it). write-file-atomic follows a symlink at the target, so one planted there
 * is removed first: the write can never land outside the state folder (whose own folders are
 * checked by ensurePrivateDir before anything is written).
 *
 * `durable` keeps write-file-atomic's fsync of the file and adds one of the folder, and sweeps temp
 * files of killed writers. Without it the replace is still atomic for every failure of the process
 * (the rename is all or nothing), only not against a power cut; the per-turn saves skip it (fsync
 * was the largest single cost of a Stop, ~6 ms for three files) and the milestones — PreCompact,
 * SessionEnd, StopFailure — pay it.
 */
export function writeAtomic(file: string, data: string, opts: { durable?: boolean } = {}): void {
  const st = lstatSafe(file);
  if (st?.isSymbolicLink()) fs.unlinkSync(file);
  loadWriter().sync(file, data, { mode: 0o600, fsync: opts.durable === true });
  if (opts.durable) {
    syncDir(path.dirname(file));
    sweepTempFiles(file);
  }
}

function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, fs.constants.O_RDONLY);
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* not every file system lets a folder be synced; the rename itself is still atomic */
  }
}

/** A temp file of an atomic write older than this belongs to a writer that was killed. */
const TEMP_STALE_MS = 60_000;

/**
 * write-file-atomic writes `<file>.<number>` and renames it over `<file>`; a hook killed in
 * between leaves that temp file behind for good. Old ones next to the file just written are
 * removed (young ones may belong to a writer that is still running).
 */
function sweepTempFiles(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  const now = Date.now();
  for (const name of listDir(dir)) {
    if (!name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length))) continue;
    const full = path.join(dir, name);
    const st = lstatSafe(full);
    if (st?.isFile() && now - st.mtimeMs > TEMP_STALE_MS) removeQuietly(full);
  }
}

function chmodQuietly(file: string, mode: number): void {
  try {
    fs.chmodSync(file, mode);
  } catch {
    /* not ours to change (a read-only mount): the folder is still usable */
  }
}

export function appendBounded(file: string, line: string, maxBytes: number): void {
  try {
    const st = lstatSafe(file);
    if (st?.isSymbolicLink()) return;
    if (st && loose(st) && ours(st)) chmodQuietly(file, 0o600);
    if (st && st.size + line.length > maxBytes) fs.renameSync(file, `${file}.1`);
    fs.appendFileSync(file, line, { mode: 0o600 });
  } catch {
    /* logging must never fail the hook */
  }
}
