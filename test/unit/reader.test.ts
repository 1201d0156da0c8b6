// The incremental reader against real files in a temp folder: appends, half-written lines,
// truncation and replacement, glued records, bad bytes, over-long lines, CRLF, the deadline, and
// files that are not regular files.
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Cursor } from "../../src/state/schema";
import { type ReadOptions, type ReadResult, readAppended } from "../../src/transcript/reader";

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ss-reader-"));
  file = join(dir, "t.jsonl");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const rec = (n: number, pad = 0): string => JSON.stringify({ n, pad: "x".repeat(pad) });
const lines = (...ns: number[]): string => ns.map((n) => `${rec(n)}\n`).join("");

interface Read {
  seen: number[];
  result: Extract<ReadResult, { cursor: Cursor }>;
  resets: number;
}

function read(cursor: Cursor | undefined, opts: Partial<ReadOptions> = {}): Read {
  const seen: number[] = [];
  let resets = 0;
  const result = readAppended(file, cursor, (r) => seen.push((r as { n: number }).n), {
    deadline: Number.MAX_SAFE_INTEGER,
    now: () => 0,
    onReset: () => {
      resets++;
      expect(seen).toEqual([]); // before any record
    },
    ...opts,
  });
  if ("refused" in result) throw new Error(`refused: ${result.refused}`);
  return { seen, result, resets };
}

