// issue 14 under the real CLI (-p): a turn ended by a 429 is saved from SessionEnd (in -p no Stop
// and no StopFailure fire) and the next session, in another config folder, is told so first along
// with the failed turn's todos and file; `recover --to` copies a healthy session to another config
// folder where a real `claude --resume` answers with its history; both slash commands run.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCENARIO_TIMEOUT_MS, useProject } from "./checks";
import { rateLimited, text, tool } from "./fake-api";
import { bundlePath, runClaude, TODO_WRITE_ENV } from "./harness";
import { readHookLog, readSessionState, requestTexts, stateDir } from "./inspect";

const env = TODO_WRITE_ENV;
const TODO = { content: "Write the CSV parser", status: "in_progress", activeForm: "Writing the CSV parser" };

describe.sequential("issue 14: rate limits under the real CLI", () => {
  const p = useProject();
  let failedId = "";

  it("-p: the 429 that ends a turn is detected from SessionEnd and announced to the next session in another config folder", async () => {
    const api = p.api();
    const sandbox = p.sandbox();
    const csv = join(sandbox.project, "src/csv.ts");
    api.load({
      main: [
        [tool("ToolSearch", { query: "select:TodoWrite", max_results: 5 })],
        [tool("TodoWrite", { todos: [TODO] })],
        [tool("Write", { file_path: csv, content: "export const parse = (s: string) => s.split(',');\n" })],
        [rateLimited()],
      ],
    });
    const a = await runClaude(sandbox, api, "Add a CSV parser.", { env });
    failedId = a.sessionId ?? JSON.parse(a.stdout.trim().split("\n").pop() ?? "{}").session_id;
    expect(existsSync(csv), "the failed turn's tool ran").toBe(true);
    expect(readHookLog(sandbox)).toContain(`saved on SessionEnd for ${failedId}`);
    const state = readSessionState(sandbox, failedId) as unknown as { stopped?: { error: string; status?: number; via: string } };
    // -p fires only SessionEnd (reference §10), so the record comes from the transcript; a CLI that
    // also fires StopFailure there is just as good. Printed when it differs, to learn which.
    expect(state.stopped, JSON.stringify(state.stopped)).toMatchObject({ error: "rate_limit" });
    expect(["transcript", "StopFailure"]).toContain(state.stopped?.via);

    const other = join(sandbox.root, "other-account");
    mkdirSync(other, { recursive: true });
    api.load({ main: [[text("Continuing.")]] });
    const b = await runClaude(sandbox, api, "Continue.", { env: { ...env, CLAUDE_CONFIG_DIR: other } });
    const first = b.requests.find((r) => r.kind === "main");
    expect(first, "session B made no request").toBeDefined();
    const sent = requestTexts(first!).join("\n");
    expect(sent).toContain("The previous session stopped on a rate limit");
    expect(sent).toContain("while working on: Write the CSV parser");
    expect(sent).toContain("src/csv.ts");
  }, SCENARIO_TIMEOUT_MS);

  it("recover --to copies the healthy session, and claude --resume there answers with its history", async () => {
    const api = p.api();
    const sandbox = p.sandbox();
    const target = join(sandbox.root, "third-account");
    mkdirSync(target, { recursive: true });
    const out = execFileSync(process.execPath, [bundlePath, "recover", "--json", "--to", target], {
      cwd: sandbox.project,
      env: { PATH: process.env.PATH, HOME: sandbox.home, CLAUDE_CONFIG_DIR: join(sandbox.home, ".claude"), TZ: "UTC" },
      encoding: "utf8",
    });
    const advice = JSON.parse(out) as { session: { id: string }; advice: string; command: string; stopped: { kind: string } };
    // Session B lives in a folder recover does not know (not current, $CLAUDE_CONFIG_DIR, ~/.claude
    // or ~/.ccs/instances): the last session here is A, cut off by the rate limit, still small.
    expect(advice.session.id).toBe(failedId);
    expect(advice.stopped.kind).toBe("rate-limit");
    expect(advice.advice).toBe("resume");
    expect(advice.command).toBe(`CLAUDE_CONFIG_DIR=${target} claude --resume ${advice.session.id}`);
    api.load({ main: [[text("Resumed.")]] });
    const resumed = await runClaude(sandbox, api, "Where were we?", { resume: advice.session.id, env: { ...env, CLAUDE_CONFIG_DIR: target } });
    const first = resumed.requests.find((r) => r.kind === "main");
    expect(first, "the resumed session made no request").toBeDefined();
    // The history of the copied session is in the request: its own first prompt.
    expect(requestTexts(first!).join("\n")).toContain("Add a CSV parser.");
  }, SCENARIO_TIMEOUT_MS);

  it("/session-state-restore brings the saved state into the conversation; /session-state-handoff writes the note and says where", async () => {
    const api = p.api();
    const sandbox = p.sandbox();
    api.load({ main: [[text("Restored.")]] });
    const restore = await runClaude(sandbox, api, "/session-state-restore", { env });
    const sent = restore.requests.filter((r) => r.kind === "main").map((r) => requestTexts(r).join("\n")).join("\n");
    expect(sent).toContain("[session-state] Restored state of session");
    expect(sent).toContain("The saved state of this project's latest Claude Code session");

    api.load({ main: [[text("The note is written.")]] });
    const handoff = await runClaude(sandbox, api, "/session-state-handoff", { env });
    const note = join(stateDir(sandbox), "handoff.md");
    expect(existsSync(note)).toBe(true);
    expect(readFileSync(note, "utf8")).toContain("# Handoff: work in progress in");
    const told = handoff.requests.filter((r) => r.kind === "main").map((r) => requestTexts(r).join("\n")).join("\n");
    expect(told).toContain(`Wrote the handoff to ${note}`);
  }, SCENARIO_TIMEOUT_MS);
});
