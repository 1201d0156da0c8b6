// Every human-readable string the hook writes: log lines, Markdown headings, injected wording.
// Kept in one place so wording changes never hide inside logic and tests can refer to it.

import { prefixAt } from "./clip";

export const log = {
  badInput: (why: string) => `input rejected: ${why}`,
  tooLarge: (limit: number) => `input larger than ${limit} bytes, ignored`,
  unknownEvent: (name: string) => `event ${name} is not handled`,
  stateDirRefused: (why: string) => `state folder refused: ${why}`,
  transcriptRefused: (why: string) => `transcript ignored: ${why}`,
  transcriptReset: "transcript was truncated or replaced; reading it again from the start",
  transcriptPartial: (bytes: number) => `time budget reached after ${bytes} bytes; the rest is read next time`,
  lockTimeout: (name: string) => `could not take the ${name} lock in time; previous state kept`,
  lockStale: (name: string) => `took over a stale ${name} lock`,
  gitFailed: (why: string) => `git: ${why}`,
  saved: (event: string, sessionId: string, ms: number) => `saved on ${event} for ${sessionId} in ${ms} ms`,
  injected: (source: string, chars: number) => `injected ${chars} characters on SessionStart ${source}`,
  nothingToInject: (source: string, why: string) => `nothing injected on SessionStart ${source}: ${why}`,
  configInvalid: (why: string) => `.claude/session-state.json ignored: ${why}`,
  fileInvalid: (file: string, why: string) => `${file} ignored as if absent: ${why}`,
  modelSwitched: (from: string, to: string) => `model switch recorded: ${from} → ${to}`,
  patternCacheFailed: (why: string) => `pattern verdicts not kept (${why}); they are checked again next time`,
  compactionAgent: "SubagentStop of the compaction agent ignored (not a subagent the person started)",
  transcriptMissing: "no transcript yet (nothing said in this session so far)",
  injectOff: (source: string) => `injection on ${source} is off (inject.${source} in .claude/session-state.json)`,
} as const;

export const md = {
  title: "# Session state",
  savedLine: (savedAt: string, sessionId: string, event: string) =>
    `Saved ${savedAt} · session \`${sessionId}\` · on ${event}`,
  todos: "## Todos",
  plan: "## Plan",
  requests: "## Your last requests",
  stoppedAt: "## Where we stopped",
  subagents: "## Subagent outputs",
  git: "## Git",
  files: "## Files touched",
  none: "_none_",
  carried: (sessionId: string, savedAt: string) =>
    `Todos, plan and findings below were carried over from session \`${sessionId}\` (saved ${savedAt}) until this session replaces them.`,
  more: (n: number) => `… ${n} more`,
  planOpen: (open: number, total: number) => `${open} of ${total} checklist items open`,
  subagentRunning: "still running",
  gitUnavailable: (why: string) => `Git state unavailable: ${why}.`,
  gitNotRepo: "Not a git repository.",
  gitNoGit: "git is not installed or not on PATH",
  gitDetached: "detached HEAD",
  gitNoCommits: "no commits yet",
  gitClean: "working tree clean",
  truncated: "…",
  /** A plan whose own title starts with "Plan" ("Plan: subtract …") is not given the prefix twice. */
  planTitled: (title: string) => (/^plan\b/i.test(title) ? `## ${title}` : `## Plan: ${title}`),
  /** One touch per tool is no news; more touches than tools are counted in all. */
  fileTools: (tools: string[], count: number) =>
    tools.length === 1 ? `${tools[0]}${count > 1 ? ` ×${count}` : ""}` : `${tools.join(", ")}${count > tools.length ? `; ${count} times` : ""}`,
  gitSetup: (paths: string) => `not committed yet: session-state's own setup (${paths}); not part of the work, commit it to share the hook`,
  fileCarried: " — carried over",
} as const;

