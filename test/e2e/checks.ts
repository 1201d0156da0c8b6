// Assertions and per-describe setup shared by the scenario files.
import { afterAll, beforeAll, expect } from "vitest";
import { startFakeApi, type FakeApi } from "./fake-api";
import { createSandbox, installHook, type ClaudeRun, type Sandbox } from "./harness";
import { hookFailures } from "./inspect";

export const SCENARIO_TIMEOUT_MS = 120_000;

export function expectAll(haystack: string, needles: readonly string[]): void {
  for (const needle of needles) expect(haystack, `missing: ${needle}`).toContain(needle);
}

/**
 * The run finished on its own, exit 0, no error result, and Claude Code reported no hook failure.
 * `soft`: record failures and carry on, so the checks after it still run (and still report).
 */
export function expectCleanRun(sandbox: Sandbox, run: ClaudeRun, options: { soft?: boolean } = {}): void {
  const check = options.soft ? expect.soft : expect;
  expect(run.timedOut, "the CLI run timed out").toBe(false);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.result?.is_error, run.stdout).toBe(false);
  expect(run.sessionId, "no session id in the JSON result").toBeTruthy();
  check(hookFailures(sandbox, run.sessionId!, [run]), "hook failures Claude Code reported").toEqual([]);
}

/** How often `needle` occurs in `haystack`. */
export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/**
 * A fake API and a sandbox project with the hook installed, for the describe block it is called in;
 * `prepare` adjusts the project after installation. Read them through the getters inside tests.
 */
export function useProject(prepare?: (sandbox: Sandbox) => void): { api: () => FakeApi; sandbox: () => Sandbox } {
  let api: FakeApi;
  let sandbox: Sandbox;
  beforeAll(async () => {
    api = await startFakeApi();
    sandbox = createSandbox();
    installHook(sandbox);
    prepare?.(sandbox);
  });
  afterAll(async () => {
    await api?.close();
    sandbox?.cleanup();
  });
  return { api: () => api, sandbox: () => sandbox };
}
