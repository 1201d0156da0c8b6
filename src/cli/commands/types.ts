import type { Env } from "../../config";

export interface CommandContext {
  args: string[];
  env: Env;
  cwd: string;
  /** Whether stdout is a terminal (colour, prompts). */
  tty: boolean;
  /** The running bundle (`process.argv[1]`), which `install` copies. */
  self?: string;
  /** Asks a question on the terminal; absent when stdin is not a terminal. */
  prompt?: (question: string) => Promise<string>;
  /** The Node.js version running the command (`process.versions.node`), for `doctor`. */
  nodeVersion?: string;
}

export interface CommandResult {
  code: number;
  stdout?: string;
  stderr?: string;
}

export type Command = (ctx: CommandContext) => Promise<CommandResult>;
