// Prefilter run before JSON.parse. Most of a transcript's bytes are tool results, subagent progress,
// thinking and bookkeeping records that the extractor folds into nothing, and parsing them was most
// of a cold read. A line is skipped only when it is certain that the record on it would not change
// the state; whenever the line is not a shape read here with certainty, it is parsed. Every record
// that reaches the extractor was JSON.parsed whole.
//
// Nothing here depends on key order or spacing, only on two facts of JSON:
// - A quote inside a string is always escaped, so an unescaped `"type"` followed by `:` is a key,
//   and a line without `"newTodos"` holds no such key (the writer, JSON.stringify, does not
//   \u-escape ASCII).
// - A key is the record's own when no `{` or `[` lies between the record's opening brace and it
//   (its head), or between it and the record's closing brace (its tail). Every record Claude Code
//   writes has its type in one of the two, before or after its one big member (message, data,
//   attachment); a type inside a message is never taken for the record's.
//
// A line that holds two records is parsed without asking (the reader finds `}{"` in it).

import type { SessionState } from "../state/schema";
import { EDIT_TOOLS } from "./extract";

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN = 123;
const CLOSE = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

const bytes = (s: string): Buffer => Buffer.from(s, "latin1");

/** Tools whose calls the extractor reads: edits, plans, todo lists, tasks and subagents. */
const CALL_TOOLS = new Set([...EDIT_TOOLS, "TodoWrite", "ExitPlanMode", "TaskUpdate", "TaskCreate", "Agent", "Task"]);
/** The extractor's slug rule (extract.ts). */
const SLUG = /^[a-z0-9-]{1,80}$/;

const isSpace = (c: number | undefined): boolean => c === 32 || c === 10 || c === 13 || c === 9;

function skipSpace(line: Buffer, i: number): number {
  while (isSpace(line[i])) i++;
  return i;
}

function skipSpaceBack(line: Buffer, i: number): number {
  while (isSpace(line[i])) i--;
  return i;
}

/** The quote at `q` is inside a string: an odd run of backslashes precedes it. */
function escaped(line: Buffer, q: number): boolean {
  let n = 0;
  while (line[q - 1 - n] === BACKSLASH) n++;
  return n % 2 === 1;
}

/** Index of the quote that closes the string opened at `open`, or -1. */
function stringEnd(line: Buffer, open: number): number {
  // Most strings read here are short: a loop finds their end sooner than a call of Buffer#indexOf.
  const stop = Math.min(line.length, open + 48);
  for (let i = open + 1; i < stop; i++) if (line[i] === QUOTE && !escaped(line, i)) return i;
  let q = line.indexOf(QUOTE, stop);
  while (q !== -1 && escaped(line, q)) q = line.indexOf(QUOTE, q + 1);
  return q;
}

/** A value in the line: its first and last byte (the quotes, for a string). */
interface Span {
  start: number;
  end: number;
}

/** The bytes from `start` are `literal`. */
function bytesAre(line: Buffer, start: number, literal: Buffer): boolean {
  if (start < 0 || start + literal.length > line.length) return false;
  for (let i = 0; i < literal.length; i++) if (line[start + i] !== literal[i]) return false;
  return true;
}

const spanIs = (line: Buffer, span: Span, literal: Buffer): boolean => span.end - span.start + 1 === literal.length && bytesAre(line, span.start, literal);

function hasEscape(line: Buffer, span: Span): boolean {
  for (let i = span.start; i <= span.end; i++) if (line[i] === BACKSLASH) return true;
  return false;
}

const NOT_STRING = Symbol("not a string");
type Value = string | typeof NOT_STRING;

/** A value as JSON.parse reads it, or NOT_STRING for a number, flag or null. */
function valueOf(line: Buffer, span: Span): Value {
  if (line[span.start] !== QUOTE) return NOT_STRING;
  const raw = line.toString("utf8", span.start, span.end + 1);
  return raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
}

/**
 * A quoted key or literal, and the part of it searched for. Buffer#indexOf runs at the pace of its
 * first byte's matches, for up to six bytes (longer ones take a slower path): the probe starts at a
 * byte rare in transcripts, which makes a search two to three times faster than one for the quote.
 */
