// Option parsing for the commands: node's own parser, strict, with its error turned into a usage
// message and exit code 2 instead of an exception.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { cli } from "../messages";
import { selfCommand } from "../run-command";
import type { CommandContext, CommandResult } from "./types";

type Options = NonNullable<ParseArgsConfig["options"]>;
export type Name = Parameters<typeof cli.usageOf>[0];

/** What parsing needs of the command's context: its arguments, and how to name the command in the usage. */
export type ArgsContext = Pick<CommandContext, "args" | "self" | "cwd">;

export type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

export function usageError(command: Name, ctx: ArgsContext, why: string): CommandResult {
  return { code: 2, stderr: `${cli.badUsage(command, why)}\n${cli.usageOf(command, selfCommand(ctx))}\n` };
}

export function parseOptions<O extends Options>(
  command: Name,
  ctx: ArgsContext,
  options: O,
  maxPositionals = 0,
): Parsed<O> | { error: CommandResult } {
  try {
    const parsed = parseArgs({ args: ctx.args, options, allowPositionals: true, strict: true });
    if (parsed.positionals.length > maxPositionals) {
      return { error: usageError(command, ctx, cli.unexpectedArgument(parsed.positionals[maxPositionals] as string)) };
    }
    return parsed;
  } catch (err) {
    return { error: usageError(command, ctx, (err as Error).message.split("\n")[0] ?? String(err)) };
  }
}
