import * as z from "zod/mini";
import { lazySchema } from "./lazy-schema";

// `.claude/session-state.json`: every field optional; a wrong value falls back to its default
// instead of failing the hook (doctor reports it).
/** The largest work budget; see the hard stop in src/cli.ts (8 s). */
export const MAX_BUDGET_MS = 6500;

export const sources = ["startup", "compact", "resume", "clear"] as const;
export type Source = (typeof sources)[number];

function build() {
  const bool = (d: boolean) => z.catch(z._default(z.boolean(), d), d);
  const int = (d: number, min: number, max: number) =>
    z.catch(z._default(z.number().check(z.int(), z.minimum(min), z.maximum(max)), d), d);

  const SettingsSchema = z.object({
    keep: int(10, 1, 100),
    inject: z.catch(
      z._default(
        z.object({ startup: bool(true), compact: bool(true), resume: bool(false), clear: bool(false) }),
        { startup: true, compact: true, resume: false, clear: false },
      ),
      { startup: true, compact: true, resume: false, clear: false },
    ),
    maxChars: int(9000, 1000, 9500),
    staleDays: z.catch(z._default(z.number().check(z.minimum(0)), 7), 7),
    // Work must end before the entry's hard stop (8 s), itself under Claude Code's 10 s timeout:
    // the synchronous transcript read cannot be interrupted by a timer.
    budgetMs: int(5000, 500, MAX_BUDGET_MS),
    collectors: z.catch(
      z._default(
        z.object({
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
    redact: z.catch(z._default(z.array(z.string()), []), []),
  });
  return SettingsSchema;
}

/** Built only when a project has a settings file; the defaults below need no zod at all. */
export const SettingsSchema = lazySchema(build);
export type Settings = z.infer<ReturnType<typeof build>>;

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
