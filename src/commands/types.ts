import type { Env } from "../config";

export interface CommandContext {
  args: string[];
  env: Env;
  cwd: string;
  /** Whether stdout is a terminal (colour, prompts). */
  tty: boolean;
}

export interface CommandResult {
  code: number;
  stdout?: string;
  stderr?: string;
}

export type Command = (ctx: CommandContext) => Promise<CommandResult>;
