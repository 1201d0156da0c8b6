import * as z from "zod/mini";

// The per-session structured state (`sessions/<id>.json`): the source of truth that every
// Markdown view and every injection is rendered from. Bump STATE_VERSION on breaking changes;
// an unreadable, invalid or older file is simply started afresh (store.ts logs why). Unknown keys
// are dropped, so a file written by a newer version with an extra field still reads.
export const STATE_VERSION = 1;

const str = z.string();
const num = z.number();
const opt = z.optional;

const TodoStatus = z.enum(["pending", "in_progress", "completed"]);
const Todo = z.object({ content: str, status: TodoStatus, activeForm: opt(str) });
const Task = z.object({
  id: str,
  subject: str,
  status: z.enum(["pending", "in_progress", "completed", "deleted"]),
  activeForm: opt(str),
  blockedBy: opt(z.array(str)),
});
// `carried`: copied from the previous session by carryOver (store.ts), not this session's own.
const carried = opt(z.boolean());
const Prompt = z.object({ text: str, at: str, carried });
const Subagent = z.object({
  id: str,
  type: opt(str),
  description: opt(str),
  status: z.enum(["running", "completed"]),
  excerpt: opt(str),
  at: str,
  carried,
});
const FileTouch = z.object({ path: str, tool: str, count: num, at: str, carried });
const Plan = z.object({
  path: opt(str),
  text: opt(str),
  source: z.enum(["plan-mode", "file"]),
  at: str,
  title: opt(str),
  open: opt(z.array(str)),
  done: opt(num),
  total: opt(num),
  excerpt: opt(str),
  carried,
});
const CarriedFrom = z.object({ sessionId: str, savedAt: str });
const Changes = z.object({ count: num, paths: z.array(str) });
const Git = z.object({
  status: z.enum(["ok", "not-a-repo", "no-git", "error"]),
  reason: opt(str),
  branch: opt(str),
  detached: opt(z.boolean()),
  head: opt(str),
  headFull: opt(str),
  subject: opt(str),
  upstream: opt(str),
  ahead: opt(num),
  behind: opt(num),
  staged: opt(Changes),
  unstaged: opt(Changes),
  untracked: opt(Changes),
  conflicted: opt(Changes),
  /** session-state's own files that are not committed (settings, hook copy), kept out of the changes. */
  setup: opt(z.array(str)),
  operation: opt(str),
  at: str,
});
/**
 * Where git keeps what a save watches (paths git gave at a real run) and their stamps as of the last
 * real run: equal stamps later mean the index, HEAD and refs did not move since.
 */
const GitSeen = z.object({
  watch: z.array(str),
  operations: z.array(z.object({ path: str, name: str })),
  stamps: z.array(str),
  /** Taken before git started (a skip may trust them), not only after it learnt the paths. */
  stampedBefore: z.boolean(),
});
// issue 14: how the session's last turn stopped when an API error ended it (StopFailure, or the
// transcript's synthetic error record). `recoveredAt`: a later turn of the session succeeded, so
// the failure is history and is no longer announced at the next startup.
const Stopped = z.object({
  error: str,
  status: opt(num),
  message: opt(str),
  at: str,
  via: str,
  doing: opt(str),
  recoveredAt: opt(str),
});
// issue 14: a model switch (PostModelSwitch), so the handoff can say which model did what.
const ModelSwitch = z.object({ from: opt(str), to: opt(str), source: opt(str), at: str });
const Cursor = z.object({ offset: num, ino: num, head: str });
const Pending = z.object({ name: str, description: opt(str), agentType: opt(str), subject: opt(str) });

export const SessionState = z.object({
  v: z.literal(STATE_VERSION),
  sessionId: str,
  projectDir: str,
  transcriptPath: opt(str),
  startedAt: str,
  savedAt: str,
  lastEvent: str,
  slug: opt(str),
  cursor: opt(Cursor),
  prompts: z.array(Prompt),
  lastMessage: opt(z.object({ text: str, at: str })),
  todos: opt(z.object({ items: z.array(Todo), at: str, carried })),
  tasks: z.array(Task),
  tasksAt: opt(str),
  tasksCarried: carried,
  plan: opt(Plan),
  subagents: z.array(Subagent),
  files: z.array(FileTouch),
  git: opt(Git),
  gitSeen: opt(GitSeen),
  compactions: num,
  pending: z.record(z.string(), Pending),
  endReason: opt(str),
  /** The session this one continued from (startup after another session): its open work. */
  carriedFrom: opt(CarriedFrom),
  /** issue 14: set when an API error ended a turn (see Stopped). */
  stopped: opt(Stopped),
  /** issue 14: the session's model switches, oldest first (the last few). */
  models: opt(z.array(ModelSwitch)),
});

/** latest.json: which session the project's view shows, and since when. */
export const Latest = z.object({ sessionId: str, savedAt: str });

export type SessionState = z.infer<typeof SessionState>;
export type Todo = z.infer<typeof Todo>;
export type Task = z.infer<typeof Task>;
export type Subagent = z.infer<typeof Subagent>;
export type Plan = z.infer<typeof Plan>;
export type Git = z.infer<typeof Git>;
export type Cursor = z.infer<typeof Cursor>;
export type Changes = z.infer<typeof Changes>;
export type Latest = z.infer<typeof Latest>;
export type Stopped = z.infer<typeof Stopped>;
export type GitSeen = z.infer<typeof GitSeen>;

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
