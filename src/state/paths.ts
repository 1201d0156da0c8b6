// Layout of the state folder. Session ids come from hook input, so they are reduced to a safe file
// name (hashed when they contain anything unusual) and can never point outside the folder.
import * as path from "node:path";
import { fileLogger, type Logger } from "../io/log";

export interface StatePaths {
  dir: string;
  sessions: string;
  archive: string;
  latest: string;
  lastState: string;
  gitignore: string;
  projectLock: string;
  /** Where a file of this folder that fails validation is reported (it is then treated as absent). */
  log: Logger;
}

/**
 * `log`: the hook passes its own (its tag, its clock); readers without one (the command line, the
 * restore path shared with it) log into the same folder under "read".
 */
export function statePaths(dir: string, log: Logger = fileLogger(dir, Date.now, "read")): StatePaths {
  return {
    dir,
    sessions: path.join(dir, "sessions"),
    archive: path.join(dir, "archive"),
    latest: path.join(dir, "latest.json"),
    lastState: path.join(dir, ".last-state.md"),
    gitignore: path.join(dir, ".gitignore"),
    projectLock: path.join(dir, "project.lock"),
    log,
  };
}

const SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
// Device names Windows reserves in every folder, with any extension: "CON.json" is not a file there.
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/i;

export function fileIdOf(sessionId: string): string {
  if (SAFE.test(sessionId) && !sessionId.includes("..") && !WINDOWS_RESERVED.test(sessionId)) return sessionId;
  // node:crypto costs ~5 ms to load; only unusual ids need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHash } = require("node:crypto") as typeof import("node:crypto");
  return `h-${createHash("sha256").update(sessionId).digest("hex").slice(0, 32)}`;
}

export const sessionJson = (p: StatePaths, id: string): string => path.join(p.sessions, `${fileIdOf(id)}.json`);
export const sessionLock = (p: StatePaths, id: string): string => path.join(p.sessions, `${fileIdOf(id)}.lock`);
