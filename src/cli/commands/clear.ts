// `clear [--yes]`: delete this project's saved state. Asks first on a terminal; without one it
// refuses unless --yes. The install records (install-*.json) and .gitignore stay.
import * as fs from "node:fs";
import * as path from "node:path";
import { resolveConfig } from "../../config";
import { savedSessions } from "../saved-sessions";
import { listDir } from "../../io/fs";
import { cli } from "../messages";
import { statePaths } from "../../state/paths";
import { parseOptions } from "./args";
import type { CommandContext, CommandResult } from "./types";

const KEEP = /^(\.gitignore|install-(project|local)\.json)$/;

export async function clear(ctx: CommandContext): Promise<CommandResult> {
  const parsed = parseOptions("clear", ctx, { yes: { type: "boolean", short: "y" } });
  if ("error" in parsed) return parsed.error;
  const config = resolveConfig(ctx.env, ctx.cwd);
  const dir = config.stateDir;
  const st = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (st?.isSymbolicLink() || (st && !st.isDirectory())) return { code: 1, stderr: `${cli.clear.notDir(dir)}\n` };
  const doomed = listDir(dir).filter((n) => !KEEP.test(n));
  if (!st || doomed.length === 0) return { code: 0, stdout: `${cli.clear.nothing(dir)}\n` };
  const n = savedSessions(statePaths(dir)).length;
  if (!parsed.values.yes) {
    if (!ctx.prompt) return { code: 1, stderr: `${cli.clear.needYes}\n` };
    const answer = await ctx.prompt(cli.clear.question(n, dir));
    if (!/^y(es)?$/i.test(answer.trim())) return { code: 1, stderr: `${cli.clear.kept}\n` };
  }
  const failed: string[] = [];
  for (const name of doomed) {
    try {
      fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    } catch {
      failed.push(name);
    }
  }
  if (failed.length) return { code: 1, stderr: `${cli.clear.failed(failed)}\n` };
  return { code: 0, stdout: `${cli.clear.done(n, dir)}\n` };
}
