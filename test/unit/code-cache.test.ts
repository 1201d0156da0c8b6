import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compileChunk, runtimeKey, wrapModule } from "../../src/io/code-cache";

const dirs: string[] = [];
const tmp = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "ss-cache-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

type Mod = { value: number; twice(x: number): number; file: string };
const chunk = (value: number) => ({ source: wrapModule(`module.exports = { value: ${value}, twice: (x) => x * 2, file: __filename };`), hash: `h${value}`.padEnd(16, "0") });
const slot = (dir: string, kind = "Stop") => ({ dir, kind, runtime: "v20.0.0-x64" });
const files = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

describe("code cache", () => {
  it("runs the chunk as a CommonJS module, writes its cache once in a private folder, and uses it next time", () => {
    const dir = path.join(tmp(), "cache", "session-state");
    const first = compileChunk<Mod>(chunk(1), require, "/x/bundle.cjs", slot(dir));
    expect(first.exports.value).toBe(1);
    expect(first.exports.twice(4)).toBe(8);
    expect(first.exports.file).toBe("/x/bundle.cjs");
    first.flush();
    expect(files(dir)).toEqual(["Stop-h100000000000000-v20.0.0-x64.v8"]);
    const written = fs.statSync(path.join(dir, files(dir)[0] as string));
    expect(written.mode & 0o777).toBe(0o600);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);

    const second = compileChunk<Mod>(chunk(1), require, "/x/bundle.cjs", slot(dir));
    expect(second.exports.value).toBe(1);
    second.flush();
    // Accepted: nothing rewritten.
    expect(fs.statSync(path.join(dir, files(dir)[0] as string)).mtimeMs).toBe(written.mtimeMs);
  });

  it("keys the cache by the chunk's hash and keeps the newest three per kind", () => {
    const dir = tmp();
    compileChunk(chunk(1), require, "/x/b.cjs", slot(dir, "SessionStart")).flush();
    for (const v of [4, 5, 6, 7]) compileChunk(chunk(v), require, "/x/b.cjs", slot(dir)).flush();
    const stop = files(dir).filter((n) => n.startsWith("Stop-"));
    expect(stop).toHaveLength(3);
    expect(stop).toContain("Stop-h700000000000000-v20.0.0-x64.v8");
    expect(files(dir)).toContain("SessionStart-h100000000000000-v20.0.0-x64.v8");
  });

  it("survives a garbage cache file and replaces it", () => {
    const dir = tmp();
    fs.chmodSync(dir, 0o700);
    // A source this process has not compiled yet: V8 answers a repeat from memory, cache unread.
    const file = path.join(dir, "Stop-h300000000000000-v20.0.0-x64.v8");
    fs.writeFileSync(file, "not a cache at all", { mode: 0o600 });
    const r = compileChunk<Mod>(chunk(3), require, "/x/b.cjs", slot(dir));
    expect(r.exports.value).toBe(3);
    r.flush();
    expect(fs.readFileSync(file).toString("utf8")).not.toBe("not a cache at all");
  });

  it("never uses a folder others can write or a link, and never a file others can write", () => {
    const open = tmp();
    fs.chmodSync(open, 0o777);
    compileChunk(chunk(8), require, "/x/b.cjs", slot(open)).flush();
    expect(files(open)).toEqual([]);

    const elsewhere = tmp();
    const link = path.join(tmp(), "link");
    fs.symlinkSync(elsewhere, link);
    compileChunk(chunk(8), require, "/x/b.cjs", slot(link)).flush();
    expect(files(elsewhere)).toEqual([]);

    // A planted file that others could have written is not read (and is replaced by ours).
    const dir = tmp();
    fs.chmodSync(dir, 0o700);
    const planted = path.join(dir, "Stop-h900000000000000-v20.0.0-x64.v8");
    fs.writeFileSync(planted, "planted", { mode: 0o666 });
    fs.chmodSync(planted, 0o666);
    compileChunk(chunk(9), require, "/x/b.cjs", slot(dir)).flush();
    expect(fs.readFileSync(planted).toString("utf8")).not.toBe("planted");

    compileChunk(chunk(8), require, "/x/b.cjs", null).flush();
  });

  it("names the runtime by Node version and architecture, and by Node's start options when there are any", () => {
    expect(runtimeKey("v20.20.2", "x64", [], undefined)).toBe("v20.20.2-x64");
    expect(runtimeKey("v20.20.2", "x64", [], "")).toBe("v20.20.2-x64");
    const heap = runtimeKey("v20.20.2", "x64", [], "--max-old-space-size=8192");
    expect(heap).toMatch(/^v20\.20\.2-x64-o[0-9a-f]{8}$/);
    expect(runtimeKey("v20.20.2", "x64", [], "--max-old-space-size=8192")).toBe(heap);
    const others = [
      runtimeKey("v20.20.2", "x64", [], "--max-old-space-size=4096"),
      runtimeKey("v20.20.2", "x64", ["--max-old-space-size=8192"], undefined),
      runtimeKey("v20.20.2", "x64", ["--jitless"], "--max-old-space-size=8192"),
    ];
    expect(new Set([heap, ...others]).size).toBe(4);
  });
});
