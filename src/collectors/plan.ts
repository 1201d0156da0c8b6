// The plan tied to this session: the plan-mode file (`<claude>/plans/<slug>.md`) or a plan file the
// session wrote. Only paths inside the project or Claude's plans folder are read, and never a plan
// the session did not touch.
import * as path from "node:path";
import { isInside, readSmallText, realpathSafe, statSafe } from "../io/fs";
import type { Redactor } from "../state/redact";
import type { Plan, SessionState } from "../state/schema";
import { clip } from "../clip";

export interface PlanSummary {
  title?: string;
  open: string[];
  done: number;
  total: number;
  excerpt: string;
}

export function summarisePlan(text: string): PlanSummary {
  const lines = text.split(/\r?\n/);
  const title = lines.map((l) => /^#{1,3}\s+(.+?)\s*#*$/.exec(l)?.[1]).find(Boolean);
  const open: string[] = [];
  let done = 0;
  let total = 0;
  for (const l of lines) {
    const m = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX~-])\]\s+(.+)$/.exec(l);
    if (!m) continue;
    total++;
    if (m[1] === " ") open.push(clip((m[2] as string).trim(), 240));
    else done++;
  }
  return { title: title ? clip(title, 200) : undefined, open: open.slice(0, 40), done, total, excerpt: clip(text.trim(), 2500) };
}

export interface PlanContext {
  projectDir: string;
  claudeDir: string;
  redact: Redactor;
}

/** The real path of a plan file inside the project or Claude's plans folder; null for anything else. */
export function allowedPlanFile(file: string, ctx: Pick<PlanContext, "projectDir" | "claudeDir">): string | null {
  const real = realpathSafe(file);
  if (!real) return null;
  const roots = [realpathSafe(ctx.projectDir), realpathSafe(path.join(ctx.claudeDir, "plans"))].filter(
    (r): r is string => !!r,
  );
  if (!roots.some((r) => isInside(real, r))) return null;
  return statSafe(real)?.isFile() ? real : null;
}

/** Fills title, checklist and excerpt of the session's plan from its file (or its saved text). */
export function resolvePlan(s: SessionState, ctx: PlanContext): Plan | undefined {
  let plan = s.plan;
  if (!plan && s.slug) {
    const candidate = path.join(ctx.claudeDir, "plans", `${s.slug}.md`);
    if (allowedPlanFile(candidate, ctx)) plan = { path: candidate, source: "plan-mode", at: s.savedAt };
  }
  if (!plan) return undefined;
  let text = plan.text;
  if (plan.path) {
    const file = allowedPlanFile(plan.path, ctx);
    const onDisk = file ? readSmallText(file, 512 * 1024) : null;
    if (onDisk !== null) text = onDisk;
  }
  if (!text) return { ...plan, text: undefined };
  const sum = summarisePlan(ctx.redact(text));
  return { ...plan, text: undefined, ...sum };
}

const PLAN_GLOBS = ["PLAN.md", "plan.md", "**/plan.md", "**/*-plan.md", "plans/**/*.md", ".claude/plans/**/*.md"];
const IGNORE = ["**/node_modules/**", "**/.git/**", "**/dist/**", "**/build/**", "**/vendor/**", ".claude/session-state/**"];

/**
 * Finds a plan file changed during this session that the transcript did not name (written by a
 * shell command, an editor, a script). Only files modified since the session started qualify, so an
 * older plan lying in the repository is never picked. Runs on PreCompact and SessionEnd only.
 */
export async function discoverPlanFile(projectDir: string, sinceMs: number): Promise<string | null> {
  // Loaded here, not at the top: only these two events search, and a hook run should not load it.
  const { default: fg } = await import("fast-glob");
  const found = await fg(PLAN_GLOBS, {
    cwd: projectDir,
    ignore: IGNORE,
    deep: 5,
    onlyFiles: true,
    followSymbolicLinks: false,
    stats: true,
    caseSensitiveMatch: false,
    suppressErrors: true,
  });
  const fresh = found
    .filter((e) => (e.stats?.mtimeMs ?? 0) >= sinceMs && (e.stats?.size ?? 0) < 512 * 1024)
    .sort((a, b) => (b.stats?.mtimeMs ?? 0) - (a.stats?.mtimeMs ?? 0));
  return fresh[0] ? path.join(projectDir, fresh[0].path) : null;
}
