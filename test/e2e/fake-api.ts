// A scripted stand-in for the Anthropic Messages API, good enough for the real Claude Code CLI.
// Each request is classified (main thread, subagent, compaction, tool-less side request) and
// answered with the next queued assistant turn of that kind, streamed as server-sent events.
// Every request body is recorded so tests can assert on what the model was handed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type TextBlock = { type: "text"; text: string };
export type ToolUseBlock = { type: "tool_use"; name: string; input: Record<string, unknown> };
/** Not sent: holds the reply back, so a test can order it after something else (a Stop hook, say). */
export type PauseBlock = { type: "pause"; ms: number };
/** Not sent: the request is answered with this HTTP error instead of a message (issue 14: 429). */
export type ErrorBlock = { type: "error"; status: number; errorType: string; message: string };
/**
 * Not sent: the usage the answer reports, in place of an estimate from the request's size (issue 14:
 * a context big enough for `recover` to call it bloated, without sending that much).
 */
export type UsageBlock = { type: "usage"; inputTokens: number };
export type TurnBlock = TextBlock | ToolUseBlock | PauseBlock | ErrorBlock | UsageBlock;
export type Turn = TurnBlock[];
type SentBlock = TextBlock | ToolUseBlock;

export type RequestKind = "main" | "subagent" | "compact" | "side";

/** A turn made from the request it answers (to use a path only Claude Code knows, say). */
export type TurnFrom = (body: unknown) => Turn;
export type QueuedTurn = Turn | TurnFrom;

export interface Scenario {
  main?: QueuedTurn[];
  subagent?: QueuedTurn[];
  compact?: QueuedTurn[];
  side?: QueuedTurn[];
}

export interface RecordedRequest {
  seq: number;
  method: string;
  path: string;
  /** Only set for POST /v1/messages. */
  kind?: RequestKind;
  body: unknown;
}

