import * as v from "./validate";

// `.claude/session-state.json`: every field optional; a wrong value falls back to its default
// instead of failing the hook (doctor reports it).
/** The largest work budget; see the hard stop in src/cli.ts (8 s). */
export const MAX_BUDGET_MS = 6500;

export const sources = ["startup", "compact", "resume", "clear"] as const;
export type Source = (typeof sources)[number];

const bool = (d: boolean) => v.fallback(v.withDefault(v.boolean(), d), d);
const int = (d: number, min: number, max: number) => v.fallback(v.withDefault(v.number({ int: true, min, max }), d), d);

export const SettingsSchema = v.object({
  keep: int(10, 1, 100),
  inject: v.fallback(
    v.withDefault(
      v.object({ startup: bool(true), compact: bool(true), resume: bool(false), clear: bool(false) }),
      { startup: true, compact: true, resume: false, clear: false },
    ),
    { startup: true, compact: true, resume: false, clear: false },
  ),
  maxChars: int(9000, 1000, 9500),
  staleDays: v.fallback(v.withDefault(v.number({ min: 0 }), 7), 7),
  // Work must end before the entry's hard stop (8 s), itself under Claude Code's 10 s timeout:
  // the synchronous transcript read cannot be interrupted by a timer.
  budgetMs: int(5000, 500, MAX_BUDGET_MS),
  collectors: v.fallback(
    v.withDefault(
      v.object({
        prompts: bool(true),
        plan: bool(true),
        todos: bool(true),
        subagents: bool(true),
        git: bool(true),
        files: bool(true),
        lastMessage: bool(true),
      }),
      { prompts: true, plan: true, todos: true, subagents: true, git: true, files: true, lastMessage: true },
    ),
    { prompts: true, plan: true, todos: true, subagents: true, git: true, files: true, lastMessage: true },
  ),
  redact: v.fallback(v.withDefault(v.array(v.string()), []), []),
});
export type Settings = v.Infer<typeof SettingsSchema>;

/** What an absent settings file means. A unit test keeps it equal to the schema's defaults. */
export const defaultSettings = (): Settings => ({
  keep: 10,
  inject: { startup: true, compact: true, resume: false, clear: false },
  maxChars: 9000,
  staleDays: 7,
  budgetMs: 5000,
  collectors: { prompts: true, plan: true, todos: true, subagents: true, git: true, files: true, lastMessage: true },
  redact: [],
});
