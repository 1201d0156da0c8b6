// Scenario 9: sessions of one project keep their own state. Two sessions one after the other, then a
// session that runs `claude -p` inside a Bash tool call (the nested session's hooks fire in the
// same project while the parent is still open): every `sessions/<id>.json` keeps its own todos and
// requests, `latest.json` names the session that saved last, and the model of each session only
// ever got project state that was saved before it started.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RecordedRequest } from "./fake-api";
import { expectCleanRun, SCENARIO_TIMEOUT_MS, useProject } from "./checks";
import { claudeBin, runClaude, TODO_WRITE_ENV, type Sandbox } from "./harness";
import {
  hookFailures, readSessionState, readTranscript, requestSession, savedEvents, stateDir, stateInjections, toolErrors, type SavedState,
} from "./inspect";
import {
  CHILD_PROMPT, CHILD_TODOS, FIRST_TODOS, nestedSession, PARENT_PROMPT, PARENT_TODOS, SECOND_TODOS, todoSession,
} from "./scenarios";

const env = TODO_WRITE_ENV;
const todosOf = (s: SavedState | null): string[] => (s?.todos?.items ?? []).map((t) => t.content);
const promptsOf = (s: SavedState | null): string[] => (s?.prompts ?? []).map((p) => p.text);
const latestId = (sandbox: Sandbox): string =>
  (JSON.parse(readFileSync(join(stateDir(sandbox), "latest.json"), "utf8")) as { sessionId: string }).sessionId;

describe.sequential("scenario 9: several sessions in one project", () => {
  const project = useProject();
  let firstId: string;
  let secondId: string;

  it("two sessions one after the other keep their own todos", async () => {
    const api = project.api();
    const sandbox = project.sandbox();
    api.load(todoSession(FIRST_TODOS));
    const first = await runClaude(sandbox, api, "Rename the config loader.", { env });
    expectCleanRun(sandbox, first);
    firstId = first.sessionId!;

    api.load(todoSession(SECOND_TODOS));
    const second = await runClaude(sandbox, api, "Add the cache layer.", { env });
    expectCleanRun(sandbox, second);
    secondId = second.sessionId!;
    expect(secondId).not.toBe(firstId);
    // The second session was handed the first one's work.
    const handed = stateInjections(second.requests.find((r) => r.kind === "main")!);
    expect(handed.join("\n")).toContain(FIRST_TODOS[0]!.content);

    expect(todosOf(readSessionState(sandbox, firstId))).toEqual(FIRST_TODOS.map((t) => t.content));
    expect(promptsOf(readSessionState(sandbox, firstId))).toEqual(["Rename the config loader."]);
    expect(todosOf(readSessionState(sandbox, secondId))).toEqual(SECOND_TODOS.map((t) => t.content));
    expect(latestId(sandbox)).toBe(secondId);
  }, SCENARIO_TIMEOUT_MS);

  let parentId: string;
  let childId: string;
  let mainRequests: RecordedRequest[];

  it("a session runs claude -p inside a Bash tool call; both sessions' hooks fire in the project", async () => {
    expect(secondId, "the sequential sessions did not run").toBeTruthy();
    const api = project.api();
    const sandbox = project.sandbox();
    api.load(nestedSession(claudeBin));
    const parent = await runClaude(sandbox, api, PARENT_PROMPT, { env });
    expectCleanRun(sandbox, parent);
    parentId = parent.sessionId!;
    expect(api.pending()).toEqual({ main: 0, subagent: 0, compact: 0, side: 0 });
    expect(toolErrors(readTranscript(sandbox, parentId))).toEqual([]);

    mainRequests = parent.requests.filter((r) => r.kind === "main");
    const sessionsInOrder = mainRequests.map(requestSession);
    childId = sessionsInOrder.find((id) => id !== parentId)!;
    expect(childId, "no request came from a nested session").toBeTruthy();
    expect(sessionsInOrder).toEqual([parentId, parentId, parentId, childId, childId, childId, parentId]);
    expect(hookFailures(sandbox, childId, [])).toEqual([]);
    expect(savedEvents(sandbox, childId)).toEqual(["Stop", "SessionEnd"]);
    expect(savedEvents(sandbox, parentId)).toEqual(["Stop", "SessionEnd"]);
  }, SCENARIO_TIMEOUT_MS);

  it("keeps each session's todos in its own file", () => {
    expect(childId, "the nested run did not happen").toBeTruthy();
    const sandbox = project.sandbox();
    expect(todosOf(readSessionState(sandbox, parentId))).toEqual(PARENT_TODOS.map((t) => t.content));
    expect(todosOf(readSessionState(sandbox, childId))).toEqual(CHILD_TODOS.map((t) => t.content));
    expect(todosOf(readSessionState(sandbox, firstId))).toEqual(FIRST_TODOS.map((t) => t.content));
    expect(todosOf(readSessionState(sandbox, secondId))).toEqual(SECOND_TODOS.map((t) => t.content));
    expect(latestId(sandbox)).toBe(parentId);
  });

  it("keeps the nested session's requests out of its parent's state", () => {
    expect(childId, "the nested run did not happen").toBeTruthy();
    const sandbox = project.sandbox();
    const parentState = readSessionState(sandbox, parentId);
    const childState = readSessionState(sandbox, childId);
    // A new session carries the latest saved requests over on purpose; never a later session's.
    expect(promptsOf(childState)).toContain(CHILD_PROMPT);
    expect(promptsOf(childState)).not.toContain(PARENT_PROMPT);
    expect(promptsOf(parentState)).toContain(PARENT_PROMPT);
    // The parent started before its child, so it cannot have continued from it.
    expect(promptsOf(parentState), "the nested session's request leaked into the parent's state").not.toContain(CHILD_PROMPT);
    expect(parentState?.carriedFrom?.sessionId, "the parent claims to continue its own child").not.toBe(childId);
  });

  it("hands each of them the state saved before it started, never the other's todos", () => {
    expect(childId, "the nested run did not happen").toBeTruthy();
    for (const [id, other] of [[parentId, CHILD_TODOS], [childId, PARENT_TODOS]] as const) {
      const first = mainRequests.find((r) => requestSession(r) === id)!;
      const injected = stateInjections(first).join("\n");
      expect(injected).toContain(SECOND_TODOS[0]!.content);
      expect(injected).not.toContain(other[0]!.content);
    }
  });
});
