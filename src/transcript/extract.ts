// Folds one transcript record into the session state. Pure apart from its arguments: every fact
// comes from the record, every string passes through the redactor before it is saved (most at
// once; the last message, todo lists, plans and subagent reports in finishRead()).
import * as path from "node:path";
import { clip, prefixAt } from "../clip";
import type { Redactor } from "../state/redact";
import type { SessionState, Todo } from "../state/schema";
import { hasElement, stripTag, tagContent } from "./tags";
import { apiErrorOf, httpStatusOf, isModelAnswer } from "./stop-reason";
import { contentText, isRec, isToolResults, type Rec } from "./record";
import { bounded, LIMITS, pushPrompt, recordFile, upsertSubagent, upsertTask } from "../state/facts";

export interface ExtractContext {
  projectDir: string;
  redact: Redactor;
  nowIso: string;
  /**
   * Prompts, todo lists and subagent objects holding raw text that finishRead() redacts. All are
   * mostly overwritten within a read (only five prompts are kept; each TodoWrite replaces the list),
   * so on a cold read of a long transcript redacting them as they came was most of its redaction.
   */
  unredacted: Set<object>;
  /** Plan texts from ExitPlanMode not yet redacted (a plan object is replaced, its text carried on). */
  rawPlans: Set<string>;
  /** Edited files as shown (relative, redacted): the same few files are edited again and again. */
  shownPaths: Map<string, string>;
  /**
   * The records read so far called a tool that may change files (any but READ_ONLY_TOOLS), ran a
   * shell command the person typed, or brought a background agent's report: the save then runs git
   * rather than reusing its last summary.
   */
  mayChangeFiles: boolean;
}

/** Short strings repeat within a read (the same files edited again and again): redact each once. */
function memoised(redact: Redactor): Redactor {
  const seen = new Map<string, string>();
  return (text) => {
    if (text.length > 2000) return redact(text);
    let out = seen.get(text);
    if (out === undefined) {
      out = redact(text);
      if (seen.size < 5000) seen.set(text, out);
    }
    return out;
  };
}

export const extractContext = (projectDir: string, redact: Redactor, nowIso: string): ExtractContext => ({
  projectDir,
  redact: memoised(redact),
  nowIso,
  unredacted: new Set(),
  rawPlans: new Set(),
  shownPaths: new Map(),
  mayChangeFiles: false,
});

/** How long after StopFailure's save a synthetic error record still describes the same failure. */
const SAME_FAILURE_MS = 30_000;

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

const LAST_MESSAGE_CHARS = 1500;
export const EDIT_TOOLS: ReadonlySet<string> = new Set(["Write", "Edit", "MultiEdit", "NotebookEdit"]);
const SUBAGENT_TOOLS = new Set(["Agent", "Task"]);
/**
 * Tools that cannot change a file in the project. Every other one might (Write, Edit, Bash, a
 * subagent, an MCP tool, one added later): unknown means "run git".
 */
const READ_ONLY_TOOLS = new Set([
  "Read",
  "Glob",
  "Grep",
  "LS",
  "WebFetch",
  "WebSearch",
  "TodoWrite",
  "TodoRead",
  "TaskCreate",
  "TaskUpdate",
  "TaskGet",
  "TaskList",
  "TaskOutput",
  "BashOutput",
  "AskUserQuestion",
  "EnterPlanMode",
  "ExitPlanMode",
  "ToolSearch",
  "ListMcpResourcesTool",
  "ReadMcpResourceTool",
]);
const NOISE_PREFIXES = [
  "<command-message>",
  "<local-command-stdout>",
  "<local-command-stderr>",
  "<local-command-caveat>",
  "Caveat: The messages below",
  "<system-reminder>",
  "<task-notification>",
  "<bash-input>",
  "<bash-stdout>",
  "<bash-stderr>",
  "<user-prompt-submit-hook>",
  "[Request interrupted",
  "This session is being continued from a previous conversation",
];
const PLAN_FILE = /(^|\/)(plans\/.+\.md|[^/]*plan\.md|PLAN\.md|\.claude\/plans\/.+)$/i;

