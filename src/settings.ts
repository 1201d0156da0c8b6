import * as z from "zod/mini";

// `.claude/session-state.json`: every field optional; a wrong value falls back to its default
// instead of failing the hook (config.ts names it, the log and doctor report it). The defaults live
// here only: an absent file is the schema applied to {}.
/** The largest work budget; see the hard stop in src/bin.ts (8 s). */
export const MAX_BUDGET_MS = 6500;

export const sources = ["startup", "compact", "resume", "clear"] as const;
export type Source = (typeof sources)[number];

const bool = (d: boolean) => z.catch(z._default(z.boolean(), d), d);
const int = (d: number, min: number, max: number) => z.catch(z._default(z.int().check(z.minimum(min), z.maximum(max)), d), d);
// An absent group is filled field by field (prefault runs {} through the group's schema); a wrong
// one is replaced whole. Both hand out a new object on every parse: a caller changing its settings
// (SESSION_STATE_INJECT) must not change the next parse's default.
const Inject = z.object({ startup: bool(true), compact: bool(true), resume: bool(false), clear: bool(false) });
const Collectors = z.object({
  prompts: bool(true),
  plan: bool(true),
  todos: bool(true),
  subagents: bool(true),
  git: bool(true),
  files: bool(true),
  lastMessage: bool(true),
});

export const SettingsSchema = z.object({
  keep: int(10, 1, 100),
  inject: z.catch(z.prefault(Inject, {}), () => Inject.parse({})),
  maxChars: int(9000, 1000, 9500),
  staleDays: z.catch(z._default(z.number().check(z.minimum(0)), 7), 7),
  // Work must end before the entry's hard stop (8 s), itself under Claude Code's 10 s timeout:
  // the synchronous transcript read cannot be interrupted by a timer.
  budgetMs: int(5000, 500, MAX_BUDGET_MS),
  collectors: z.catch(z.prefault(Collectors, {}), () => Collectors.parse({})),
  redact: z.catch(
    z._default(z.array(z.string()), () => []),
    () => [],
  ),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** What an absent settings file means: every default of the schema, in a new object each time. */
export const defaultSettings = (): Settings => SettingsSchema.parse({});
