// issue 14 through the built hook: a turn ended by an API error (StopFailure in interactive mode,
// the transcript's synthetic error record with only SessionEnd in -p mode) is saved, shown, and
// announced first at the next startup; a later successful turn makes it history.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { append, line, makeProject, type Project } from "../helpers/project";

let p: Project;
afterEach(() => p?.cleanup());

const SAMPLE = JSON.parse(readFileSync(join(__dirname, "../fixtures/hook-stdin/StopFailure-rate_limit.json"), "utf8")) as Record<string, unknown>;
const context = (stdout: string): string => (JSON.parse(stdout) as { hookSpecificOutput: { additionalContext: string } }).hookSpecificOutput.additionalContext;
const startup = (p: Project, id: string) => p.run({ session_id: id, transcript_path: p.transcript(id), cwd: p.dir, hook_event_name: "SessionStart", source: "startup" });

function failedTurn(p: Project, id: string): void {
  append(
    p.transcript(id),
    line.prompt("Add CSV export to the report page"),
    line.tool("t1", "TodoWrite", { todos: [{ content: "Wire the button", status: "in_progress", activeForm: "Wiring the button" }] }),
    line.tool("w1", "Write", { file_path: join(p.dir, "src/csv.ts"), content: "export {}" }),
  );
}

describe("StopFailure", () => {
  it("saves the failed turn, records the error, and the next startup says so at the top", () => {
    p = makeProject();
    failedTurn(p, "s1");
    const r = p.run({ ...SAMPLE, session_id: "s1", transcript_path: p.transcript("s1"), cwd: p.dir });
    expect(r).toMatchObject({ status: 0, stdout: "" });
    const state = p.state("s1") as { lastEvent: string; stopped: Record<string, unknown>; lastMessage?: { text: string } };
    expect(state.lastEvent).toBe("StopFailure");
    expect(state.stopped).toMatchObject({ error: "rate_limit", status: 429, via: "StopFailure", doing: "Wire the button" });
    // The API error is not what the model said.
    expect(state.lastMessage?.text ?? "").not.toContain("429");
    const md = p.read(".last-state.md");
    expect(md).toContain("**Stopped on a rate limit (API error 429)**");
    expect(md).toContain("src/csv.ts");

    const ctx = context(startup(p, "s2").stdout);
    const first = ctx.split("\n")[0] ?? "";
    expect(first).toMatch(/^The previous session stopped on a rate limit \(API error 429\) at \d\d:\d\d UTC while working on: Wire the button\. Continue from there\.$/);
    expect(ctx).toContain("src/csv.ts");

    const status = p.run("", {}, ["status"]).stdout;
    expect(status).toContain("stopped   on a rate limit (API error 429)");
    expect(p.run("", {}, ["list"]).stdout).toContain("[stopped: rate limit]");
    expect(p.run("", {}, ["export"]).stdout).toContain("**Stopped on a rate limit (API error 429)**");
  });

  it("a later successful turn of the same session makes the failure history", () => {
    p = makeProject();
    failedTurn(p, "s1");
    p.run({ ...SAMPLE, session_id: "s1", transcript_path: p.transcript("s1"), cwd: p.dir });
    append(p.transcript("s1"), line.prompt("go on"), line.text("Done."));
    p.run({ session_id: "s1", transcript_path: p.transcript("s1"), cwd: p.dir, hook_event_name: "Stop", last_assistant_message: "Done." });
    const state = p.state("s1") as { stopped: { recoveredAt?: string } };
    expect(state.stopped.recoveredAt).toBeDefined();
    expect(context(startup(p, "s2").stdout)).not.toContain("stopped on");
    expect(p.read(".last-state.md")).toContain("A later turn succeeded");
  });

  it("-p mode: only SessionEnd fires; the transcript's synthetic error record is detected", () => {
    p = makeProject();
    failedTurn(p, "s1");
    append(p.transcript("s1"), {
      type: "assistant",
      isSidechain: false,
      timestamp: new Date().toISOString(),
      message: { model: "<synthetic>", role: "assistant", content: [{ type: "text", text: "API Error: Request rejected (429) · Number of request tokens has exceeded your per-minute rate limit" }] },
      error: "rate_limit",
      isApiErrorMessage: true,
    });
    p.run({ session_id: "s1", transcript_path: p.transcript("s1"), cwd: p.dir, hook_event_name: "SessionEnd", reason: "other" });
    expect(p.state("s1")).toMatchObject({ stopped: { error: "rate_limit", status: 429, via: "transcript" }, endReason: "other" });
    expect(context(startup(p, "s2").stdout).split("\n")[0]).toContain("The previous session stopped on a rate limit (API error 429)");
  });
});

describe("PostModelSwitch", () => {
  it("records from/to and when in a saved session, prints nothing, and the handoff lists it", () => {
    p = makeProject();
    failedTurn(p, "s1");
    p.run({ session_id: "s1", transcript_path: p.transcript("s1"), cwd: p.dir, hook_event_name: "Stop" });
    const r = p.run({ session_id: "s1", transcript_path: p.transcript("s1"), cwd: p.dir, hook_event_name: "PostModelSwitch", from_model: "claude-opus-5", to_model: "claude-sonnet-5", source: "user" });
    expect(r).toMatchObject({ status: 0, stdout: "" });
    expect((p.state("s1") as { models: unknown[] }).models).toMatchObject([{ from: "claude-opus-5", to: "claude-sonnet-5", source: "user" }]);
    expect(p.run("", {}, ["export"]).stdout).toMatch(/## Model switches\n\n- .+: claude-opus-5 → claude-sonnet-5 \(user\)/);
    // A session never saved is not created by a switch alone.
    p.run({ session_id: "s9", cwd: p.dir, hook_event_name: "PostModelSwitch", from_model: "a", to_model: "b" });
    expect(() => p.state("s9")).toThrow();
  });
});
