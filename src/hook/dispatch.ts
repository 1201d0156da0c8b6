// The event table: adding an event to the schema without a handler here fails to compile. Each
// handler's module loads on its first call, so a SessionStart never initialises the save path
// (transcript reader, extractor, locks) and a save never initialises the restore path.
import type { HandlerContext, Outcome } from "./context";
import type { EventName, InputOf } from "./input";

const restore: typeof import("./restore").restore = async (input, ctx) => (await import("./restore")).restore(input, ctx);
const modelSwitch: typeof import("./model-switch").modelSwitch = async (input, ctx) => (await import("./model-switch")).modelSwitch(input, ctx);
const save: typeof import("./save").save = async (input, ctx) => (await import("./save")).save(input, ctx);

type Handlers = { [E in EventName]: (input: InputOf<E>, ctx: HandlerContext) => Promise<Outcome> };

export const handlers: Handlers = {
  SessionStart: restore,
  Stop: save,
  StopFailure: save,
  SubagentStop: save,
  PreCompact: save,
  SessionEnd: save,
  PostModelSwitch: modelSwitch,
};

export function dispatch<E extends EventName>(input: InputOf<E>, ctx: HandlerContext): Promise<Outcome> {
  const handler = handlers[input.hook_event_name as E] as (i: InputOf<E>, c: HandlerContext) => Promise<Outcome>;
  return handler(input, ctx);
}
