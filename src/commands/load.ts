// `load [--json]`: what the next SessionStart (startup) would inject, for debugging.
import { resolveConfig } from "../config";
import { buildInjection, hookOutput } from "../events/restore";
import { cli } from "../messages";
import type { CommandContext, CommandResult } from "./types";

export async function load(ctx: CommandContext): Promise<CommandResult> {
  const config = resolveConfig(ctx.env, ctx.cwd);
  const json = ctx.args.includes("--json");
  const source = ctx.args.find((a) => a.startsWith("--source="))?.slice(9) ?? "startup";
  const built = await buildInjection(config, source, ctx.args.find((a) => a.startsWith("--session="))?.slice(10));
  if ("skipped" in built) {
    return json ? { code: 0, stdout: "" } : { code: 0, stdout: `${cli.nothingToLoad(built.skipped)}\n` };
  }
  return { code: 0, stdout: json ? `${hookOutput(built.text)}\n` : `${built.text}\n` };
}