describe("readAppended", () => {
  it("reads only what was appended, each record exactly once", () => {
    writeFileSync(file, lines(1, 2));
    const a = read(undefined);
    appendFileSync(file, lines(3));
    const b = read(a.result.cursor);
    const c = read(b.result.cursor); // nothing new
    appendFileSync(file, lines(4, 5, 6));
    const d = read(c.result.cursor);
    expect([a.seen, b.seen, c.seen, d.seen]).toEqual([[1, 2], [3], [], [4, 5, 6]]);
    expect(c.result.bytes).toBe(0);
    expect(d.result.cursor.offset).toBe(Buffer.byteLength(lines(1, 2, 3, 4, 5, 6)));
    expect([a, b, c, d].every((r) => !r.result.reset && r.resets === 0)).toBe(true);
  });

  it("leaves a half-written last line until it is complete, then reads it once", () => {
    writeFileSync(file, `${lines(1)}{"n":2,"pad":"xx`);
    const a = read(undefined);
    expect(a.seen).toEqual([1]);
    expect(a.result.cursor.offset).toBe(Buffer.byteLength(lines(1)));
    const b = read(a.result.cursor); // still half-written
    expect(b.seen).toEqual([]);
    appendFileSync(file, `x"}\n${lines(3)}`);
    const c = read(b.result.cursor);
    expect(c.seen).toEqual([2, 3]);
    expect(read(c.result.cursor).seen).toEqual([]);
  });

  it("does not take a complete record glued to a half-written one as the end of the file", () => {
    writeFileSync(file, `${lines(1)}${rec(2)}{"n":3,"pad":"`);
    const a = read(undefined);
    expect(a.seen).toEqual([1]);
    appendFileSync(file, `"}\n`);
    expect(read(a.result.cursor).seen).toEqual([2, 3]);
  });

  it("reads a last line without a trailing newline once it parses", () => {
    writeFileSync(file, `${lines(1)}${rec(2)}`);
    const a = read(undefined);
    expect(a.seen).toEqual([1, 2]);
    expect(a.result.cursor.offset).toBe(Buffer.byteLength(`${lines(1)}${rec(2)}`));
    appendFileSync(file, `\n${lines(3)}`);
    expect(read(a.result.cursor).seen).toEqual([3]);
  });

  it("detects a truncated file, calls onReset and reads everything again", () => {
    writeFileSync(file, lines(1, 2, 3));
    const a = read(undefined);
    // Same inode and same first bytes, but shorter than the cursor.
    truncateSync(file, Buffer.byteLength(lines(1)));
    appendFileSync(file, lines(9));
    const b = read(a.result.cursor);
    expect([b.result.reset, b.resets, b.seen]).toEqual([true, 1, [1, 9]]);
    expect(read(b.result.cursor).seen).toEqual([]);
  });

  it("detects a replaced file (new inode, or new first bytes) and reads it from the start", () => {
    writeFileSync(file, lines(1, 2));
    const a = read(undefined);
    const other = join(dir, "new.jsonl");
    writeFileSync(other, lines(1, 2, 3, 4)); // longer, same first bytes, other inode
    renameSync(other, file);
    const b = read(a.result.cursor);
    expect([b.result.reset, b.resets, b.seen]).toEqual([true, 1, [1, 2, 3, 4]]);

    // Rewritten in place: same inode, longer, different first bytes.
    writeFileSync(file, lines(7, 8, 9, 10, 11));
    const c = read(b.result.cursor);
    expect([c.result.reset, c.resets, c.seen]).toEqual([true, 1, [7, 8, 9, 10, 11]]);
  });

  it("reads two JSON records written on one line", () => {
    writeFileSync(file, `${rec(1)}${rec(2)}\n${rec(3)}\n`);
    expect(read(undefined).seen).toEqual([1, 2, 3]);
  });

  it("parses glued lines even when the filter would reject them", () => {
    writeFileSync(file, `${JSON.stringify({ skip: true, n: 1 })}${rec(2)}\n${JSON.stringify({ skip: true, n: 3 })}\n`);
    const wanted = (line: Buffer) => !line.toString().includes('"skip"');
    expect(read(undefined, { wanted }).seen).toEqual([1, 2]);
  });

  it("applies the filter only to a read of at least wantedFrom bytes, counted from where the read starts", () => {
    const skip = (n: number): string => `${JSON.stringify({ skip: true, n })}\n`;
    const wanted = (line: Buffer) => !line.toString().includes('"skip"');
    writeFileSync(file, lines(1) + skip(2));
    const small = read(undefined, { wanted, wantedFrom: 1000 });
    expect(small.seen).toEqual([1, 2]); // a few lines: parsed without the filter
    // A longer file replaces it (other first bytes): the read starts over at byte 0, so all of the
    // file counts, not the few bytes past the old cursor.
    writeFileSync(file, skip(3) + lines(4) + `${rec(5, 1200)}\n`);
    const replaced = read(small.result.cursor, { wanted, wantedFrom: 1000 });
    expect(replaced.result.reset).toBe(true);
    expect(replaced.seen).toEqual([4, 5]);
    appendFileSync(file, skip(6) + lines(7));
    expect(read(replaced.result.cursor, { wanted, wantedFrom: 1000 }).seen).toEqual([6, 7]);
  });

  it("survives invalid UTF-8: inside a string it is replaced, elsewhere the line is dropped", () => {
    const bad = Buffer.from([0xff, 0xfe, 0xc3]);
    writeFileSync(file, Buffer.concat([Buffer.from('{"n":1,"pad":"a'), bad, Buffer.from('b"}\n'), bad, Buffer.from(`\n${lines(2)}`)]));
    const seen: unknown[] = [];
    const r = readAppended(file, undefined, (x) => seen.push(x), { deadline: Number.MAX_SAFE_INTEGER, now: () => 0 });
    expect("refused" in r).toBe(false);
    expect(seen).toEqual([{ n: 1, pad: "a\uFFFD\uFFFD\uFFFDb" }, { n: 2, pad: "" }]);
  });

  it("skips a line longer than the cap without holding it in memory", () => {
    const maxLine = 64 * 1024;
    const huge = rec(2, 5 * 1024 * 1024); // 5 MiB on one line
    writeFileSync(file, `${lines(1)}${huge}\n${lines(3)}`);
    const concat = vi.spyOn(Buffer, "concat");
    const from = vi.spyOn(Buffer, "from");
    try {
      const a = read(undefined, { maxLine });
      expect(a.seen).toEqual([1, 3]);
      const biggest = Math.max(0, ...concat.mock.results.map((r) => (r.value as Buffer).length), ...from.mock.results.map((r) => (r.value as Buffer).length ?? 0));
      expect(biggest).toBeLessThanOrEqual(maxLine);
    } finally {
      concat.mockRestore();
      from.mockRestore();
    }
  });

  it("does not move past an over-long line that is still being written", () => {
    writeFileSync(file, `${lines(1)}{"n":2,"pad":"${"y".repeat(200_000)}`);
    const a = read(undefined, { maxLine: 64 * 1024 });
    expect(a.seen).toEqual([1]);
    expect(a.result.cursor.offset).toBe(Buffer.byteLength(lines(1)));
    appendFileSync(file, `"}\n${lines(3)}`);
    const b = read(a.result.cursor, { maxLine: 64 * 1024 });
    expect(b.seen).toEqual([3]);
  });

  it("accepts CRLF line endings", () => {
    writeFileSync(file, `${rec(1)}\r\n${rec(2)}\r\n`);
    const a = read(undefined);
    expect(a.seen).toEqual([1, 2]);
    appendFileSync(file, `${rec(3)}\r\n`);
    expect(read(a.result.cursor).seen).toEqual([3]);
  });

  it("stops at a line boundary when the deadline passes and continues there next time", () => {
    // 3 MiB of ~10 KB lines: the reader works in 1 MiB chunks and checks the clock per chunk.
    const all = Array.from({ length: 300 }, (_, i) => i);
    writeFileSync(file, all.map((n) => `${rec(n, 10_000)}\n`).join(""));
    let clock = 0;
    const opts = { deadline: 1, now: () => clock++ };
    const seen: number[] = [];
    let cursor: Cursor | undefined;
    let rounds = 0;
    for (;;) {
      clock = 0;
      const r = read(cursor, opts);
      seen.push(...r.seen);
      cursor = r.result.cursor;
      rounds++;
      if (!r.result.partial) break;
      expect(r.seen.length).toBeGreaterThan(0);
      expect(readFileSync(file)[cursor.offset - 1]).toBe(10); // just after a newline
      expect(rounds).toBeLessThan(20);
    }
    expect(rounds).toBeGreaterThan(1);
    expect(seen).toEqual(all);
  });

  it("refuses a directory and a FIFO without hanging", () => {
    const sub = join(dir, "sub");
    mkdirSync(sub);
    expect(readAppended(sub, undefined, () => {}, { deadline: Number.MAX_SAFE_INTEGER, now: () => 0 })).toHaveProperty("refused");
    const fifo = join(dir, "fifo");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      return; // no mkfifo here: nothing more to check
    }
    const started = Date.now();
    expect(readAppended(fifo, undefined, () => {}, { deadline: Number.MAX_SAFE_INTEGER, now: () => 0 })).toHaveProperty("refused");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses a missing file", () => {
    expect(readAppended(join(dir, "nope.jsonl"), undefined, () => {}, { deadline: 0, now: () => 0 })).toEqual({ refused: "ENOENT" });
  });
});