interface Needle {
  whole: Buffer;
  probe: Buffer;
  at: number;
}
const needle = (literal: string, at: number): Needle => ({ whole: bytes(literal), probe: bytes(literal.slice(at, at + 6)), at });

/** Where `n` next occurs whole in `line[from, to)`, or -1. */
function find(line: Buffer, n: Needle, from: number, to = line.length): number {
  const view = to < line.length ? line.subarray(0, to) : line;
  for (let at = view.indexOf(n.probe, from + n.at); at !== -1; at = view.indexOf(n.probe, at + 1)) {
    if (bytesAre(view, at - n.at, n.whole)) return at - n.at;
  }
  return -1;
}

const has = (line: Buffer, n: Needle): boolean => find(line, n, 0) !== -1;

/** The value of the key quoted from `at` (an unescaped `"key"`); undefined if no `:` follows (not a key). */
function valueAfter(line: Buffer, at: number, key: Needle): Span | undefined {
  if (escaped(line, at)) return undefined;
  let i = skipSpace(line, at + key.whole.length);
  if (line[i] !== COLON) return undefined;
  const start = skipSpace(line, i + 1);
  if (line[start] === QUOTE) {
    const end = stringEnd(line, start);
    return end === -1 ? undefined : { start, end };
  }
  for (i = start; i < line.length && line[i] !== COMMA && line[i] !== CLOSE && line[i] !== CLOSE_ARRAY && !isSpace(line[i]); i++);
  return { start, end: i - 1 };
}

/** No bracket of any kind in `line[from, to)`: every key there is a member of the same object. */
function flat(line: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = line[i];
    if (c === OPEN || c === CLOSE || c === OPEN_ARRAY || c === CLOSE_ARRAY) return false;
  }
  return true;
}

/** Index of the quote that opens the string closed at `close`, or -1. */
function stringStart(line: Buffer, close: number): number {
  const stop = Math.max(0, close - 48);
  for (let i = close - 1; i > stop; i--) if (line[i] === QUOTE && !escaped(line, i)) return i;
  let q = line[stop] === QUOTE ? stop : stop > 0 ? line.lastIndexOf(QUOTE, stop - 1) : -1;
  while (q > 0 && escaped(line, q)) q = line.lastIndexOf(QUOTE, q - 1);
  return q;
}

type Field = "type" | "timestamp" | "slug";
const TYPE_NAME = bytes('"type"');
const SLUG_NAME = bytes('"slug"');
const TIMESTAMP_NAME = bytes('"timestamp"');

/** The members the filter reads, as one walk saw them. */
interface Seen {
  type: Span | undefined;
  timestamp: Span | undefined;
  slug: Span | undefined;
}
const nothingSeen = (): Seen => ({ type: undefined, timestamp: undefined, slug: undefined });

/** Notes the member whose key is quoted at `keyStart`..`keyEnd` if it is one the filter reads. */
function note(line: Buffer, seen: Seen, keyStart: number, keyEnd: number, start: number, end: number): void {
  const len = keyEnd - keyStart + 1;
  if (len === 6) {
    if (bytesAre(line, keyStart, TYPE_NAME)) seen.type = { start, end };
    else if (bytesAre(line, keyStart, SLUG_NAME)) seen.slug = { start, end };
  } else if (len === 11 && bytesAre(line, keyStart, TIMESTAMP_NAME)) seen.timestamp = { start, end };
}

/**
 * The record on the line, read as far as its head and tail go (see the top): the members before
 * its first nested value and after its last one, walked over from each end.
 */
class RecordLine {
  /** Where the walk from the start stopped: the first nested value, or `close` when it saw every member. */
  readonly headEnd: number;
  /** Where the walk from the end stopped: the end of the last nested value (walked when first asked). */
  private tail = -1;
  private readonly head = nothingSeen();
  private readonly back = nothingSeen();

  constructor(
    readonly line: Buffer,
    readonly open: number,
    readonly close: number,
  ) {
    this.headEnd = this.walkHead();
  }

