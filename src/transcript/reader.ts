// Incremental JSONL reader: reads only the bytes appended since the saved cursor, in fixed-size
// chunks, so cost and memory do not grow with the transcript. A cursor that no longer matches the
// file (smaller, other inode, other first bytes) means the file was truncated or replaced.
//
// The cursor only ever points at the start of a line: a half-written last line, a line cut by the
// deadline and an over-long line still being written are all read again from their start.
import * as fs from "node:fs";
import type { Cursor } from "../state/schema";
import { closeQuietly, openRegular } from "../io/fs";
import { GLUED, parseComplete, parseLine } from "./split";

const CHUNK = 1 << 20;
const HEAD_BYTES = 96;
/** Lines longer than this are skipped whole (a pasted image, a runaway tool output). */
export const MAX_LINE = 32 << 20;

export interface ReadOptions {
  deadline: number;
  now: () => number;
  /**
   * Cheap test of a line's bytes; lines it rejects are never parsed. Lines holding two glued
   * records are always parsed.
   */
  wanted?: (line: Buffer) => boolean;
  /**
   * Applies `wanted` only when at least this many bytes are to be read from where the read starts
   * (after a reset, from the file's start): on a few lines it costs more than it saves.
   */
  wantedFrom?: number;
  /** Called before any record when the cursor no longer fits the file (truncated or replaced). */
  onReset?: () => void;
  /** Overrides MAX_LINE (tests). */
  maxLine?: number;
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

/** Where the next line boundary after `from` lies, or -1. */
const nextNewline = (chunk: Buffer, from: number): number => chunk.indexOf(10, from);

export function readAppended(
  file: string,
  cursor: Cursor | undefined,
  onRecord: (record: unknown) => void,
  opts: ReadOptions,
): ReadResult {
  const opened = openRegular(file);
  if ("refused" in opened) return { refused: opened.refused };
  const { fd, stat } = opened;
  const maxLine = opts.maxLine ?? MAX_LINE;
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
    const wanted = size - start >= (opts.wantedFrom ?? 0) ? opts.wanted : undefined;
    let records = 0;
    let partial = false;
    // The unfinished line carried over from earlier chunks: its pieces, their length, and whether
    // it already outgrew maxLine (then it is skipped without being kept).
    let carry: Buffer[] = [];
    let carried = 0;
    let skipping = false;
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, size - offset)));
    let pos = offset;

    const take = (values: unknown[]): void => {
      for (const rec of values) {
        records++;
        onRecord(rec);
      }
    };
    /** One complete line; `glued` says it may hold two records, which is always parsed. */
    const line = (bytes: Buffer, glued: boolean): void => {
      if (bytes.length === 0 || bytes.length > maxLine) return;
      if (!glued && wanted && !wanted(bytes)) return;
      take(parseLine(bytes.toString("utf8")));
    };

    while (pos < size) {
      if (opts.now() > opts.deadline) {
        partial = true;
        break;
      }
      const n = fs.readSync(fd, buf, 0, Math.min(buf.length, size - pos), pos);
      if (n <= 0) break;
      const chunk = buf.subarray(0, n);
      // Glued records (`}{"`) are rare: one search per chunk finds them all.
      let glued = chunk.indexOf(GLUED);
      let lineStart = 0;
      let nl = nextNewline(chunk, 0);
      while (nl !== -1) {
        if (skipping) {
          skipping = false;
        } else if (carried > 0) {
          const whole = Buffer.concat([...carry, chunk.subarray(0, nl)]);
          carry = [];
          carried = 0;
          line(whole, whole.indexOf(GLUED) !== -1);
        } else {
          while (glued !== -1 && glued < lineStart) glued = chunk.indexOf(GLUED, lineStart);
          line(chunk.subarray(lineStart, nl), glued !== -1 && glued < nl);
        }
        lineStart = nl + 1;
        offset = pos + lineStart;
        nl = nextNewline(chunk, lineStart);
      }
      if (!skipping && lineStart < n) {
        const rest = n - lineStart;
        if (carried + rest > maxLine) {
          carry = [];
          carried = 0;
          skipping = true;
        } else {
          carry.push(Buffer.from(chunk.subarray(lineStart, n)));
          carried += rest;
        }
      }
      pos += n;
    }
    // A last line without a newline: complete if it parses whole (some writers omit the final
    // newline), otherwise it is still being written and is read again next time.
    if (!partial && !skipping && carried > 0) {
      const last = Buffer.concat(carry);
      const values = parseComplete(last.toString("utf8"));
      if (values) {
        if (!wanted || last.indexOf(GLUED) !== -1 || wanted(last)) take(values);
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
