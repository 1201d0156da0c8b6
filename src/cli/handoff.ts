// The handoff note of `export`: everything a fresh session, another model or another tool needs
// to carry on, in plain Markdown with no reference to this machine's files beyond paths it names.
import * as path from "node:path";
import { prefixAt } from "../clip";
import type { HeadNow } from "../io/git";
import { ageText, md, stop } from "../messages";
import { cli } from "./messages";
import { fileLine, gitCompareLine, planHeading, stoppedLines, todoItems } from "../state/render";
import type { SessionState } from "../state/schema";
import { timeText } from "./format";

const labelOf = (file: string, dir: string): string => {
  const rel = path.relative(dir, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
};

export interface HandoffInput {
  state: SessionState;
  projectDir: string;
  now: number;
  /** The session's first request, from the transcript (the state keeps only the last few). */
  firstRequest?: string;
  /** The plan file's text, when it could be read. */
  planText?: string;
  gitNow: HeadNow | null;
}

const MARK: Record<string, string> = { in_progress: "[in progress]", pending: "[ ]", completed: "[x]" };
const quote = (text: string): string[] => text.trimEnd().split("\n").map((l) => `> ${l}`.trimEnd());
const PLAN_MAX = 12_000;

/** The plan's own headings go two levels down, under this note's `## Plan`. */
const demoted = (text: string): string => text.replace(/^(#{1,4})(?=\s)/gm, "$1##");

function gitLines(g: NonNullable<SessionState["git"]>): string[] {
  if (g.status !== "ok") return [g.status === "not-a-repo" ? md.gitNotRepo : md.gitUnavailable(g.reason ?? g.status)];
  const out = [`- ${g.detached ? md.gitDetached : `branch \`${g.branch ?? "?"}\``} at ${g.head ? `\`${g.head}\` ${g.subject ?? ""}`.trim() : md.gitNoCommits}`];
  if (g.upstream) out.push(`- upstream \`${g.upstream}\`: ${g.ahead ?? 0} ahead, ${g.behind ?? 0} behind`);
  if (g.operation) out.push(`- **${g.operation} in progress**`);
  for (const [label, c] of [["conflicted", g.conflicted], ["staged", g.staged], ["unstaged", g.unstaged], ["untracked", g.untracked]] as const) {
    if (!c || c.count === 0) continue;
    const more = c.count > c.paths.length ? `, ${md.more(c.count - c.paths.length)}` : "";
    out.push(`- ${c.count} ${label}: ${c.paths.map((p) => `\`${p}\``).join(", ")}${more}`);
  }
  return out;
}

export function renderHandoff(h: HandoffInput): string {
  const s = h.state;
  const out: string[] = [cli.export.title(h.projectDir), ""];
  out.push(...quote(cli.export.meta(timeText(new Date(h.now).toISOString()), s.sessionId, timeText(s.savedAt), ageText(h.now - Date.parse(s.savedAt)), s.lastEvent, h.projectDir)), "");
  if (s.carriedFrom) out.push(md.carried(s.carriedFrom.sessionId, timeText(s.carriedFrom.savedAt)), "");
  if (s.stopped) out.push(...stoppedLines(s.stopped), "");
  if (s.models?.length) out.push(stop.models, "", ...s.models.map((m) => stop.modelSwitch(timeText(m.at), m.from ?? "?", m.to ?? "?", m.source)), "");

  const first = h.firstRequest ?? s.prompts[0]?.text;
  const latest = s.prompts.at(-1)?.text;
  out.push(cli.export.goal, "");
  if (first) out.push(cli.export.firstRequest, "", ...quote(first), "");
  if (latest && latest !== first) out.push(cli.export.latestRequest, "", ...quote(latest), "");
  if (!first && !latest) out.push(md.none, "");

  if (s.prompts.length > 1) {
    out.push(md.requests, "");
    s.prompts.forEach((p, i) => out.push(`${i + 1}. ${p.text.replace(/\n+/g, " ⏎ ")} _(${timeText(p.at)})_`));
    out.push("");
  }
  if (s.lastMessage) out.push(md.stoppedAt, "", ...quote(s.lastMessage.text), "");

  if (s.plan) {
    out.push(planHeading(s.plan.title), "");
    if (s.plan.path) out.push(cli.export.planFile(labelOf(s.plan.path, h.projectDir)), "");
    const text = h.planText ?? s.plan.text;
    if (text) out.push(demoted(text.length > PLAN_MAX ? `${prefixAt(text, PLAN_MAX)}\n${md.truncated}` : text.trimEnd()), "");
    else if (s.plan.open?.length) out.push(...s.plan.open.map((o) => `- [ ] ${o}`), "");
    else if (s.plan.excerpt) out.push(...quote(s.plan.excerpt), "");
  }

  const items = todoItems(s).filter((t) => t.status !== "deleted");
  const open = items.filter((t) => t.status !== "completed").length;
  out.push(`${md.todos} (${open} open, ${items.length - open} done)`, "");
  out.push(...(items.length ? items.map((t) => `- ${MARK[t.status] ?? "[ ]"} ${t.text.replace(/\n+/g, " ")}`) : [md.none]), "");

  if (s.subagents.length) {
    out.push(cli.export.findings, "");
    for (const a of s.subagents) {
      const who = [a.type, a.description ? `“${a.description}”` : undefined].filter(Boolean).join(" ") || a.id;
      out.push(`### ${who}`, "");
      out.push(a.status === "running" ? `_${md.subagentRunning}_` : a.excerpt ? quote(a.excerpt).join("\n") : md.none, "");
    }
  }

  out.push(md.git, "");
  if (s.git) {
    out.push(cli.export.gitThen(timeText(s.git.at)), ...gitLines(s.git));
    const cmp = gitCompareLine(s.git, h.gitNow ? { now: h.gitNow } : null);
    if (cmp) out.push("", cmp);
  } else out.push(md.none);
  out.push("");

  out.push(md.files, "");
  out.push(...(s.files.length ? [...s.files].reverse().map(fileLine) : [md.none]), "");

  out.push(cli.export.howTo, "", ...cli.export.steps(open > 0, !!s.plan), "");
  return `${out.join("\n").trimEnd()}\n`;
}