  private walkHead(): number {
    const line = this.line;
    let i = skipSpace(line, this.open + 1);
    if (line[i] === CLOSE) return this.close;
    for (;;) {
      if (line[i] !== QUOTE) return i;
      const keyStart = i;
      const keyEnd = stringEnd(line, i);
      if (keyEnd === -1) return i;
      i = skipSpace(line, keyEnd + 1);
      if (line[i] !== COLON) return i;
      const start = skipSpace(line, i + 1);
      const c = line[start];
      if (c === OPEN || c === OPEN_ARRAY) return start;
      if (c === QUOTE) {
        i = stringEnd(line, start);
        if (i === -1) return start;
        i++;
      } else {
        for (i = start; i < line.length && line[i] !== COMMA && line[i] !== CLOSE && !isSpace(line[i]); i++);
      }
      note(line, this.head, keyStart, keyEnd, start, i - 1);
      i = skipSpace(line, i);
      if (line[i] === CLOSE) return i === this.close ? this.close : i;
      if (line[i] !== COMMA) return i;
      i = skipSpace(line, i + 1);
    }
  }

  private walkTail(): number {
    const line = this.line;
    let j = skipSpaceBack(line, this.close - 1);
    for (;;) {
      const end = j;
      const c = line[j];
      if (c === CLOSE || c === CLOSE_ARRAY) return j;
      let start = j;
      if (c === QUOTE) {
        start = stringStart(line, j);
        if (start === -1) return j;
      } else {
        while (start > this.open && line[start - 1] !== COLON && !isSpace(line[start - 1])) start--;
      }
      j = skipSpaceBack(line, start - 1);
      if (line[j] !== COLON) return j;
      j = skipSpaceBack(line, j - 1);
      if (line[j] !== QUOTE) return j;
      const keyEnd = j;
      const keyStart = stringStart(line, j);
      if (keyStart === -1) return j;
      note(line, this.back, keyStart, keyEnd, start, end);
      j = skipSpaceBack(line, keyStart - 1);
      if (line[j] !== COMMA) return j;
      j = skipSpaceBack(line, j - 1);
    }
  }

  /** Where the walk from the end stopped (the end of the last nested value, or where it lost its way). */
  get tailStart(): number {
    if (this.tail === -1) this.tail = this.walkTail();
    return this.tail;
  }

  /**
   * The record's own member: its value if in the head or tail, null when certainly absent (the
   * walk from the start saw every member), undefined when it may sit in between.
   */
  member(name: Field): Span | null | undefined {
    const seen = this.head[name];
    if (seen || this.headEnd === this.close) return seen ?? null;
    void this.tailStart;
    return this.back[name];
  }
}

/** null: the line is no JSON object. */
function recordOf(line: Buffer): RecordLine | null {
  const open = skipSpace(line, 0);
  const close = skipSpaceBack(line, line.length - 1);
  return line[open] === OPEN && line[close] === CLOSE && close > open ? new RecordLine(line, open, close) : null;
}

/** Whether any `"key":` in the line, at any depth (being unsure costs only a parse), has a value `wants`. */
function anyValue(line: Buffer, key: Needle, wants: (value: Value) => boolean): boolean {
  for (let at = find(line, key, 0); at !== -1; at = find(line, key, at + 1)) {
    const value = valueAfter(line, at, key);
    if (value && wants(valueOf(line, value))) return true;
  }
  return false;
}

/** The record's member `key`, read from its head or tail or else searched for anywhere, has a value `wants`. */
function memberWants(o: RecordLine, name: Field, key: Needle, wants: (value: Value) => boolean): boolean {
  const span = o.member(name);
  if (span === null) return false;
  return span ? wants(valueOf(o.line, span)) : anyValue(o.line, key, wants);
}

