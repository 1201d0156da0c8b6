import * as v from "../validate";

// The per-session structured state (`sessions/<id>.json`): the source of truth that every
// Markdown view and every injection is rendered from. Bump STATE_VERSION on breaking changes;
// an unreadable or older file is simply started afresh.
export const STATE_VERSION = 1;

const str = v.string();
const opt = v.optional;

const TodoStatus = v.enumOf(["pending", "in_progress", "completed"]);
const Todo = v.object({ content: str, status: TodoStatus, activeForm: opt(str) });
const Task = v.object({
  id: str,
  subject: str,
  status: v.enumOf(["pending", "in_progress", "completed", "deleted"]),
  activeForm: opt(str),
  blockedBy: opt(v.array(str)),
});
const Prompt = v.object({ text: str, at: str });
const Subagent = v.object({
  id: str,
  type: opt(str),
  description: opt(str),
  status: v.enumOf(["running", "completed"]),
  excerpt: opt(str),
  at: str,
});
const FileTouch = v.object({ path: str, tool: str, count: v.number(), at: str });
const Plan = v.object({
  path: opt(str),
  text: opt(str),
  source: v.enumOf(["plan-mode", "file"]),
  at: str,
  title: opt(str),
  open: opt(v.array(str)),
  done: opt(v.number()),
  total: opt(v.number()),
  excerpt: opt(str),
});
const CarriedFrom = v.object({ sessionId: str, savedAt: str });
const Changes = v.object({ count: v.number(), paths: v.array(str) });
const Git = v.object({
  status: v.enumOf(["ok", "not-a-repo", "no-git", "error"]),
  reason: opt(str),
  branch: opt(str),
  detached: opt(v.boolean()),
  head: opt(str),
  headFull: opt(str),
  subject: opt(str),
  upstream: opt(str),
  ahead: opt(v.number()),
  behind: opt(v.number()),
  staged: opt(Changes),
  unstaged: opt(Changes),
  untracked: opt(Changes),
  conflicted: opt(Changes),
  /** session-state's own files that are not committed (settings, hook copy), kept out of the changes. */
  setup: opt(v.array(str)),
  operation: opt(str),
  at: str,
});
const Cursor = v.object({ offset: v.number(), ino: v.number(), head: str });
const Pending = v.object({ name: str, description: opt(str), agentType: opt(str), subject: opt(str) });

export const SessionState = v.object({
  v: v.literal(STATE_VERSION),
  sessionId: str,
  projectDir: str,
  transcriptPath: opt(str),
  startedAt: str,
  savedAt: str,
  lastEvent: str,
  slug: opt(str),
  cursor: opt(Cursor),
  prompts: v.array(Prompt),
  lastMessage: opt(v.object({ text: str, at: str })),
  todos: opt(v.object({ items: v.array(Todo), at: str })),
  tasks: v.array(Task),
  tasksAt: opt(str),
  plan: opt(Plan),
  subagents: v.array(Subagent),
  files: v.array(FileTouch),
  git: opt(Git),
  compactions: v.number(),
  pending: v.record(Pending),
  endReason: opt(str),
  /** The session this one continued from (startup after another session): its open work. */
  carriedFrom: opt(CarriedFrom),
});

/**
 * latest.json's pre-rendered SessionStart context (see render.ts, renderInjectionBody): the body as the
 * saving hook rendered and redacted it, the settings it was rendered with, and what the header needs
 * (the footer, the state file's path, is added when it is injected).
 */
export const InjectionView = v.object({
  head: v.object({ sessionId: str, savedAt: str, lastEvent: str, carriedFrom: opt(CarriedFrom), git: opt(Git) }),
  body: v.string({ max: 20_000 }),
  maxChars: v.number(),
  redact: v.array(str),
  version: str,
});

export type SessionState = v.Infer<typeof SessionState>;
export type Todo = v.Infer<typeof Todo>;
export type Task = v.Infer<typeof Task>;
export type Subagent = v.Infer<typeof Subagent>;
export type Plan = v.Infer<typeof Plan>;
export type Git = v.Infer<typeof Git>;
export type Cursor = v.Infer<typeof Cursor>;
export type Changes = v.Infer<typeof Changes>;
export type InjectionView = v.Infer<typeof InjectionView>;

export function emptyState(sessionId: string, projectDir: string, at: string): SessionState {
  return {
    v: STATE_VERSION,
    sessionId,
    projectDir,
    startedAt: at,
    savedAt: at,
    lastEvent: "new",
    prompts: [],
    tasks: [],
    subagents: [],
    files: [],
    compactions: 0,
    pending: {},
  };
}

/** Forgets everything learned from the transcript (it was replaced or truncated). */
export function resetTranscriptFacts(s: SessionState): void {
  s.cursor = undefined;
  s.prompts = [];
  s.lastMessage = undefined;
  s.todos = undefined;
  s.files = [];
  s.pending = {};
  s.plan = s.plan?.source === "plan-mode" ? s.plan : undefined;
  s.subagents = s.subagents.filter((a) => a.status === "completed" && a.excerpt);
}