// issue 14: how a turn ended by an API error is named (Claude Code's StopFailure error kinds).
const STOP_KINDS: Record<string, string> = {
  rate_limit: "a rate limit",
  overloaded: "an overloaded API",
  authentication_failed: "an authentication failure (login expired or not valid)",
  oauth_org_not_allowed: "a login whose organisation is not allowed",
  verification_required: "a verification request",
  billing_error: "a billing error",
  invalid_request: "an invalid request",
  model_not_found: "a model that was not found",
  server_error: "a server error",
  max_output_tokens: "the output token limit",
  cloud_credential_error: "a cloud credential error",
};
export const stopKind = (error: string, status?: number): string =>
  `${Object.prototype.hasOwnProperty.call(STOP_KINDS, error) ? STOP_KINDS[error] : "an API error"}${status ? ` (API error ${status})` : ""}`;

export const stop = {
  injected: (kind: string, at: string, doing: string | undefined) =>
    `The previous session stopped on ${kind} at ${at}${doing ? ` while working on: ${doing}. Continue from there.` : ". Continue from where it stopped."}`,
  markdown: (kind: string, at: string, message: string | undefined) => `**Stopped on ${kind}** at ${at}${message ? `: ${message}` : "."}`,
  workingOn: (doing: string) => `It was working on: ${doing}`,
  models: "## Model switches",
  modelSwitch: (at: string, from: string, to: string, source: string | undefined) => `- ${at}: ${from} → ${to}${source ? ` (${source})` : ""}`,
  recovered: (at: string) => `A later turn succeeded at ${at}, so the session got past it.`,
} as const;

export const inject = {
  header: (savedAt: string, age: string, sessionId: string, event: string) =>
    `[session-state] Restored state of session ${sessionId}, saved ${savedAt} (${age} ago, on ${event}). ` +
    "This is what was true then; check before acting on it.",
  sameHead: (branch: string, head: string) => `The repository is still on ${branch} at ${head}, as when this was saved.`,
  moved: (from: string, to: string) => `Since it was saved, the repository has MOVED: it was on ${from}, it is now on ${to}.`,
  newCommits: (n: number) => ` ${n} new commit${n === 1 ? "" : "s"} since then.`,
  gitNow: (why: string) => `Could not compare with the repository now (${why}).`,
  footer: (path: string) => `Full saved state: ${path}`,
  cut: "(shortened to fit; the full state is in the file below)",
} as const;

export const ageText = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 90) return `${m} min`;
  const h = Math.round(m / 60);
  if (h < 36) return `${h} h`;
  return `${Math.round(h / 24)} days`;
};

/** Why a saved state is not trusted (state/provenance.ts); each a clause after "nothing injected: ". */
export const provenance = {
  foreign: (sessionId: string) =>
    `session ${sessionId} has no transcript in your Claude Code folders for this project, so it was not saved by you here (it may have come with the repository)`,
  moved: (dir: string) => `it was saved for ${dir}, not for this folder (moved or copied here)`,
  future: (savedAt: string) => `the latest state says it was saved in the future (${savedAt}), which no save of yours did`,
  invalidTime: (savedAt: string) => `the latest state has no valid save time (${prefixAt(savedAt, 40)})`,
  fix: (self: string) => `${self} clear   (deletes this project's saved state, which is never injected as it is)`,
  statusMark: (self: string) => `  trust     NOT yours: never injected or carried over (${self} clear removes it)`,
} as const;

/** Why a `redact` pattern of the settings is dropped (state/pattern-check.ts). */
export const patterns = {
  dropped: (pattern: string, why: string) => `redact pattern ${JSON.stringify(prefixAt(pattern, 200))} ${why}; it is skipped`,
  invalid: (why: string) => `is not a valid regular expression (${why})`,
  tooLong: (max: number) => `is longer than ${max} characters`,
  empty: "matches the empty string",
  unsafe: (why: string) => `can backtrack catastrophically and hang a save (redos-detector: ${why})`,
  unchecked: (why: string) => `could not be checked for catastrophic backtracking (${why})`,
} as const;
