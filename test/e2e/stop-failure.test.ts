// issue 14, sections 1 and 2, as a person meets it in the interactive CLI (under tmux; StopFailure
// fires only there, reference §10): session A, in one account's config folder, writes a plan, sets
// todos and writes a file; its next request gets a 429. StopFailure must save that turn. Then, with
// A still open, a second terminal starts session B in another account's config folder in the same
// project: its first request must carry A's todos, the file of the failed turn and the rate limit.
// Closing A afterwards (SessionEnd) keeps the failure on record.
// Both folders are under ~/.ccs/instances/ (an account switcher's layout), so B can prove A's state
// is this user's (issue 15: A's transcript is in one of the user's config folders).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { count, SCENARIO_TIMEOUT_MS, useProject } from "./checks";
import { rateLimited, text, tool } from "./fake-api";
import { claudeEnv, runClaude, TODO_WRITE_ENV } from "./harness";
import { injectedContexts, readHookLog, readLastState, readSessionState, requestSession, stateInjections } from "./inspect";
import { hasTmux, reportMissingTmux, seedConfig, tmuxClaude, until } from "./tmux";

reportMissingTmux("stop-failure");

const PLAN = "# CSV import\n\n- [ ] Write the CSV parser\n- [ ] Wire it into the importer\n";
const TODOS = [
  { content: "Write the CSV parser", status: "in_progress", activeForm: "Writing the CSV parser" },
  { content: "Wire the parser into the importer", status: "pending", activeForm: "Wiring the parser into the importer" },
];
const FIRST = "Plan the CSV import.";
const SECOND = "Write the parser now.";

/** The lines of one `## …` section of .last-state.md. */
function section(markdown: string, heading: string): string {
  const from = markdown.indexOf(`${heading}\n`);
  if (from < 0) return "";
  const rest = markdown.slice(from + heading.length + 1);
  const next = rest.search(/^## /m);
  return next < 0 ? rest : rest.slice(0, next);
}

describe.skipIf(!hasTmux).sequential("scenario: a rate limit in an open terminal, then claude in another account", () => {
  const instances = (home: string) => join(home, ".ccs/instances");
  const p = useProject((sandbox) => seedConfig(sandbox, [join(instances(sandbox.home), "work")]));

  it("StopFailure saves the failed turn, and the second terminal is handed its work while A is still open", async () => {
    const api = p.api();
    const sandbox = p.sandbox();
    const dirA = join(instances(sandbox.home), "work");
    const dirB = join(instances(sandbox.home), "personal");
    const csv = join(sandbox.project, "src/csv.ts");
    api.load({
      main: [
        [tool("Write", { file_path: join(sandbox.project, "PLAN.md"), content: PLAN })],
        [tool("ToolSearch", { query: "select:TodoWrite", max_results: 5 })],
        [tool("TodoWrite", { todos: TODOS })],
        [text("The plan and the todos are in place.")],
        [tool("Write", { file_path: csv, content: "export const parse = (s: string) => s.split(',');\n" })],
        [rateLimited()],
      ],
    });
    const log = () => readHookLog(sandbox);
    const env = claudeEnv(sandbox, api, { ...TODO_WRITE_ENV, CLAUDE_CONFIG_DIR: dirA });
    const a = tmuxClaude(sandbox, env, ["--permission-mode", "acceptEdits"], "a");
    const diag = () => `--- screen ---\n${a.screen()}\n--- hook.log ---\n${log()}\n--- pending ---\n${JSON.stringify(api.pending())}`;
    try {
      await until("the prompt", () => /accept edits/i.test(a.screen()), diag);
      await a.type(FIRST);
      await until("the first Stop", () => /saved on Stop for /.test(log()), diag);
      const idA = /saved on Stop for (\S+)/.exec(log())![1]!;

      await a.type(SECOND);
      await until("the StopFailure", () => log().includes(`saved on StopFailure for ${idA}`), diag);
      expect(readFileSync(csv, "utf8"), "the failed turn's Write ran").toContain("export const parse");
      expect(api.pending().main, "A did not get as far as the 429").toBe(0);

      // Saved by StopFailure, not by a Stop (none fires for the failed turn).
      expect(count(log(), `saved on Stop for ${idA}`), log()).toBe(1);
      const state = readSessionState(sandbox, idA) as unknown as { stopped?: Record<string, unknown>; todos?: { items: Array<{ content: string }> } };
      expect(state.stopped, JSON.stringify(state.stopped)).toMatchObject({ error: "rate_limit", status: 429, via: "StopFailure" });
      expect(state.stopped?.recoveredAt).toBeUndefined();
      expect(state.todos?.items.map((t) => t.content)).toEqual(TODOS.map((t) => t.content));
      const last = readLastState(sandbox) ?? "";
      expect(last).toContain(`session \`${idA}\` · on StopFailure`);
      expect(last).toContain("**Stopped on a rate limit (API error 429)**");
      expect(section(last, "## Files touched")).toContain("src/csv.ts");
      expect(section(last, "## Todos")).toContain("Write the CSV parser");

      // The second terminal: another account, same project, A still open at its prompt.
      expect(a.alive(), "A exited after the 429").toBe(true);
      api.load({ main: [[text("Continuing with the parser.")]] });
      const b = await runClaude(sandbox, api, "Continue.", { env: { CLAUDE_CONFIG_DIR: dirB } });
      expect(b.exitCode, b.stderr).toBe(0);
      expect(b.sessionId).toBeTruthy();
      expect(b.sessionId).not.toBe(idA);
      const first = b.requests.find((r) => r.kind === "main" && requestSession(r) === b.sessionId);
      expect(first, "session B made no request").toBeDefined();
      const injected = stateInjections(first!);
      expect(injected, `B was handed no state\n${log()}`).toHaveLength(1);
      const handed = injected[0]!;
      expect(handed).toContain(`session ${idA}`);
      // The rate limit is said first, just before the restored state's own header line.
      const context = injectedContexts(first!).join("\n");
      const notice = context.indexOf("The previous session stopped on a rate limit (API error 429)");
      expect(notice, context).toBeGreaterThanOrEqual(0);
      expect(context.indexOf("[session-state] Restored state of session")).toBeGreaterThan(notice);
      expect(context.slice(notice).split("\n")[0]).toContain("while working on: Write the CSV parser");
      expect(handed).toContain("Wire the parser into the importer");
      expect(handed).toContain("src/csv.ts");
      expect(handed).toContain(SECOND.slice(0, -1));
      expect(a.alive(), "A exited while B ran").toBe(true);

      // Closing A's terminal ends it (SessionEnd), and the failure is still news: no turn got past it.
      await a.kill();
      expect(log()).toContain(`saved on SessionEnd for ${idA}`);
      const ended = readSessionState(sandbox, idA) as unknown as { stopped?: Record<string, unknown> };
      // `via` may turn to "transcript" here: when the synthetic error record reached the transcript
      // only after StopFailure's save, SessionEnd reads it then and records the same failure again.
      expect(ended.stopped).toMatchObject({ error: "rate_limit", status: 429 });
      expect(ended.stopped?.recoveredAt).toBeUndefined();
    } finally {
      await a.kill();
    }
  }, SCENARIO_TIMEOUT_MS);
});
