// Brings the session state up to date with what was appended to the transcript since last time.
import * as path from "node:path";
import type { Config } from "../config";
import { isInside, realpathSafe, statSafe } from "../io/fs";
import type { Logger } from "../io/log";
import { log as msg } from "../messages";
import type { Redactor } from "../state/redact";
import { resetTranscriptFacts, type SessionState } from "../state/schema";
import { applyRecord, extractContext, finishRead } from "../transcript/extract";
import { lineFilter } from "../transcript/filter";
import { readAppended } from "../transcript/reader";
import { isoTime } from "../iso-time";

/** Only transcripts inside Claude Code's projects folder are read; anything else is refused. */
export function allowedTranscript(file: string, claudeDir: string): string | null {
  const real = realpathSafe(file);
  const root = realpathSafe(path.join(claudeDir, "projects"));
  if (!real || !root || !isInside(real, root) || real === root) return null;
  return real;
}

export function updateFromTranscript(
  s: SessionState,
  file: string,
  config: Config,
  redact: Redactor,
  deadline: number,
  log: Logger,
): void {
  const real = allowedTranscript(file, config.claudeDir);
  if (!real) {
    log(msg.transcriptRefused("outside the Claude Code projects folder or missing"));
    return;
  }
  if (!statSafe(real)?.isFile()) {
    // A folder, FIFO or device: nothing to read, and no reason to forget what was learned.
    log(msg.transcriptRefused("not a regular file"));
    return;
  }
  // Another file than last time: what was learned from the old one does not describe this one.
  // A cursor that is not a byte offset (a tampered state file) cannot be trusted either.
  const badCursor = !!s.cursor && !(Number.isSafeInteger(s.cursor.offset) && s.cursor.offset >= 0);
  if ((s.transcriptPath && s.transcriptPath !== real) || badCursor) resetTranscriptFacts(s);
  s.transcriptPath = real;
  const nowIso = isoTime(config.now());
  const ctx = extractContext(config.projectDir, redact, nowIso);
  const result = readAppended(real, s.cursor, (rec) => applyRecord(s, rec, ctx), {
    deadline,
    now: config.now,
    wanted: lineFilter(s),
    onReset: () => {
      log(msg.transcriptReset);
      resetTranscriptFacts(s);
    },
  });
  if ("refused" in result) {
    finishRead(s, ctx);
    log(msg.transcriptRefused(result.refused));
    return;
  }
  finishRead(s, ctx);
  s.cursor = result.cursor;
  if (result.partial) log(msg.transcriptPartial(result.bytes));
}
