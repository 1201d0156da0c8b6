// The plugin form: `claude plugin validate` accepts the folder, and a session started with
// `claude --plugin-dir <folder>` runs our hooks from ${CLAUDE_PLUGIN_ROOT} — it saves on Stop and
// the next session gets the state injected — with nothing in the project's settings.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeApi, text, type FakeApi } from "./fake-api";
import { bundlePath, claudeBin, claudeEnv, type ClaudeRun, createSandbox, type Sandbox } from "./harness";
import { hookFailures, injectedContexts, readLastState, requestsWithContext } from "./inspect";

const repoRoot = resolve(__dirname, "../..");
const REQUEST = "Add a retry with backoff to the HTTP client in src/http.ts";

/** The plugin as it ships: manifest, hooks/hooks.json and the bundle, nothing else. */
function pluginDir(sandbox: Sandbox): string {
  const dir = join(sandbox.root, "plugin");
  cpSync(join(repoRoot, ".claude-plugin"), join(dir, ".claude-plugin"), { recursive: true });
  mkdirSync(join(dir, "hooks"), { recursive: true });
  copyFileSync(join(repoRoot, "hooks/hooks.json"), join(dir, "hooks/hooks.json"));
  mkdirSync(join(dir, "dist"));
  copyFileSync(bundlePath, join(dir, "dist/session-state.cjs"));
  return dir;
}

function runWithPlugin(sandbox: Sandbox, api: FakeApi, plugin: string, prompt: string): Promise<ClaudeRun> {
  const args = ["--plugin-dir", plugin, "-p", prompt, "--output-format", "json", "--dangerously-skip-permissions"];
  const first = api.requests.length;
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(claudeBin, args, { cwd: sandbox.project, env: claudeEnv(sandbox, api), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, 60_000);
    child.once("error", fail);
    child.once("close", (exitCode, signal) => {
      clearTimeout(timer);
      let result: Record<string, unknown> | null = null;
      try {
        result = JSON.parse(stdout.trim().split("\n").pop() ?? "") as Record<string, unknown>;
      } catch {
        /* not JSON: the assertions say so */
      }
      const sessionId = typeof result?.session_id === "string" ? result.session_id : null;
      done({ exitCode, signal, timedOut, stdout, stderr, durationMs: Date.now() - started, result, sessionId, requests: api.requests.slice(first) });
    });
  });
}

describe("plugin form", () => {
  let api: FakeApi;
  let sandbox: Sandbox;
  let plugin: string;

  beforeAll(async () => {
    if (!existsSync(bundlePath)) throw new Error(`${bundlePath} is missing: run \`npm run build\` first`);
    api = await startFakeApi({ main: [[text("Noted: retry with backoff, next I will write it.")]] });
    sandbox = createSandbox();
    plugin = pluginDir(sandbox);
  });
  afterAll(async () => {
    await api?.close();
    sandbox?.cleanup();
  });

  it("passes `claude plugin validate`, strictly", () => {
    const r = spawnSync(claudeBin, ["plugin", "validate", "--strict", plugin], {
      env: { PATH: process.env.PATH, HOME: sandbox.home, CLAUDE_CONFIG_DIR: join(sandbox.home, ".claude"), DISABLE_AUTOUPDATER: "1" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("Validation passed");
    for (const event of ["SessionStart", "Stop", "StopFailure", "SubagentStop", "PreCompact", "SessionEnd", "PostModelSwitch"]) expect(r.stdout).toContain(`hooks: ${event}`);
  });

  it("ships the same version as package.json", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
    const manifest = JSON.parse(readFileSync(join(repoRoot, ".claude-plugin/plugin.json"), "utf8")) as { version: string; name: string };
    expect(manifest).toMatchObject({ name: "session-state", version: pkg.version });
  });

  it("saves on Stop in a session started with --plugin-dir, and restores at the next startup", async () => {
    expect(existsSync(join(sandbox.project, ".claude/settings.json"))).toBe(false);
    const first = await runWithPlugin(sandbox, api, plugin, REQUEST);
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestsWithContext(first.requests)).toEqual([]);
    expect(readLastState(sandbox)).toContain(REQUEST);
    expect(hookFailures(sandbox, first.sessionId!, [first])).toEqual([]);

    const second = await runWithPlugin(sandbox, api, plugin, "Carry on.");
    expect(second.exitCode, second.stderr).toBe(0);
    const withContext = requestsWithContext(second.requests);
    expect(withContext.length).toBeGreaterThan(0);
    const context = injectedContexts(withContext[0]!).join("\n");
    expect(context).toContain(`[session-state] Restored state of session ${first.sessionId}`);
    expect(context).toContain(REQUEST);
  });
});
