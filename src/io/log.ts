// A small, bounded log in the state folder: the place a person looks when something went wrong.
// Never stdout (the hook protocol), never stderr (Claude Code shows it as an error).
import * as path from "node:path";
import { prefixAt } from "../clip";
import { isoTime } from "../iso-time";
import { appendBounded, lstatSafe } from "./fs";

export const LOG_FILE = "hook.log";
const MAX_BYTES = 64 * 1024;

export type Logger = (line: string) => void;

/** Logs into the state folder only once it exists as a real folder (never through a symlink). */
export function fileLogger(stateDir: string | null, now: () => number, tag: string): Logger {
  return (line: string) => {
    if (!stateDir || !lstatSafe(stateDir)?.isDirectory()) return;
    const text = `${isoTime(now())} ${tag} ${prefixAt(line.replace(/\s+/g, " "), 500)}\n`;
    appendBounded(path.join(stateDir, LOG_FILE), text, MAX_BYTES);
  };
}
