import { resolve } from "node:path";
import { makeRedactor } from "../../src/state/redact";
import { emptyState, type SessionState } from "../../src/state/schema";
import { applyRecord, extractContext, finishRead } from "../../src/transcript/extract";
import { lineFilter } from "../../src/transcript/filter";
import { readAppended } from "../../src/transcript/reader";

export const fixture = (...p: string[]): string => resolve(__dirname, "../fixtures", ...p);
export const AT = "2026-11-28T10:00:00.000Z";

/** Folds a whole transcript into a fresh state, the way a first Stop would. */
export function fold(file: string, projectDir = "/tmp/proj", state?: SessionState): SessionState {
  const s = state ?? emptyState("s1", projectDir, AT);
  const ctx = extractContext(projectDir, makeRedactor(), AT);
  const r = readAppended(file, s.cursor, (rec) => applyRecord(s, rec, ctx), {
    deadline: Number.MAX_SAFE_INTEGER,
    now: Date.now,
    wanted: lineFilter(s),
  });
  if ("refused" in r) throw new Error(`refused: ${r.refused}`);
  finishRead(s, ctx);
  s.cursor = r.cursor;
  return s;
}
