import * as v from "../validate";

// Hook input, one schema per event, as a union on hook_event_name. Optional fields that arrive
// with a wrong type degrade to "absent" instead of rejecting the whole input: a save with less
// detail beats no save. Unknown fields (newer Claude Code versions add some) are ignored.
const loose = <T>(t: v.Schema<T>) => v.fallback(v.optional(t), undefined);

const common = {
  session_id: v.string({ min: 1, max: 4096 }),
  transcript_path: loose(v.string()),
  cwd: loose(v.string()),
};

const BackgroundTask = v.object({
  id: v.string(),
  type: loose(v.string()),
  status: loose(v.string()),
  description: loose(v.string()),
  agent_type: loose(v.string()),
});

const SessionStartInput = v.object({
  ...common,
  hook_event_name: v.literal("SessionStart"),
  source: v.fallback(v.string(), "startup"),
});
const StopInput = v.object({
  ...common,
  hook_event_name: v.literal("Stop"),
  stop_hook_active: loose(v.boolean()),
  last_assistant_message: loose(v.string()),
  background_tasks: v.fallback(v.optional(v.array(v.fallback(v.nullable(BackgroundTask), null))), undefined),
});
// issue 14: fires instead of Stop when an API error ended the turn (rate limit, auth, …).
const StopFailureInput = v.object({
  ...common,
  hook_event_name: v.literal("StopFailure"),
  error: loose(v.string()),
  last_assistant_message: loose(v.string()),
});
// issue 14: after the session's model changed; recorded, nothing injected.
const PostModelSwitchInput = v.object({
  ...common,
  hook_event_name: v.literal("PostModelSwitch"),
  from_model: loose(v.string()),
  to_model: loose(v.string()),
  source: loose(v.string()),
});
const SubagentStopInput = v.object({
  ...common,
  hook_event_name: v.literal("SubagentStop"),
  agent_id: loose(v.string()),
  agent_type: loose(v.string()),
  agent_transcript_path: loose(v.string()),
  last_assistant_message: loose(v.string()),
});
const PreCompactInput = v.object({
  ...common,
  hook_event_name: v.literal("PreCompact"),
  trigger: loose(v.string()),
});
const SessionEndInput = v.object({
  ...common,
  hook_event_name: v.literal("SessionEnd"),
  reason: loose(v.string()),
});

const BY_EVENT = {
  SessionStart: SessionStartInput,
  Stop: StopInput,
  StopFailure: StopFailureInput,
  PostModelSwitch: PostModelSwitchInput,
  SubagentStop: SubagentStopInput,
  PreCompact: PreCompactInput,
  SessionEnd: SessionEndInput,
};

/** All events at once (tests, tools); the hook itself validates with the one schema it needs. */
export const HookInput = v.byKey("hook_event_name", BY_EVENT);

export type HookInput = v.Infer<typeof HookInput>;
export type EventName = HookInput["hook_event_name"];
export type InputOf<E extends EventName> = Extract<HookInput, { hook_event_name: E }>;
export type SaveInput = InputOf<"Stop" | "StopFailure" | "SubagentStop" | "PreCompact" | "SessionEnd">;

export const EVENT_NAMES: readonly EventName[] = ["SessionStart", "Stop", "StopFailure", "SubagentStop", "PreCompact", "SessionEnd", "PostModelSwitch"];

/** Validates an input whose hook_event_name is already known to be `event`. */
export function parseInput(event: EventName, value: unknown): v.Result<HookInput> {
  return (BY_EVENT[event] as v.Schema<HookInput>).safeParse(value);
}
