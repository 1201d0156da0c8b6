// `load [--json]`: what the next SessionStart (startup) would inject, for debugging. The answer
// comes from the hook's own decision (restore.ts, decideInjection), settings and all. `--on-demand`
// (the restore slash command): the person asked for it now, so the source's inject switch does not
// apply; whose state it is and how old it is still do.
import { resolveConfig } from "../../config";
import { decideInjection } from "../../hook/restore";
import { cli } from "../messages";
import type { CommandContext, CommandResult } from "./types";

export async function load(ctx: CommandContext): Promise<CommandResult> {
  const config = resolveConfig(ctx.env, ctx.cwd);
  const json = ctx.args.includes("--json");
  const source = ctx.args.find((a) => a.startsWith("--source="))?.slice(9) ?? "startup";
  const onDemand = ctx.args.includes("--on-demand");
  const decided = await decideInjection(config, source, ctx.args.find((a) => a.startsWith("--session="))?.slice(10), { onDemand });
  if ("skipped" in decided) {
    return json ? { code: 0, stdout: "" } : { code: 0, stdout: `${cli.nothingToLoad(decided.skipped)}\n` };
  }
  return { code: 0, stdout: json ? `${decided.stdout}\n` : `${decided.text}\n` };
}
