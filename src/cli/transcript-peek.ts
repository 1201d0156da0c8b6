// What `sessions` and `export` need from a Claude Code transcript, read from its first and last
// few hundred kilobytes only: a transcript can be hundreds of megabytes.
import * as fs from "node:fs";
import * as path from "node:path";
import { closeQuietly, openRegular } from "../io/fs";
import { prefixAt } from "../clip";
import { promptText } from "../transcript/extract";
import { contentText, isRec, isToolResults, type Rec } from "../transcript/record";
import { stopReasonOf, type StopReason } from "../transcript/stop-reason";
import { contextTokensOf } from "../transcript/usage";

const HEAD_BYTES = 256 * 1024;
const TAIL_BYTES = 256 * 1024;

export interface TranscriptPeek {
  id: string;
  file: string;
  bytes: number;
  mtimeMs: number;
  cwd?: string;
  startedAt?: string;
  lastAt?: string;
  firstRequest?: string;
  lastRequest?: string;
  model?: string;
  /** Input tokens of the last answer: what the context held at that turn. */
  contextTokens?: number;
  /** The name given with /rename (`custom-title` records; the last one wins). */
  name?: string;
  /** The title Claude Code made up for the session (`ai-title`), when it was not renamed. */
  aiTitle?: string;
  /** How the last turn ended, from the tail of the transcript. */
  stop?: StopReason;
}

function readAt(fd: number, position: number, length: number): string {
  const buf = Buffer.alloc(length);
  let off = 0;
  while (off < length) {
    const n = fs.readSync(fd, buf, off, length - off, position + off);
    if (n === 0) break;
    off += n;
  }
  return buf.subarray(0, off).toString("utf8");
}

/** Complete lines only: a cut first line (tail) or last line (head) is dropped. */
function entries(text: string, cutStart: boolean, cutEnd: boolean): Rec[] {
  const lines = text.split("\n");
  if (cutStart) lines.shift();
  if (cutEnd) lines.pop();
  const out: Rec[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    try {
      const v: unknown = JSON.parse(line);
      if (isRec(v)) out.push(v);
    } catch {
      /* a damaged line: skip it */
    }
  }
  return out;
}

/** The person's words in a user entry, or null (tool results, meta lines, summaries, commands). */
export function requestOf(e: Rec): string | null {
  if (e.type !== "user" || e.isMeta === true || e.isCompactSummary === true || e.isSidechain === true) return null;
  if (isToolResults(e.message)) return null;
  const text = contentText(isRec(e.message) ? e.message.content : undefined);
  return text ? promptText(text) : null;
}

/** When the session was last active: its last record's time, else the file's modification time (ms). */
export const lastActivity = (p: TranscriptPeek): number => (p.lastAt ? Date.parse(p.lastAt) || p.mtimeMs : p.mtimeMs);

export function peekTranscript(file: string): TranscriptPeek | null {
  const opened = openRegular(file);
  if ("refused" in opened) return null;
  const { fd, stat } = opened;
  const peek: TranscriptPeek = { id: path.basename(file, ".jsonl"), file, bytes: stat.size, mtimeMs: stat.mtimeMs };
  try {
    const whole = stat.size <= HEAD_BYTES + TAIL_BYTES;
    const head = entries(readAt(fd, 0, whole ? stat.size : HEAD_BYTES), false, !whole);
    const tail = whole ? head : entries(readAt(fd, stat.size - TAIL_BYTES, TAIL_BYTES), true, false);
    for (const e of head) {
      if (!peek.startedAt && typeof e.timestamp === "string") peek.startedAt = e.timestamp;
      if (!peek.cwd && typeof e.cwd === "string") peek.cwd = e.cwd;
      if (!peek.firstRequest) peek.firstRequest = requestOf(e) ?? undefined;
      if (peek.startedAt && peek.cwd && peek.firstRequest) break;
    }
    peek.stop = stopReasonOf(tail);
    // A rename is written once and repeated on resume; the newest one seen wins.
    for (const e of whole ? head : [...head, ...tail]) {
      if (e.type === "custom-title" && typeof e.customTitle === "string" && e.customTitle.trim()) peek.name = prefixAt(e.customTitle.trim(), 200);
      if (e.type === "ai-title" && typeof e.aiTitle === "string" && e.aiTitle.trim()) peek.aiTitle = prefixAt(e.aiTitle.trim(), 200);
    }
    for (let i = tail.length - 1; i >= 0; i--) {
      const e = tail[i] as Rec;
      if (!peek.lastAt && typeof e.timestamp === "string") peek.lastAt = e.timestamp;
      if (!peek.lastRequest) {
        const r = e.type === "last-prompt" && typeof e.lastPrompt === "string" ? promptText(e.lastPrompt) : requestOf(e);
        if (r) peek.lastRequest = r;
      }
      if (peek.lastAt && peek.lastRequest) break;
    }
    const usage = contextTokensOf(tail);
    if (usage) {
      peek.model = usage.model;
      peek.contextTokens = usage.tokens;
    }
  } catch {
    /* what was read so far is still worth showing */
  } finally {
    closeQuietly(fd);
  }
  return peek;
}