const planPaths = new Map<string, boolean>();

/** Whether a file is a plan. Remembered: a long session edits the same files again and again. */
export function isPlanPath(p: string): boolean {
  let plan = planPaths.get(p);
  if (plan === undefined) {
    plan = PLAN_FILE.test(p.replace(/\\/g, "/"));
    if (planPaths.size >= 5000) planPaths.clear();
    planPaths.set(p, plan);
  }
  return plan;
}

const tag = tagContent;

/** The person's words from a prompt, or null for slash-command noise and system messages. */
export function promptText(raw: string): string | null {
  let text = stripTag(raw, "system-reminder").trim();
  if (/^<command-(?:name|message)>/.test(text) && text.includes("<command-name>")) {
    const name = tag(text, "command-name") ?? "";
    const args = tag(text, "command-args") ?? "";
    return args ? `${name.startsWith("/") ? name : `/${name}`} ${args}` : null;
  }
  if (!text || NOISE_PREFIXES.some((p) => text.startsWith(p))) return null;
  text = text.replace(/\n{3,}/g, "\n\n");
  return text;
}

function relPath(projectDir: string, file: string): string {
  const abs = path.resolve(projectDir, file);
  const rel = path.relative(projectDir, abs);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs;
}

function shownPath(ctx: ExtractContext, file: string): string {
  let shown = ctx.shownPaths.get(file);
  if (shown === undefined) {
    shown = ctx.redact(relPath(ctx.projectDir, file));
    if (ctx.shownPaths.size < 5000) ctx.shownPaths.set(file, shown);
  }
  return shown;
}

/** Raw text kept for a later redaction: long enough that a secret cut at the limit is still whole. */
const keepRaw = (text: string, max: number): string => prefixAt(text, max + 4000);

const EXCERPT_CHARS = 2000;

function setTodos(s: SessionState, items: Todo[], at: string, ctx: ExtractContext): void {
  s.todos = { items, at };
  ctx.unredacted.add(s.todos);
}

function setSubagent(s: SessionState, id: string, patch: Parameters<typeof upsertSubagent>[2], ctx: ExtractContext): void {
  upsertSubagent(s, id, patch.excerpt === undefined ? patch : { ...patch, excerpt: keepRaw(patch.excerpt, EXCERPT_CHARS) });
  const agent = patch.excerpt === undefined ? undefined : s.subagents.find((a) => a.id === id);
  if (agent) ctx.unredacted.add(agent);
}

const redactTodo = (t: Todo, redact: Redactor): Todo => ({
  ...t,
  content: redact(t.content),
  activeForm: t.activeForm === undefined ? undefined : redact(t.activeForm),
});

function todosFrom(list: unknown): Todo[] | null {
  if (!Array.isArray(list)) return null;
  const out: Todo[] = [];
  for (const t of list) {
    if (!isRec(t)) continue;
    const content = str(t.content) ?? str(t.subject);
    const status = str(t.status);
    if (!content || (status !== "pending" && status !== "in_progress" && status !== "completed")) continue;
    out.push({ content, status, activeForm: str(t.activeForm) });
  }
  return out;
}

