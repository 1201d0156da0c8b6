// Brings the session state up to date with what was appended to the transcript since last time.
import * as path from "node:path";
import type { Config } from "../config";
import * as fs from "node:fs";
import { closeQuietly, isInside, lstatSafe, openRegular, realpathSafe, statSafe } from "../io/fs";
import type { Logger } from "../io/log";
import { log as msg } from "../messages";
import type { Redactor } from "../state/redact";
import { type Cursor, resetTranscriptFacts, type SessionState } from "../state/schema";
import { applyRecord, extractContext, finishRead } from "../transcript/extract";
import { lineFilter } from "../transcript/filter";
import { readAppended } from "../transcript/reader";

/** Only transcripts inside Claude Code's projects folder are read; anything else is refused. */
export function allowedTranscript(file: string, claudeDir: string): string | null {
  const real = realpathSafe(file);
  const root = realpathSafe(path.join(claudeDir, "projects"));
  if (!real || !root || !isInside(real, root) || real === root) return null;
  return real;
}

const TOOL_USE = Buffer.from('"tool_use"', "latin1");
/** Unread bytes from which the prefilter runs (see below). */
const PREFILTER_FROM = 1 << 20;

/** Raw bytes that only a call of a tool that changes files, or a typed shell command, puts in a line. */
const CHANGING = ["Write", "Edit", "MultiEdit", "NotebookEdit", "Bash"].map((t) => Buffer.from(`"name":"${t}"`, "latin1"));
const BASH_INPUT = Buffer.from("<bash-input>", "latin1");

/**
 * Whether the unread part of the transcript plainly changes files: a call of Write, Edit,
 * MultiEdit, NotebookEdit or Bash, or a typed `!` command, in Claude Code's own spelling. A quote
 * inside a JSON string is always escaped, so these bytes only occur as a record's own key and
 * value. True lets git start before the lines are read (see save.ts); false decides nothing (the
 * read itself still tells), and so does anything unusual: no cursor, another file, more than 1 MB
 * unread, a file outside Claude Code's projects folder.
 */
export function plainlyChangesFiles(file: string, cursor: Cursor | undefined, claudeDir: string): boolean {
  if (!cursor || !Number.isSafeInteger(cursor.offset) || cursor.offset < 0) return false;
  const real = allowedTranscript(file, claudeDir);
  const opened = real ? openRegular(real) : null;
  if (!opened || "refused" in opened) return false;
  try {
    const unread = opened.stat.size - cursor.offset;
    if (opened.stat.ino !== cursor.ino || unread <= 0 || unread > PREFILTER_FROM) return false;
    const buf = Buffer.allocUnsafe(unread);
    const n = fs.readSync(opened.fd, buf, 0, unread, cursor.offset);
    const bytes = buf.subarray(0, n);
    return CHANGING.some((needle) => bytes.indexOf(needle) !== -1) || bytes.indexOf(BASH_INPUT) !== -1;
  } catch {
    return false;
  } finally {
    closeQuietly(opened.fd);
  }
}

/**
 * Returns whether the lines read may have changed files (a tool other than a read-only one, a shell
 * command, a background task's report); true as well whenever not every new line could be read.
 */
export function updateFromTranscript(
  s: SessionState,
  file: string,
  config: Config,
  redact: Redactor,
  deadline: number,
  log: Logger,
): boolean {
  // A session that has said nothing yet (one /clear just started) has no transcript: not a problem.
  if (!lstatSafe(file)) {
    log(msg.transcriptMissing);
    return true;
  }
  const real = allowedTranscript(file, config.claudeDir);
  if (!real) {
    log(msg.transcriptRefused("outside the Claude Code projects folder or missing"), "warn");
    return true;
  }
  if (!statSafe(real)?.isFile()) {
    // A folder, FIFO or device: nothing to read, and no reason to forget what was learned.
    log(msg.transcriptRefused("not a regular file"), "warn");
    return true;
  }
  // Another file than last time: what was learned from the old one does not describe this one.
  // A cursor that is not a byte offset (a tampered state file) cannot be trusted either.
  const badCursor = !!s.cursor && !(Number.isSafeInteger(s.cursor.offset) && s.cursor.offset >= 0);
  if ((s.transcriptPath && s.transcriptPath !== real) || badCursor) resetTranscriptFacts(s);
  s.transcriptPath = real;
  const nowIso = new Date(config.now()).toISOString();
  const ctx = extractContext(config.projectDir, redact, nowIso);
  // A line the filter skips may still call a tool (a Bash command, a Read): until one that may change
  // files is seen, such lines are parsed so the extractor can tell (see ExtractContext.mayChangeFiles).
  const filter = lineFilter(s);
  const wanted = (line: Buffer): boolean => filter(line) || (!ctx.mayChangeFiles && line.indexOf(TOOL_USE) !== -1);
  // The prefilter pays on a long read, where skipping a line beats parsing it; a turn's few new
  // lines are parsed faster than the filter can look at them (it walks bytes in code that has not
  // warmed up yet). The reader tells which, once it knows where the read starts (a replaced file
  // is read from its start). Either way the state comes out the same (test/unit/filter.test.ts).
  let reset = false;
  const result = readAppended(real, s.cursor, (rec) => applyRecord(s, rec, ctx), {
    deadline,
    now: config.now,
    wanted,
    wantedFrom: PREFILTER_FROM + 1,
    onReset: () => {
      log(msg.transcriptReset);
      reset = true;
      resetTranscriptFacts(s);
    },
  });
  if ("refused" in result) {
    finishRead(s, ctx);
    log(msg.transcriptRefused(result.refused), "warn");
    return true;
  }
  finishRead(s, ctx);
  s.cursor = result.cursor;
  if (result.partial) log(msg.transcriptPartial(result.bytes));
  return ctx.mayChangeFiles || result.partial || reset;
}
