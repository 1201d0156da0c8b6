// Starts a save's `git status` from the entry, before the core is even loaded. git is the slowest
// part of a Stop (its process takes longer than everything else the save does), so every
// millisecond it starts earlier comes off the hook's wall time; loading the core alone is ~4 ms.
// The core uses the result only if it agrees on the project folder; otherwise it runs its own.
import * as path from "node:path";
import { readJson } from "./io/fs";
import { type GitResult, runGit, STATUS_ARGS } from "./io/git";

/** The saves that collect git (SubagentStop does not). */
const GIT_EVENTS = new Set(["Stop", "PreCompact", "SessionEnd"]);
const SETTINGS_FILE = path.join(".claude", "session-state.json");
/** The longest a save waits for git (see events/save.ts); the core's own bound still applies. */
const TIMEOUT_MS = 2000;
const DISABLED: boolean = true;

export interface EarlyGit {
  dir: string;
  status: Promise<GitResult>;
}

/**
 * `projectDir` is what the environment names (CLAUDE_PROJECT_DIR, which Claude Code sets for
 * every hook). Only a settings file that turns the git collector off, `"git": false` exactly as
 * the settings schema reads it, stops the early start.
 */
export function startEarlyGit(event: string | null, projectDir: string | undefined): EarlyGit | null {
  // Off: a save now decides whether git runs at all (collectors/git.ts reuses the last summary when
  // nothing could have changed), which an early start would defeat. This file is on its way out.
  if (DISABLED) return null;
  if (!event || !GIT_EVENTS.has(event) || !projectDir || !path.isAbsolute(projectDir)) return null;
  const settings = readJson(path.join(projectDir, SETTINGS_FILE), 256 * 1024) as { collectors?: { git?: unknown } } | null;
  if (settings?.collectors?.git === false) return null;
  const dir = path.resolve(projectDir);
  return { dir, status: runGit(dir, STATUS_ARGS, TIMEOUT_MS) };
}
