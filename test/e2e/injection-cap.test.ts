// Scenario 10: a session with very long todos, request and subagent reports is saved in full, but
// what the next session's model is handed stays under Claude Code's 10,000-character limit for
// SessionStart context (above it the model gets a 2 KB `<persisted-output>` preview instead), keeps
// the most important part (the todos, open ones first) ahead of the subagent outputs, and ends with
// the path of the full state.
import { describe, expect, it } from "vitest";
import { expectAll, expectCleanRun, SCENARIO_TIMEOUT_MS, useProject } from "./checks";
import { runClaude, TODO_WRITE_ENV } from "./harness";
import {
  firstRequest, INJECTION_FOOTER, readHookLog, readLastState, readSessionState, readTranscript, requestTexts, stateInjections, toolErrors,
} from "./inspect";
import { HEADING, LONG_PROMPT, LONG_REPORTS, LONG_TODOS, longSession } from "./scenarios";

/** Claude Code replaces a longer additionalContext with a preview and a file path. */
const CONTEXT_LIMIT = 10_000;
const PERSISTED = "<persisted-output>";
const env = TODO_WRITE_ENV;

describe.sequential("scenario 10: very long todos, requests and subagent reports", () => {
  const project = useProject();
  let sessionId: string;

  it("saves the long session: every todo and the start of every report", async () => {
    const api = project.api();
    const sandbox = project.sandbox();
    api.load(longSession());
    const run = await runClaude(sandbox, api, LONG_PROMPT, { env });
    expectCleanRun(sandbox, run);
    sessionId = run.sessionId!;
    expect(api.pending()).toEqual({ main: 0, subagent: 0, compact: 0, side: 0 });
    expect(toolErrors(readTranscript(sandbox, sessionId))).toEqual([]);

    const saved = readSessionState(sandbox, sessionId)!;
    expect(saved.todos?.items.map((t) => t.content)).toEqual(LONG_TODOS.map((t) => t.content));
    expect(saved.subagents).toHaveLength(LONG_REPORTS.length);
    const state = readLastState(sandbox) ?? "";
    expect(state.length, "the saved state is too short to need cutting").toBeGreaterThan(CONTEXT_LIMIT);
    expectAll(state, LONG_TODOS.map((t) => t.content));
    expectAll(state, LONG_REPORTS.map((r) => r.slice(0, 40)));
  }, SCENARIO_TIMEOUT_MS);

  it("hands the next session less than 10,000 characters, todos first, never a persisted-output preview", async () => {
    expect(sessionId, "the long session did not run").toBeTruthy();
    const api = project.api();
    const sandbox = project.sandbox();
    api.load({});
    const next = await runClaude(sandbox, api, "Where were we?", { env });
    expectCleanRun(sandbox, next);

    for (const r of next.requests) {
      expect(requestTexts(r).some((t) => t.includes(PERSISTED)), `request ${r.seq} got a ${PERSISTED} preview`).toBe(false);
    }
    const injected = stateInjections(firstRequest(next, "main"));
    expect(injected).toHaveLength(1);
    const context = injected[0]!;
    expect(context.length).toBeLessThan(CONTEXT_LIMIT);
    const logged = [...readHookLog(sandbox).matchAll(/injected (\d+) characters on SessionStart startup/g)].map((m) => Number(m[1]));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toBeLessThan(CONTEXT_LIMIT);
    expect(context.split("\n").at(-1), "the path of the full state is missing").toMatch(new RegExp(`^${INJECTION_FOOTER}\\S+`));

    // Most important first: the todo section, with the todo in progress at its top.
    const todos = context.indexOf(HEADING.todos);
    expect(todos, "no todo section").toBeGreaterThan(0);
    const firstTodo = context.indexOf(LONG_TODOS[0]!.content);
    expect(firstTodo, "the todo in progress was dropped").toBeGreaterThan(todos);
    const later = "subagent outputs come before the todos";
    const subagents = context.indexOf(HEADING.subagents);
    if (subagents >= 0) expect(subagents, later).toBeGreaterThan(firstTodo);
    const report = context.indexOf("LONG-REPORT-");
    if (report >= 0) expect(report, later).toBeGreaterThan(firstTodo);
  }, SCENARIO_TIMEOUT_MS);
});
