// How to run a bundle from where the person stands: `node .claude/hooks/session-state.cjs`, the
// path relative to the working folder when it is inside it, absolute otherwise, quoted for a shell
// when it needs it. The package is not on PATH, so a bare `session-state …` would not run.
import * as path from "node:path";

export const shellQuote = (word: string): string => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

export function runCommand(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  const shown = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
  return `node ${shellQuote(shown)}`;
}

/** A folder as the person would type it: relative to the working folder when inside it. */
export function shownPath(dir: string, cwd: string): string {
  const rel = path.relative(cwd, dir);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : dir;
}

/**
 * The command the person runs this tool with, for the hints a command prints: the running bundle
 * (`ctx.self`, process.argv[1]) as `node <path>`. Without one (a command called in-process) only
 * the program's name is left.
 */
export function selfCommand(ctx: { self?: string; cwd: string }): string {
  return ctx.self ? runCommand(ctx.self, ctx.cwd) : "session-state";
}
