// Pure renderers: session state → Markdown file, and session state → the text injected at
// SessionStart. No I/O, no clock: callers pass `now` and paths, so snapshots are stable.
import { ageText, inject, md } from "../messages";
import { clip, prefixAt } from "../clip";
import type { Git, SessionState, Task, Todo } from "./schema";

type Item = { text: string; status: Todo["status"] | Task["status"] };
const ORDER: Record<string, number> = { in_progress: 0, pending: 1, completed: 2, deleted: 3 };
const MARK: Record<string, string> = { in_progress: "[in progress]", pending: "[ ]", completed: "[x]", deleted: "[deleted]" };

const when = (iso: string): string => iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");
// `(?:\s*)`, not `\s*`, at the end: the core is kept in a comment in the bundle (tsup.config.ts).
const oneLine = (t: string): string => t.replace(/\s*\n(?:\s*)/g, " ⏎ ");

// "Write the parser" / "Writing the parser": the same words once -ing, -ed, -s, a final e and a
// doubled consonant are taken off, and articles ignored.
const stem = (w: string): string => w.replace(/(?:ing|ed|es|s|e)$/, "").replace(/([b-df-hj-np-tv-z])\1$/, "$1");
const gist = (t: string): string =>
  (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== "the" && w !== "a" && w !== "an").map(stem).join(" ");

/**
 * Whether a todo's activeForm says more than the todo itself; most only rephrase it in the -ing
 * form ("Writing the parser"), which is worth nothing a second time in parentheses.
 */
export const addsInformation = (content: string, activeForm: string | undefined): activeForm is string =>
  !!activeForm && gist(activeForm) !== gist(content);

export function todoItems(s: SessionState): Item[] {
  const todos: Item[] = (s.todos?.items ?? []).map((t) => ({
    text: t.status === "in_progress" && addsInformation(t.content, t.activeForm) ? `${t.content} (${t.activeForm})` : t.content,
    status: t.status,
  }));
  const tasks: Item[] = s.tasks
    .filter((t) => t.status !== "deleted")
    .map((t) => ({
      text: `#${t.id} ${t.subject}${t.blockedBy?.length ? ` (blocked by ${t.blockedBy.map((b) => `#${b}`).join(", ")})` : ""}`,
      status: t.status,
    }));
  // The list used last comes first; both are kept because a session can use both tools.
  const tasksFirst = (s.tasksAt ?? "") > (s.todos?.at ?? "");
  const all = tasksFirst ? [...tasks, ...todos] : [...todos, ...tasks];
  return all
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (ORDER[a.item.status] ?? 9) - (ORDER[b.item.status] ?? 9) || a.i - b.i)
    .map(({ item }) => item);
}

