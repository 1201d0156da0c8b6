// Issue 12, item 3, exactly as a person met it, in the interactive CLI (under tmux): plan mode,
// /compact, a prompt, /clear, /exit; then a new `claude` in the same project. The session /clear
// started saves on SessionEnd with no request and no work of its own: it must not become the
// project's latest state, so the next startup is still told the request and the plan.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { text, tool } from "./fake-api";
import { expectCleanRun, SCENARIO_TIMEOUT_MS, useProject } from "./checks";
import { claudeEnv, runClaude } from "./harness";
import { firstRequest, readHookLog, stateDir, stateInjections } from "./inspect";
import { hasTmux, reportMissingTmux, seedConfig, sleep, tmuxClaude, until } from "./tmux";

const REQUEST = "Plan the billing migration.";
const PLAN = "# Billing migration\n\n- [ ] Copy the invoices table\n- [ ] Switch the readers\n";
const SECOND = "Start with the invoices table.";

reportMissingTmux("clear-exit");

/** The Write the model makes in plan mode: to the plan file Claude Code named in its request. */
const writePlan = (body: unknown) => {
  const file = /[^"\s`]*\/plans\/[a-z0-9-]+\.md/.exec(JSON.stringify(body))?.[0];
  return file ? [tool("Write", { file_path: file, content: PLAN })] : [text("No plan file was named.")];
};

describe.skipIf(!hasTmux).sequential("scenario: plan mode, /compact, a prompt, /clear, /exit, then a new claude", () => {
  const p = useProject((sandbox) => seedConfig(sandbox));

  it("the next startup still gets the request and the plan of the session that did the work", async () => {
    const api = p.api();
    const sandbox = p.sandbox();
    api.load({
      main: [writePlan, [tool("ExitPlanMode", {})], [text("Plan approved; the invoices table comes first.")], [text("Copying the invoices table now.")]],
      compact: [[text("<analysis>\nnothing\n</analysis>\n<summary>\nThe user asked for a billing migration plan.\n</summary>")]],
    });
    const log = () => readHookLog(sandbox);
    const cc = tmuxClaude(sandbox, claudeEnv(sandbox, api), ["--permission-mode", "plan"]);
    const diag = () => `--- screen ---\n${cc.screen()}\n--- hook.log ---\n${log()}`;
    try {
      await until("the prompt", () => /plan mode/i.test(cc.screen()), diag);
      await cc.type(REQUEST);
      await until("the plan to be offered", () => /would you like to proceed/i.test(cc.screen()), diag);
      // The dialog may take a moment to accept keys: press again while it is still there.
      let pressed = 0;
      await until("the first Stop", () => {
        if (Date.now() - pressed > 2000 && /would you like to proceed/i.test(cc.screen())) {
          cc.key("Enter");
          pressed = Date.now();
        }
        return /saved on Stop for /.test(log());
      }, diag);
      const workId = /saved on Stop for (\S+)/.exec(log())![1]!;

      await cc.type("/compact");
      await until("the compaction", () => /injected \d+ characters on SessionStart compact/.test(log()), diag);
      await cc.type(SECOND);
      await until("the second Stop", () => (log().match(new RegExp(`saved on Stop for ${workId}`, "g")) ?? []).length >= 2, diag);

      await cc.type("/clear");
      await until("the SessionEnd of the cleared session", () => log().includes(`saved on SessionEnd for ${workId}`), diag);
      await sleep(1000);
      await cc.type("/exit");
      await until("the CLI to exit", () => !cc.alive(), diag);
      const ends = [...log().matchAll(/saved on SessionEnd for (\S+)/g)].map((m) => m[1]);
      const clearedId = ends.find((id) => id !== workId);
      expect(clearedId, `the session /clear started saved nothing on /exit\n${log()}`).toBeTruthy();

      // The fresh session kept its own file, but the project's latest is still the working one.
      const latest = JSON.parse(readFileSync(join(stateDir(sandbox), "latest.json"), "utf8")) as { sessionId: string };
      expect(latest.sessionId).toBe(workId);

      api.load({});
      const next = await runClaude(sandbox, api, "Where were we?");
      expectCleanRun(sandbox, next);
      const injected = stateInjections(firstRequest(next, "main"));
      expect(injected).toHaveLength(1);
      expect(injected[0]).toContain(`session ${workId}`);
      expect(injected[0]).toContain(REQUEST.slice(0, -1));
      expect(injected[0]).toContain(SECOND.slice(0, -1));
      expect(injected[0]).toContain("Billing migration");
      expect(injected[0]).toContain("Copy the invoices table");

      // A normal session with a /compact and a /clear leaves doctor nothing to warn about in hook.log.
      const doctor = spawnSync(process.execPath, [join(sandbox.project, ".claude/hooks/session-state.cjs"), "doctor"], {
        cwd: sandbox.project,
        env: { PATH: process.env.PATH, HOME: sandbox.home, CLAUDE_CONFIG_DIR: join(sandbox.home, ".claude"), NO_COLOR: "1" },
        encoding: "utf8",
      });
      expect(doctor.stdout).toMatch(/^ok\s+hook\.log: no errors$/m);
    } finally {
      await cc.kill();
    }
  }, SCENARIO_TIMEOUT_MS * 2);
});
