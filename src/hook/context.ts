import type { Config } from "../config";
import type { Logger } from "../io/log";

/** What every handler gets: resolved configuration, a logger and the run's deadline. */
export interface HandlerContext {
  config: Config;
  log: Logger;
  /** Absolute time (ms) by which the hook must have finished its work. */
  deadline: number;
}

export interface Outcome {
  /** Exactly what goes to stdout (the hook protocol); absent means print nothing. */
  stdout?: string;
}

export const remaining = (ctx: HandlerContext): number => Math.max(0, ctx.deadline - ctx.config.now());
