// The person's Claude Code configuration folders, where a project's sessions may live: the one in
// use, $CLAUDE_CONFIG_DIR, ~/.claude and the instance folders of an account switcher
// (~/.ccs/instances/*). issue 14 needs the list for `recover`; issue 15 writes the shared module
// (with a provenance check), which this one is to be merged into.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Env } from "../config";

export interface ConfigDir {
  dir: string;
  /** Why it is on the list: "current", "CLAUDE_CONFIG_DIR", "~/.claude" or "~/.ccs/instances". */
  origin: string;
}

const isDir = (p: string): boolean => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() === true;

function realOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Existing folders only, each once (by real path), the current one first. */
export function claudeConfigDirs(env: Env, current: string): ConfigDir[] {
  const home = env.HOME;
  const candidates: ConfigDir[] = [{ dir: current, origin: "current" }];
  if (env.CLAUDE_CONFIG_DIR) candidates.push({ dir: path.resolve(env.CLAUDE_CONFIG_DIR), origin: "CLAUDE_CONFIG_DIR" });
  if (home) {
    candidates.push({ dir: path.join(home, ".claude"), origin: "~/.claude" });
    const instances = path.join(home, ".ccs", "instances");
    let names: string[] = [];
    try {
      names = fs.readdirSync(instances).sort();
    } catch {
      /* no account switcher */
    }
    for (const n of names) candidates.push({ dir: path.join(instances, n), origin: "~/.ccs/instances" });
  }
  const seen = new Set<string>();
  return candidates.filter((c) => {
    if (!isDir(c.dir)) return false;
    const real = realOr(c.dir);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
