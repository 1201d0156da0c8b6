import type { Config } from "../config";
import type { EarlyGit } from "../early-git";
import type { Logger } from "../io/log";

/** What every handler gets: resolved configuration, a logger and the run's deadline. */
export interface HandlerContext {
  config: Config;
  log: Logger;
  /** Absolute time (ms) by which the hook must have finished its work. */
  deadline: number;
  /** git status started by the entry, if any. */
  early?: EarlyGit | null;
}

export interface Outcome {
  /** Exactly what goes to stdout (the hook protocol); absent means print nothing. */
  stdout?: string;
  /** The input was valid and its handler ran (the entry then keeps this run's code cache). */
  handled?: boolean;
}

export const remaining = (ctx: HandlerContext): number => Math.max(0, ctx.deadline - ctx.config.now());
