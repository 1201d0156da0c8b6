// A small, bounded log in the state folder: the place a person looks when something went wrong.
// Never stdout (the hook protocol), never stderr (Claude Code shows it as an error).
import * as path from "node:path";
import { prefixAt } from "../clip";
import { appendBounded, lstatSafe } from "./fs";

export const LOG_FILE = "hook.log";
const MAX_BYTES = 64 * 1024;

/**
 * info: what happened (a save, an injection, an event deliberately left alone); warn: something
 * was not done as asked and the person may want to know; error: the hook could not do its job.
 * `doctor` reports warn and error only.
 */
export const LOG_LEVELS = ["info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type Logger = (line: string, level?: LogLevel) => void;

/** `<time> <level> <event> <text>`: the level second, so a reader can filter on it. */
export function logLine(at: number, level: LogLevel, tag: string, line: string): string {
  return `${new Date(at).toISOString()} ${level} ${tag} ${prefixAt(line.replace(/\s+/g, " "), 500)}\n`;
}

/** Logs into the state folder only once it exists as a real folder (never through a symlink). */
export function fileLogger(stateDir: string | null, now: () => number, tag: string): Logger {
  return (line: string, level: LogLevel = "info") => {
    if (!stateDir || !lstatSafe(stateDir)?.isDirectory()) return;
    const text = logLine(now(), level, tag, line);
    appendBounded(path.join(stateDir, LOG_FILE), text, MAX_BYTES);
  };
}