function gitLines(g: Git | undefined): string[] {
  if (!g) return [];
  if (g.status === "not-a-repo") return [md.gitNotRepo];
  if (g.status === "no-git") return [md.gitUnavailable(md.gitNoGit)];
  if (g.status !== "ok") return [md.gitUnavailable(g.reason ?? "unknown error")];
  const out: string[] = [];
  const where = g.detached ? md.gitDetached : `branch \`${g.branch ?? "?"}\``;
  const head = g.head ? `\`${g.head}\` ${g.subject ?? ""}`.trim() : md.gitNoCommits;
  out.push(`- ${where} at ${head}`);
  if (g.upstream) out.push(`- upstream \`${g.upstream}\`: ${g.ahead ?? 0} ahead, ${g.behind ?? 0} behind`);
  if (g.operation) out.push(`- **${g.operation} in progress**`);
  const changes: Array<[string, Git["staged"]]> = [
    ["conflicted", g.conflicted],
    ["staged", g.staged],
    ["unstaged", g.unstaged],
    ["untracked", g.untracked],
  ];
  let dirty = false;
  for (const [label, c] of changes) {
    if (!c || c.count === 0) continue;
    dirty = true;
    const more = c.count > c.paths.length ? `, ${md.more(c.count - c.paths.length)}` : "";
    out.push(`- ${c.count} ${label}: ${c.paths.map((p) => `\`${p}\``).join(", ")}${more}`);
  }
  if (!dirty) out.push(`- ${md.gitClean}`);
  if (g.setup?.length) out.push(`- ${md.gitSetup(g.setup.map((p) => `\`${p}\``).join(", "))}`);
  return out;
}

export const planHeading = (title: string | undefined): string => (title ? md.planTitled(title) : md.plan);

/** A file touched, with its tools: `- \`PLAN.md\` (Write, Edit)`. */
export const fileLine = (f: SessionState["files"][number]): string => `- \`${f.path}\` (${md.fileTools(f.tool.split(", "), f.count)})`;

function planLines(s: SessionState, full: boolean): { heading: string; lines: string[] } | null {
  const p = s.plan;
  if (!p) return null;
  const heading = planHeading(p.title);
  const lines: string[] = [];
  if (p.path) lines.push(`File: \`${p.path}\``);
  if (p.total && p.total > 0) {
    lines.push(md.planOpen(p.open?.length ?? 0, p.total));
    for (const o of p.open ?? []) lines.push(`- [ ] ${o}`);
  } else if (p.excerpt) {
    const ex = full ? p.excerpt : clip(p.excerpt, 1500);
    lines.push(...ex.split("\n").map((l) => `> ${l}`.trimEnd()));
  }
  return { heading, lines };
}

function subagentLine(a: SessionState["subagents"][number], excerptMax: number): string {
  const who = [a.type, a.description ? `“${a.description}”` : undefined].filter(Boolean).join(" ") || a.id;
  if (a.status === "running") return `- ${who} — ${md.subagentRunning} (since ${when(a.at)})`;
  const ex = a.excerpt ? `: ${oneLine(clip(a.excerpt, excerptMax))}` : "";
  return `- ${who} (${when(a.at)})${ex}`;
}

/**
 * `.last-state.md` without its git section: what comes before it and after it. A save renders these
 * while git still runs (events/save.ts), and only the git lines once it is done.
 */
export interface MarkdownParts {
  before: string[];
  after: string[];
}

export function markdownParts(s: SessionState): MarkdownParts {
  const out: string[] = [md.title, "", md.savedLine(when(s.savedAt), s.sessionId, s.lastEvent), ""];
  if (s.carriedFrom) out.push(md.carried(s.carriedFrom.sessionId, when(s.carriedFrom.savedAt)), "");
  const items = todoItems(s);
  out.push(md.todos, "", ...(items.length ? items.map((t) => `- ${MARK[t.status]} ${oneLine(t.text)}`) : [md.none]), "");
  const plan = planLines(s, true);
  if (plan) out.push(plan.heading, "", ...plan.lines, "");
  out.push(md.requests, "");
  if (s.prompts.length) s.prompts.forEach((p, i) => out.push(`${i + 1}. ${oneLine(p.text)} _(${when(p.at)})_`));
  else out.push(md.none);
  out.push("");
  if (s.lastMessage) out.push(md.stoppedAt, "", ...s.lastMessage.text.split("\n").map((l) => `> ${l}`), "");
  out.push(md.subagents, "", ...(s.subagents.length ? s.subagents.map((a) => subagentLine(a, 2000)) : [md.none]), "");
  const after = [md.files, "", ...(s.files.length ? [...s.files].reverse().map(fileLine) : [md.none]), ""];
  return { before: out, after };
}

export function joinMarkdown(parts: MarkdownParts, git: Git | undefined): string {
  const out = [...parts.before, md.git, "", ...(git ? gitLines(git) : [md.none]), "", ...parts.after];
  return `${out.join("\n").trimEnd()}\n`;
}

/** The full `.last-state.md`: everything the state holds, for people and for `load`. */
export function renderMarkdown(s: SessionState): string {
  return joinMarkdown(markdownParts(s), s.git);
}

export interface GitCompare {
  /** What the repository looks like now; null when it could not be read. */
  now: { branch?: string; sha?: string } | null;
  newCommits?: number;
  reason?: string;
}

export function gitCompareLine(saved: Git | undefined, cmp: GitCompare | null): string | null {
  if (!saved || saved.status !== "ok" || !cmp) return null;
  if (!cmp.now) return inject.gitNow(cmp.reason ?? "not readable");
  const then = `${saved.detached ? "detached HEAD" : saved.branch ?? "?"} at ${saved.head ?? "no commit"}`;
  const nowSha = cmp.now.sha?.slice(0, saved.head?.length ?? 7);
  const nowText = `${cmp.now.branch ?? "detached HEAD"} at ${nowSha ?? "no commit"}`;
  const sameBranch = (cmp.now.branch ?? "") === (saved.detached ? "" : saved.branch ?? "");
  const sameHead = !!saved.headFull && !!cmp.now.sha ? saved.headFull === cmp.now.sha : (saved.head ?? "") === (nowSha ?? "");
  if (sameBranch && sameHead) return inject.sameHead(saved.branch ?? "detached HEAD", saved.head ?? "no commit");
  const n = cmp.newCommits !== undefined && cmp.newCommits > 0 ? inject.newCommits(cmp.newCommits) : "";
  return `${inject.moved(then, nowText)}${n}`;
}

interface Section {
  heading: string;
  lines: string[];
  cap: number;
}

/** The section's heading and as many lines as fit, then "… N more"; null if nothing useful fits. */
function fit(sec: Section, room: number): { text: string; dropped: number } | null {
  const budget = Math.min(sec.cap, room);
  const out = [sec.heading];
  let len = sec.heading.length;
  let used = 0;
  const tail = (rest: number): number => (rest > 0 ? md.more(rest).length + 1 : 0);
  for (const line of sec.lines) {
    if (len + 1 + line.length + tail(sec.lines.length - used - 1) > budget) break;
    out.push(line);
    len += 1 + line.length;
    used++;
  }
  if (used === 0) {
    const space = budget - len - 1 - tail(sec.lines.length - 1);
    if (space < 40 || !sec.lines[0]) return null;
    out.push(clip(sec.lines[0], space));
    used = 1;
  }
  if (used < sec.lines.length) out.push(md.more(sec.lines.length - used));
  return { text: out.join("\n"), dropped: sec.lines.length - used };
}

export interface InjectionInput {
  now: number;
  maxChars: number;
  statePath: string;
  git: GitCompare | null;
}

/**
 * Room kept for the header (the saved line, the git comparison, the carried-over note). The body
 * is fitted as if the header took all of it, so it does not depend on the clock or the repository
 * and can be rendered when the state is saved (store.publish keeps it in latest.json for the next
 * SessionStart); the header, never longer, is rendered at SessionStart.
 */
const headerRoom = (maxChars: number): number => Math.min(700, Math.floor(maxChars * 0.3));
/** Room kept for the footer (the state file's path), which is likewise added at SessionStart. */
const footerRoom = (maxChars: number): number => Math.min(400, Math.floor(maxChars * 0.15));

/** What the header needs of a state; kept beside the pre-rendered body. */
export type InjectionHead = Pick<SessionState, "sessionId" | "savedAt" | "lastEvent" | "carriedFrom"> & { git?: Git };

export const injectionHead = (s: SessionState): InjectionHead => ({
  sessionId: s.sessionId,
  savedAt: s.savedAt,
  lastEvent: s.lastEvent,
  carriedFrom: s.carriedFrom,
  git: s.git,
});

export function renderInjectionHeader(h: InjectionHead, now: number, git: GitCompare | null, maxChars: number): string {
  const age = ageText(now - Date.parse(h.savedAt));
  const head = [inject.header(when(h.savedAt), age, clip(h.sessionId, 100), h.lastEvent)];
  const cmp = gitCompareLine(h.git, git);
  if (cmp) head.push(cmp);
  if (h.carriedFrom) head.push(md.carried(clip(h.carriedFrom.sessionId, 100), when(h.carriedFrom.savedAt)));
  return clip(head.join("\n"), headerRoom(maxChars));
}

/**
 * The body up to its git section, and the room left: the sections before git do not depend on it,
 * so a save fits them while git still runs and adds the rest with finishBody().
 */
export interface BodyStart {
  text: string;
  cut: boolean;
  limit: number;
  files: string[];
}

function fitSections(start: { text: string; cut: boolean }, sections: Section[], limit: number): { text: string; cut: boolean } {
  let body = start.text;
  let cut = start.cut;
  for (const sec of sections) {
    if (sec.lines.length === 0) continue;
    const fitted = fit(sec, limit - body.length - 2);
    if (!fitted) {
      cut = true;
      continue;
    }
    cut ||= fitted.dropped > 0;
    body += `\n\n${fitted.text}`;
  }
  return { text: body, cut };
}

export function startBody(s: SessionState, opt: { maxChars: number }): BodyStart {
  const items = todoItems(s);
  const open = items.filter((t) => t.status !== "completed");
  const done = items.filter((t) => t.status === "completed");
  const todoLines = [
    ...open.map((t) => `- ${MARK[t.status]} ${clip(oneLine(t.text), 300)}`),
    ...done.map((t) => `- ${MARK.completed} ${clip(oneLine(t.text), 160)}`),
  ];
  const plan = planLines(s, false);
  const sections: Section[] = [
    { heading: `${md.todos} (${open.length} open, ${done.length} done)`, lines: todoLines, cap: 2800 },
    ...(plan ? [{ heading: plan.heading, lines: plan.lines, cap: 1800 }] : []),
    {
      heading: md.requests,
      lines: s.prompts.map((p, i) => `${i + 1}. ${clip(oneLine(p.text), 600)}`),
      cap: 1600,
    },
    ...(s.lastMessage ? [{ heading: md.stoppedAt, lines: [clip(oneLine(s.lastMessage.text), 600)], cap: 700 }] : []),
    {
      heading: md.subagents,
      lines: [...s.subagents].reverse().map((a) => subagentLine(a, 450)),
      cap: 2400,
    },
  ];
  const limit = opt.maxChars - headerRoom(opt.maxChars) - footerRoom(opt.maxChars) - inject.cut.length - 4;
  const files = [...s.files].reverse().map((f) => `- \`${f.path}\``);
  return { ...fitSections({ text: "", cut: false }, sections, limit), limit, files };
}

/** The rest of the body after startBody(): the git section as saved, the files, the cut note. */
export function finishBody(start: BodyStart, git: Git | undefined): string {
  const sections: Section[] = [
    ...(git ? [{ heading: `${md.git} (when saved)`, lines: gitLines(git), cap: 800 }] : []),
    { heading: md.files, lines: start.files, cap: 600 },
  ];
  const end = fitSections(start, sections, start.limit);
  return end.cut ? `${end.text}\n${inject.cut}` : end.text;
}

/** Everything between header and footer: the sections that fit, most useful first. */
export function renderInjectionBody(s: SessionState, opt: { maxChars: number }): string {
  return finishBody(startBody(s, opt), s.git);
}

/** Header, body and footer put together; only a footer longer than its room is cut by the cap. */
export function joinInjection(header: string, body: string, statePath: string, maxChars: number): string {
  return prefixAt(`${header}${body}\n\n${inject.footer(statePath)}`, maxChars);
}

/** The SessionStart context: most useful first, never longer than maxChars. */
export function renderInjection(s: SessionState, opt: InjectionInput): string {
  return joinInjection(renderInjectionHeader(injectionHead(s), opt.now, opt.git, opt.maxChars), renderInjectionBody(s, opt), opt.statePath, opt.maxChars);
}
