// Read-only views for assertions: transcripts, the hook's state files, hook failures wherever Claude
// Code reports them, and the SessionStart context the fake API was handed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { takeReports } from "../../src/state/inbox";
import { statePaths } from "../../src/state/paths";
import type { SessionState } from "../../src/state/schema";
import type { RecordedRequest, RequestKind } from "./fake-api";
import type { ClaudeRun, Sandbox } from "./harness";

export const CONTEXT_PREFIX = "SessionStart hook additional context:";
const HOOK_ERROR_TYPES = new Set(["hook_non_blocking_error", "hook_cancelled"]);
/** PreCompact results land in the /compact output: `PreCompact [<command>] failed: <stderr>`. */
const LOCAL_COMMAND_FAILURE = /^(\w+) \[.*\] failed: .*$/gm;
/** SessionEnd results only reach the CLI's stderr: `SessionEnd hook [<command>] failed: <stderr>`. */
const STDERR_FAILURE = /^.*hook \[.*\] failed: .*$/gm;

export type TranscriptEntry = Record<string, unknown> & { type?: string };

/** Claude Code's project folder name: every character other than a letter or digit becomes `-`. */
export function encodeProjectDir(cwd: string): string {
  return cwd.replace(/[^a-zA-Z0-9]/g, "-");
}

function projectFolder(sandbox: Sandbox): string {
  return join(sandbox.home, ".claude/projects", encodeProjectDir(sandbox.project));
}

export function transcriptPath(sandbox: Sandbox, sessionId: string): string {
  return join(projectFolder(sandbox), `${sessionId}.jsonl`);
}

export function readJsonl(file: string): TranscriptEntry[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as TranscriptEntry);
}

export function readTranscript(sandbox: Sandbox, sessionId: string): TranscriptEntry[] {
  return readJsonl(transcriptPath(sandbox, sessionId));
}

/** Subagent transcripts of a session (`<session>/subagents/agent-<id>.jsonl`). */
export function subagentTranscripts(sandbox: Sandbox, sessionId: string): string[] {
  const dir = join(projectFolder(sandbox), sessionId, "subagents");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .map((f) => join(dir, f));
}

/** Attachments that mean a hook failed or was killed (non-zero exit, timeout). */
export function hookErrors(entries: TranscriptEntry[]): Array<Record<string, unknown>> {
  return entries
    .filter((e) => e.type === "attachment")
    .map((e) => e.attachment as Record<string, unknown> | undefined)
    .filter((a): a is Record<string, unknown> => a !== undefined && HOOK_ERROR_TYPES.has(String(a.type)));
}

function userText(entry: TranscriptEntry): string {
  const content = (entry.message as { content?: unknown } | undefined)?.content;
  return typeof content === "string" ? content : "";
}

/**
 * Every hook failure Claude Code reported for a session, as one line each. They land in four places:
 * SessionStart/Stop/UserPromptSubmit as transcript attachments, SubagentStop as attachments in the
 * subagent's own transcript, PreCompact in the /compact command output, SessionEnd only on stderr.
 */
export function hookFailures(sandbox: Sandbox, sessionId: string, runs: ClaudeRun[]): string[] {
  const entries = readTranscript(sandbox, sessionId);
  const subagentEntries = subagentTranscripts(sandbox, sessionId).flatMap(readJsonl);
  const fromAttachments = hookErrors([...entries, ...subagentEntries]).map(
    (a) => `${String(a.hookEvent)} ${String(a.type)}: ${String(a.stderr ?? "")}`,
  );
  const fromCommands = entries
    .filter((e) => e.type === "user" && userText(e).includes("<local-command-stdout>"))
    .flatMap((e) => userText(e).match(LOCAL_COMMAND_FAILURE) ?? []);
  const fromStderr = runs.flatMap((r) => r.stderr.match(STDERR_FAILURE) ?? []);
  return [...fromAttachments, ...fromCommands, ...fromStderr];
}

