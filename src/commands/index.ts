// The command table for `session-state <command>`. Only hook mode (no command) must always exit 0;
// commands report errors with a message and a non-zero code like any CLI.
import { cli } from "../messages";
import { load } from "./load";
import type { Command, CommandContext, CommandResult } from "./types";

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";

export const commands: Record<string, { run: Command; summary: string }> = {
  load: { run: load, summary: cli.summaries.load },
};

export function helpText(): string {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`);
  return `${cli.usage}\n\n${cli.commandsHeading}\n${rows.join("\n")}\n`;
}

export async function runCommand(name: string, ctx: CommandContext): Promise<CommandResult> {
  if (name === "--help" || name === "-h" || name === "help") return { code: 0, stdout: helpText() };
  if (name === "--version" || name === "-v") return { code: 0, stdout: `${VERSION}\n` };
  const cmd = commands[name];
  if (!cmd) return { code: 2, stderr: `${cli.unknownCommand(name)}\n${helpText()}` };
  return cmd.run(ctx);
}