const TYPE_KEY = needle('"type"', 2);
const TIMESTAMP_KEY = needle('"timestamp"', 8);
const SLUG_KEY = needle('"slug"', 4);
const MESSAGE_KEY = needle('"message"', 4);
const CONTENT_KEY = needle('"content"', 4);
const NEW_TODOS = needle('"newTodos"', 4);
const TOOL_USE_ID = needle('"tool_use_id"', 5);
const NAME_KEY = needle('"name"', 3);
const TEXT = needle('"text"', 3);
const COMPACT_BOUNDARY = needle('"compact_boundary"', 8);
const PLAN_MODE = needle('"plan_mode', 5);
const MD = [".md", ".MD", ".Md", ".mD"].map((s) => needle(s, 0));
const TOOL_RESULT = bytes('"tool_result"');
const TYPES = (["user", "assistant", "system", "attachment"] as const).map((t) => [t, bytes(`"${t}"`)] as const);

/** Which of the record types the extractor reads `span` names, if any. */
function typeOf(line: Buffer, span: Span): (typeof TYPES)[number][0] | undefined {
  for (const [t, literal] of TYPES) if (spanIs(line, span, literal)) return t;
  return undefined;
}

/** The key ending (closing quote) just before the `:` that precedes the value at `valueAt` is `key`. */
function keyBefore(line: Buffer, valueAt: number, key: Needle): boolean {
  const colon = skipSpaceBack(line, valueAt - 1);
  if (line[colon] !== COLON) return false;
  const start = skipSpaceBack(line, colon - 1) - key.whole.length + 1;
  return bytesAre(line, start, key.whole) && !escaped(line, start);
}

/**
 * The record's user message starts with a tool result: it is no prompt. Read where the first nested
 * value of each object is the next one down: record → message → content → first block → its type.
 */
function isToolResult(line: Buffer, o: RecordLine): boolean {
  const message = o.headEnd;
  if (line[message] !== OPEN || !keyBefore(line, message, MESSAGE_KEY)) return false;
  const content = line.indexOf(OPEN_ARRAY, message + 1);
  if (content === -1 || !flat(line, message + 1, content) || !keyBefore(line, content, CONTENT_KEY)) return false;
  const block = skipSpace(line, content + 1);
  if (line[block] !== OPEN) return false;
  const type = find(line, TYPE_KEY, block);
  if (type === -1 || !flat(line, block + 1, type)) return false;
  const value = valueAfter(line, type, TYPE_KEY);
  return !!value && spanIs(line, value, TOOL_RESULT);
}

/** A user record matters unless it is a tool result with no todo list that no pending call waits for. */
function userNeeded(line: Buffer, o: RecordLine, s: SessionState): boolean {
  if (!isToolResult(line, o) || has(line, NEW_TODOS)) return true;
  if (Object.keys(s.pending).length === 0) return false;
  return anyValue(line, TOOL_USE_ID, (id) => typeof id === "string" && Object.hasOwn(s.pending, id));
}

/** An assistant record matters for its text and for calls of the tools the extractor reads. */
function assistantNeeded(line: Buffer): boolean {
  if (has(line, TEXT)) return true;
  return anyValue(line, NAME_KEY, (name) => typeof name === "string" && (CALL_TOOLS.has(name) || (name === "Bash" && MD.some((m) => has(line, m)))));
}

/** Whether the record on this line may change the state `s`; false only when certain. */
export function needed(line: Buffer, s: SessionState): boolean {
  const o = recordOf(line);
  if (!o) return true;
  const type = o.member("type");
  if (type === undefined || (type && hasEscape(line, type))) return true;
  const kind = type ? typeOf(line, type) : undefined;
  if (kind === "user" && userNeeded(line, o, s)) return true;
  if (kind === "assistant") {
    if (assistantNeeded(line)) return true;
    // The session began with its first message (tool results, the user records that get this far, do not count).
    if (memberWants(o, "timestamp", TIMESTAMP_KEY, (t) => typeof t === "string" && t < s.startedAt)) return true;
  }
  if (kind === "system" && has(line, COMPACT_BOUNDARY)) return true;
  if (kind === "attachment" && has(line, PLAN_MODE)) return true;
  // Any record may carry the session's slug.
  return memberWants(o, "slug", SLUG_KEY, (slug) => typeof slug === "string" && SLUG.test(slug) && slug !== s.slug);
}

/** The prefilter for a read into `s`: each line is judged by the state the lines before it left. */
export const lineFilter =
  (s: SessionState) =>
  (line: Buffer): boolean =>
    needed(line, s);
