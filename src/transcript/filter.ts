// Byte-level pre-filter run before JSON.parse. Most of a transcript's bytes are tool results (file
// contents, command output), thinking, subagent progress and bookkeeping records that the
// extractor never uses; recognising them from a few bytes keeps a cold read of a large transcript
// cheap. A false positive only costs a parse; a false negative would lose data, so any doubt
// (an unexpected shape, spaces in the JSON) means "parse it".
//
// Every search here is either bounded to the head of the line or uses a short needle with an
// uncommon first byte: Buffer#indexOf is several times faster for those, and this code runs over
// every byte of a transcript on a cold read. Calls are few per line: each Buffer#indexOf costs
// about as much as scanning a few hundred bytes.
//
// The filter remembers, for the process's lifetime, which tool_use ids belong to tools whose
// results matter (subagents, task creation, todo lists) and which do not, so a tool result is
// judged by its id alone; results whose call it has not seen fall back to content markers.

import { EDIT_TOOLS, isPlanPath } from "./extract";

const HEAD = 4096;
const MAX_IDS = 200_000;

const b = (s: string): Buffer => Buffer.from(s, "latin1");
const TYPE_KEY = b('"type":');
// `ype":` rather than `"type":` when scanning whole lines: a rarer first byte makes it faster.
const YPE_KEY = b('ype":');
const T_QUOTE = b('"t');
const ROLE_ASSISTANT = b('"role":"assistant"');
const MESSAGE_TYPE_LEN = '"type":"message",'.length;
const ATTACHMENT_OPEN = b('"attachment":{');
const TYPE_ATTACHMENT = b('"type":"attachment"');
const USE_I = b("_use_i");
const TOOL_USE_ID_KEY = b('"tool_use_id":"');
const ID_KEY = b(',"id":"');
const NAME_KEY = b(',"name":"');
const TEXT_VALUE = b('text"');
const TOOL_USE_VALUE = b('tool_use"');
const TOOL_USE_ID_ANY = b('"tool_use_id"');
const COMPACT = b("compact_boundary");
const SIDECHAIN_NO = b('"isSidechain":false');
const PLAN_MODE = b("plan_mode");
const TRUE = b("true");
const FALSE = b("false");
const MD = [".md", ".MD", ".Md", ".mD"].map(b);

/** Record types the extractor never reads: no message, no plan, no compaction marker. */
const SKIP_TYPES = new Set([
  "progress",
  "file-history-snapshot",
  "file-history-delta",
  "queue-operation",
  "last-prompt",
  "pr-link",
  "ai-title",
  "custom-title",
  "permission-mode",
  "mode",
  "bridge-session",
  "summary",
  "api-request",
  "cost-state",
  "tools-used",
  "atis-latch",
]);
/** Tools whose calls the extractor reads (edits, plans, todos, tasks, subagents). */
const CALL_TOOLS = new Set(["Write", "Edit", "MultiEdit", "NotebookEdit", "TodoWrite", "ExitPlanMode", "TaskUpdate", "TaskCreate", "Agent", "Task"]);
/** Tools whose results the extractor reads (todo lists, created tasks, subagent reports). */
const RESULT_TOOLS = new Set(["TodoWrite", "TaskCreate", "Agent", "Task"]);
// Tool results we read when the call was not seen: todo lists, task creation, subagent reports.
const RESULT_MARKERS = ["newTodos", "agentId", "totalDurationMs", '"task"', "Task #", "async_launched"].map(b);

const wantedResults = new Set<string>();
const ignoredResults = new Set<string>();

function remember(id: string, wanted: boolean): void {
  if (wantedResults.size + ignoredResults.size >= MAX_IDS) {
    wantedResults.clear();
    ignoredResults.clear();
  }
  (wanted ? wantedResults : ignoredResults).add(id);
}

function hasAt(line: Buffer, at: number, token: Buffer): boolean {
  if (at < 0 || at + token.length > line.length) return false;
  for (let i = 0; i < token.length; i++) if (line[at + i] !== token[i]) return false;
  return true;
}

/**
 * The string value starting at `at` (just after its opening quote) if short and plain: no escape,
 * no control byte (JSON forbids them raw); null otherwise. Names and ids are ASCII, read as latin1;
 * text that may not be is read as UTF-8.
 */
