// Scenario 1: the hook's first run in a project with nothing saved must be invisible.
import { describe, expect, it } from "vitest";
import { useProject } from "./checks";
import { runClaude } from "./harness";
import { hookFailures, requestsWithContext } from "./inspect";

describe("first startup without saved state", () => {
  const project = useProject();

  it("injects nothing, reports no hook error and exits 0", async () => {
    const api = project.api();
    const sandbox = project.sandbox();
    const run = await runClaude(sandbox, api, "Hello, what is in this repository?");

    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.result?.is_error).toBe(false);
    expect(run.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(run.requests.filter((r) => r.kind === "main")).not.toHaveLength(0);
    expect(requestsWithContext(run.requests)).toEqual([]);
    expect(hookFailures(sandbox, run.sessionId!, [run])).toEqual([]);
  });
});