export interface FakeApi {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the queues; earlier recorded requests are kept. */
  load(scenario: Scenario): void;
  /** Messages requests of one kind, in arrival order. */
  messages(kind?: RequestKind): RecordedRequest[];
  /** Turns still waiting in the queues; tests check they were all consumed. */
  pending(): Record<RequestKind, number>;
  /**
   * Resolves when `count` Messages requests of a kind have arrived in all (before the reply is
   * sent, so a paused reply leaves time to look at the disk in that moment).
   */
  arrived(kind: RequestKind, count: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export const text = (t: string): TextBlock => ({ type: "text", text: t });
export const tool = (name: string, input: Record<string, unknown>): ToolUseBlock => ({ type: "tool_use", name, input });
export const pause = (ms: number): PauseBlock => ({ type: "pause", ms });
export const reportUsage = (inputTokens: number): UsageBlock => ({ type: "usage", inputTokens });
/** The API's rate-limit answer; `x-should-retry: false` so the CLI gives up at once instead of backing off. */
export const rateLimited = (message = "Number of request tokens has exceeded your per-minute rate limit"): ErrorBlock => ({
  type: "error",
  status: 429,
  errorType: "rate_limit_error",
  message,
});

const COMPACT_MARKER = "CRITICAL: Respond with TEXT ONLY";
const SUBAGENT_MARKER = "cc_is_subagent=";
const FALLBACK_TEXT = "done";
const MODEL = "claude-opus-5-5";

type Body = {
  model?: string;
  stream?: boolean;
  system?: string | Array<{ text?: string }>;
  tools?: unknown[];
  messages?: Array<{ role: string; content: string | Array<{ type: string; text?: string }> }>;
};

function blockText(content: string | Array<{ type: string; text?: string }> | undefined): string {
  if (typeof content === "string") return content;
  return (content ?? []).map((b) => (b.type === "text" ? (b.text ?? "") : "")).join("\n");
}

/**
 * Compaction first: its request carries the main thread's tools and system prompt (no subagent
 * marker) and differs only by the instruction in the last user message. Subagents carry
 * `cc_is_subagent=true;` in the billing header, the first system block.
 */
export function classify(body: Body): RequestKind {
  const users = (body.messages ?? []).filter((m) => m.role === "user");
  const lastUser = users[users.length - 1];
  if (blockText(lastUser?.content).includes(COMPACT_MARKER)) return "compact";
  const system = body.system;
  const firstSystem = typeof system === "string" ? system : (system?.[0]?.text ?? "");
  if (firstSystem.includes(SUBAGENT_MARKER)) return "subagent";
  if (!body.tools || body.tools.length === 0) return "side";
  return "main";
}

function estimateTokens(body: unknown): number {
  return Math.max(1, Math.ceil(JSON.stringify(body ?? "").length / 4));
}

let idCounter = 0;
const nextId = (prefix: string): string => `${prefix}_fake_${String(++idCounter).padStart(6, "0")}`;

function withIds(turn: SentBlock[]): Array<TextBlock | (ToolUseBlock & { id: string })> {
  return turn.map((b) => (b.type === "tool_use" ? { ...b, id: nextId("toolu") } : b));
}

const isSent = (b: TurnBlock): b is SentBlock => b.type === "text" || b.type === "tool_use";
const pauseOf = (turn: Turn): number => turn.reduce((ms, b) => (b.type === "pause" ? ms + b.ms : ms), 0);

function stopReason(turn: SentBlock[]): "tool_use" | "end_turn" {
  return turn.some((b) => b.type === "tool_use") ? "tool_use" : "end_turn";
}

function usage(inputTokens: number, outputTokens: number) {
  return {
    input_tokens: inputTokens,
    output_tokens: outputTokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
  };
}

function message(id: string, content: unknown[], stop: string | null, inputTokens: number, outputTokens: number) {
  const head = { id, type: "message", role: "assistant", model: MODEL, content };
  return { ...head, stop_reason: stop, stop_sequence: null, usage: usage(inputTokens, outputTokens) };
}

/** Splits a string in two so the CLI has to join deltas, as it does with the real API. */
function halves(s: string): string[] {
  if (s.length < 2) return [s];
  const mid = Math.floor(s.length / 2);
  return [s.slice(0, mid), s.slice(mid)];
}

function writeStream(res: ServerResponse, turn: SentBlock[], inputTokens: number, reported: boolean): void {
  const blocks = withIds(turn);
  const messageId = nextId("msg");
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", "request-id": nextId("req") });
  const send = (type: string, fields: Record<string, unknown> = {}) =>
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...fields })}\n\n`);
  send("message_start", { message: message(messageId, [], null, inputTokens, 1) });
  blocks.forEach((block, index) => {
    if (block.type === "text") {
      send("content_block_start", { index, content_block: { type: "text", text: "" } });
      for (const part of halves(block.text)) {
        send("content_block_delta", { index, delta: { type: "text_delta", text: part } });
      }
    } else {
      const start = { type: "tool_use", id: block.id, name: block.name, input: {} };
      send("content_block_start", { index, content_block: start });
      for (const part of halves(JSON.stringify(block.input))) {
        send("content_block_delta", { index, delta: { type: "input_json_delta", partial_json: part } });
      }
    }
    send("content_block_stop", { index });
  });
  const delta = { stop_reason: stopReason(turn), stop_sequence: null };
  // A scripted usage is repeated here as the real API may do, so it holds whichever event the CLI keeps.
  const final = reported ? { input_tokens: inputTokens, output_tokens: 20 } : { output_tokens: 20 };
  send("message_delta", { delta, usage: final });
  send("message_stop");
  res.end();
}

function writeJson(res: ServerResponse, status: number, data: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(data));
}

function writeMessage(res: ServerResponse, turn: SentBlock[], inputTokens: number): void {
  writeJson(res, 200, message(nextId("msg"), withIds(turn), stopReason(turn), inputTokens, 20));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (raw === "") return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function queuesOf(s: Scenario): Record<RequestKind, QueuedTurn[]> {
  return { main: [...(s.main ?? [])], subagent: [...(s.subagent ?? [])], compact: [...(s.compact ?? [])], side: [...(s.side ?? [])] };
}

export async function startFakeApi(scenario: Scenario = {}): Promise<FakeApi> {
  let queues = queuesOf(scenario);
  const requests: RecordedRequest[] = [];
  const load = (s: Scenario): void => {
    queues = queuesOf(s);
  };
  const waiters: Array<{ kind: RequestKind; count: number; resolve: (r: RecordedRequest) => void }> = [];
  const ofKind = (kind: RequestKind): RecordedRequest[] => requests.filter((r) => r.kind === kind);
  const notify = (): void => {
    for (const w of [...waiters]) {
      const found = ofKind(w.kind)[w.count - 1];
      if (!found) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(found);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const record: RecordedRequest = { seq: requests.length + 1, method: req.method ?? "GET", path, body };
    requests.push(record);

    if (req.method === "POST" && path === "/v1/messages/count_tokens") {
      writeJson(res, 200, { input_tokens: estimateTokens(body) });
      return;
    }
    if (req.method === "POST" && path === "/v1/messages") {
      const parsed = (body ?? {}) as Body;
      record.kind = classify(parsed);
      notify();
      const next = queues[record.kind].shift();
      const queued = typeof next === "function" ? next(body) : (next ?? [text(FALLBACK_TEXT)]);
      const wait = pauseOf(queued);
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      const failure = queued.find((b): b is ErrorBlock => b.type === "error");
      if (failure) {
        res.writeHead(failure.status, { "content-type": "application/json", "x-should-retry": "false", "request-id": nextId("req") });
        res.end(JSON.stringify({ type: "error", error: { type: failure.errorType, message: failure.message } }));
        return;
      }
      const turn = queued.filter(isSent);
      const reported = queued.find((b): b is UsageBlock => b.type === "usage");
      const inputTokens = reported?.inputTokens ?? estimateTokens(parsed);
      if (parsed.stream === false) writeMessage(res, turn, inputTokens);
      else writeStream(res, turn, inputTokens, reported !== undefined);
      return;
    }
    const error = { type: "not_found_error", message: `fake API: no route ${req.method} ${path}` };
    writeJson(res, 404, { type: "error", error });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) writeJson(res, 500, { type: "error", error: { type: "api_error", message: String(err) } });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    load,
    messages: (kind) => requests.filter((r) => r.kind !== undefined && (kind === undefined || r.kind === kind)),
    arrived: (kind, count) =>
      new Promise<RecordedRequest>((resolve) => {
        waiters.push({ kind, count, resolve });
        notify();
      }),
    pending: () => ({ main: queues.main.length, subagent: queues.subagent.length, compact: queues.compact.length, side: queues.side.length }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
