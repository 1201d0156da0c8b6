// The event table: adding an event to the schema without a handler here fails to compile.
import type { HandlerContext, Outcome } from "./context";
import { restore } from "./restore";
import { save } from "./save";
import type { EventName, InputOf } from "./schema";

type Handlers = { [E in EventName]: (input: InputOf<E>, ctx: HandlerContext) => Promise<Outcome> };

export const handlers: Handlers = {
  SessionStart: restore,
  Stop: save,
  SubagentStop: save,
  PreCompact: save,
  SessionEnd: save,
};

export function dispatch<E extends EventName>(input: InputOf<E>, ctx: HandlerContext): Promise<Outcome> {
  const handler = handlers[input.hook_event_name as E] as (i: InputOf<E>, c: HandlerContext) => Promise<Outcome>;
  return handler(input, ctx);
}
