// Small bounded updates of the session state shared by the transcript extractor and the event
// handlers. Every list has a cap so a session of any length keeps a state of bounded size.
import { clip } from "../clip";
import type { SessionState, Subagent, Task } from "./schema";

// subagents: 40 so that a burst of parallel agents (32 tested) is kept whole; the newest
// `fullExcerpts` keep their report at full length (2,000 characters), older ones `oldExcerptChars`.
export const LIMITS = { prompts: 5, files: 60, subagents: 40, tasks: 200, promptChars: 1500, fullExcerpts: 10, oldExcerptChars: 400 } as const;

/** Keeps the newest `max` keys of an insertion-ordered record. */
export function bounded(rec: Record<string, unknown>, max: number): void {
  const keys = Object.keys(rec);
  for (let i = 0; i < keys.length - max; i++) delete rec[keys[i] as string];
}

/**
 * Appends a prompt unless it repeats the last one; returns the entry added. `cut: false` keeps the
 * text whole for a caller that redacts it first and cuts it then (a cut through a secret would
 * hide it from the patterns).
 */
export function pushPrompt(s: SessionState, text: string, at: string, cut = true): SessionState["prompts"][number] | null {
  const kept = cut ? clip(text, LIMITS.promptChars) : text;
  const last = s.prompts[s.prompts.length - 1];
  if (last && last.text === kept) return null;
  const entry = { text: kept, at };
  s.prompts.push(entry);
  if (s.prompts.length > LIMITS.prompts) s.prompts.splice(0, s.prompts.length - LIMITS.prompts);
  return entry;
}

export function recordFile(s: SessionState, file: string, tool: string, at: string): void {
  const i = s.files.findIndex((f) => f.path === file);
  const prev = i >= 0 ? s.files.splice(i, 1)[0] : undefined;
  const tools = prev && !prev.tool.split(", ").includes(tool) ? `${prev.tool}, ${tool}` : prev?.tool ?? tool;
  s.files.push({ path: file, tool: tools, count: (prev?.count ?? 0) + 1, at });
  if (s.files.length > LIMITS.files) s.files.splice(0, s.files.length - LIMITS.files);
}

type SubagentPatch = Partial<Omit<Subagent, "id">> & { at: string };

/**
 * One entry per agent id: later reports complete earlier sightings, never duplicate them. The list
 * is in the order of each agent's latest news (launch, then report).
 */
export function upsertSubagent(s: SessionState, id: string, patch: SubagentPatch): void {
  const cur = s.subagents.find((a) => a.id === id);
  if (!cur) {
    s.subagents.push({
      id,
      type: patch.type,
      description: patch.description,
      status: patch.status ?? "running",
      excerpt: patch.excerpt,
      at: patch.at,
    });
    if (s.subagents.length > LIMITS.subagents) s.subagents.splice(0, s.subagents.length - LIMITS.subagents);
    return;
  }
  // A finished agent stays finished: a late "running" sighting (Stop's background list racing
  // SubagentStop) must not undo its result.
  if (cur.status === "completed" && patch.status === "running") {
    cur.type ??= patch.type;
    cur.description ??= patch.description;
    return;
  }
  const reported = (patch.status === "completed" && cur.status !== "completed") || (patch.excerpt !== undefined && cur.excerpt === undefined);
  cur.type = patch.type ?? cur.type;
  cur.description = patch.description ?? cur.description;
  cur.status = patch.status ?? cur.status;
  cur.excerpt = patch.excerpt ?? cur.excerpt;
  cur.at = patch.at;
  // The list runs from the oldest news to the newest: an agent launched long ago that reports now
  // is news, so it keeps its full report and is the last to be dropped.
  if (reported && s.subagents[s.subagents.length - 1] !== cur) {
    s.subagents.splice(s.subagents.indexOf(cur), 1);
    s.subagents.push(cur);
  }
}

/**
 * Shortens the reports of all but the newest subagents. Forty full reports were most of a long
 * session's state file (~80 KB), read, validated and rewritten on every save; the injection shows
 * at most 450 characters of a report and only the newest few.
 */
export function compactSubagents(s: SessionState): void {
  const old = s.subagents.length - LIMITS.fullExcerpts;
  for (let i = 0; i < old; i++) {
    const a = s.subagents[i] as Subagent;
    if (a.excerpt && a.excerpt.length > LIMITS.oldExcerptChars) a.excerpt = clip(a.excerpt, LIMITS.oldExcerptChars);
  }
}

export function upsertTask(s: SessionState, id: string, patch: Partial<Omit<Task, "id">>): void {
  // Touched by this session: the list is its own now, even if it began as the previous one's.
  s.tasksCarried = undefined;
  const cur = s.tasks.find((t) => t.id === id);
  if (!cur) {
    s.tasks.push({ id, subject: patch.subject ?? `Task #${id}`, status: patch.status ?? "pending", activeForm: patch.activeForm });
    if (s.tasks.length > LIMITS.tasks) s.tasks.splice(0, s.tasks.length - LIMITS.tasks);
    return;
  }
  if (patch.subject) cur.subject = patch.subject;
  if (patch.status) cur.status = patch.status;
  if (patch.activeForm) cur.activeForm = patch.activeForm;
}

/**
 * Whether the session asked for or did anything itself: a request, todos, tasks, a plan, a
 * subagent, a file, a closing message. What carryOver copied from the previous session does not
 * count, so a session that only started and ended (after /clear, say) never passes for new work.
 */
export function hasOwnWork(s: SessionState): boolean {
  return (
    s.prompts.some((p) => !p.carried) ||
    (!!s.todos && !s.todos.carried) ||
    (s.tasks.length > 0 && !s.tasksCarried) ||
    (!!s.plan && !s.plan.carried) ||
    s.subagents.some((a) => !a.carried) ||
    s.files.some((f) => !f.carried) ||
    !!s.lastMessage
  );
}
