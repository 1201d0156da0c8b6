// status, list, show, export and clear on state saved by the real hook from fake transcripts.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundle, cleanupProjects, makeProject, savedSession, writeEntries } from "./helpers";

afterEach(cleanupProjects);

const S1 = "11111111-aaaa-4bbb-8ccc-000000000001";
const S2 = "22222222-aaaa-4bbb-8ccc-000000000002";
const SECRET = "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB";
const PLAN = "# CSV parser plan\n\n- [x] Parse unquoted fields\n- [ ] Handle quoted fields with commas\n- [ ] Document the trim option\n";

function twoSessions() {
  const p = makeProject({ git: true });
  const now = Date.now();
  savedSession(p, S1, {
    start: new Date(now - 3 * 3600_000).toISOString(),
    prompts: ["Write a changelog generator for the release script"],
    answer: "The changelog generator is in scripts/changelog.mjs.",
  });
  const planFile = join(p.dir, "PLAN.md");
  writeFileSync(planFile, PLAN);
  savedSession(p, S2, {
    extra: writeEntries(p, S2, new Date(now - 590_000).toISOString(), planFile, PLAN),
    subagents: [{ id: "a51c0ffee", type: "Explore", report: "Findings: quoting is handled nowhere; src/csv.ts is the place." }],
    start: new Date(now - 600_000).toISOString(),
    prompts: ["Add a CSV parser that trims every field", `Also use the token ${SECRET} for the fixture download`],
    todos: [
      { content: "Write the parser", status: "completed" },
      { content: "Add tests for quoted fields", status: "in_progress" },
      { content: "Document the options", status: "pending" },
    ],
    answer: "Parser written; tests for quoted fields are next.",
  });
  return p;
}

