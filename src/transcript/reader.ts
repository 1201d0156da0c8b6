// Incremental JSONL reader: reads only the bytes appended since the saved cursor, in fixed-size
// chunks, so cost and memory do not grow with the transcript. A cursor that no longer matches the
// file (smaller, other inode, other first bytes) means the file was truncated or replaced.
import * as fs from "node:fs";
import type { Cursor } from "../state/schema";
import { closeQuietly, openRegular } from "../io/fs";
import { parseLine } from "./split";

const CHUNK = 1 << 20;
const HEAD_BYTES = 96;
/** Lines longer than this are skipped whole (a pasted image, a runaway tool output). */
export const MAX_LINE = 32 << 20;

export interface ReadOptions {
  deadline: number;
  now: () => number;
  /** Cheap byte-level test; lines it rejects are never parsed. */
  wanted?: (line: Buffer) => boolean;
  /** Called before any record when the cursor no longer fits the file (truncated or replaced). */
  onReset?: () => void;
}

export type ReadResult =
  | { refused: string }
  | { cursor: Cursor; reset: boolean; bytes: number; records: number; partial: boolean };

function headOf(fd: number, size: number): string {
  const buf = Buffer.alloc(Math.min(HEAD_BYTES, size));
  if (buf.length > 0) fs.readSync(fd, buf, 0, buf.length, 0);
  return buf.toString("base64");
}

function samePrefix(a: string, b: string): boolean {
  const x = Buffer.from(a, "base64");
  const y = Buffer.from(b, "base64");
  const n = Math.min(x.length, y.length);
  return x.subarray(0, n).equals(y.subarray(0, n));
}

export function readAppended(
  file: string,
  cursor: Cursor | undefined,
  onRecord: (record: unknown) => void,
  opts: ReadOptions,
): ReadResult {
  const opened = openRegular(file);
  if ("refused" in opened) return { refused: opened.refused };
  const { fd, stat } = opened;
  try {
    const size = stat.size;
    let offset = 0;
    let reset = false;
    const head = headOf(fd, size);
    if (cursor) {
      if (cursor.ino === stat.ino && size >= cursor.offset && samePrefix(head, cursor.head)) offset = cursor.offset;
      else {
        reset = true;
        opts.onReset?.();
      }
    }

    const start = offset;
    let records = 0;
    let partial = false;
    let carry: Buffer | null = null;
    let skipping = false;
    const buf = Buffer.allocUnsafe(CHUNK);
    let pos = offset;

    const emit = (line: Buffer): void => {
      if (line.length === 0) return;
      if (opts.wanted && !opts.wanted(line)) return;
      for (const rec of parseLine(line.toString("utf8"))) {
        records++;
        onRecord(rec);
      }
    };

    while (pos < size) {
      if (opts.now() > opts.deadline) {
        partial = true;
        break;
      }
      const n = fs.readSync(fd, buf, 0, Math.min(CHUNK, size - pos), pos);
      if (n <= 0) break;
      const chunk = buf.subarray(0, n);
      let lineStart = 0;
      let nl = chunk.indexOf(10, 0);
      while (nl !== -1) {
        if (skipping) skipping = false;
        else if (carry) {
          const whole: Buffer = Buffer.concat([carry, chunk.subarray(0, nl)]);
          carry = null;
          emit(whole);
        } else emit(chunk.subarray(lineStart, nl));
        lineStart = nl + 1;
        offset = pos + lineStart;
        nl = chunk.indexOf(10, lineStart);
      }
      if (!skipping && lineStart < n) {
        const rest = chunk.subarray(lineStart, n);
        const carried = carry ? carry.length : 0;
        if (carried + rest.length > MAX_LINE) {
          carry = null;
          skipping = true;
        } else carry = carry ? Buffer.concat([carry, rest]) : Buffer.from(rest);
      }
      pos += n;
      if (skipping) offset = pos;
    }
    // A last line without a newline: complete if it parses (some writers omit the final newline),
    // otherwise it is still being written and is read again next time.
    if (!partial && carry && carry.length > 0) {
      const text = carry.toString("utf8");
      const recs = parseLine(text);
      if (recs.length > 0) {
        if (!opts.wanted || opts.wanted(carry)) {
          for (const rec of recs) {
            records++;
            onRecord(rec);
          }
        }
        offset = size;
      }
    }
    return { cursor: { offset, ino: stat.ino, head }, reset, bytes: offset - start, records, partial };
  } catch (err) {
    return { refused: (err as NodeJS.ErrnoException).code ?? String(err) };
  } finally {
    closeQuietly(fd);
  }
}