/** tool_result blocks flagged as errors (a scripted tool call that Claude Code rejected). */
export function toolErrors(entries: TranscriptEntry[]): string[] {
  return entries
    .filter((e) => e.type === "user")
    .flatMap((e) => {
      const content = (e.message as { content?: unknown } | undefined)?.content;
      return Array.isArray(content) ? (content as Array<Record<string, unknown>>) : [];
    })
    .filter((b) => b.type === "tool_result" && b.is_error === true)
    .map((b) => JSON.stringify(b.content));
}

export function stateDir(sandbox: Sandbox): string {
  return join(sandbox.project, ".claude/session-state");
}

export function readLastState(sandbox: Sandbox): string | null {
  const file = join(stateDir(sandbox), ".last-state.md");
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

export function readHookLog(sandbox: Sandbox): string {
  const file = join(stateDir(sandbox), "hook.log");
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

/** Every text in a request body's messages and system prompt. */
export function requestTexts(request: RecordedRequest): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.text === "string") out.push(o.text);
      walk(o.content);
    }
  };
  const body = request.body as { messages?: unknown; system?: unknown } | null;
  walk(body?.messages);
  walk(body?.system);
  return out;
}

/**
 * The SessionStart contexts in one request, each from just after the marker to the end of its text
 * block. Claude Code appends its own sections (environment, permissions) to the same block, so
 * assert with `toContain` on the result, not equality.
 */
export function injectedContexts(request: RecordedRequest): string[] {
  return requestTexts(request)
    .filter((t) => t.includes(CONTEXT_PREFIX))
    .map((t) => t.slice(t.indexOf(CONTEXT_PREFIX) + CONTEXT_PREFIX.length));
}

/** Requests that carry any SessionStart additional context. */
export function requestsWithContext(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => injectedContexts(r).length > 0);
}

/** The first Messages request of a kind in a run; throws so a missing request reads clearly. */
export function firstRequest(run: ClaudeRun, kind: RequestKind): RecordedRequest {
  const found = run.requests.find((r) => r.kind === kind);
  if (!found) throw new Error(`no ${kind} request in this run (saw: ${run.requests.map((r) => r.kind ?? r.path).join(", ")})`);
  return found;
}

/**
 * The hook's own injection opens with this header and closes with the footer line (wording from
 * src/messages.ts `inject`); between them is everything the hook chose to hand over.
 */
export const INJECTION_HEADER = "[session-state]";
export const INJECTION_FOOTER = "Full saved state: ";

/** Each session-state injection in a request, from its header to the end of its footer line. */
export function stateInjections(request: RecordedRequest): string[] {
  const out: string[] = [];
  for (const t of requestTexts(request)) {
    let from = t.indexOf(INJECTION_HEADER);
    while (from >= 0) {
      const footer = t.indexOf(INJECTION_FOOTER, from);
      const lineEnd = footer < 0 ? -1 : t.indexOf("\n", footer);
      const end = footer < 0 || lineEnd < 0 ? t.length : lineEnd;
      out.push(t.slice(from, end));
      from = t.indexOf(INJECTION_HEADER, end);
    }
  }
  return out;
}

/** The session a Messages request belongs to (`metadata.user_id` is a JSON string holding it). */
export function requestSession(request: RecordedRequest): string | null {
  const raw = (request.body as { metadata?: { user_id?: unknown } } | null)?.metadata?.user_id;
  if (typeof raw !== "string") return null;
  try {
    const parsed = JSON.parse(raw) as { session_id?: unknown };
    return typeof parsed.session_id === "string" ? parsed.session_id : null;
  } catch {
    return null;
  }
}

export type SavedState = Record<string, unknown> & {
  sessionId: string;
  prompts: Array<{ text: string }>;
  todos?: { items: Array<{ content: string; status: string }> };
  tasks: Array<{ id: string; subject: string; status: string }>;
  subagents: Array<{ id: string; type?: string; description?: string; status: string; excerpt?: string }>;
  git?: { status: string; reason?: string; branch?: string };
  carriedFrom?: { sessionId: string };
};

