// The stop-reason and context-size readers (issue 14) on real transcripts from the corpus, and on
// the synthetic error record Claude Code 2.1.328 writes when a 429 ends a `-p` turn.
import { describe, expect, it } from "vitest";
import { apiErrorOf, errorKindOfText, httpStatusOf, stopReasonOf } from "../../src/transcript/stop-reason";
import { contextTokensOf, usageOf } from "../../src/transcript/usage";
import { emptyState } from "../../src/state/schema";
import { applyRecord, extractContext, finishRead } from "../../src/transcript/extract";
import { corpusDir, corpusRecords } from "../helpers/corpus";

const LOGIN_EXPIRED = "entireio-entire-graph/03/f6f6ac2f1f/1/full.jsonl";
const NO_RESPONSE = "entireio-cli/8c/fa910f8ef9/0/full.jsonl";

/** What 2.1.328 appends in -p mode when the API answers 429 (reference §10). */
const rateLimitRecord = (at: string) => ({
  type: "assistant",
  isSidechain: false,
  timestamp: at,
  message: {
    model: "<synthetic>",
    role: "assistant",
    usage: { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 },
    content: [{ type: "text", text: "API Error: Request rejected (429) · Number of request tokens has exceeded your per-minute rate limit" }],
  },
  error: "rate_limit",
  isApiErrorMessage: true,
});

describe("API error texts", () => {
  it("finds the HTTP status and the kind when the record does not name it", () => {
    expect(httpStatusOf("API Error: Request rejected (429) · slow down")).toBe(429);
    expect(httpStatusOf("API Error: 529 {\"type\":\"overloaded_error\"}")).toBe(529);
    expect(httpStatusOf("Login expired · Please run /login")).toBeUndefined();
    expect(errorKindOfText("API Error: Request rejected (429) · x")).toBe("rate_limit");
    expect(errorKindOfText("API Error: 529 overloaded")).toBe("overloaded");
    expect(errorKindOfText("API Error: 500 Internal server error")).toBe("server_error");
    expect(errorKindOfText("Login expired · Please run /login")).toBe("authentication_failed");
    expect(errorKindOfText("API Error: something new")).toBe("unknown");
  });

  it("reads the -p rate-limit record, and an older one that carries only the text", () => {
    const rec = rateLimitRecord("2030-01-01T14:02:00.000Z");
    expect(apiErrorOf(rec)).toMatchObject({ error: "rate_limit", at: "2030-01-01T14:02:00.000Z" });
    const { error: _e, isApiErrorMessage: _i, ...older } = rec;
    expect(apiErrorOf(older)?.error).toBe("rate_limit");
    expect(stopReasonOf([{ type: "user", message: { content: "go" } }, rec])).toMatchObject({ kind: "api-error", error: "rate_limit" });
    // A real answer is never an error, whatever its text says.
    expect(apiErrorOf({ ...rec, message: { ...rec.message, model: "claude-x" } })).toBeNull();
    expect(apiErrorOf({ ...rec, isSidechain: true })).toBeNull();
  });
});

