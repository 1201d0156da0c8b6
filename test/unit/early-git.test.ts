import { describe, expect, it } from "vitest";
import { eventHint } from "../../src/io/stdin";

describe("eventHint", () => {
  const hint = (s: string) => eventHint({ data: Buffer.from(s) });
  it("names only events with a handler, from the parsed input or from its bytes", () => {
    expect(eventHint({ data: Buffer.from("{}"), value: { hook_event_name: "PreCompact" } })).toBe("PreCompact");
    expect(eventHint({ data: Buffer.from("{}"), value: { hook_event_name: "Notification" } })).toBeNull();
    expect(eventHint({ data: Buffer.from("{}"), value: { hook_event_name: 7 } })).toBeNull();
    expect(hint('{"session_id":"x","hook_event_name":"Stop"}')).toBe("Stop");
    expect(hint('{"hook_event_name" : "SessionStart"}')).toBe("SessionStart");
    expect(hint('{"hook_event_name":"PostToolUse"}')).toBeNull();
    expect(hint('{"hook_event_name":"toString"}')).toBeNull();
    expect(hint("not json")).toBeNull();
    expect(eventHint({ tooLarge: true })).toBeNull();
  });
});
