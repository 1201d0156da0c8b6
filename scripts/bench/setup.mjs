// The bench's throwaway world: a HOME, a Claude config folder with transcripts under projects/,
// a small git repository copied into one project folder per case.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export function gitEnv(home) {
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, GIT_CONFIG_NOSYSTEM: "1", LANG: "C", TZ: "UTC" };
}

/** A repository with one commit of real-looking files, one modified file and one untracked file. */
export function makeTemplateRepo(dir, home, sourceDir) {
  fs.mkdirSync(dir, { recursive: true });
  const env = gitEnv(home);
  const git = (...args) => execFileSync("git", args, { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] }).toString();
  git("init", "-q", "-b", "main");
  fs.cpSync(sourceDir, path.join(dir, "src"), { recursive: true });
  fs.writeFileSync(path.join(dir, "README.md"), "# bench project\n");
  git("add", "-A");
  git("-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "commit", "-q", "-m", "Initial import");
  fs.appendFileSync(path.join(dir, "README.md"), "\nA change in progress.\n");
  fs.writeFileSync(path.join(dir, "notes.txt"), "untracked\n");
  return dir;
}

export function copyDir(from, to) {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
}

/** Puts a state folder back to `snapshot`, or removes it when null. */
export function resetState(stateDir, snapshot) {
  if (snapshot) copyDir(snapshot, stateDir);
  else fs.rmSync(stateDir, { recursive: true, force: true });
}

export const stateDirOf = (project) => path.join(project, ".claude", "session-state");
export const sessionFileOf = (project, sessionId) => path.join(stateDirOf(project), "sessions", `${sessionId}.json`);

export function readCursor(project, sessionId) {
  try {
    const s = JSON.parse(fs.readFileSync(sessionFileOf(project, sessionId), "utf8"));
    return s.cursor ?? null;
  } catch {
    return null;
  }
}

/** A `git` first on PATH that logs each call, then runs the real one. */
export function makeGitSpy(binDir, logFile) {
  const real = execFileSync("sh", ["-c", "command -v git"]).toString().trim();
  fs.mkdirSync(binDir, { recursive: true });
  const script = path.join(binDir, "git");
  fs.writeFileSync(script, `#!/bin/sh\necho "$*" >> '${logFile}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
  return script;
}

/** Claude Code's folder name for a project (as src/config-dirs.ts computes it). */
export const encodeProjectDir = (dir) => dir.replace(/[^A-Za-z0-9]/g, "-");

/**
 * Makes a copied state the project's own, as if its session had run there: the state names the
 * project, and the session's transcript is in the project's folder of Claude Code's projects.
 */
export function adoptState(stateDir, sessionId, project, transcript, claudeDir) {
  const file = path.join(stateDir, "sessions", `${sessionId}.json`);
  const s = JSON.parse(fs.readFileSync(file, "utf8"));
  s.projectDir = project;
  fs.writeFileSync(file, JSON.stringify(s), { mode: 0o600 });
  const dir = path.join(claudeDir, "projects", encodeProjectDir(project));
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(transcript, path.join(dir, `${sessionId}.jsonl`));
}