function stringAt(line: Buffer, at: number, max = 200, encoding: "latin1" | "utf8" = "latin1"): string | null {
  const end = line.indexOf(34, at);
  if (end === -1 || end - at > max) return null;
  for (let i = at; i < end; i++) if (line[i] === 92 || (line[i] as number) < 32) return null;
  return line.toString(encoding, at, end);
}

/** The first `"type":` value in the head of the line and whether it was written compactly. */
/** Position of the next `"type":` key at or after `from`, or -1. */
function nextTypeKey(buf: Buffer, from: number): number {
  let at = buf.indexOf(YPE_KEY, from);
  while (at !== -1 && !hasAt(buf, at - 2, T_QUOTE)) at = buf.indexOf(YPE_KEY, at + 1);
  return at === -1 ? -1 : at - 2;
}

const TYPE_KEY_LEN = '"type":'.length;

function firstType(line: Buffer): { value: string; at: number; compact: boolean } | null {
  // The first `"type":` sits in the first few hundred bytes of every record type we know.
  const at = line.indexOf(TYPE_KEY);
  if (at === -1 || at > HEAD) return null;
  let i = at + TYPE_KEY_LEN;
  const compact = line[i] === 34;
  while (line[i] === 32) i++;
  if (line[i] !== 34) return null;
  const value = stringAt(line, i + 1, 64);
  return value === null ? null : { value, at, compact };
}

function anyOf(line: Buffer, needles: Buffer[]): boolean {
  for (const n of needles) if (line.indexOf(n) !== -1) return true;
  return false;
}

/**
 * true: parse the line. "latest": see assistantWanted. An object: the record the extractor would
 * get from parsing, already built from the bytes (see editRecord), so the line is not parsed.
 */
export type Want = boolean | "latest" | { record: Record<string, unknown> };

/**
 * Assistant messages matter for their text blocks and for calls of CALL_TOOLS (and Bash commands
 * that may write a plan file). Thinking-only messages and calls of other tools are skipped; every
 * call's id is remembered so its result can be judged later. A message that matters only for its
 * text is "latest": its text is the last message only until the next one, so of a run of them the
 * reader parses just the last (most assistant lines of a long transcript are of this kind).
 */
function assistantWanted(line: Buffer): Want {
  let want = false;
  let text = false;
  let visible = false;
  let calls = 0;
  let edit: { name: string; inputAt: number } | null = null;
  let at = nextTypeKey(line, 0);
  while (at !== -1) {
    const v = at + TYPE_KEY_LEN + 1;
    if (line[v - 1] !== 34) return true; // spaces in the JSON: not the shape this reads
    if (hasAt(line, v, TEXT_VALUE)) {
      text = true;
      if (!visible && hasAt(line, v + TEXT_VALUE.length, TEXT_KEY)) visible = startsVisible(line[v + TEXT_VALUE.length + TEXT_KEY.length]);
    } else if (hasAt(line, v, TOOL_USE_VALUE)) {
      const idAt = v + TOOL_USE_VALUE.length;
      if (!hasAt(line, idAt, ID_KEY)) return true;
      const id = stringAt(line, idAt + ID_KEY.length);
      if (id === null) return true;
      const nameAt = idAt + ID_KEY.length + id.length + 1;
      if (!hasAt(line, nameAt, NAME_KEY)) return true;
      const name = stringAt(line, nameAt + NAME_KEY.length);
      if (name === null) return true;
      remember(id, RESULT_TOOLS.has(name));
      if (CALL_TOOLS.has(name) || (name === "Bash" && anyOf(line, MD))) want = true;
      calls++;
      if (EDIT_TOOLS.has(name)) edit = { name, inputAt: nameAt + NAME_KEY.length + name.length + 1 };
    }
    at = nextTypeKey(line, v);
  }
  if (want && calls === 1 && edit && !text) return editRecord(line, edit.name, edit.inputAt) ?? true;
  if (want || !text) return want;
  // "latest" replaces the line before it unparsed, so it must surely set the last message when
  // parsed: text blocks only (a tool's input can nest a text-typed object), one of them not blank
  // (blank text is ignored), one whole record on the line (a record cut short by a crash, then the
  // next one, parses to nothing), and not a subagent's (its text never becomes the last message).
  // Anything else is parsed in its turn.
  if (calls > 0 || !visible || !oneRecord(line) || !ownTypeAtEnd(line)) return true;
  return line.subarray(0, HEAD).indexOf(SIDECHAIN_NO) !== -1 ? "latest" : true;
}

