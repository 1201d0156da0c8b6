import * as z from "zod/mini";
import { lazySchema } from "../lazy-schema";

// The per-session structured state (`sessions/<id>.json`): the source of truth that every
// Markdown view and every injection is rendered from. Bump STATE_VERSION on breaking changes;
// an unreadable or older file is simply started afresh.
export const STATE_VERSION = 1;

function build() {
  const str = z.string();
  const opt = <T extends z.ZodMiniType>(t: T) => z.optional(t);

  const TodoStatus = z.enum(["pending", "in_progress", "completed"]);
  const Todo = z.object({ content: str, status: TodoStatus, activeForm: opt(str) });
  const Task = z.object({
    id: str,
    subject: str,
    status: z.enum(["pending", "in_progress", "completed", "deleted"]),
    activeForm: opt(str),
    blockedBy: opt(z.array(str)),
  });
  const Prompt = z.object({ text: str, at: str });
  const Subagent = z.object({
    id: str,
    type: opt(str),
    description: opt(str),
    status: z.enum(["running", "completed"]),
    excerpt: opt(str),
    at: str,
  });
  const FileTouch = z.object({ path: str, tool: str, count: z.number(), at: str });
  const Plan = z.object({
    path: opt(str),
    text: opt(str),
    source: z.enum(["plan-mode", "file"]),
    at: str,
    title: opt(str),
    open: opt(z.array(str)),
    done: opt(z.number()),
    total: opt(z.number()),
    excerpt: opt(str),
  });
  const Changes = z.object({ count: z.number(), paths: z.array(str) });
  const Git = z.object({
    status: z.enum(["ok", "not-a-repo", "no-git", "error"]),
    reason: opt(str),
    branch: opt(str),
    detached: opt(z.boolean()),
    head: opt(str),
    headFull: opt(str),
    subject: opt(str),
    upstream: opt(str),
    ahead: opt(z.number()),
    behind: opt(z.number()),
    staged: opt(Changes),
    unstaged: opt(Changes),
    untracked: opt(Changes),
    conflicted: opt(Changes),
    operation: opt(str),
    at: str,
  });
  const Cursor = z.object({ offset: z.number(), ino: z.number(), head: str });
  const Pending = z.object({ name: str, description: opt(str), agentType: opt(str), subject: opt(str) });

  const SessionState = z.object({
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
    todos: opt(z.object({ items: z.array(Todo), at: str })),
    tasks: z.array(Task),
    tasksAt: opt(str),
    plan: opt(Plan),
    subagents: z.array(Subagent),
    files: z.array(FileTouch),
    git: opt(Git),
    compactions: z.number(),
    pending: z.record(str, Pending),
    endReason: opt(str),
    /** The session this one continued from (startup after another session): its open work. */
    carriedFrom: opt(z.object({ sessionId: str, savedAt: str })),
  });
  return { Todo, Task, Subagent, Plan, Git, Cursor, Changes, SessionState };
}

type Built = ReturnType<typeof build>;
let built: Built | undefined;
const schemas = (): Built => (built ??= build());

export const SessionState = lazySchema(() => schemas().SessionState);

export type SessionState = z.infer<Built["SessionState"]>;
export type Todo = z.infer<Built["Todo"]>;
export type Task = z.infer<Built["Task"]>;
export type Subagent = z.infer<Built["Subagent"]>;
export type Plan = z.infer<Built["Plan"]>;
export type Git = z.infer<Built["Git"]>;
export type Cursor = z.infer<Built["Cursor"]>;
export type Changes = z.infer<Built["Changes"]>;

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
