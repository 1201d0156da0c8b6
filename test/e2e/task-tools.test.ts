// Scenario 5: with the Task tools (TaskCreate/TaskUpdate) instead of TodoWrite, the tasks and their
// final statuses come from Claude Code's task folder into `sessions/<id>.json` and `.last-state.md`,
// and the next session's first request lists them with those statuses.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectCleanRun, SCENARIO_TIMEOUT_MS, useProject } from "./checks";
import { runClaude } from "./harness";
import { firstRequest, readLastState, readSessionState, readTranscript, stateInjections, toolErrors } from "./inspect";
import { STATUS_MARK, TASK_TOOLS_ENV, TASKS, taskToolsSession } from "./scenarios";

const taskLine = (t: (typeof TASKS)[number]): string => `- ${STATUS_MARK[t.status]} #${t.id} ${t.subject}`;

describe.sequential("scenario 5: Task tools instead of TodoWrite", () => {
  const project = useProject();
  let sessionId: string;

  it("saves every task with its last status", async () => {
    const api = project.api();
    const sandbox = project.sandbox();
    api.load(taskToolsSession());
    const run = await runClaude(sandbox, api, "Add token refresh to the auth service.", { env: TASK_TOOLS_ENV });
    expectCleanRun(sandbox, run);
    sessionId = run.sessionId!;
    expect(api.pending()).toEqual({ main: 0, subagent: 0, compact: 0, side: 0 });
    expect(toolErrors(readTranscript(sandbox, sessionId))).toEqual([]);
    expect(existsSync(join(sandbox.home, ".claude/tasks", sessionId)), "Claude Code wrote no task folder").toBe(true);

    const saved = readSessionState(sandbox, sessionId);
    expect(saved, "sessions/<id>.json was not written").not.toBeNull();
    const byId = Object.fromEntries(saved!.tasks.map((t) => [t.id, { subject: t.subject, status: t.status }]));
    expect(byId).toEqual(Object.fromEntries(TASKS.map((t) => [t.id, { subject: t.subject, status: t.status }])));

    const state = readLastState(sandbox) ?? "";
    for (const t of TASKS) expect(state, `missing or wrong status: ${t.subject}`).toContain(taskLine(t));
  }, SCENARIO_TIMEOUT_MS);

  it("lists the tasks with their statuses in the next session's first request", async () => {
    expect(sessionId, "the task session did not run").toBeTruthy();
    const api = project.api();
    const sandbox = project.sandbox();
    api.load({});
    const next = await runClaude(sandbox, api, "What is left to do?", { env: TASK_TOOLS_ENV });
    expectCleanRun(sandbox, next);
    const injected = stateInjections(firstRequest(next, "main"));
    expect(injected, "no session-state context in the first request").toHaveLength(1);
    for (const t of TASKS) expect(injected[0], `missing or wrong status: ${t.subject}`).toContain(taskLine(t));
    // Open work first: the task in progress is listed before the finished one.
    expect(injected[0]!.indexOf(taskLine(TASKS[1]))).toBeLessThan(injected[0]!.indexOf(taskLine(TASKS[0])));
  }, SCENARIO_TIMEOUT_MS);
});
