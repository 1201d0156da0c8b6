// fast-check generators for the property tests: hook inputs (valid, odd and hostile) and transcript
// records shaped like Claude Code's, with enough structure to reach deep into the extractor.
import fc from "fast-check";

const HOSTILE_STRINGS = [
  "",
  " ",
  "..",
  "../../x",
  "/",
  "/etc/passwd",
  "\u0000",
  "a\u0000b",
  "x".repeat(1000),
  "__proto__",
  "constructor",
  "toString",
  "line\nbreak",
  "🙂",
  "\ud800",
  "$(touch pwned)",
  "-----BEGIN PRIVATE KEY-----",
  "<summary>x</summary>",
  "<analysis>",
  "<command-name>/x</command-name><command-args>y</command-args>",
  "<task-notification><task-id>t1</task-id><summary>Agent done</summary><result>r</result></task-notification>",
];

/** Any string, weighted towards the ones that have broken parsers before. */
export const text = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  );

/** JSON values of any shape, including objects with keys that matter to JavaScript. */
export const json = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>({ toString: 1 }, { valueOf: 1, toString: 2 }, { __proto__: { x: 1 } }, [[[[]]]], 1e308, -0) },
  );

const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: json() });

export const EVENTS = ["SessionStart", "Stop", "StopFailure", "SubagentStop", "PreCompact", "SessionEnd", "PostModelSwitch"] as const;

/** Hook input objects: mostly well-formed, with any field possibly missing or of the wrong type. */
export function hookInput(paths: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      hook_event_name: fc.oneof({ weight: 8, arbitrary: fc.constantFrom<unknown>(...EVENTS) }, { weight: 1, arbitrary: json() }, { weight: 1, arbitrary: text() }),
      session_id: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("s1", "s2", "s3") }, { weight: 2, arbitrary: text() }, { weight: 1, arbitrary: json() }),
      transcript_path: maybe(fc.oneof(fc.constantFrom(...paths), text())),
      cwd: maybe(fc.oneof(fc.constantFrom(...paths), text())),
      last_assistant_message: maybe(text()),
      from_model: maybe(text()),
      to_model: maybe(text()),
      error: maybe(fc.oneof(fc.constantFrom("rate_limit", "overloaded", "authentication_failed", "unknown"), text())),
      stop_hook_active: maybe(fc.boolean()),
      agent_id: maybe(text()),
      agent_type: maybe(fc.oneof(fc.constantFrom("Explore", "general-purpose", "Plan"), text())),
      agent_transcript_path: maybe(fc.oneof(fc.constantFrom(...paths), text())),
      background_tasks: maybe(
        fc.array(
          fc.oneof(
            fc.record({ id: maybe(text()), type: maybe(fc.constantFrom("subagent", "bash")), status: maybe(fc.constantFrom("running", "completed")), description: maybe(text()), agent_type: maybe(text()) }, { requiredKeys: [] }),
            json(),
          ),
          { maxLength: 4 },
        ),
      ),
      source: maybe(fc.constantFrom("startup", "compact", "resume", "clear", "other")),
      reason: maybe(text()),
      trigger: maybe(fc.constantFrom("manual", "auto")),
    },
    { requiredKeys: [] },
  );
}

/** Raw stdin bytes: JSON of an input, that JSON damaged, or arbitrary bytes. */
export function stdinBytes(paths: string[]): fc.Arbitrary<Buffer> {
  const whole = hookInput(paths).map((i) => Buffer.from(JSON.stringify(i)));
  const damaged = fc.tuple(hookInput(paths), fc.nat(), fc.nat(), fc.string({ unit: "binary", maxLength: 8 })).map(([i, a, b, ins]) => {
    const s = JSON.stringify(i);
    const at = a % (s.length + 1);
    const cut = Math.min(s.length, at + (b % 6));
    return Buffer.from(s.slice(0, at) + ins + s.slice(cut));
  });
  const bytes = fc.uint8Array({ maxLength: 200 }).map((u) => Buffer.from(u));
  return fc.oneof({ weight: 6, arbitrary: whole }, { weight: 3, arbitrary: damaged }, { weight: 1, arbitrary: bytes });
}

// ---------------------------------------------------------------------------------------------
// Transcript records.