describe("status", () => {
  it("says when nothing is saved", () => {
    const p = makeProject();
    const r = p.run(["status"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Nothing saved yet");
  });

  it("shows the current session, its age and size", () => {
    const p = twoSessions();
    const r = p.run(["status"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Saved state of session ${S2}`);
    expect(r.stdout).toMatch(/saved\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC \(\d+ s ago, on Stop\)/);
    expect(r.stdout).toMatch(/the next startup injects [\d,]+ characters \(limit 9,000\)/);
    expect(r.stdout).toContain("2 open and 1 done todos");
    expect(r.stdout).toContain("1 earlier session");
    const json = JSON.parse(p.run(["status", "--json"]).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ sessionId: S2, todosOpen: 2, todosDone: 1, archived: 1 });
    expect(json.injectChars).toBeGreaterThan(100);
  });
});

describe("list and show", () => {
  it("numbers the saved sessions newest first and shows one by number or id prefix", () => {
    const p = twoSessions();
    const r = p.run(["list"]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^#\s+saved\s+session\s+size\s+last request/);
    expect(lines[1]).toMatch(new RegExp(`^1\\s+.*${S2} \\(current\\)`));
    expect(lines[2]).toMatch(new RegExp(`^2\\s+.*${S1}.*Write a changelog generator`));

    const one = p.run(["show", "2"]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain("# Session state");
    expect(one.stdout).toContain(S1);
    expect(one.stdout).toContain("Write a changelog generator");
    expect(p.run(["show", S2.slice(0, 8)]).stdout).toContain("Add tests for quoted fields");
    expect(p.run(["show"]).stdout).toContain(S2);

    const missing = p.run(["show", "7"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No saved session "7"');
    expect(p.run(["show", "1", "2"]).code).toBe(2);
  });
});

describe("hints name the command as the person can run it", () => {
  // No `session-state` is on PATH: a hint names the bundle that ran, as `node <path>`.
  const hinted = (text: string, before: string): string => {
    const m = new RegExp(`${before}(node \\S+) `).exec(text);
    expect(m, text).not.toBeNull();
    return (m as RegExpExecArray)[1] as string;
  };

  it("run from outside the project: the bundle's absolute path, and the hint runs", () => {
    const p = twoSessions();
    const self = `node ${bundle}`;
    expect(p.run(["status"]).stdout).toContain(`1 earlier session (${self} list)`);
    const list = p.run(["list"]).stdout;
    expect(list).toContain(`Show one with: ${self} show <#>`);
    expect(p.run(["show", "7"]).stderr).toContain(`No saved session "7". See: ${self} list`);
    expect(p.run(["export", "--session", "7"]).stderr).toContain(`See: ${self} list`);
    // What the hint says, run by a shell where the person stands, does what it says.
    const shown = spawnSync("sh", ["-c", `${hinted(list, "Show one with: ")} show 2`], { cwd: p.dir, env: p.env, encoding: "utf8" });
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(S1);
  });

  it("export of a session whose structured state is gone points at show, runnable", () => {
    const p = twoSessions();
    writeFileSync(join(p.dir, ".claude/session-state/sessions", `${S1}.json`), "not json");
    const r = p.run(["export", "--session", "2"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`only its Markdown remains (node ${bundle} show ${S1})`);
  });

  it("run as installed (node .claude/hooks/session-state.cjs): the same relative path", () => {
    const p = twoSessions();
    expect(p.run(["install"]).code).toBe(0);
    const own = (...args: string[]) => spawnSync(process.execPath, [".claude/hooks/session-state.cjs", ...args], { cwd: p.dir, env: p.env, encoding: "utf8" });
    const list = own("list").stdout;
    expect(list).toContain("Show one with: node .claude/hooks/session-state.cjs show <#>");
    expect(own("status").stdout).toContain("(node .claude/hooks/session-state.cjs list)");
    expect(own("show", "7").stderr).toContain("See: node .claude/hooks/session-state.cjs list");
    expect(own("list", "--help").stdout).toContain("Usage: node .claude/hooks/session-state.cjs list");
    const shown = spawnSync("sh", ["-c", `${hinted(list, "Show one with: ")} show 1`], { cwd: p.dir, env: p.env, encoding: "utf8" });
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(S2);
  });
});

describe("export", () => {
  it("writes a self-contained, redacted handoff with every part", () => {
    const p = twoSessions();
    const r = p.run(["export"]);
    expect(r.code, r.stderr).toBe(0);
    const note = r.stdout;
    // The user's own session: no warning that the state is someone else's.
    expect(note.startsWith("# Handoff"), note.slice(0, 200)).toBe(true);
    expect(r.stderr).toBe("");
    for (const heading of ["# Handoff", "## Goal", "## Your last requests", "## Where we stopped", "## Plan", "## Todos (2 open, 1 done)", "## Subagent findings", "## Git", "## Files touched", "## How to continue"]) {
      expect(note).toContain(heading);
    }
    expect(note).toContain("First request of the session:");
    expect(note).toContain("> Add a CSV parser that trims every field");
    expect(note).toContain("- [in progress] Add tests for quoted fields");
    expect(note).toContain("- [ ] Document the options");
    expect(note).toContain("- [x] Write the parser");
    expect(note).toContain("branch `main`");
    expect(note).toContain("## Plan: CSV parser plan\n\nPlan file: `PLAN.md`\n\n### CSV parser plan\n");
    expect(note).toContain("- [ ] Handle quoted fields with commas");
    expect(note).toContain("## Subagent findings");
    expect(note).toContain("### Explore");
    expect(note).toContain("> Findings: quoting is handled nowhere; src/csv.ts is the place.");
    expect(note).toContain("- `PLAN.md` (Write)");
    expect(note).toContain("Parser written; tests for quoted fields are next.");
    expect(note).not.toContain(SECRET);
    expect(note).toContain("[REDACTED:github]");

    const out = join(p.root, "handoff.md");
    const w = p.run(["export", "--out", out]);
    expect(w.code, w.stderr).toBe(0);
    expect(w.stdout).toContain(`Wrote the handoff to ${out}`);
    // Two runs a second apart differ only in the export time and the age of the save.
    const timeless = (t: string) => t.replace(/\d/g, "0");
    expect(timeless(readFileSync(out, "utf8"))).toBe(timeless(note));

    const older = p.run(["export", "--session", "2"]);
    expect(older.stdout).toContain("> Write a changelog generator for the release script");
  });

  it("nothing saved is not an error: show, export, status, list and load all exit 0 with a note", () => {
    const p = makeProject();
    for (const args of [["export"], ["show"], ["show", "2"], ["export", "--session", "2"]]) {
      const r = p.run(args);
      expect(r.code, args.join(" ")).toBe(0);
      // the note goes to stderr: stdout carries the document and stays empty
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("Nothing saved yet");
    }
    const out = join(p.root, "handoff.md");
    expect(p.run(["export", "--out", out]).code).toBe(0);
    expect(existsSync(out)).toBe(false);
    for (const args of [["status"], ["list"], ["load"]]) expect(p.run(args).code, args.join(" ")).toBe(0);
  });
});

describe("clear", () => {
  it("refuses without a terminal and without --yes", () => {
    const p = twoSessions();
    const r = p.run(["clear"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--yes");
    expect(existsSync(join(p.dir, ".claude/session-state/latest.json"))).toBe(true);
  });

  it("deletes the saved state with --yes and keeps the install record", () => {
    const p = twoSessions();
    expect(p.run(["install"]).code).toBe(0);
    const r = p.run(["clear", "--yes"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Deleted the saved state of 2 sessions");
    expect(readdirSync(join(p.dir, ".claude/session-state")).sort()).toEqual([".gitignore", "install-project.json"]);
    expect(p.run(["status"]).stdout).toContain("Nothing saved yet");
    // Uninstall still restores exactly: the record survived.
    expect(p.run(["uninstall"]).stdout).toContain("did not exist before install");
    expect(p.run(["clear", "--yes"]).stdout).toContain("nothing to delete");
  });
});
