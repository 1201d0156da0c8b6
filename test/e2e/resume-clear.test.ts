// Scenario 8: `--resume` and `/clear` get nothing from the hook by default, and get the saved state
// once the project opts in (`.claude/session-state.json` plus a SessionStart matcher for
// resume|clear). Three projects: the shipped settings as installed; the matcher added but no opt-in
// (so the hook's own default is what keeps quiet); and both. In -p, `--resume <id> "/clear"` makes
// no model request: the clear context reaches the model in the first request of the next
// `--resume` of the new session, so that is where it is looked for.
import { describe, expect, it } from "vitest";
import type { RecordedRequest } from "./fake-api";
import { expectCleanRun, SCENARIO_TIMEOUT_MS, useProject } from "./checks";
import { addSessionStartMatcher, runClaude, TODO_WRITE_ENV, writeStateSettings } from "./harness";
import { firstRequest, readHookLog, readTranscript, stateInjections, type TranscriptEntry } from "./inspect";
import { todoSession } from "./scenarios";

const TODO = { content: "Migrate the billing tables", status: "in_progress", activeForm: "Migrating the billing tables" } as const;
const env = TODO_WRITE_ENV;

type Setup = "shipped" | "matcher only" | "opted in";

/** The contexts a hook added to a transcript (what the next request replays to the model). */
function addedContexts(entries: TranscriptEntry[]): string[] {
  return entries
    .filter((e) => e.type === "attachment")
    .map((e) => e.attachment as { type?: string; content?: unknown })
    .filter((a) => a?.type === "hook_additional_context")
    .map((a) => JSON.stringify(a.content));
}

const injectionsIn = (requests: RecordedRequest[]): string[] => requests.flatMap(stateInjections);

function project(setup: Setup): ReturnType<typeof useProject> {
  return useProject((sandbox) => {
    if (setup !== "shipped") addSessionStartMatcher(sandbox, "resume|clear");
    if (setup === "opted in") writeStateSettings(sandbox, { inject: { resume: true, clear: true } });
  });
}

for (const setup of ["shipped", "matcher only"] as const) {
  describe.sequential(`scenario 8, ${setup} settings: nothing is injected on resume or clear`, () => {
    const p = project(setup);

    it("injects nothing on --resume, on /clear, nor in the cleared session's next request", async () => {
      const api = p.api();
      const sandbox = p.sandbox();
      api.load(todoSession([TODO]));
      const first = await runClaude(sandbox, api, "Plan the billing migration.", { env });
      expectCleanRun(sandbox, first);
      expect(readHookLog(sandbox), "the first session was not saved").toContain(`saved on Stop for ${first.sessionId}`);

      api.load({});
      const resumed = await runClaude(sandbox, api, "Continue.", { resume: first.sessionId!, env });
      expectCleanRun(sandbox, resumed);
      expect(resumed.requests.filter((r) => r.kind === "main")).not.toHaveLength(0);
      expect(injectionsIn(resumed.requests)).toEqual([]);

      const cleared = await runClaude(sandbox, api, "/clear", { resume: first.sessionId!, env });
      expectCleanRun(sandbox, cleared);
      expect(cleared.sessionId, "/clear did not start a new session").not.toBe(first.sessionId);
      expect(addedContexts(readTranscript(sandbox, cleared.sessionId!))).toEqual([]);

      const after = await runClaude(sandbox, api, "Go on.", { resume: cleared.sessionId!, env });
      expectCleanRun(sandbox, after);
      expect(after.requests.filter((r) => r.kind === "main")).not.toHaveLength(0);
      expect(injectionsIn(after.requests)).toEqual([]);
      expect(readHookLog(sandbox)).not.toMatch(/injected \d+ characters on SessionStart (resume|clear)/);
    }, SCENARIO_TIMEOUT_MS);
  });
}

describe.sequential("scenario 8, opted in: resume and clear get the saved state", () => {
  const p = project("opted in");
  let firstId: string;

  it("injects the session's own state on --resume", async () => {
    const api = p.api();
    const sandbox = p.sandbox();
    api.load(todoSession([TODO]));
    const first = await runClaude(sandbox, api, "Plan the billing migration.", { env });
    expectCleanRun(sandbox, first);
    firstId = first.sessionId!;

    api.load({});
    const resumed = await runClaude(sandbox, api, "Continue.", { resume: firstId, env });
    expectCleanRun(sandbox, resumed);
    const injected = stateInjections(firstRequest(resumed, "main"));
    expect(injected).toHaveLength(1);
    expect(injected[0]).toContain(firstId);
    expect(injected[0]).toContain(TODO.content);
  }, SCENARIO_TIMEOUT_MS);

  it("injects the project's latest state on /clear", async () => {
    expect(firstId, "the first session did not run").toBeTruthy();
    const api = p.api();
    const sandbox = p.sandbox();
    api.load({});
    const cleared = await runClaude(sandbox, api, "/clear", { resume: firstId, env });
    expectCleanRun(sandbox, cleared);
    expect(cleared.sessionId).not.toBe(firstId);
    const added = addedContexts(readTranscript(sandbox, cleared.sessionId!));
    expect(added.join("\n"), "no context added at SessionStart(clear)").toContain(TODO.content);

    const after = await runClaude(sandbox, api, "Go on.", { resume: cleared.sessionId!, env });
    expectCleanRun(sandbox, after);
    const injected = stateInjections(firstRequest(after, "main"));
    // The clear context restores the session that was cleared; the resume context (also on) the new one.
    const fromClear = injected.filter((t) => t.includes(`session ${firstId}`));
    expect(fromClear, injected.join("\n---\n")).toHaveLength(1);
    expect(fromClear[0]).toContain(TODO.content);
  }, SCENARIO_TIMEOUT_MS);

  it("accepts the partial settings file without complaint", () => {
    // `{"inject":{"resume":true,"clear":true}}` leaves startup/compact to their defaults; that is a
    // valid file, so the log must not say it was ignored.
    expect(readHookLog(p.sandbox())).not.toMatch(/session-state\.json ignored/);
  });
});
