// The configuration folders Claude Code may use for this user: where its transcripts (projects/),
// plans and tasks live. One list, shared by everything that must find "this user's" Claude Code
// files: the provenance check of saved state (state/provenance.ts) and `recover`.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Env } from "./config";

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
    if (d.isDirectory() || (d.isSymbolicLink() && fs.statSync(path.join(instances, d.name), { throwIfNoEntry: false })?.isDirectory())) {
      add(path.join(instances, d.name));
    }
  }
  return out;
}

/** Claude Code's folder name for a project: every character but letters and digits becomes `-`. */
export const encodeProjectDir = (dir: string): string => dir.replace(/[^A-Za-z0-9]/g, "-");
