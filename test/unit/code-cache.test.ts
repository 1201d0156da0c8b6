import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compileChunk } from "../../src/io/code-cache";

const dirs: string[] = [];
const tmp = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "ss-cache-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const chunk = (value: number) => ({ code: `module.exports = { value: ${value}, twice: (x) => x * 2, file: __filename };`, hash: `h${value}`.padEnd(16, "0") });
const slot = (dir: string, kind = "Stop") => ({ dir, kind, runtime: "v20.0.0-x64" });
const cacheFiles = (dir: string): string[] => (fs.existsSync(path.join(dir, "cache")) ? fs.readdirSync(path.join(dir, "cache")).sort() : []);

describe("code cache", () => {
  it("runs the chunk as a CommonJS module, writes its cache once and uses it next time", () => {
    const dir = tmp();
    const first = compileChunk<{ value: number; twice(x: number): number; file: string }>(chunk(1), require, "/x/bundle.cjs", slot(dir));
    expect(first.exports.value).toBe(1);
    expect(first.exports.twice(4)).toBe(8);
    expect(first.exports.file).toBe("/x/bundle.cjs");
    first.flush();
    const files = cacheFiles(dir);
    expect(files).toEqual(["Stop-h100000000000000-v20.0.0-x64.v8"]);
    const written = fs.statSync(path.join(dir, "cache", files[0] as string));
    expect(written.mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, "cache")).mode & 0o777).toBe(0o700);

    const second = compileChunk<{ value: number }>(chunk(1), require, "/x/bundle.cjs", slot(dir));
    expect(second.exports.value).toBe(1);
    second.flush();
    // Accepted: nothing rewritten.
    expect(fs.statSync(path.join(dir, "cache", files[0] as string)).mtimeMs).toBe(written.mtimeMs);
  });

  it("keys the cache by the chunk's hash and drops caches of other builds for the same kind", () => {
    const dir = tmp();
    compileChunk(chunk(1), require, "/x/b.cjs", slot(dir)).flush();
    compileChunk(chunk(1), require, "/x/b.cjs", slot(dir, "SessionStart")).flush();
    const next = compileChunk<{ value: number }>(chunk(2), require, "/x/b.cjs", slot(dir));
    expect(next.exports.value).toBe(2);
    next.flush();
    expect(cacheFiles(dir)).toEqual(["SessionStart-h100000000000000-v20.0.0-x64.v8", "Stop-h200000000000000-v20.0.0-x64.v8"]);
  });

  it("survives a garbage cache file and replaces it", () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, "cache"), { mode: 0o700 });
    // A source this process has not compiled yet: V8 answers a repeat from memory, cache unread.
    const file = path.join(dir, "cache", "Stop-h300000000000000-v20.0.0-x64.v8");
    fs.writeFileSync(file, "not a cache at all", { mode: 0o600 });
    const r = compileChunk<{ value: number }>(chunk(3), require, "/x/b.cjs", slot(dir));
    expect(r.exports.value).toBe(3);
    r.flush();
    expect(fs.readFileSync(file).toString("utf8")).not.toBe("not a cache at all");
  });

  it("never writes through a symlinked cache folder, and not at all without a state folder", () => {
    const dir = tmp();
    const elsewhere = tmp();
    fs.symlinkSync(elsewhere, path.join(dir, "cache"));
    compileChunk(chunk(1), require, "/x/b.cjs", slot(dir)).flush();
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    const missing = path.join(tmp(), "no-such-folder");
    compileChunk(chunk(1), require, "/x/b.cjs", slot(missing)).flush();
    expect(fs.existsSync(missing)).toBe(false);
    compileChunk(chunk(1), require, "/x/b.cjs", null).flush();
  });
});
