// `recover` against fake transcripts in temporary config folders: the session last active in any
// of them, how it stopped, its context size, the advice and the exact command; --to copies.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanupProjects, encode, entry, makeProject, type Project, writeTranscript } from "./helpers";

afterEach(cleanupProjects);

const A = "aaaaaaaa-1111-4222-8333-444444444444";
const B = "bbbbbbbb-1111-4222-8333-444444444444";
const ago = (min: number): string => new Date(Date.now() - min * 60_000).toISOString();
const small = { input_tokens: 10, cache_read_input_tokens: 40_000, cache_creation_input_tokens: 2_000 };
const big = { input_tokens: 100, cache_read_input_tokens: 150_000, cache_creation_input_tokens: 3_000 };

function rateLimited(p: Project, id: string, usage = small): void {
  writeTranscript(p, id, [
    entry.prompt(p, id, ago(30), "Refactor the payment module"),
    entry.answer(p, id, ago(29), "Started.", usage),
    { type: "custom-title", customTitle: "payments refactor", sessionId: id },
    entry.prompt(p, id, ago(5), "Now the tests"),
    {
      ...entry.answer(p, id, ago(4), "API Error: Request rejected (429) · Number of request tokens has exceeded your per-minute rate limit", { input_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 }, "<synthetic>"),
      error: "rate_limit",
      isApiErrorMessage: true,
    },
  ]);
}

interface Advice {
  session: { id: string; name: string | null; configDir: string; origin: string } | null;
  stopped: { kind: string; error?: string };
  contextTokens: number | null;
  advice: string;
  command: string;
  copiedTo: string | null;
  exportCommand: string | null;
}
const json = (p: Project, ...args: string[]): Advice => {
  const r = p.run(["recover", "--json", ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Advice;
};

describe("recover", () => {
  it("a healthy session stopped on a rate limit: resume it, with its name, folder and context size", () => {
    const p = makeProject();
    rateLimited(p, A);
    const r = p.run(["recover"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Last active session here: ${A} “payments refactor”`);
    expect(r.stdout).toContain(`folder    ${p.claudeDir} (current)`);
    expect(r.stdout).toContain("stopped   on a rate limit (API error 429)");
    expect(r.stdout).toContain("context   42,010 tokens (healthy: under 100,000)");
    expect(r.stdout).toContain(`  claude --resume ${A}\n`);
    const out = json(p);
    expect(out).toMatchObject({ session: { id: A, name: "payments refactor" }, stopped: { kind: "rate-limit", error: "rate_limit" }, contextTokens: 42_010, advice: "resume", exportCommand: null });
  });

  it("a bloated session: start fresh, the hook hands over the saved state; the threshold is configurable", () => {
    const p = makeProject();
    rateLimited(p, A, big);
    const r = p.run(["recover"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("context   153,100 tokens (bloated: 100,000 or more)");
    expect(r.stdout).toContain("Advice: start fresh");
    expect(r.stdout).toContain("  claude\n");
    expect(r.stdout).toMatch(/  node \S*session-state\.cjs export --out handoff\.md/);
    expect(json(p, "--threshold", "200k")).toMatchObject({ advice: "resume", command: `claude --resume ${A}` });
    expect(p.run(["recover", "--threshold", "lots"]).code).toBe(2);
  });

  it("finds the newest session across config folders (~/.ccs/instances/*) and says which folder to use", () => {
    const p = makeProject();
    writeTranscript(p, B, [entry.prompt(p, B, ago(120), "older work"), entry.answer(p, B, ago(119), "ok")]);
    const inst = join(p.home, ".ccs", "instances", "work");
    const there = join(inst, "projects", encode(p.dir));
    mkdirSync(there, { recursive: true });
    writeFileSync(join(there, `${A}.jsonl`), `${[entry.prompt(p, A, ago(3), "newer work"), entry.answer(p, A, ago(2), "done", small)].map((e) => JSON.stringify(e)).join("\n")}\n`);
    const out = json(p);
    expect(out.session).toMatchObject({ id: A, configDir: inst, origin: "~/.ccs/instances" });
    expect(out.stopped.kind).toBe("ended");
    expect(out.command).toBe(`CLAUDE_CONFIG_DIR=${inst} claude --resume ${A}`);
  });

  it("changes nothing without --to; with --to copies the session there and prints the command for that folder", () => {
    const p = makeProject();
    rateLimited(p, A);
    const other = join(p.root, "other-account");
    mkdirSync(other);
    const dest = join(other, "projects", encode(p.dir), `${A}.jsonl`);
    json(p);
    expect(existsSync(dest)).toBe(false);
    const out = json(p, "--to", other);
    expect(existsSync(dest)).toBe(true);
    expect(out.copiedTo).toBe(join(other, "projects", encode(p.dir)));
    expect(out.command).toBe(`CLAUDE_CONFIG_DIR=${other} claude --resume ${A}`);
    // Run again: the copy is there already, the advice stands.
    expect(json(p, "--to", other).command).toBe(out.command);
  });

  it("nothing to recover: exit 1 with the folders it looked in", () => {
    const p = makeProject();
    const r = p.run(["recover"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Nothing to recover");
  });
});
