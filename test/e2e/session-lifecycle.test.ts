// Scenarios 2–4 on one project, in order: a working session is saved, survives a useless
// compaction, and is handed to the next session, which is told when the repository moved meanwhile.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectAll, expectCleanRun, SCENARIO_TIMEOUT_MS, useProject } from "./checks";
import { runClaude, TODO_WRITE_ENV } from "./harness";
import { firstRequest, injectedContexts, readLastState, readTranscript, requestTexts, toolErrors } from "./inspect";
import {
  BRANCH, COMMIT_SUBJECT, FILES, FINDINGS, OPEN_TODOS, REQUEST, TODOS, USELESS_SUMMARY_MARK, uselessCompaction, workingSession,
} from "./scenarios";

/**
 * How the injection may say that HEAD moved since the state was saved (any one is enough, or the
 * new short sha). The hook's wording is still settling: adjust here, nowhere else.
 */
const HEAD_MOVED_PHRASES: RegExp[] = [/\bmoved\b/i, /\bnew commits?\b/i];
const SHORT_SHA = 7;

describe.sequential("a working session across compaction and restarts", () => {
  const project = useProject((sandbox) => {
    sandbox.git("switch", "-q", "-c", BRANCH);
  });
  let sessionId: string;
  let sessionCommit: string;
  let compactContext: string;

  it("scenario 2: saves request, todos, subagent findings, files and git state", async () => {
    const api = project.api();
    const sandbox = project.sandbox();
    api.load(workingSession(sandbox.project));
    const run = await runClaude(sandbox, api, REQUEST, { env: TODO_WRITE_ENV });

    expectCleanRun(sandbox, run);
    sessionId = run.sessionId!;
    sessionCommit = sandbox.git("rev-parse", "HEAD");
    // The scripted session really happened: every turn was used and no tool call was rejected.
    expect(api.pending()).toEqual({ main: 0, subagent: 0, compact: 0, side: 0 });
    expect(toolErrors(readTranscript(sandbox, sessionId))).toEqual([]);
    expect(sandbox.git("log", "-1", "--format=%s")).toBe(COMMIT_SUBJECT);

    const state = readLastState(sandbox);
    expect(state, ".last-state.md was not written").not.toBeNull();
    expectAll(state!, [REQUEST, ...TODOS.map((t) => t.content), FINDINGS, ...FILES, BRANCH, COMMIT_SUBJECT]);
  }, SCENARIO_TIMEOUT_MS);

  it("scenario 3: after a useless compaction the next request gets todos, findings and git back", async () => {
    expect(sessionId, "scenario 2 did not produce a session").toBeTruthy();
    const api = project.api();
    const sandbox = project.sandbox();
    api.load(uselessCompaction());
    const compact = await runClaude(sandbox, api, "/compact", { resume: sessionId, env: TODO_WRITE_ENV });
    expectCleanRun(sandbox, compact);
    expect(compact.requests.map((r) => r.kind)).toEqual(["compact"]);

    // `/compact` in -p makes no model request of its own afterwards; the compact context arrives
    // in the first request of the next turn.
    api.load({});
    const next = await runClaude(sandbox, api, "Carry on where we stopped.", { resume: sessionId, env: TODO_WRITE_ENV });
    expectCleanRun(sandbox, next);
    const request = firstRequest(next, "main");
    expect(requestTexts(request).join("\n"), "not the post-compaction history").toContain(USELESS_SUMMARY_MARK);
    compactContext = injectedContexts(request).join("\n");
    expectAll(compactContext, [...OPEN_TODOS, FINDINGS, BRANCH, COMMIT_SUBJECT]);
  }, SCENARIO_TIMEOUT_MS);

  it("scenario 3: the compaction's own SubagentStop is not taken for a subagent output", () => {
    // Claude Code runs the compaction as an agent: SubagentStop fires with agent_type "", an
    // agent_transcript_path that is never written, and the summary as last_assistant_message.
    const why = "the compaction summary was saved as a subagent output";
    expect(compactContext, "scenario 3 did not run").toBeTruthy();
    expect(compactContext, why).not.toContain(USELESS_SUMMARY_MARK);
    expect(readLastState(project.sandbox()) ?? "", why).not.toContain(USELESS_SUMMARY_MARK);
  });

  it("scenario 4: a new session gets the latest state, and is told when HEAD moved outside it", async () => {
    expect(sessionCommit, "scenario 2 did not commit").toBeTruthy();
    const api = project.api();
    const sandbox = project.sandbox();
    api.load({});
    const fresh = await runClaude(sandbox, api, "Where were we?", { env: TODO_WRITE_ENV });
    expectCleanRun(sandbox, fresh);
    expect(fresh.sessionId).not.toBe(sessionId);
    const freshContext = injectedContexts(firstRequest(fresh, "main")).join("\n");
    expectAll(freshContext, [...OPEN_TODOS, FINDINGS, BRANCH, COMMIT_SUBJECT]);
    for (const phrase of HEAD_MOVED_PHRASES) expect(freshContext, "HEAD did not move yet").not.toMatch(phrase);

    writeFileSync(join(sandbox.project, "NOTES.md"), "written outside Claude Code\n");
    sandbox.git("add", "NOTES.md");
    sandbox.git("commit", "-q", "-m", "Commit made outside the session");
    const newSha = sandbox.git("rev-parse", "HEAD").slice(0, SHORT_SHA);

    const after = await runClaude(sandbox, api, "Where were we now?", { env: TODO_WRITE_ENV });
    expectCleanRun(sandbox, after);
    const movedContext = injectedContexts(firstRequest(after, "main")).join("\n");
    expect(movedContext, "nothing was injected").not.toBe("");
    const saysMoved = HEAD_MOVED_PHRASES.some((p) => p.test(movedContext)) || movedContext.includes(newSha);
    expect(saysMoved, `no sign that HEAD moved to ${newSha} in:\n${movedContext}`).toBe(true);
  }, SCENARIO_TIMEOUT_MS);
});