const TAIL = 512;

/**
 * The record's own `"type":"assistant"` key, which Claude Code writes after the message, near the
 * end of the line. A record cut short inside its message has lost it, whatever record follows it on
 * the line (not all of them start with parentUuid). Not found there: the line is parsed.
 */
function ownTypeAtEnd(line: Buffer): boolean {
  const from = Math.max(0, line.length - TAIL);
  const at = line.subarray(from).lastIndexOf(TYPE_ASSISTANT);
  return at !== -1 && depthAt(line, from + at) === 1;
}

const TEXT_KEY = b(',"text":"');

/** A JSON string starting with this byte is not blank once trimmed: a visible ASCII character, not an escape. */
const startsVisible = (c: number | undefined): boolean => c !== undefined && c > 32 && c < 127 && c !== 92 && c !== 34;

/** The line is one record: it ends like one and no other record starts inside it. */
const oneRecord = (line: Buffer): boolean => line[0] === 123 && line[line.length - 1] === 125 && line.indexOf(PARENT_UUID, 1) === -1;

const INPUT_OPEN = b(',"input":{');
const FILE_PATH_KEY = b('"file_path":"');
const NULL = b("null");
const TIMESTAMP_KEY = b('"timestamp":"');
const SLUG_KEY = b('"slug":"');
const SIDECHAIN_KEY = b('"isSidechain":');
const TYPE_ASSISTANT = b('"type":"assistant"');
const PARENT_UUID = b('{"parentUuid":');

/**
 * Where the value of the call input's `file_path` starts, when it comes first or after only plain
 * flags and numbers (Edit writes `"replace_all":false` first); -1 for anything else.
 */
function filePathValueAt(line: Buffer, inputAt: number): number {
  if (!hasAt(line, inputAt, INPUT_OPEN)) return -1;
  let at = inputAt + INPUT_OPEN.length;
  for (let keys = 0; keys < 8; keys++) {
    if (hasAt(line, at, FILE_PATH_KEY)) return at + FILE_PATH_KEY.length;
    if (line[at] !== 34) return -1;
    const key = stringAt(line, at + 1, 64);
    if (key === null || line[at + key.length + 2] !== 58) return -1;
    at += key.length + 3;
    if (hasAt(line, at, TRUE)) at += TRUE.length;
    else if (hasAt(line, at, FALSE)) at += FALSE.length;
    else if (hasAt(line, at, NULL)) at += NULL.length;
    else {
      const from = at;
      while ((line[at] as number) >= 48 && (line[at] as number) <= 57) at++;
      if (at === from) return -1;
    }
    if (line[at] !== 44) return -1;
    at++;
  }
  return -1;
}

/**
 * How deep in the line's objects and arrays the byte at `pos` lies (1: a key of the record itself),
 * or -1 inside a string. Scans from the nearer end of the line: the keys asked about sit near one.
 */
function depthAt(line: Buffer, pos: number): number {
  let depth = 0;
  let inString = false;
  if (pos < line.length - pos) {
    for (let i = 0; i < pos; i++) {
      const c = line[i];
      if (inString) {
        if (c === 92) i++;
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) depth--;
    }
    return inString ? -1 : depth;
  }
  for (let i = line.length - 1; i >= pos; i--) {
    const c = line[i];
    if (c === 34) {
      let k = 0;
      while (i - k - 1 >= 0 && line[i - k - 1] === 92) k++;
      if (k % 2 === 0) inString = !inString;
    } else if (!inString) {
      if (c === 125 || c === 93) depth++;
      else if (c === 123 || c === 91) depth--;
    }
  }
  return inString ? -1 : depth;
}

/**
 * The record an assistant line holding one call of a file-editing tool and nothing else parses to,
 * as far as the extractor reads it: type, timestamp, slug, isSidechain and the call's file path.
 * Such lines carry whole files (Write's content, Edit's strings), so on a long transcript they were
 * a third of all the JSON parsed, for one path each. null (parse it) for any shape not exactly
 * this: the path first in the input and plain, one top-level type, a plan file (its text matters).
 */
