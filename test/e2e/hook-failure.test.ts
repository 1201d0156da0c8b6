// Scenario 12: when the hook itself cannot do its job, the session does not notice. Two failures:
// the state folder is a plain FILE (nothing can be written: every event, SessionStart to
// SessionEnd, including PreCompact and a subagent's SubagentStop, meets it), and git is missing
// from the PATH Claude Code passes on (a PATH holding only `node`; Claude Code is started by
// absolute path). Each time the session runs to its scripted end, Claude Code records no hook
// failure anywhere, and no request to the model carries hook error text.
import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { text, tool, type FakeApi, type Scenario } from "./fake-api";
import { expectCleanRun, SCENARIO_TIMEOUT_MS, useProject } from "./checks";
import { nodeOnlyPath, runClaude, TODO_WRITE_ENV, type ClaudeRun, type Sandbox } from "./harness";
import {
  firstRequest, hookErrorsInRequests, readSessionState, readTranscript, requestTexts, savedEvents, stateDir, stateInjections,
  toolErrors,
} from "./inspect";
import { todoSession, uselessCompaction, USELESS_SUMMARY_MARK } from "./scenarios";

const TODO = { content: "Tidy the importer", status: "in_progress", activeForm: "Tidying the importer" } as const;
const CLOSING = "The importer is next.";
const REPORT = "Importer survey: two dead branches in src/import.ts.";
const NOT_A_FOLDER = "this file stands where the state folder should be\n";

/** TodoWrite, a foreground subagent (so SubagentStop runs), and a closing text. */
function busySession(): Scenario {
  const base = todoSession([TODO]).main!.slice(0, 2);
  const agent = tool("Agent", { description: "Survey the importer", prompt: "Survey the importer.", subagent_type: "general-purpose", run_in_background: false });
  return { main: [...base, [agent], [text(CLOSING)]], subagent: [[text(REPORT)]] };
}

/**
 * Hook failures are checked softly: when they occur, the later runs and the request checks still
 * happen, so a broken hook shows every symptom at once.
 */
function expectSessionWentOn(sandbox: Sandbox, api: FakeApi, run: ClaudeRun, finalText: string): void {
  expectCleanRun(sandbox, run, { soft: true });
  expect(api.pending()).toEqual({ main: 0, subagent: 0, compact: 0, side: 0 });
  expect(toolErrors(readTranscript(sandbox, run.sessionId!))).toEqual([]);
  expect(run.result?.result).toBe(finalText);
}

describe.sequential("scenario 12: the state folder is a plain file", () => {
  const p = useProject();
  const runs: ClaudeRun[] = [];

  it("a working session, its /compact and the next turn all go on", async () => {
    const api = p.api();
    const sandbox = p.sandbox();
    // install keeps its record in the state folder; this scenario replaces the folder with a file.
    rmSync(stateDir(sandbox), { recursive: true, force: true });
    writeFileSync(stateDir(sandbox), NOT_A_FOLDER);
    const env = TODO_WRITE_ENV;

    api.load(busySession());
    const work = await runClaude(sandbox, api, "Tidy the importer.", { env });
    runs.push(work);
    expectSessionWentOn(sandbox, api, work, CLOSING);

    api.load(uselessCompaction());
    const compact = await runClaude(sandbox, api, "/compact", { resume: work.sessionId!, env });
    runs.push(compact);
    expectCleanRun(sandbox, compact, { soft: true });
    expect(compact.requests.map((r) => r.kind)).toEqual(["compact"]);

    api.load({ main: [[text("Carrying on.")]] });
    const next = await runClaude(sandbox, api, "Carry on.", { resume: work.sessionId!, env });
    runs.push(next);
    expectSessionWentOn(sandbox, api, next, "Carrying on.");
    expect(requestTexts(firstRequest(next, "main")).join("\n"), "not the post-compaction history").toContain(USELESS_SUMMARY_MARK);

    expect(statSync(stateDir(sandbox)).isFile()).toBe(true);
    expect(readFileSync(stateDir(sandbox), "utf8")).toBe(NOT_A_FOLDER);
  }, SCENARIO_TIMEOUT_MS);

  it("hands the model no hook error text and no state", () => {
    expect(runs.length, "no run happened").toBeGreaterThan(0);
    const requests = runs.flatMap((r) => r.requests);
    expect(hookErrorsInRequests(requests)).toEqual([]);
    expect(requests.flatMap(stateInjections)).toEqual([]);
  });
});

describe.sequential("scenario 12: git is not on PATH", () => {
  const p = useProject();
  const runs: ClaudeRun[] = [];

  it("saves the session without git state, and the next session still gets the todos", async () => {
    const api = p.api();
    const sandbox = p.sandbox();
    const env = { ...TODO_WRITE_ENV, PATH: nodeOnlyPath(sandbox) };

    api.load(busySession());
    const work = await runClaude(sandbox, api, "Tidy the importer.", { env });
    runs.push(work);
    expectSessionWentOn(sandbox, api, work, CLOSING);
    // The hook did run, and found no git.
    expect(savedEvents(sandbox, work.sessionId!)).toEqual(["SubagentStop", "Stop", "SessionEnd"]);
    const saved = readSessionState(sandbox, work.sessionId!);
    expect(saved?.git?.status).toBe("no-git");
    expect(saved?.todos?.items.map((t) => t.content)).toEqual([TODO.content]);

    api.load({ main: [[text("Back to the importer.")]] });
    const next = await runClaude(sandbox, api, "Where were we?", { env });
    runs.push(next);
    expectSessionWentOn(sandbox, api, next, "Back to the importer.");
    const injected = stateInjections(firstRequest(next, "main"));
    expect(injected).toHaveLength(1);
    expect(injected[0]).toContain(TODO.content);
    expect(injected[0]).toContain(REPORT);
  }, SCENARIO_TIMEOUT_MS);

  it("hands the model no hook error text", () => {
    expect(runs.length, "no run happened").toBeGreaterThan(0);
    expect(hookErrorsInRequests(runs.flatMap((r) => r.requests))).toEqual([]);
  });
});
