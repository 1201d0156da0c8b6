// issue 14, "Done when": `recover` advice for a healthy and a bloated session under the real CLI.
// The context size recover judges by is the usage Claude Code wrote into the transcript, so the
// fake API reports the usage: a small one (resume it) and 150k input tokens (start fresh). The
// `--to` copy followed by a real `claude --resume` is in rate-limit.test.ts.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectCleanRun, SCENARIO_TIMEOUT_MS, useProject } from "./checks";
import { reportUsage, text } from "./fake-api";
import { bundlePath, runClaude, type Sandbox } from "./harness";
import { readTranscript } from "./inspect";

type Advice = {
  session: { id: string; origin: string } | null;
  contextTokens: number | null;
  threshold: number;
  advice: "resume" | "fresh";
  command: string;
  copiedTo: string | null;
  injectChars: number;
  exportCommand: string | null;
};

function recover(sandbox: Sandbox, ...args: string[]): string {
  return execFileSync(process.execPath, [bundlePath, "recover", ...args], {
    cwd: sandbox.project,
    env: { PATH: process.env.PATH, HOME: sandbox.home, CLAUDE_CONFIG_DIR: join(sandbox.home, ".claude"), TZ: "UTC", NO_COLOR: "1" },
    encoding: "utf8",
  });
}

/** The usage Claude Code wrote for the session's last model answer, to tell a fake-API miss from a recover bug. */
function lastUsage(sandbox: Sandbox, sessionId: string): unknown {
  const answers = readTranscript(sandbox, sessionId).filter((e) => e.type === "assistant");
  return (answers[answers.length - 1]?.message as { usage?: unknown } | undefined)?.usage;
}

/** Every file under the project and the config folder, to show recover without --to changes nothing. */
function snapshot(sandbox: Sandbox): string[] {
  return [sandbox.project, join(sandbox.home, ".claude")]
    .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).map((d) => join(d.parentPath, d.name)))
    .filter((p) => !p.includes("/.git/"))
    .sort();
}

describe.sequential("issue 14: recover advice for a healthy and a bloated session", () => {
  const p = useProject();

  it("a small context: resume it with claude --resume <id>", async () => {
    const api = p.api();
    const sandbox = p.sandbox();
    api.load({ main: [[reportUsage(2_000), text("The parser is written.")]] });
    const run = await runClaude(sandbox, api, "Write the CSV parser.");
    expectCleanRun(sandbox, run);
    const id = run.sessionId!;
    const before = snapshot(sandbox);
    const advice = JSON.parse(recover(sandbox, "--json")) as Advice;
    expect(advice.session?.id, JSON.stringify(advice)).toBe(id);
    expect(advice.contextTokens, JSON.stringify(lastUsage(sandbox, id))).toBe(2_000);
    expect(advice.advice).toBe("resume");
    expect(advice.command).toBe(`claude --resume ${id}`);
    expect(advice.exportCommand).toBeNull();
    expect(advice.copiedTo).toBeNull();
    const told = recover(sandbox);
    expect(told).toContain(`Last active session here: ${id}`);
    expect(told).toContain("Advice: resume it");
    expect(told).toMatch(new RegExp(`^  claude --resume ${id}$`, "m"));
    expect(snapshot(sandbox), "recover without --to changed files").toEqual(before);
  }, SCENARIO_TIMEOUT_MS);

  it("a bloated context (150k input tokens): start fresh, the hook hands over the saved state", async () => {
    const api = p.api();
    const sandbox = p.sandbox();
    api.load({ main: [[reportUsage(150_000), text("The reader is switched.")]] });
    const run = await runClaude(sandbox, api, "Switch the readers to the new parser.");
    expectCleanRun(sandbox, run);
    const id = run.sessionId!;
    const advice = JSON.parse(recover(sandbox, "--json")) as Advice;
    expect(advice.session?.id, JSON.stringify(advice)).toBe(id);
    expect(advice.contextTokens, JSON.stringify(lastUsage(sandbox, id))).toBe(150_000);
    expect(advice.threshold).toBe(100_000);
    expect(advice.advice).toBe("fresh");
    expect(advice.command).toBe("claude");
    expect(advice.exportCommand).toMatch(/^node \S*session-state\.cjs export --out handoff\.md$/);
    // What a fresh claude would be handed: this session's state, so not nothing.
    expect(advice.injectChars).toBeGreaterThan(0);
    const told = recover(sandbox);
    expect(told).toContain("bloated: 100,000 or more");
    expect(told).toContain("Advice: start fresh");
    expect(told).toMatch(/^  claude$/m);
    expect(told).toMatch(/node \S*session-state\.cjs export --out handoff\.md/);
    // The same session under a higher threshold is healthy again: the advice follows the number.
    const raised = JSON.parse(recover(sandbox, "--json", "--threshold", "200k")) as Advice;
    expect(raised.advice).toBe("resume");
    expect(raised.command).toBe(`claude --resume ${id}`);
  }, SCENARIO_TIMEOUT_MS);
});
