// Option parsing for the commands: node's own parser, strict, with its error turned into a usage
// message and exit code 2 instead of an exception.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { cli } from "../messages";
import type { CommandResult } from "./types";

type Options = NonNullable<ParseArgsConfig["options"]>;
export type Name = Parameters<typeof cli.usageOf>[0];

export type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

export function usageError(command: Name, why: string): CommandResult {
  return { code: 2, stderr: `${cli.badUsage(command, why)}\n${cli.usageOf(command)}\n` };
}

export function parseOptions<O extends Options>(
  command: Name,
  args: string[],
  options: O,
  maxPositionals = 0,
): Parsed<O> | { error: CommandResult } {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    if (parsed.positionals.length > maxPositionals) {
      return { error: usageError(command, cli.unexpectedArgument(parsed.positionals[maxPositionals] as string)) };
    }
    return parsed;
  } catch (err) {
    return { error: usageError(command, (err as Error).message.split("\n")[0] ?? String(err)) };
  }
}