const TOOL_IDS = ["t1", "t2", "t3", "t4"];
const TOOLS = ["Write", "Edit", "MultiEdit", "NotebookEdit", "TodoWrite", "Agent", "Task", "TaskCreate", "TaskUpdate", "ExitPlanMode", "Bash", "Read", "Glob"];

const todo = (): fc.Arbitrary<unknown> =>
  maybe(fc.record({ content: maybe(text()), subject: maybe(text()), status: maybe(fc.constantFrom("pending", "in_progress", "completed", "deleted", "weird")), activeForm: maybe(text()) }, { requiredKeys: [] }));

const toolInput = (): fc.Arbitrary<unknown> =>
  maybe(
    fc.record(
      {
        file_path: maybe(fc.oneof(text(), fc.constantFrom("plan.md", "plans/x.md", "/abs/PLAN.md", "../../out.md", "src/a.ts"))),
        notebook_path: maybe(text()),
        content: maybe(text()),
        todos: maybe(fc.array(todo(), { maxLength: 5 })),
        plan: maybe(text()),
        planFilePath: maybe(text()),
        taskId: maybe(fc.oneof(fc.constantFrom("1", "2"), fc.integer(), text())),
        status: maybe(fc.constantFrom("pending", "in_progress", "completed", "deleted", "x")),
        subject: maybe(text()),
        activeForm: maybe(text()),
        description: maybe(text()),
        subagent_type: maybe(text()),
        command: maybe(fc.oneof(text(), fc.constantFrom("cat > plan.md", "tee plans/a.md", "mv x PLAN.md"))),
      },
      { requiredKeys: [] },
    ),
  );

const block = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.record({ type: fc.constant("text"), text: maybe(text()) }),
    fc.record({ type: fc.constant("tool_use"), id: maybe(fc.constantFrom(...TOOL_IDS)), name: maybe(fc.constantFrom(...TOOLS)), input: toolInput() }),
    fc.record({
      type: fc.constant("tool_result"),
      tool_use_id: maybe(fc.constantFrom(...TOOL_IDS)),
      content: maybe(fc.oneof(text(), fc.array(fc.record({ type: fc.constant("text"), text: maybe(text()) }), { maxLength: 2 }))),
      is_error: maybe(fc.boolean()),
    }),
    json(),
  );

const toolUseResult = (): fc.Arbitrary<unknown> =>
  maybe(
    fc.record(
      {
        newTodos: maybe(fc.array(todo(), { maxLength: 4 })),
        agentId: maybe(text()),
        agentType: maybe(text()),
        status: maybe(fc.constantFrom("completed", "async_launched")),
        isAsync: maybe(fc.boolean()),
        content: maybe(fc.array(fc.record({ type: fc.constant("text"), text: maybe(text()) }), { maxLength: 2 })),
        task: maybe(fc.record({ id: maybe(text()), subject: maybe(text()) }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    ),
  );

/** One transcript record as Claude Code writes it, or something that only looks like one. */
export const transcriptRecord = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record(
        {
          type: maybe(fc.constantFrom("user", "assistant", "system", "attachment", "progress", "summary")),
          subtype: maybe(fc.constantFrom("compact_boundary", "stop_hook_summary")),
          isSidechain: maybe(fc.boolean()),
          isMeta: maybe(fc.boolean()),
          isCompactSummary: maybe(fc.boolean()),
          promptSource: maybe(fc.constantFrom("system", "sdk")),
          origin: maybe(fc.record({ kind: maybe(fc.constantFrom("task-notification", "human")) }, { requiredKeys: [] })),
          timestamp: maybe(fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), text())),
          slug: maybe(fc.oneof(fc.constantFrom("harmonic-beaming-frog"), text())),
          message: maybe(
            fc.record({ role: maybe(fc.constantFrom("user", "assistant")), content: maybe(fc.oneof(text(), fc.array(block(), { maxLength: 3 }))) }, { requiredKeys: [] }),
          ),
          toolUseResult: toolUseResult(),
          attachment: maybe(fc.record({ type: maybe(fc.constantFrom("plan_mode", "plan_mode_exit")), planFilePath: maybe(text()), isSubAgent: maybe(fc.boolean()) }, { requiredKeys: [] })),
        },
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: json() },
  );