export function applyRecord(s: SessionState, rec: unknown, ctx: ExtractContext): void {
  if (!isRec(rec)) return;
  const at = str(rec.timestamp) ?? ctx.nowIso;
  // The session began with its first message, not with its first save. A tool result answers a
  // call made before it, so its time never comes first (and the prefilter need not read it).
  if ((rec.type === "assistant" || (rec.type === "user" && !isToolResults(rec.message))) && typeof rec.timestamp === "string" && rec.timestamp < s.startedAt && !Number.isNaN(Date.parse(rec.timestamp))) {
    s.startedAt = rec.timestamp;
  }
  if (typeof rec.slug === "string" && /^[a-z0-9-]{1,80}$/.test(rec.slug)) s.slug = rec.slug;
  const sidechain = rec.isSidechain === true;
  const type = rec.type;

  if (type === "system" && rec.subtype === "compact_boundary") {
    s.compactions++;
    return;
  }
  if (type === "attachment" && isRec(rec.attachment)) {
    const a = rec.attachment;
    if ((a.type === "plan_mode" || a.type === "plan_mode_exit") && a.isSubAgent !== true) {
      const p = str(a.planFilePath);
      if (p) notePlan(s, { path: p, source: "plan-mode", at });
    }
    return;
  }
  const message = isRec(rec.message) ? rec.message : undefined;
  if (!message) return;

  if (type === "assistant") {
    // An API error ended the turn (in -p mode no StopFailure fires, only SessionEnd): Claude Code
    // wrote its error as a synthetic answer. A later real answer means the session got past it.
    const apiError = apiErrorOf(rec);
    // The same failure that StopFailure already recorded (its record can reach the transcript after
    // the hook ran): Claude Code's own error kind beats one guessed from the message.
    const recorded = s.stopped && !s.stopped.recoveredAt && s.stopped.via !== "transcript" && Date.parse(at) <= Date.parse(s.stopped.at) + SAME_FAILURE_MS;
    if (apiError && recorded) return;
    if (apiError) {
      s.stopped = {
        error: apiError.error,
        status: httpStatusOf(apiError.message ?? ""),
        message: apiError.message ? clip(ctx.redact(apiError.message.replace(/\s+/g, " ")), 300) : undefined,
        at,
        via: "transcript",
      };
      return;
    }
    if (message.model === "<synthetic>") return;
    // Recovered once the model answers in words again: a record of thinking alone is not read at all
    // on the fast path (transcript/filter.ts), so it cannot count either.
    if (s.stopped && !s.stopped.recoveredAt && isModelAnswer(rec) && saysSomething(message.content) && at >= s.stopped.at) s.stopped.recoveredAt = at;
    const content = Array.isArray(message.content) ? message.content : [];
    for (const block of content) {
      if (!isRec(block)) continue;
      if (block.type === "text" && typeof block.text === "string" && !sidechain && block.text.trim()) {
        // Only the last one survives a read; finishRead() redacts it once.
        s.lastMessage = { text: prefixAt(block.text.trim(), LAST_MESSAGE_CHARS + 4000), at };
      } else if (block.type === "tool_use") {
        applyToolUse(s, block, sidechain, at, ctx);
      }
    }
    return;
  }

  if (type !== "user") return;
  if (isToolResults(message)) {
    for (const block of message.content) {
      if (isRec(block) && block.type === "tool_result") applyToolResult(s, block, rec.toolUseResult, sidechain, at, ctx);
    }
    return;
  }
  if (sidechain || rec.isMeta === true || rec.isCompactSummary === true || rec.isVisibleInTranscriptOnly === true) return;
  const raw = contentText(message.content);
  // A shell command the person ran through Claude Code (`!cmd`) can change files as well as a tool.
  if (raw.trimStart().startsWith("<bash-input>")) ctx.mayChangeFiles = true;
  const origin = isRec(rec.origin) ? rec.origin.kind : undefined;
  if (raw.trimStart().startsWith("<task-notification>") || origin === "task-notification") {
    applyTaskNotification(s, raw, at, ctx);
    return;
  }
  if (rec.promptSource === "system") return;
  const text = promptText(raw);
  if (text) {
    // Only the last few prompts survive a read: they are redacted whole, then cut, in finishRead().
    const pushed = pushPrompt(s, text, at, false);
    if (pushed) ctx.unredacted.add(pushed);
  }
}

