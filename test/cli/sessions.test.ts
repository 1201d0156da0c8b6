// sessions and copy-session against fake transcripts in a temporary CLAUDE_CONFIG_DIR.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundle, cleanupProjects, encode, entry, makeProject, type Project, transcriptDir, writeTranscript } from "./helpers";

afterEach(cleanupProjects);

const A = "aaaaaaaa-1111-4222-8333-444444444444";
const B = "bbbbbbbb-1111-4222-8333-444444444444";
const C = "cccccccc-1111-4222-8333-444444444444";

function transcripts(p: Project): void {
  writeTranscript(p, A, [
    { type: "mode", mode: "normal" },
    { ...entry.prompt(p, A, "2026-11-20T10:00:00.000Z", "<command-name>/model</command-name>\n<command-message>model</command-message>") },
    entry.prompt(p, A, "2026-11-20T10:00:05.000Z", "Refactor the payment module into smaller files"),
    entry.answer(p, A, "2026-11-20T10:01:00.000Z", "Started.", { input_tokens: 10, cache_read_input_tokens: 40_000, cache_creation_input_tokens: 2_000 }),
    entry.prompt(p, A, "2026-11-20T11:00:00.000Z", "Now the tests"),
    entry.answer(p, A, "2026-11-20T11:30:00.000Z", "Tests done.", { input_tokens: 5, cache_read_input_tokens: 61_000, cache_creation_input_tokens: 1_500 }, "claude-sonnet-5"),
  ]);
  // A big transcript: the command must read only its head and tail.
  const file = writeTranscript(p, B, [entry.prompt(p, B, "2026-11-25T09:00:00.000Z", "Find why the nightly build is slow")]);
  const filler = `${JSON.stringify({ type: "progress", data: "x".repeat(1000) })}\n`.repeat(4000);
  appendFileSync(file, filler);
  appendFileSync(file, `${JSON.stringify(entry.answer(p, B, "2026-11-25T12:00:00.000Z", "Found it.", { input_tokens: 100, cache_read_input_tokens: 150_000, cache_creation_input_tokens: 3_000 }))}\n`);
  // Same folder name, another project (the encoding is lossy): left out.
  writeTranscript(p, C, [{ ...entry.prompt(p, C, "2026-11-26T09:00:00.000Z", "someone else's project"), cwd: `${p.dir}-x` }]);
}

describe("sessions", () => {
  it("lists the project's sessions newest first with times, size, model, context and first request", () => {
    const p = makeProject();
    transcripts(p);
    const r = p.run(["sessions"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`2 sessions in ${transcriptDir(p)}, newest first:`);
    expect(r.stdout.indexOf(B)).toBeLessThan(r.stdout.indexOf(A));
    expect(r.stdout).not.toContain(C);
    expect(r.stdout).toContain("started 2026-11-20 10:00 UTC, last activity 2026-11-20 11:30 UTC");
    expect(r.stdout).toContain("claude-sonnet-5  ·  context 62,505 tokens");
    expect(r.stdout).toContain("“Refactor the payment module into smaller files”");
    expect(r.stdout).toContain("context 153,100 tokens");
    expect(r.stdout).toMatch(/3\.\d MB/);

    const json = JSON.parse(p.run(["sessions", "--json"]).stdout) as Array<Record<string, unknown>>;
    expect(json.map((s) => s.id)).toEqual([B, A]);
    expect(json[1]).toMatchObject({
      startedAt: "2026-11-20T10:00:00.000Z",
      lastAt: "2026-11-20T11:30:00.000Z",
      firstRequest: "Refactor the payment module into smaller files",
      model: "claude-sonnet-5",
      contextTokens: 62_505,
    });
  });

  it("says where it looked when there are none", () => {
    const p = makeProject();
    const r = p.run(["sessions"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`No Claude Code sessions of this project in ${transcriptDir(p)}`);
  });
});

describe("copy-session", () => {
  function withSubagents(p: Project): string {
    transcripts(p);
    const sub = join(transcriptDir(p), A, "subagents");
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, "agent-a1.jsonl"), '{"type":"user"}\n');
    writeFileSync(join(sub, "agent-a1.meta.json"), '{"agentType":"Explore"}');
    const other = join(p.root, "other-account");
    mkdirSync(other);
    return other;
  }

  it("copies the transcript and its subagent files under the same project folder", () => {
    const p = makeProject();
    const other = withSubagents(p);
    const r = p.run(["copy-session", A.slice(0, 8), "--to", other]);
    expect(r.code, r.stderr).toBe(0);
    const dest = join(other, "projects", encode(p.dir));
    expect(readFileSync(join(dest, `${A}.jsonl`), "utf8")).toBe(readFileSync(join(transcriptDir(p), `${A}.jsonl`), "utf8"));
    expect(existsSync(join(dest, A, "subagents", "agent-a1.jsonl"))).toBe(true);
    expect(existsSync(join(dest, A, "subagents", "agent-a1.meta.json"))).toBe(true);
    expect(existsSync(join(transcriptDir(p), `${A}.jsonl`))).toBe(true);
    expect(r.stdout).toContain(`CLAUDE_CONFIG_DIR="${other}" claude --resume ${A}`);
    // The copy is found from the other configuration folder.
    const there = p.run(["sessions", "--json"], { env: { CLAUDE_CONFIG_DIR: other } });
    expect((JSON.parse(there.stdout) as Array<{ id: string }>).map((s) => s.id)).toEqual([A]);
  });

  it("refuses to overwrite and leaves the existing copy alone", () => {
    const p = makeProject();
    const other = withSubagents(p);
    const dest = join(other, "projects", encode(p.dir));
    mkdirSync(join(dest, A, "subagents"), { recursive: true });
    writeFileSync(join(dest, A, "subagents", "agent-a1.jsonl"), "mine\n");
    const r = p.run(["copy-session", A, "--to", other]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("already exists; nothing was copied");
    expect(existsSync(join(dest, `${A}.jsonl`))).toBe(false);
    expect(readFileSync(join(dest, A, "subagents", "agent-a1.jsonl"), "utf8")).toBe("mine\n");
  });

  it("checks its arguments", () => {
    const p = makeProject();
    const other = withSubagents(p);
    const noId = p.run(["copy-session", "--to", other]);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain(`see: node ${bundle} sessions`);
    expect(p.run(["copy-session", A]).code).toBe(2);
    expect(p.run(["copy-session", "../etc", "--to", other]).code).toBe(2);
    const missing = p.run(["copy-session", "ffff", "--to", other]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No session "ffff"');
    expect(missing.stderr).toContain(`See: node ${bundle} sessions`);
    expect(p.run(["copy-session", A, "--to", join(p.root, "nowhere")]).stderr).toContain("is not a folder");
    expect(p.run(["copy-session", A, "--to", p.claudeDir]).stderr).toContain("already in");
  });
});
