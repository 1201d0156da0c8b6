// Compiles an embedded chunk of the bundle with V8's code cache. A hook is a fresh process on every
// turn, and parsing plus compiling the hook's own code was the largest cost left after Node's start
// (≈ 7 ms of a SessionStart, measured against a bare `node -e 0`). The cache is written once per
// bundle and event, next to the state, and holds the bytecode of every function the run compiled.
//
// V8 checks a cache against the source only by its length, so the file name carries a hash of the
// chunk's text (computed at build time) as well as the Node version: a cache is only ever offered
// to the exact code that produced it. A cache V8 rejects anyway (other flags, a torn file) is
// rewritten at the end of the run. Nothing here throws: without a cache the chunk compiles as usual.
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

/** A chunk of the bundle kept as text (see tsup.config.ts): its CommonJS source and a hash of it. */
export interface Chunk {
  code: string;
  hash: string;
}

export interface CacheSlot {
  /** A directory that already exists; the cache goes in its `cache/` subfolder. */
  dir: string;
  /** What kind of run this is (the hook event): each kind keeps the functions it needs. */
  kind: string;
  /** Node version and architecture, part of the file name. */
  runtime: string;
}

export interface Compiled<T> {
  exports: T;
  /** Writes the cache if there was none to use. Call once, after the run's work. */
  flush(): void;
}

const SAFE = /[^A-Za-z0-9._-]/g;
const MAX_CACHE_BYTES = 16 << 20;

function cacheFile(slot: CacheSlot, hash: string): string {
  const name = `${slot.kind}-${hash}-${slot.runtime}`.replace(SAFE, "_");
  return path.join(slot.dir, "cache", `${name}.v8`);
}

function readCache(file: string): Buffer | undefined {
  try {
    const st = fs.lstatSync(file);
    if (!st.isFile() || st.size > MAX_CACHE_BYTES) return undefined;
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(file: string, kind: string, data: Buffer): void {
  const dir = path.dirname(file);
  try {
    // Only inside a real state folder, never through a link.
    if (!fs.lstatSync(path.dirname(dir)).isDirectory()) return;
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") return;
  }
  try {
    if (!fs.lstatSync(dir).isDirectory()) return;
    const tmp = `${file}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      fs.writeFileSync(tmp, data, { mode: 0o600, flag: "wx" });
      fs.renameSync(tmp, file);
    } catch {
      // A full disk must not keep a half-written cache taking the space the state needs.
      fs.rmSync(tmp, { force: true });
      return;
    }
    // Caches of older bundles or Node versions for this kind of run are dead weight.
    for (const other of fs.readdirSync(dir)) {
      if (other.startsWith(`${kind}-`) && path.join(dir, other) !== file) fs.rmSync(path.join(dir, other), { force: true });
    }
  } catch {
    /* a cache is an optimisation: any failure just means compiling again next time */
  }
}

/** Runs `chunk` as a CommonJS module with `req` as its require; `slot` null means no cache. */
export function compileChunk<T>(chunk: Chunk, req: NodeJS.Require, filename: string, slot: CacheSlot | null): Compiled<T> {
  const file = slot ? cacheFile(slot, chunk.hash) : null;
  const cachedData = file ? readCache(file) : undefined;
  const script = new vm.Script(`(function (module, exports, require, __filename, __dirname) {${chunk.code}\n})`, { filename, cachedData });
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
