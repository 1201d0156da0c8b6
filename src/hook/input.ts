import * as z from "zod/mini";

// Hook input, one schema per event, as a union on hook_event_name. Optional fields that arrive
// with a wrong type degrade to "absent" instead of rejecting the whole input: a save with less
// detail beats no save. Unknown fields (newer Claude Code versions add some: prompt_id, effort,
// session_crons...) are dropped, never a reason to reject. zod/mini, not zod: see
// docs/performance.md (the hook is a fresh process on every turn).
const loose = <T extends z.ZodMiniType>(t: T) => z.catch(z.optional(t), undefined);

const common = {
  session_id: z.string().check(z.minLength(1), z.maxLength(4096)),
  transcript_path: loose(z.string()),
  cwd: loose(z.string()),
};

const BackgroundTask = z.object({
  id: z.string(),
  type: loose(z.string()),
  status: loose(z.string()),
  description: loose(z.string()),
  agent_type: loose(z.string()),
});

const SessionStartInput = z.object({
  ...common,
  hook_event_name: z.literal("SessionStart"),
  source: z.catch(z.string(), "startup"),
});
const StopInput = z.object({
  ...common,
  hook_event_name: z.literal("Stop"),
  stop_hook_active: loose(z.boolean()),
  last_assistant_message: loose(z.string()),
  // One malformed task is dropped (null), not the list and not the input.
  background_tasks: loose(z.array(z.catch(z.nullable(BackgroundTask), null))),
});
// issue 14: fires instead of Stop when an API error ended the turn (rate limit, auth, …).
const StopFailureInput = z.object({
  ...common,
  hook_event_name: z.literal("StopFailure"),
  error: loose(z.string()),
  last_assistant_message: loose(z.string()),
});
// issue 14: after the session's model changed; recorded, nothing injected.
const PostModelSwitchInput = z.object({
  ...common,
  hook_event_name: z.literal("PostModelSwitch"),
  from_model: loose(z.string()),
  to_model: loose(z.string()),
  source: loose(z.string()),
});
const SubagentStopInput = z.object({
  ...common,
  hook_event_name: z.literal("SubagentStop"),
  agent_id: loose(z.string()),
  agent_type: loose(z.string()),
  agent_transcript_path: loose(z.string()),
  last_assistant_message: loose(z.string()),
});
const PreCompactInput = z.object({
  ...common,
  hook_event_name: z.literal("PreCompact"),
  trigger: loose(z.string()),
});
const SessionEndInput = z.object({
  ...common,
  hook_event_name: z.literal("SessionEnd"),
  reason: loose(z.string()),
});

/**
 * The events the hook handles, the one list: adding one is its schema above, a line here and its
 * handler (dispatch.ts); install registers this list (cli/settings-file/hook-entries.ts) and a test
 * holds hooks/settings.json and hooks/hooks.json to it. The order is the order install writes.
 */
const EVENTS = [SessionStartInput, StopInput, StopFailureInput, SubagentStopInput, PreCompactInput, SessionEndInput, PostModelSwitchInput] as const;

export const HookInput = z.discriminatedUnion("hook_event_name", EVENTS);

export type HookInput = z.infer<typeof HookInput>;
export type EventName = HookInput["hook_event_name"];
export type InputOf<E extends EventName> = Extract<HookInput, { hook_event_name: E }>;
export type SaveInput = InputOf<"Stop" | "StopFailure" | "SubagentStop" | "PreCompact" | "SessionEnd">;

export const EVENT_NAMES: readonly EventName[] = EVENTS.map((s) => s.shape.hook_event_name.def.values[0] as EventName);
