export type Level = "ok" | "warn" | "fail";

/** One line of `doctor`: what was found and, when it is not ok, what to do. */
export interface Check {
  level: Level;
  text: string;
  /** What to do; a function gets the command that runs this bundle (`node .claude/hooks/…`), since
   * the package is not on PATH. */
  fix?: string | ((self: string) => string);
}
