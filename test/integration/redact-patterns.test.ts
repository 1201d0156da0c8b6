// `.claude/session-state.json` travels with the repository: no `redact` pattern in it can hang a
// save, and none can switch the built-in rules off. The built hook, real files.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { append, line, makeProject, type Project } from "../helpers/project";

let p: Project;
afterEach(() => p?.cleanup());

const settings = (p: Project, value: unknown) => {
  mkdirSync(join(p.dir, ".claude"), { recursive: true });
  writeFileSync(join(p.dir, ".claude", "session-state.json"), JSON.stringify(value));
};
const stop = (p: Project, id: string) => p.run({ session_id: id, transcript_path: p.transcript(id), cwd: p.dir, hook_event_name: "Stop" });

describe("redact patterns from the project", () => {
  it("a catastrophic pattern is dropped: the Stop exits 0 within its budget, the state is saved, log and doctor name it", () => {
    p = makeProject();
    settings(p, { redact: ["(a+)+$", "ACME-[0-9]{4}"] });
    const prompt = `${"a".repeat(50)}!`;
    append(p.transcript("s1"), line.prompt(prompt), line.text("Ticket ACME-1234 is next."));
    const t0 = Date.now();
    const r = stop(p, "s1");
    const ms = Date.now() - t0;
    expect(r).toMatchObject({ status: 0, stdout: "" });
    // The work budget is 5 s; the pattern, had it run, would have held the thread for hours.
    expect(ms).toBeLessThan(5000);
    const s = p.state("s1") as { prompts: Array<{ text: string }>; lastMessage?: { text: string } };
    expect(s.prompts.map((x) => x.text)).toEqual([prompt]);
    expect(s.lastMessage?.text).toBe("Ticket [REDACTED:custom] is next.");
    // The log is written once the state folder exists (the first save made it).
    expect(stop(p, "s1").status).toBe(0);
    expect(p.read("hook.log")).toContain('redact pattern "(a+)+$" can backtrack catastrophically');
    const doctor = p.run("", {}, ["doctor"]).stdout;
    expect(doctor).toMatch(/warn\s+.*redact pattern "\(a\+\)\+\$" can backtrack catastrophically and hang a save/);
  });

  it("can add patterns, never remove the built-in rules", () => {
    p = makeProject();
    // Keys that look like switches are unknown settings, not switches; a pattern matching the
    // mark does not undo it.
    settings(p, { redact: ["\\[REDACTED:anthropic\\]", "ACME-[0-9]{4}"], builtin: false, rules: [], redactBuiltins: false });
    const key = "sk-ant-api03-AAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    append(p.transcript("s1"), line.prompt(`deploy with ${key} and ACME-9876`));
    expect(stop(p, "s1").status).toBe(0);
    const text = JSON.stringify(p.state("s1"));
    expect(text).not.toContain(key);
    expect(text).not.toContain("ACME-9876");
    expect(p.read(".last-state.md")).not.toContain(key);
  });
});
