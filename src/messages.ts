// Every human-readable string the hook writes: log lines, Markdown headings, injected wording.
// Kept in one place so wording changes never hide inside logic and tests can refer to it.

export const log = {
  disabled: "disabled by SESSION_STATE_DISABLE",
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
  budgetExceeded: (ms: number) => `gave up after ${ms} ms; previous state kept`,
  crashed: (why: string) => `unexpected error: ${why}`,
  saved: (event: string, sessionId: string, ms: number) => `saved on ${event} for ${sessionId} in ${ms} ms`,
  injected: (source: string, chars: number) => `injected ${chars} characters on SessionStart ${source}`,
  nothingToInject: (source: string, why: string) => `nothing injected on SessionStart ${source}: ${why}`,
  configInvalid: (why: string) => `.claude/session-state.json ignored: ${why}`,
  compactionAgent: "SubagentStop of the compaction agent ignored (not a subagent the person started)",
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

export const cli = {
  usage:
    "session-state: keeps a Claude Code session's plan, todos, subagent outputs and git state across compaction and restarts.\n\n" +
    "Usage:\n  session-state                 hook mode: reads the hook input from stdin (what Claude Code runs)\n  session-state <command> [options]",
  commandsHeading: "Commands:",
  unknownCommand: (name: string) => `session-state: unknown command "${name}".`,
  nothingToLoad: (why: string) => `Nothing would be injected: ${why}.`,
  summaries: {
    load: "print what the next SessionStart would inject (--json: the exact hook output)",
  },
} as const;
