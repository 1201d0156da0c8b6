// Scenario 11: secrets never leave the session they were typed in. A key the person types (an
// Anthropic-style key) and a token a subagent prints (a GitHub-style token, which the main model
// then repeats) are built at run time, so they appear nowhere in the repository. Neither may reach
// any file under `.claude/session-state/`, nor any request of the next session, while the
// surrounding facts (the request, the report) still do, redacted.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { expectCleanRun, SCENARIO_TIMEOUT_MS, useProject } from "./checks";
import { runClaude } from "./harness";
import { filesUnder, firstRequest, readLastState, readTranscript, stateDir, stateInjections, toolErrors } from "./inspect";
import { secretSession } from "./scenarios";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const randomChars = (n: number): string => [...randomBytes(n)].map((b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join("");

const typedTail = randomChars(40);
const typedKey = ["sk-ant-", "api03-", typedTail].join("");
const printedTail = randomChars(36);
const printedToken = ["gh", "p_", printedTail].join("");
/** The whole secrets and their random parts: a half-redacted secret still leaks its tail. */
const LEAKS = [typedKey, typedTail, printedToken, printedTail];
const REQUEST_LEAD = "Deploy the staging stack with this key:";
const REDACTED = "[REDACTED:";

function leaksIn(text: string): string[] {
  return LEAKS.filter((s) => text.includes(s));
}

describe.sequential("scenario 11: secrets typed by the person or printed by a subagent", () => {
  const project = useProject();
  let sessionId: string;

  const expectNoSecretInState = (): void => {
    const files = filesUnder(stateDir(project.sandbox()));
    expect(files.length, "the state folder is empty").toBeGreaterThan(0);
    const found = files.flatMap((f) => leaksIn(f.text).map(() => f.path));
    expect(found, "files holding a secret").toEqual([]);
  };

  it("saves the session with both secrets redacted", async () => {
    const api = project.api();
    const sandbox = project.sandbox();
    api.load(secretSession(printedToken));
    const run = await runClaude(sandbox, api, `${REQUEST_LEAD} ${typedKey}`);
    expectCleanRun(sandbox, run);
    sessionId = run.sessionId!;
    expect(api.pending()).toEqual({ main: 0, subagent: 0, compact: 0, side: 0 });
    expect(toolErrors(readTranscript(sandbox, sessionId))).toEqual([]);
    // The secrets really went through the session: the model was given both.
    const seen = run.requests.map((r) => JSON.stringify(r.body)).join("\n");
    expect(seen).toContain(typedKey);
    expect(seen).toContain(printedToken);

    expectNoSecretInState();
    const state = readLastState(sandbox) ?? "";
    expect(state, "the request was not saved").toContain(REQUEST_LEAD);
    expect(state, "the report was not saved").toContain("Found a token in .env");
    expect(state).toContain(REDACTED);
  }, SCENARIO_TIMEOUT_MS);

  it("hands the next session the redacted state and neither secret", async () => {
    expect(sessionId, "the secret session did not run").toBeTruthy();
    const api = project.api();
    const sandbox = project.sandbox();
    api.load({});
    const next = await runClaude(sandbox, api, "Where were we with the deploy?");
    expectCleanRun(sandbox, next);
    const injected = stateInjections(firstRequest(next, "main"));
    expect(injected).toHaveLength(1);
    expect(injected[0]).toContain(REQUEST_LEAD);
    expect(injected[0]).toContain(REDACTED);
    for (const r of next.requests) expect(leaksIn(JSON.stringify(r.body)), `request ${r.seq}`).toEqual([]);
    // The next session's own saves (and the archive of the first) stay clean too.
    expectNoSecretInState();
  }, SCENARIO_TIMEOUT_MS);
});