function editRecord(line: Buffer, name: string, inputAt: number): { record: Record<string, unknown> } | null {
  // A line is built from only when it is one record: a record cut short by a crash and followed by
  // the next one on the same line is no JSON, which a parse would drop. Records start with
  // parentUuid, and one inside another never does.
  if (!oneRecord(line)) return null;
  const pathAt = filePathValueAt(line, inputAt);
  if (pathAt === -1) return null;
  const file = stringAt(line, pathAt, 4096, "utf8");
  if (file === null || isPlanPath(file)) return null;
  // The record's own type, not one of a message nested in it.
  const typeAt = line.indexOf(TYPE_ASSISTANT);
  if (typeAt === -1 || line.indexOf(TYPE_ASSISTANT, typeAt + 1) !== -1 || depthAt(line, typeAt) !== 1) return null;
  const record: Record<string, unknown> = { type: "assistant" };
  const sideAt = line.subarray(0, HEAD).indexOf(SIDECHAIN_KEY);
  if (sideAt !== -1) {
    const v = sideAt + SIDECHAIN_KEY.length;
    if (hasAt(line, v, TRUE)) record.isSidechain = true;
    else if (hasAt(line, v, FALSE)) record.isSidechain = false;
    else return null;
  }
  for (const [key, token] of [["timestamp", TIMESTAMP_KEY], ["slug", SLUG_KEY]] as const) {
    const keyAt = line.lastIndexOf(token);
    if (keyAt === -1) continue;
    if (depthAt(line, keyAt) !== 1) return null;
    const value = stringAt(line, keyAt + token.length, 200, "utf8");
    if (value === null) return null;
    record[key] = value;
  }
  record.message = { content: [{ type: "tool_use", name, input: { file_path: file } }] };
  return { record };
}

/** A real `"tool_use_id":"` key (not text inside a string) begins at `at`. */
function isToolUseIdKey(line: Buffer, at: number): boolean {
  const before = line[at - 1];
  return (before === 123 || before === 44) && hasAt(line, at, TOOL_USE_ID_KEY);
}

/** null: not a tool result. Otherwise whether the extractor reads this result. */
function toolResultWanted(line: Buffer): boolean | null {
  let at = line.indexOf(USE_I);
  if (at === -1) return null;
  let keys = 0;
  let keyAt = -1;
  while (at !== -1) {
    if (isToolUseIdKey(line, at - 5)) {
      keys++;
      if (keyAt === -1) keyAt = at - 5;
    } else if (hasAt(line, at - 5, TOOL_USE_ID_ANY)) keys += 2; // written with spaces: judge by markers
    at = line.indexOf(USE_I, at + 1);
  }
  if (keys === 0) return null;
  if (keys === 1) {
    const id = stringAt(line, keyAt + TOOL_USE_ID_KEY.length);
    if (id !== null && wantedResults.has(id)) return true;
    if (id !== null && ignoredResults.has(id)) return false;
  }
  return anyOf(line, RESULT_MARKERS);
}

/**
 * Whether the extractor may need the record on this line. Judges a line holding one record: the
 * reader parses lines with two glued records (`}{"`) without asking.
 */
export function wantedLine(line: Buffer): Want {
  const t = firstType(line);
  if (t) {
    if (SKIP_TYPES.has(t.value)) return false;
    if (t.value === "system") return line.indexOf(COMPACT) !== -1;
    if (t.value === "attachment") return line.indexOf(PLAN_MODE) !== -1;
    // The record's own type follows its attachment: searched from the end.
    if (t.compact && hasAt(line, t.at - ATTACHMENT_OPEN.length, ATTACHMENT_OPEN) && line.lastIndexOf(TYPE_ATTACHMENT) !== -1) {
      return t.value.startsWith("plan_mode");
    }
    // An assistant message: `"type":"message","role":"assistant"` (or the record type first).
    if (t.compact && t.value === "message" && hasAt(line, t.at + MESSAGE_TYPE_LEN, ROLE_ASSISTANT)) return assistantWanted(line);
    if (t.compact && t.value === "assistant" && line.subarray(0, HEAD).indexOf(ROLE_ASSISTANT) !== -1) return assistantWanted(line);
  }
  return toolResultWanted(line) ?? true;
}
