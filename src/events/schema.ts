import * as z from "zod/mini";
import { lazySchema } from "../lazy-schema";

// Hook input, one schema per event, as a union on hook_event_name. Optional fields that arrive
// with a wrong type degrade to "absent" instead of rejecting the whole input: a save with less
// detail beats no save. Unknown fields (newer Claude Code versions add some) are ignored.
function build() {
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
    background_tasks: z.catch(z.optional(z.array(z.catch(z.nullable(BackgroundTask), null))), undefined),
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

  const HookInput = z.discriminatedUnion("hook_event_name", [
    SessionStartInput,
    StopInput,
    SubagentStopInput,
    PreCompactInput,
    SessionEndInput,
  ]);
  return { SessionStartInput, StopInput, SubagentStopInput, PreCompactInput, SessionEndInput, HookInput };
}

type Built = ReturnType<typeof build>;
let built: Built | undefined;
const schemas = (): Built => (built ??= build());

/** All events at once (tests, tools); the hook itself validates with the one schema it needs. */
export const HookInput = lazySchema(() => schemas().HookInput);

export type HookInput = z.infer<Built["HookInput"]>;
export type EventName = HookInput["hook_event_name"];
export type InputOf<E extends EventName> = Extract<HookInput, { hook_event_name: E }>;
export type SaveInput = InputOf<"Stop" | "SubagentStop" | "PreCompact" | "SessionEnd">;

export const EVENT_NAMES: readonly EventName[] = ["SessionStart", "Stop", "SubagentStop", "PreCompact", "SessionEnd"];

const BY_EVENT = {
  SessionStart: "SessionStartInput",
  Stop: "StopInput",
  SubagentStop: "SubagentStopInput",
  PreCompact: "PreCompactInput",
  SessionEnd: "SessionEndInput",
} as const satisfies Record<EventName, keyof Built>;

/** Validates an input whose hook_event_name is already known to be `event`. */
export function parseInput(event: EventName, value: unknown): ReturnType<Built["HookInput"]["safeParse"]> {
  return schemas()[BY_EVENT[event]].safeParse(value) as ReturnType<Built["HookInput"]["safeParse"]>;
}
