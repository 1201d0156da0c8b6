// Pure renderers: session state → Markdown file, and session state → the text injected at
// SessionStart. No I/O, no clock: callers pass `now` and paths, so snapshots are stable.
import { ageText, inject, md, stop, stopKind } from "../messages";
import { clip, prefixAt } from "../clip";
import type { Git, SessionState, Stopped, Task, Todo } from "./schema";

type Item = { text: string; status: Todo["status"] | Task["status"] };
const ORDER: Record<string, number> = { in_progress: 0, pending: 1, completed: 2, deleted: 3 };
const MARK: Record<string, string> = { in_progress: "[in progress]", pending: "[ ]", completed: "[x]", deleted: "[deleted]" };

const when = (iso: string): string => iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");
const oneLine = (t: string): string => t.replace(/\s*\n\s*/g, " ⏎ ");

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
export const fileLine = (f: SessionState["files"][number]): string =>
  `- \`${f.path}\` (${md.fileTools(f.tool.split(", "), f.count)})${f.carried ? md.fileCarried : ""}`;

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

/** The full `.last-state.md`: everything the state holds, for people and for `load`. */
export function renderMarkdown(s: SessionState): string {
  const out: string[] = [md.title, "", md.savedLine(when(s.savedAt), s.sessionId, s.lastEvent), ""];
  if (s.carriedFrom) out.push(md.carried(s.carriedFrom.sessionId, when(s.carriedFrom.savedAt)), "");
  if (s.stopped) out.push(...stoppedLines(s.stopped), "");
  if (s.models?.length) out.push(stop.models, "", ...s.models.map((m) => stop.modelSwitch(when(m.at), m.from ?? "?", m.to ?? "?", m.source)), "");
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
  out.push(md.git, "", ...(s.git ? gitLines(s.git) : [md.none]), "");
  out.push(md.files, "", ...(s.files.length ? [...s.files].reverse().map(fileLine) : [md.none]), "");
  return `${out.join("\n").trimEnd()}\n`;
}

/** issue 14: how an API error ended a turn, for `.last-state.md` and the handoff. */
export function stoppedLines(st: Stopped): string[] {
  const out = [stop.markdown(stopKind(st.error, st.status), when(st.at), st.message)];
  if (st.doing) out.push(stop.workingOn(st.doing));
  if (st.recoveredAt) out.push(stop.recovered(when(st.recoveredAt)));
  return [out.join(" ")];
}

/** "14:02 UTC" on the day of `now`, the full date and time otherwise. */
function shortWhen(iso: string, now: number): string {
  const full = when(iso);
  return iso.slice(0, 10) === new Date(now).toISOString().slice(0, 10) ? full.slice(11).replace(/:\d\d UTC$/, " UTC") : full;
}

/** The line that opens the injection when the session's last turn was ended by an API error. */
export function stoppedNotice(st: Stopped | undefined, now: number): string | null {
  if (!st || st.recoveredAt) return null;
  return stop.injected(stopKind(st.error, st.status), shortWhen(st.at, now), st.doing ? oneLine(st.doing) : undefined);
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
 * is fitted as if the header took all of it, so what the body shows does not depend on the clock
 * or the repository.
 */
const headerRoom = (maxChars: number): number => Math.min(700, Math.floor(maxChars * 0.3));
/** Room kept for the footer (the state file's path), likewise. */
const footerRoom = (maxChars: number): number => Math.min(400, Math.floor(maxChars * 0.15));

function renderInjectionHeader(h: SessionState, now: number, git: GitCompare | null, maxChars: number): string {
  const age = ageText(now - Date.parse(h.savedAt));
  // An API error that ended the last turn is said first: it is why the person is here.
  const notice = stoppedNotice(h.stopped, now);
  const head = [...(notice ? [notice] : []), inject.header(when(h.savedAt), age, clip(h.sessionId, 100), h.lastEvent)];
  const cmp = gitCompareLine(h.git, git);
  if (cmp) head.push(cmp);
  if (h.carriedFrom) head.push(md.carried(clip(h.carriedFrom.sessionId, 100), when(h.carriedFrom.savedAt)));
  return clip(head.join("\n"), headerRoom(maxChars));
}

/** Everything between header and footer: the sections that fit, most useful first. */
export function renderInjectionBody(s: SessionState, opt: { maxChars: number }): string {
  const limit = opt.maxChars - headerRoom(opt.maxChars) - footerRoom(opt.maxChars) - inject.cut.length - 4;
  let body = "";
  let cut = false;
  for (const sec of injectionSections(s)) {
    if (sec.lines.length === 0) continue;
    const fitted = fit(sec, limit - body.length - 2);
    if (!fitted) {
      cut = true;
      continue;
    }
    cut ||= fitted.dropped > 0;
    body += `\n\n${fitted.text}`;
  }
  return cut ? `${body}\n${inject.cut}` : body;
}

function injectionSections(s: SessionState): Section[] {
  const items = todoItems(s);
  const open = items.filter((t) => t.status !== "completed");
  const done = items.filter((t) => t.status === "completed");
  const todoLines = [
    ...open.map((t) => `- ${MARK[t.status]} ${clip(oneLine(t.text), 300)}`),
    ...done.map((t) => `- ${MARK.completed} ${clip(oneLine(t.text), 160)}`),
  ];
  const plan = planLines(s, false);
  return [
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
    ...(s.git ? [{ heading: `${md.git} (when saved)`, lines: gitLines(s.git), cap: 800 }] : []),
    { heading: md.files, lines: [...s.files].reverse().map((f) => `- \`${f.path}\`${f.carried ? md.fileCarried : ""}`), cap: 600 },
  ];
}

/** The SessionStart context: most useful first, never longer than maxChars (only a footer longer than its room is cut). */
export function renderInjection(s: SessionState, opt: InjectionInput): string {
  const header = renderInjectionHeader(s, opt.now, opt.git, opt.maxChars);
  return prefixAt(`${header}${renderInjectionBody(s, opt)}\n\n${inject.footer(opt.statePath)}`, opt.maxChars);
}