/**
 * A saved session as the hook's readers see it: `sessions/<id>.json` plus the subagent reports
 * still waiting in its inbox (the next save moves them in). null when the file is missing.
 */
function withInbox(sandbox: Sandbox, state: SavedState): SavedState {
  takeReports(statePaths(stateDir(sandbox)), state as unknown as SessionState);
  return state;
}

export function readSessionState(sandbox: Sandbox, sessionId: string): SavedState | null {
  const file = join(stateDir(sandbox), "sessions", `${sessionId}.json`);
  return existsSync(file) ? withInbox(sandbox, JSON.parse(readFileSync(file, "utf8")) as SavedState) : null;
}

/** Every `sessions/*.json` that can be read right now, with its inbox (a file being replaced is skipped). */
export function readAllSessionStates(sandbox: Sandbox): SavedState[] {
  const dir = join(stateDir(sandbox), "sessions");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .flatMap((n) => {
      try {
        return [withInbox(sandbox, JSON.parse(readFileSync(join(dir, n), "utf8")) as SavedState)];
      } catch {
        return [];
      }
    });
}

/** The events the hook logged a save for, in log order, for one session. */
export function savedEvents(sandbox: Sandbox, sessionId: string): string[] {
  const saved = new RegExp(`saved on (\\w+) for ${sessionId.replace(/[^\w-]/g, "")}\\b`);
  return readHookLog(sandbox)
    .split("\n")
    .map((line) => saved.exec(line)?.[1])
    .filter((event): event is string => event !== undefined);
}

/** Every file under a folder, with its text, for scans such as "no secret anywhere". */
export function filesUnder(dir: string): Array<{ path: string; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .map((path) => ({ path, text: readFileSync(path, "utf8") }));
}

/**
 * How a hook failure would read once Claude Code hands it to the model: the non-blocking error
 * wrapper, a Stop hook's feedback, or the `<event> [<command>] failed:` lines of /compact. (A healthy
 * PreCompact hook shows up too, as `PreCompact [<command>] completed successfully`: not an error.)
 */
export const HOOK_ERROR_IN_REQUEST: RegExp[] = [
  /non-blocking status code/i,
  /Stop hook feedback/i,
  /hook \[[^\]]*\] failed/i,
  /\w+ \[[^\]]*\] failed:/,
  /hook (?:error|failed|timed out|cancelled)/i,
];

/** Hook error text found in the requests, as `<seq>: <match>` lines. */
export function hookErrorsInRequests(requests: RecordedRequest[]): string[] {
  return requests.flatMap((r) =>
    requestTexts(r).flatMap((t) =>
      HOOK_ERROR_IN_REQUEST.map((re) => re.exec(t)?.[0])
        .filter((m): m is string => m !== undefined)
        .map((m) => `${r.seq}: ${m}`),
    ),
  );
}

/** The agent ids Claude Code reported for Agent tool calls in a transcript, in order, once each. */
export function launchedAgentIds(entries: TranscriptEntry[]): string[] {
  const ids = entries
    .map((e) => (e.toolUseResult as { agentId?: unknown } | undefined)?.agentId)
    .filter((id): id is string => typeof id === "string");
  return [...new Set(ids)];
}

export interface SubagentSighting {
  id: string;
  status: string;
}

/**
 * Polls every `sessions/*.json` while a run goes on and keeps each change of a subagent's status,
 * so a test can see states the final file no longer shows (a "running" entry before its result).
 */
export function watchSubagents(sandbox: Sandbox, intervalMs = 25): { stop(): SubagentSighting[] } {
  const seen: SubagentSighting[] = [];
  const last = new Map<string, string>();
  const poll = (): void => {
    for (const state of readAllSessionStates(sandbox)) {
      for (const a of state.subagents ?? []) {
        if (last.get(a.id) === a.status) continue;
        last.set(a.id, a.status);
        seen.push({ id: a.id, status: a.status });
      }
    }
  };
  const timer = setInterval(poll, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      poll();
      return seen;
    },
  };
}
