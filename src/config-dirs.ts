// The configuration folders Claude Code may use for this user: where its transcripts (projects/),
// plans and tasks live. One list, shared by everything that must find "this user's" Claude Code
// files: the provenance check of saved state (state/provenance.ts) and `recover`.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Env } from "./config";

/** A folder, through links; false for anything that cannot be told (a loop of links, no permission). */
function isDir(p: string): boolean {
  try {
    return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}

/** Account switchers keep one configuration folder per account here (each used as CLAUDE_CONFIG_DIR). */
export const CCS_INSTANCES = path.join(".ccs", "instances");

/**
 * `$CLAUDE_CONFIG_DIR` (the running account), `~/.claude` (the default), then every folder in
 * `~/.ccs/instances/` (other accounts), each once, as absolute paths, in that order. Folders that do
 * not exist are left in (except instances, which are listed): callers look files up inside them.
 */
export function claudeConfigDirs(env: Env): string[] {
  const out: string[] = [];
  const add = (dir: string): void => {
    const abs = path.resolve(dir);
    if (!out.includes(abs)) out.push(abs);
  };
  if (env.CLAUDE_CONFIG_DIR) add(env.CLAUDE_CONFIG_DIR);
  // node:os only when HOME is unset, as in config.ts.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const home = env.HOME || (require("node:os") as typeof import("node:os")).homedir();
  if (!home) return out;
  add(path.join(home, ".claude"));
  const instances = path.join(home, CCS_INSTANCES);
  let names: fs.Dirent[] = [];
  try {
    names = fs.readdirSync(instances, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const d of names.sort((a, b) => a.name.localeCompare(b.name))) {
    if (d.isDirectory() || (d.isSymbolicLink() && isDir(path.join(instances, d.name)))) {
      add(path.join(instances, d.name));
    }
  }
  return out;
}

/** Longer folder names are cut by Claude Code and told apart by a hash of the whole path. */
const MAX_PROJECT_NAME = 200;

/**
 * Claude Code's folder name for a project (2.1.328): every character but letters and digits becomes
 * `-`; a name longer than 200 characters is cut there and gets `-` and a base-36 hash of the path
 * (a 32-bit string hash, `h = 31 * h + code`).
 */
export function encodeProjectDir(dir: string): string {
  const name = dir.replace(/[^A-Za-z0-9]/g, "-");
  if (name.length <= MAX_PROJECT_NAME) return name;
  let h = 0;
  for (let i = 0; i < dir.length; i++) h = ((h << 5) - h + dir.charCodeAt(i)) | 0;
  return `${name.slice(0, MAX_PROJECT_NAME)}-${Math.abs(h).toString(36)}`;
}

export interface ConfigDir {
  dir: string;
  /** Why it is on the list: "current", "CLAUDE_CONFIG_DIR", "~/.claude" or "~/.ccs/instances". */
  origin: string;
}

/**
 * The same folders for a person to read (`recover`): the one in use first, then claudeConfigDirs,
 * each with where it came from, existing folders only, each once by its real path.
 */
export function labelledConfigDirs(env: Env, current: string): ConfigDir[] {
  const fromEnv = env.CLAUDE_CONFIG_DIR ? path.resolve(env.CLAUDE_CONFIG_DIR) : null;
  const origin = (dir: string): string => (dir === fromEnv ? "CLAUDE_CONFIG_DIR" : path.basename(dir) === ".claude" ? "~/.claude" : "~/.ccs/instances");
  const candidates = [{ dir: path.resolve(current), origin: "current" }, ...claudeConfigDirs(env).map((dir) => ({ dir, origin: origin(dir) }))];
  const seen = new Set<string>();
  return candidates.filter((c) => {
    if (!isDir(c.dir)) return false;
    let real = c.dir;
    try {
      real = fs.realpathSync(c.dir);
    } catch {
      /* listed as it is */
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
