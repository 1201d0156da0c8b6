// Compiles an embedded chunk of the bundle with V8's code cache. A hook is a fresh process on every
// turn, and parsing plus compiling the hook's own code was the largest cost left after Node's start
// (≈ 7 ms of a SessionStart, measured against a bare `node -e 0`). The cache is written once per
// bundle and event and holds the bytecode of every function the run compiled.
//
// A code cache is code: V8 runs what it holds. So it lives in the user's own cache folder
// (`$XDG_CACHE_HOME/session-state`, else `~/.cache/session-state`), never in a project, where a
// cloned repository could plant one; it is used only while that folder is a real folder of this
// user that nobody else can write, and only files of this user are read. V8 checks a cache against
// its source only by length, so the file name carries a hash of the chunk's text (computed at build
// time), the Node version and Node's start options: a cache is only offered to the code and the
// runtime that produced it. A cache V8
// rejects anyway (other flags, a torn file) is rewritten at the end of the run. Nothing here
// throws: without a cache the chunk compiles as usual.
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

/**
 * A chunk of the bundle kept as text (see tsup.config.ts): a CommonJS module's code already wrapped
 * as a function expression (wrapModule), so that the text handed to V8 is never copied, and a hash.
 */
export interface Chunk {
  source: string;
  hash: string;
}

export const wrapModule = (code: string): string => `(function (module, exports, require, __filename, __dirname) {${code}\n})`;

export interface CacheSlot {
  /** The user's cache folder for this hook; created (0700) on the first write. */
  dir: string;
  /** What kind of run this is (the hook event): each kind keeps the functions it needs. */
  kind: string;
  /** Node version, architecture and start options (runtimeKey), part of the file name. */
  runtime: string;
}

/** FNV-1a, 32 bits: a file-name fingerprint, not a security check (the folder is private). */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * Which runtime a cache belongs to. V8 rejects a cache made under other flags, and a flag in
 * NODE_OPTIONS (`--max-old-space-size`, common in shell profiles) is enough: two environments that
 * differ only there would replace each other's cache on every run and both compile from scratch.
 * So Node's start options, when there are any, are part of the name.
 */
export function runtimeKey(version: string, arch: string, execArgv: readonly string[], nodeOptions: string | undefined): string {
  const options = execArgv.length > 0 || nodeOptions ? `${execArgv.join(" ")}\n${nodeOptions ?? ""}` : "";
  return options ? `${version}-${arch}-o${fingerprint(options)}` : `${version}-${arch}`;
}

export interface Compiled<T> {
  exports: T;
  /** Writes the cache if there was none to use. Call once, after the run's work. */
  flush(): void;
}

const SAFE = /[^A-Za-z0-9._-]/g;
const MAX_CACHE_BYTES = 16 << 20;
const KEEP_PER_KIND = 3;

function cacheFile(slot: CacheSlot, hash: string): string {
  const name = `${slot.kind}-${hash}-${slot.runtime}`.replace(SAFE, "_");
  return path.join(slot.dir, `${name}.v8`);
}

/** This user's, and writable by nobody else: then what it holds is what this user's hooks wrote. */
function private_(st: fs.Stats): boolean {
  const uid = typeof process.getuid === "function" ? process.getuid() : st.uid;
  return st.uid === uid && (st.mode & 0o022) === 0;
}

function trustedDir(dir: string): boolean {
  try {
    const st = fs.lstatSync(dir);
    return st.isDirectory() && private_(st);
  } catch {
    return false;
  }
}

function readCache(file: string): Buffer | undefined {
  try {
    if (!trustedDir(path.dirname(file))) return undefined;
    const st = fs.lstatSync(file);
    if (!st.isFile() || !private_(st) || st.size > MAX_CACHE_BYTES) return undefined;
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(file: string, kind: string, data: Buffer): void {
  const dir = path.dirname(file);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return;
  }
  if (!trustedDir(dir)) return;
  const tmp = `${file}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.writeFileSync(tmp, data, { mode: 0o600, flag: "wx" });
    fs.renameSync(tmp, file);
  } catch {
    // A full disk must not keep a half-written cache taking space.
    fs.rmSync(tmp, { force: true });
    return;
  }
  try {
    // The folder serves every project, which may run different versions of the hook: the newest
    // few caches of each kind stay, older bundles' and Node versions' go.
    const mine = fs
      .readdirSync(dir)
      .filter((n) => n.startsWith(`${kind}-`) && n.endsWith(".v8"))
      .map((n) => ({ n, t: fs.statSync(path.join(dir, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { n } of mine.slice(KEEP_PER_KIND)) fs.rmSync(path.join(dir, n), { force: true });
  } catch {
    /* a cache is an optimisation: any failure just means compiling again next time */
  }
}

/** Runs `chunk` as a CommonJS module with `req` as its require; `slot` null means no cache. */
export function compileChunk<T>(chunk: Chunk, req: NodeJS.Require, filename: string, slot: CacheSlot | null): Compiled<T> {
  const file = slot ? cacheFile(slot, chunk.hash) : null;
  const cachedData = file ? readCache(file) : undefined;
  const script = new vm.Script(chunk.source, { filename, cachedData });
  const mod = { exports: {} as T };
  type Wrapper = (m: typeof mod, e: T, r: NodeJS.Require, file: string, dir: string) => void;
  (script.runInThisContext() as Wrapper)(mod, mod.exports, req, filename, path.dirname(filename));
  const needsWrite = file !== null && slot !== null && (cachedData === undefined || script.cachedDataRejected === true);
  return {
    exports: mod.exports,
    flush() {
      if (needsWrite) writeCache(file, slot.kind, script.createCachedData());
    },
  };
}