function notePlan(s: SessionState, p: { path?: string; text?: string; source: "plan-mode" | "file"; at: string }): void {
  const prev = s.plan;
  const samePlan = !!prev && (!p.path || !prev.path || prev.path === p.path);
  s.plan = {
    path: p.path ?? prev?.path,
    // A later sighting without text (an attachment naming the file) keeps the text already seen.
    text: p.text ?? (samePlan ? prev?.text : undefined),
    source: samePlan && prev?.source === "plan-mode" ? "plan-mode" : p.source,
    at: p.at,
  };
}

function applyToolUse(s: SessionState, block: Rec, sidechain: boolean, at: string, ctx: ExtractContext): void {
  const name = str(block.name) ?? "";
  if (!READ_ONLY_TOOLS.has(name)) ctx.mayChangeFiles = true;
  const id = str(block.id);
  const input = isRec(block.input) ? block.input : {};
  if (EDIT_TOOLS.has(name)) {
    const file = str(input.file_path) ?? str(input.notebook_path) ?? str(input.path);
    if (file) {
      recordFile(s, shownPath(ctx, file), name, at);
      if (!sidechain && isPlanPath(file)) {
        const text = name === "Write" ? str(input.content) : undefined;
        notePlan(s, { path: path.resolve(ctx.projectDir, file), text, source: "file", at });
      }
    }
    return;
  }
  if (sidechain) return;
  if (name === "TodoWrite") {
    const todos = todosFrom(input.todos);
    if (todos) setTodos(s, todos, at, ctx);
  } else if (name === "ExitPlanMode") {
    const plan = str(input.plan);
    const file = str(input.planFilePath);
    // Raw until finishRead(): a long session proposes many plans and only the last survives.
    if (plan) ctx.rawPlans.add(plan);
    if (plan || file) notePlan(s, { path: file, text: plan, source: "plan-mode", at });
  } else if (name === "TaskUpdate") {
    const taskId = str(input.taskId) ?? (typeof input.taskId === "number" ? String(input.taskId) : undefined);
    if (taskId) {
      const status = str(input.status);
      upsertTask(s, taskId, {
        subject: str(input.subject) ? ctx.redact(str(input.subject) as string) : undefined,
        status: status === "pending" || status === "in_progress" || status === "completed" || status === "deleted" ? status : undefined,
        activeForm: str(input.activeForm) ? ctx.redact(str(input.activeForm) as string) : undefined,
      });
      s.tasksAt = at;
    }
  } else if (name === "Bash") {
    const cmd = str(input.command) ?? "";
    const m = /(?:^|[\s'"=>])((?:[\w.~/-]*\/)?(?:plans\/[\w./-]+\.md|[\w.-]*plan\.md|PLAN\.md))/i.exec(cmd);
    if (m?.[1] && /(>|tee|mv|cp|sed -i)/.test(cmd)) notePlan(s, { path: path.resolve(ctx.projectDir, m[1]), source: "file", at });
  }
  if (id && (name === "TaskCreate" || SUBAGENT_TOOLS.has(name))) {
    s.pending[id] = {
      name,
      description: str(input.description) ? clip(ctx.redact(str(input.description) as string), 200) : undefined,
      agentType: str(input.subagent_type),
      subject: str(input.subject) ? clip(ctx.redact(str(input.subject) as string), 300) : undefined,
    };
    bounded(s.pending, 50);
  }
}

/**
 * Redacts what applyRecord kept raw because most of it is overwritten within the same read (every
 * assistant text replaces the last one). Call once after a batch of records, before saving.
 */
export function finishRead(s: SessionState, ctx: ExtractContext): void {
  // Redact first, then cut: a cut through a secret would leave a part the patterns cannot see.
  if (s.lastMessage) s.lastMessage.text = redactClip(s.lastMessage.text, LAST_MESSAGE_CHARS, ctx.redact);
  if (s.todos && ctx.unredacted.has(s.todos)) s.todos.items = s.todos.items.map((t) => redactTodo(t, ctx.redact));
  for (const p of s.prompts) if (ctx.unredacted.has(p)) p.text = clip(ctx.redact(p.text), LIMITS.promptChars);
  if (s.plan?.text !== undefined && ctx.rawPlans.has(s.plan.text)) s.plan.text = ctx.redact(s.plan.text);
  ctx.rawPlans.clear();
  for (const a of s.subagents) {
    if (a.excerpt !== undefined && ctx.unredacted.has(a)) a.excerpt = redactClip(a.excerpt, EXCERPT_CHARS, ctx.redact);
  }
  ctx.unredacted.clear();
}

/**
 * Redacts a long text without paying for all of it: the head is cut with a wide margin first, so a
 * secret that starts inside the kept part is still whole when the patterns run, then cut to size.
 */
export function redactClip(text: string, max: number, redact: Redactor): string {
  return clip(redact(prefixAt(text, max + 4000)), max);
}

/** Drops the harness wrapping around a subagent's report, keeping only what it said. */
export function cleanReport(text: string): string {
  return stripTag(stripTag(text, "tools-used-before-summary"), "usage")
    .split("\n")
    .filter((l) => !l.startsWith("agentId: "))
    .join("\n")
    .trim();
}

function resultText(block: Rec, result: unknown): string {
  if (isRec(result) && Array.isArray(result.content)) {
    const t = contentText(result.content);
    if (t) return t;
  }
  return contentText(block.content);
}

function applyToolResult(s: SessionState, block: Rec, result: unknown, sidechain: boolean, at: string, ctx: ExtractContext): void {
  if (sidechain) return;
  const id = str(block.tool_use_id);
  // Own keys only: a tool_use_id such as "constructor" is no pending call.
  const pending = id && Object.hasOwn(s.pending, id) ? s.pending[id] : undefined;
  const r = isRec(result) ? result : {};
  if (Array.isArray(r.newTodos)) {
    const todos = todosFrom(r.newTodos);
    if (todos) setTodos(s, todos, at, ctx);
    return;
  }
  if (!pending || !id) return;
  delete s.pending[id];
  if (pending.name === "TaskCreate") {
    const task = isRec(r.task) ? r.task : {};
    const taskId = str(task.id) ?? /Task #(\d+) created/.exec(contentText(block.content))?.[1];
    if (taskId) {
      const subject = str(task.subject) ?? pending.subject ?? "";
      upsertTask(s, taskId, { subject: ctx.redact(subject), status: "pending" });
      s.tasksAt = at;
    }
    return;
  }
  if (block.is_error === true) return;
  const agentId = str(r.agentId) ?? id;
  if (r.status === "async_launched" || r.isAsync === true) {
    upsertSubagent(s, agentId, { type: pending.agentType, description: pending.description, status: "running", at });
    return;
  }
  const text = cleanReport(resultText(block, result));
  setSubagent(
    s,
    agentId,
    { type: str(r.agentType) ?? pending.agentType, description: pending.description, status: "completed", excerpt: text || undefined, at },
    ctx,
  );
}

function applyTaskNotification(s: SessionState, raw: string, at: string, ctx: ExtractContext): void {
  // A background task (agent or shell) finished: it may have changed files meanwhile.
  ctx.mayChangeFiles = true;
  const id = tag(raw, "task-id");
  if (!id) return;
  const known = s.subagents.some((a) => a.id === id);
  const summary = tag(raw, "summary") ?? "";
  if (!known && !summary.startsWith("Agent ")) return;
  const result = tag(raw, "result");
  const report = result ? cleanReport(result) : undefined;
  setSubagent(s, id, { status: "completed", excerpt: report || undefined, at }, ctx);
}

/** Whether an assistant message holds a text block that is not blank. */
function saysSomething(content: unknown): boolean {
  return Array.isArray(content) && content.some((b) => isRec(b) && b.type === "text" && typeof b.text === "string" && b.text.trim() !== "");
}
