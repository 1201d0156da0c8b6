// How a session's last turn ended, read from its transcript records: an API error (Claude Code
// writes an assistant record of model `<synthetic>` carrying the error text, and fires no Stop),
// an interrupted or unfinished turn, or a normal end. Pure: records in, facts out.

import { contentText, isRec, type Rec } from "./record";

export interface ApiError {
  /** Claude Code's error kind (`rate_limit`, `overloaded`, `authentication_failed`, …). */
  error: string;
  /** The error text as Claude Code showed it (not redacted: the caller redacts before saving). */
  message?: string;
  at?: string;
}

export type StopReason =
  | ({ kind: "api-error" } & ApiError)
  | { kind: "interrupted"; at?: string }
  | { kind: "ended"; at?: string }
  | { kind: "unknown" };

/** The error kind an API error text implies, for records that do not name it (older versions). */
export function errorKindOfText(text: string): string {
  const code = httpStatusOf(text);
  if (code === 429 || /rate.?limit/i.test(text)) return "rate_limit";
  if (code === 529 || /overloaded/i.test(text)) return "overloaded";
  if (code === 401 || /\/login|authenticat/i.test(text)) return "authentication_failed";
  if (code === 402 || /billing|credit balance/i.test(text)) return "billing_error";
  if (code !== undefined && code >= 500) return "server_error";
  return "unknown";
}

/** The HTTP status in an API error text ("API Error: Request rejected (429) · …", "API Error: 529 …"). */
export function httpStatusOf(text: string): number | undefined {
  const m = /\((\d{3})\)|API Error:?\s+(\d{3})\b/.exec(text);
  const n = Number(m?.[1] ?? m?.[2]);
  return n >= 400 && n < 600 ? n : undefined;
}

const isSynthetic = (rec: Rec): boolean => rec.type === "assistant" && isRec(rec.message) && rec.message.model === "<synthetic>";

/** The API error an assistant record stands for, or null (every real answer, "No response requested."). */
export function apiErrorOf(rec: unknown): ApiError | null {
  if (!isRec(rec) || !isSynthetic(rec) || rec.isSidechain === true) return null;
  const message = contentText((rec.message as Rec).content).trim();
  const named = typeof rec.error === "string" && rec.error ? rec.error : undefined;
  // isApiErrorMessage is false on Claude Code's own placeholders; older records lack both fields.
  if (!named && rec.isApiErrorMessage !== true && !/^API Error/i.test(message)) return null;
  return {
    error: named ?? errorKindOfText(message),
    message: message || undefined,
    at: typeof rec.timestamp === "string" ? rec.timestamp : undefined,
  };
}

/** Whether a record is a real answer of the model in the main conversation (not an error, not a subagent's). */
export function isModelAnswer(rec: unknown): boolean {
  return isRec(rec) && rec.type === "assistant" && rec.isSidechain !== true && isRec(rec.message) && !isSynthetic(rec);
}

/** How the conversation of `records` (in file order) ended, judged from its last meaningful record. */
export function stopReasonOf(records: readonly unknown[]): StopReason {
  for (let i = records.length - 1; i >= 0; i--) {
    const rec = records[i];
    if (!isRec(rec) || rec.isSidechain === true || !isRec(rec.message)) continue;
    const at = typeof rec.timestamp === "string" ? rec.timestamp : undefined;
    if (rec.type === "assistant") {
      const err = apiErrorOf(rec);
      if (err) return { kind: "api-error", ...err };
      if (isSynthetic(rec)) continue;
      // A call whose result never came: the turn was cut off while a tool ran.
      return rec.message.stop_reason === "tool_use" ? { kind: "interrupted", at } : { kind: "ended", at };
    }
    if (rec.type === "user") {
      if (rec.isMeta === true || rec.isCompactSummary === true) continue;
      // The person's prompt or a tool's result with no answer after it; "[Request interrupted by user…]" too.
      return { kind: "interrupted", at };
    }
  }
  return { kind: "unknown" };
}
