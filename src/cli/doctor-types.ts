export type Level = "ok" | "warn" | "fail";

/** One line of `doctor`: what was found and, when it is not ok, what to do. */
export interface Check {
  level: Level;
  text: string;
  fix?: string;
}
