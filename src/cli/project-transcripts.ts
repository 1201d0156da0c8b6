// Where Claude Code keeps a project's transcripts, and the resumable sessions found there.
import * as fs from "node:fs";
import * as path from "node:path";
import { lastActivity, peekTranscript, type TranscriptPeek } from "./transcript-peek";

import { encodeProjectDir } from "../config-dirs";

export { encodeProjectDir };

/** `<claude dir>/projects/<encoded project>`; the real path's encoding is tried too. */
export function transcriptDirOf(claudeDir: string, projectDir: string): string {
  const first = path.join(claudeDir, "projects", encodeProjectDir(projectDir));
  if (fs.existsSync(first)) return first;
  try {
    const real = path.join(claudeDir, "projects", encodeProjectDir(fs.realpathSync(projectDir)));
    if (fs.existsSync(real)) return real;
  } catch {
    /* the project folder itself may be gone */
  }
  return first;
}

/** Resumable sessions of a project, newest activity first. Other projects sharing the lossy folder name are left out. */
export function projectTranscripts(claudeDir: string, projectDir: string): TranscriptPeek[] {
  const dir = transcriptDirOf(claudeDir, projectDir);
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith(".jsonl"));
  } catch {
    return [];
  }
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const here = real(projectDir);
  return names
    .map((n) => peekTranscript(path.join(dir, n)))
    .filter((p): p is TranscriptPeek => p !== null && (!p.cwd || p.cwd === projectDir || real(p.cwd) === here))
    .sort((a, b) => lastActivity(b) - lastActivity(a));
}