describe.skipIf(!corpusDir)("stop reason on corpus transcripts", () => {
  it("an expired login (authentication_failed) in the middle of a session, then later turns", () => {
    const all = corpusRecords(LOGIN_EXPIRED);
    const at = all.findIndex((r) => apiErrorOf(r) !== null);
    expect(at).toBeGreaterThan(0);
    expect(apiErrorOf(all[at])).toEqual({ error: "authentication_failed", message: "Login expired · Please run /login", at: "2026-07-20T21:28:08.606Z" });
    expect(stopReasonOf(all.slice(0, at + 1))).toMatchObject({ kind: "api-error", error: "authentication_failed" });
    // The session went on after /login: its end is a normal one.
    expect(stopReasonOf(all).kind).toBe("ended");
  });

  it("Claude Code's own placeholder (“No response requested.”) is not an error", () => {
    const all = corpusRecords(NO_RESPONSE);
    const placeholders = all.filter((r) => (r as { message?: { model?: string } }).message?.model === "<synthetic>");
    expect(placeholders.length).toBeGreaterThan(0);
    for (const p of placeholders) expect(apiErrorOf(p)).toBeNull();
  });

  it("a turn the person interrupted, and one that ended normally", () => {
    expect(stopReasonOf(corpusRecords("marot-spotter/tool_heavy.jsonl")).kind).toBe("interrupted");
    expect(stopReasonOf(corpusRecords("d-kimuson-claude-code-viewer/mock-global-claude-dir/projects/sample-project/1af7fc5e-8455-4414-9ccd-011d40f70b2a.jsonl")).kind).toBe("ended");
  });

  it("the extractor records the failure, keeps it out of “where we stopped”, and marks it history once a later answer came", () => {
    const all = corpusRecords(LOGIN_EXPIRED);
    const at = all.findIndex((r) => apiErrorOf(r) !== null);
    const fold = (records: unknown[]) => {
      const s = emptyState("x", "/p", "2026-07-30T00:00:00.000Z");
      const ctx = extractContext("/p", (t) => t, "2026-07-30T00:00:00.000Z");
      for (const r of records) applyRecord(s, r, ctx);
      finishRead(s, ctx);
      return s;
    };
    const cut = fold(all.slice(0, at + 1));
    expect(cut.stopped).toMatchObject({ error: "authentication_failed", via: "transcript", at: "2026-07-20T21:28:08.606Z" });
    expect(cut.stopped?.recoveredAt).toBeUndefined();
    expect(cut.lastMessage?.text ?? "").not.toContain("Login expired");
    const whole = fold(all);
    expect(whole.stopped?.recoveredAt).toBeDefined();
    expect(whole.stopped!.recoveredAt! > whole.stopped!.at).toBe(true);
    // Thinking alone is no answer (and the prefilter does not even read such a record): the first
    // later record with words in it is the recovery.
    const later = all.slice(at + 1);
    const firstWords = later.find((r) => JSON.stringify(r).includes('"type":"text"') && (r as { type?: string }).type === "assistant") as { timestamp: string };
    expect(whole.stopped!.recoveredAt).toBe(firstWords.timestamp);
  });
});

describe("a failure StopFailure recorded", () => {
  it("is not replaced by the transcript's record of the same failure, which can land after the hook ran", () => {
    const savedAt = Date.parse("2030-01-01T14:02:00.000Z");
    const fold = (shift: number) => {
      const s = emptyState("x", "/p", "2030-01-01T00:00:00.000Z");
      s.stopped = { error: "authentication_failed", at: new Date(savedAt).toISOString(), via: "StopFailure" };
      const ctx = extractContext("/p", (t) => t, "2030-01-02T00:00:00.000Z");
      applyRecord(s, rateLimitRecord(new Date(savedAt + shift).toISOString()), ctx);
      return s.stopped;
    };
    expect(fold(-2_000)).toMatchObject({ error: "authentication_failed", via: "StopFailure" });
    expect(fold(5_000)).toMatchObject({ error: "authentication_failed", via: "StopFailure" });
    // A later failure is news of its own.
    expect(fold(10 * 60_000)).toMatchObject({ error: "rate_limit", via: "transcript" });
  });
});

describe.skipIf(!corpusDir)("context size on corpus transcripts", () => {
  it.each([
    ["d-kimuson-claude-code-viewer/mock-global-claude-dir/projects/sample-project/1af7fc5e-8455-4414-9ccd-011d40f70b2a.jsonl", 17437, "claude-sonnet-4-20250514"],
    ["entireio-cli/94/de498254e2/0/full.jsonl", 147774, "claude-opus-4-5-20251101"],
    ["entireio-entire-graph/03/f6f6ac2f1f/1/full.jsonl", 357136, "claude-fable-5"],
    ["marot-spotter/short.jsonl", 25353, "claude-opus-4-6"],
  ])("%s: input + cache read + cache creation of the last answer", (rel, tokens, model) => {
    expect(contextTokensOf(corpusRecords(rel))).toEqual({ tokens, model });
  });

  it("a subagent's own transcript has no main-conversation answer; a synthetic error record has no usage that counts", () => {
    expect(contextTokensOf(corpusRecords("marot-spotter/fa812bfe-b295-4cca-9c2f-fdf01028cb46/subagents/agent-a93ccab.jsonl"))).toBeUndefined();
    expect(usageOf(rateLimitRecord("2030-01-01T00:00:00.000Z"))).toBeNull();
  });
});
