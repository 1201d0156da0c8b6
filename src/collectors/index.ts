// The one list of collectors a save runs, one per switch in `.claude/session-state.json`
// (settings.collectors). Adding a collector: an entry here, its fields in state/schema.ts, its
// switch in settings.ts and its section in state/render.ts. The transcript read comes first and is
// not in the list: prompts, files, the last message, todos and subagents are facts it finds, which
// their switches only clear.
import type { Config } from "../config";
import type { SaveInput } from "../hook/input";
import type { Logger } from "../io/log";
import { log as msg } from "../messages";
import type { StatePaths } from "../state/paths";
import type { Redactor } from "../state/redact";
import type { SessionState } from "../state/schema";
import type { Settings } from "../settings";
import { collectGit } from "./git";
import { discoverPlanFile, resolvePlan } from "./plan";
import { withTimeout } from "./run";
import { readTaskDir } from "./tasks";

/** What a save hands its collectors. */
export interface SaveRun {
  input: SaveInput;
  config: Config;
  paths: StatePaths;
  redact: Redactor;
  log: Logger;
  nowIso: string;
  /** Milliseconds left of the hook's work budget, now. */
  remaining: () => number;
  /** Resolves once the transcript read tells whether this turn may have changed files (false: it may). */
  quiet: Promise<boolean>;
  /** The session's file as the save found it, read without the lock (null: none yet, or invalid). */
  last: SessionState | null;
}

/** Fills in its part of the state; called under the session lock, in list order. */
export type Step = (s: SessionState) => void | Promise<void>;

export interface Collector {
  /** Its switch in settings.collectors: off, it does not run and clear() empties what it owns. */
  key: keyof Settings["collectors"];
  /** Called before the session lock is taken, so slow work (git) runs meanwhile; nothing to do: undefined. */
  start?: (run: SaveRun) => Step | undefined;
  clear: (s: SessionState) => void;
}

export const collectors: readonly Collector[] = [
  { key: "prompts", clear: (s) => void (s.prompts = []) },
  { key: "subagents", clear: (s) => void (s.subagents = []) },
  { key: "files", clear: (s) => void (s.files = []) },
  { key: "lastMessage", clear: (s) => void (s.lastMessage = undefined) },
  {
    key: "todos",
    // The task tools' folder, when it exists, is the truth over the transcript's TodoWrite.
    start: ({ config, input, redact }) => (s) => {
      const tasks = readTaskDir(config.claudeDir, config.taskListId ?? input.session_id, redact);
      if (tasks) s.tasks = tasks;
    },
    clear: (s) => {
      s.todos = undefined;
      s.tasks = [];
    },
  },
  {
    key: "plan",
    start: (run) => async (s) => {
      const { config, input } = run;
      // Searching for a plan file the session wrote is for milestones only; a turn relies on what the transcript named.
      if (!s.plan && (input.hook_event_name === "PreCompact" || input.hook_event_name === "SessionEnd")) {
        const found = await withTimeout(discoverPlanFile(config.projectDir, Date.parse(s.startedAt)), Math.min(1000, run.remaining() / 4), null);
        if (found) s.plan = { path: found, source: "file", at: run.nowIso };
      }
      s.plan = resolvePlan(s, { projectDir: config.projectDir, claudeDir: config.claudeDir, redact: run.redact });
    },
    clear: (s) => void (s.plan = undefined),
  },
  {
    key: "git",
    // git starts before the lock, while the lock is taken and the transcript read; whether the turn
    // was quiet is awaited only when nothing else tells git must run. The last save's git record is
    // read without the lock: the file is replaced atomically, and a save that lands meanwhile only
    // makes this one compare with an older record, whose stamps and summary still go together.
    start: (run) => {
      if (run.input.hook_event_name === "SubagentStop") return undefined;
      const timeout = Math.min(2000, run.remaining() / 2);
      const before = Promise.resolve(run.last ? { git: run.last.git, seen: run.last.gitSeen } : undefined);
      const pending = collectGit(run.config.projectDir, timeout, run.redact, run.nowIso, before, run.quiet);
      return async (s) => {
        // Bounded from here, not from the start: a long wait for the lock must not discard a status
        // that finished meanwhile (git itself is killed at its own timeout).
        const got = await withTimeout(pending, timeout + 250, null);
        if (!got) return run.log(msg.gitFailed("timed out"), "warn");
        s.git = got.git;
        s.gitSeen = got.seen;
        if (got.git.status === "error") run.log(msg.gitFailed(got.git.reason ?? "unknown"), "warn");
      };
    },
    clear: (s) => {
      s.git = undefined;
      s.gitSeen = undefined;
    },
  },
];

/** Starts every collector switched on, in list order; returns their steps for under the lock. */
export function startCollectors(run: SaveRun): Step[] {
  const on = run.config.settings.collectors;
  return collectors.flatMap((c) => (on[c.key] && c.start?.(run)) || []);
}

/** Empties what the collectors switched off own, whatever the transcript read put there. */
export function clearSwitchedOff(s: SessionState, on: Settings["collectors"]): void {
  for (const c of collectors) if (!on[c.key]) c.clear(s);
}
