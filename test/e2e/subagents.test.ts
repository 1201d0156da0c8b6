// Scenarios 6 and 7: subagent outputs are recorded once each, whatever the order and overlap of
// the hooks. 6: a background subagent (the default) — Stop runs while it still works, SubagentStop
// later, Stop again after its result came back — ends as ONE completed entry holding its final text.
// 7: three subagents started in one assistant message (foreground and background), whose
// SubagentStop hooks run side by side, all end up in the state file and in the next injection; in
// the foreground case the state is also read between the last SubagentStop and Stop, so the three
// results must have been saved by the parallel SubagentStop hooks themselves (a later Stop could
// otherwise recover them from the transcript and hide a lost update).
import { describe, expect, it } from "vitest";
import { count, expectAll, expectCleanRun, SCENARIO_TIMEOUT_MS, useProject } from "./checks";
import { runClaude } from "./harness";
import {
  firstRequest, launchedAgentIds, readAllSessionStates, readLastState, readSessionState, readTranscript, requestTexts, savedEvents, stateInjections,
  toolErrors, watchSubagents, type SavedState,
} from "./inspect";
import { BACKGROUND_FINDINGS, backgroundAgentSession, PARALLEL_FINDINGS, threeAgentsSession } from "./scenarios";

describe.sequential("scenario 6: a background subagent", () => {
  const project = useProject();
  let sessionId: string;

  it("is saved as running at the first Stop, then completed exactly once with its final text", async () => {
    const api = project.api();
    const sandbox = project.sandbox();
    api.load(backgroundAgentSession());
    const watch = watchSubagents(sandbox);
    const run = await runClaude(sandbox, api, "Survey the auth module in the background.");
    const sightings = watch.stop();
    expectCleanRun(sandbox, run);
    sessionId = run.sessionId!;
    expect(api.pending()).toEqual({ main: 0, subagent: 0, compact: 0, side: 0 });
    const entries = readTranscript(sandbox, sessionId);
    expect(toolErrors(entries)).toEqual([]);
    const [agentId, ...others] = launchedAgentIds(entries);
    expect(agentId, "Claude Code reported no agent id").toBeTruthy();
    expect(others).toEqual([]);

    // The order Claude Code ran the hooks in, as the hook logged its saves.
    expect(savedEvents(sandbox, sessionId)).toEqual(["Stop", "SubagentStop", "Stop", "SessionEnd"]);
    // The result came back to the main thread (a task notification in a later request).
    const lastMain = run.requests.filter((r) => r.kind === "main").at(-1)!;
    expect(requestTexts(lastMain).join("\n")).toContain(BACKGROUND_FINDINGS);

    // The first Stop saw it running, under the same id that later completed.
    expect(sightings).toEqual([
      { id: agentId, status: "running" },
      { id: agentId, status: "completed" },
    ]);
    const saved = readSessionState(sandbox, sessionId)!;
    expect(saved.subagents.map((a) => ({ id: a.id, status: a.status, excerpt: a.excerpt }))).toEqual([
      { id: agentId, status: "completed", excerpt: BACKGROUND_FINDINGS },
    ]);
    expect(count(readLastState(sandbox) ?? "", BACKGROUND_FINDINGS)).toBe(1);
  }, SCENARIO_TIMEOUT_MS);

  it("is handed to the next session once, as finished", async () => {
    expect(sessionId, "the background session did not run").toBeTruthy();
    const api = project.api();
    const sandbox = project.sandbox();
    api.load({});
    const next = await runClaude(sandbox, api, "What did the survey find?");
    expectCleanRun(sandbox, next);
    const injected = stateInjections(firstRequest(next, "main"));
    expect(injected).toHaveLength(1);
    expect(count(injected[0]!, BACKGROUND_FINDINGS)).toBe(1);
    expect(injected[0]).not.toMatch(/still running/i);
  }, SCENARIO_TIMEOUT_MS);
});

for (const background of [false, true]) {
  const mode = background ? "background" : "foreground";
  describe.sequential(`scenario 7: three ${mode} subagents started in one message`, () => {
    const project = useProject();
    let sessionId: string;

    it("records all three outputs", async () => {
      const api = project.api();
      const sandbox = project.sandbox();
      api.load(threeAgentsSession(background));
      // Foreground: the main request after the three results arrives once all three SubagentStop
      // hooks are done, and before Stop; its reply is held back, so this is what they saved.
      let beforeStop: SavedState[] | null = null;
      if (!background) void api.arrived("main", 2).then(() => (beforeStop = readAllSessionStates(sandbox)));
      const run = await runClaude(sandbox, api, "Survey the parser, the CLI and the docs at once.");
      expectCleanRun(sandbox, run);
      sessionId = run.sessionId!;
      expect(api.pending().subagent, "not every subagent asked the model").toBe(0);
      const entries = readTranscript(sandbox, sessionId);
      expect(toolErrors(entries)).toEqual([]);
      const agentIds = launchedAgentIds(entries);
      expect(agentIds).toHaveLength(3);
      const events = savedEvents(sandbox, sessionId);
      expect(events.filter((e) => e === "SubagentStop")).toHaveLength(3);
      if (!background) {
        expect(events.slice(0, 3)).toEqual(["SubagentStop", "SubagentStop", "SubagentStop"]);
        expect(beforeStop, "the request after the three results never came").not.toBeNull();
        const fromSubagentStops = beforeStop!.flatMap((st) => st.subagents).map((a) => `${a.status}: ${a.excerpt}`);
        expect(fromSubagentStops.sort()).toEqual(PARALLEL_FINDINGS.map((f) => `completed: ${f}`).sort());
      }

      const saved = readSessionState(sandbox, sessionId)!;
      const byId = new Map(saved.subagents.map((a) => [a.id, a]));
      expect([...byId.keys()].sort()).toEqual([...agentIds].sort());
      expect(saved.subagents.map((a) => a.status)).toEqual(["completed", "completed", "completed"]);
      expect(saved.subagents.map((a) => a.excerpt).sort()).toEqual([...PARALLEL_FINDINGS].sort());
      expectAll(readLastState(sandbox) ?? "", PARALLEL_FINDINGS);
    }, SCENARIO_TIMEOUT_MS);

    it("hands all three to the next session", async () => {
      expect(sessionId, "the three-agent session did not run").toBeTruthy();
      const api = project.api();
      const sandbox = project.sandbox();
      api.load({});
      const next = await runClaude(sandbox, api, "What did the three surveys find?");
      expectCleanRun(sandbox, next);
      const injected = stateInjections(firstRequest(next, "main"));
      expect(injected).toHaveLength(1);
      expectAll(injected[0]!, PARALLEL_FINDINGS);
    }, SCENARIO_TIMEOUT_MS);
  });
}
