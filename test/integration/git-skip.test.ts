// The built hook in a real temp repository, with `git` on PATH replaced by a script that logs each
// call and runs the real git: a read-only turn starts no git; a turn that may change files, or a
// repository changed from outside, does.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { append, line, makeProject, type Project } from "../helpers/project";

let p: Project;
afterEach(() => p?.cleanup());

function counted(project: Project): { env: Record<string, string>; calls: () => string[] } {
  const shim = join(project.root, "shim");
  mkdirSync(shim);
  const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  const log = join(project.root, "git-calls.log");
  writeFileSync(join(shim, "git"), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${realGit}' "$@"\n`);
  chmodSync(join(shim, "git"), 0o755);
  return {
    env: { PATH: `${shim}:${process.env.PATH}` },
    calls: () => (existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : []),
  };
}

const stop = (project: Project, env: Record<string, string>) =>
  project.run({ session_id: "s1", transcript_path: project.transcript("s1"), cwd: project.dir, hook_event_name: "Stop" }, env);

/** Runs one Stop and returns the git commands it started. */
function turn(project: Project, git: ReturnType<typeof counted>, ...records: unknown[]): string[] {
  append(project.transcript("s1"), ...records);
  const before = git.calls().length;
  expect(stop(project, git.env)).toMatchObject({ status: 0, stdout: "" });
  return git.calls().slice(before);
}

const readOnly = (n: number) => [line.prompt(`question ${n}`), line.tool(`r${n}`, "Read", { file_path: "README.md" }), line.result(`r${n}`, {}), line.text(`answer ${n}`)];

describe("a save skips git when nothing could have changed", () => {
  it("a read-only turn starts no git; a turn with Bash does; both keep the same summary", () => {
    p = makeProject();
    const git = counted(p);
    expect(turn(p, git, line.prompt("set up"), line.tool("b0", "Bash", { command: "ls" }), line.text("done"))).toContain("status");
    // The second save stamps git's files before running it; from then on a quiet turn may skip.
    expect(turn(p, git, ...readOnly(1))).toEqual(["status"]);
    expect(turn(p, git, ...readOnly(2))).toEqual([]);
    expect(turn(p, git, ...readOnly(3))).toEqual([]);
    expect(p.read(".last-state.md")).toContain("Initial commit");
    expect(turn(p, git, line.prompt("build"), line.tool("b1", "Bash", { command: "npm run build" }), line.text("built"))).toEqual(["status"]);
    expect(turn(p, git, ...readOnly(4))).toEqual([]);
  });

  it("notices a commit made from outside with no tool call in the turn", () => {
    p = makeProject();
    const git = counted(p);
    turn(p, git, line.prompt("set up"), line.tool("b0", "Bash", { command: "ls" }), line.text("done"));
    turn(p, git, ...readOnly(1));
    expect(turn(p, git, ...readOnly(2))).toEqual([]);
    writeFileSync(join(p.dir, "outside.txt"), "x\n");
    p.git("add", "outside.txt");
    p.git("commit", "-q", "-m", "Committed from outside");
    const calls = turn(p, git, ...readOnly(3));
    expect(calls).toContain("status");
    expect(calls).toContain("log");
    expect(p.read(".last-state.md")).toContain("Committed from outside");
  });

  it("notices a file staged from outside (the index changed)", () => {
    p = makeProject();
    const git = counted(p);
    turn(p, git, line.prompt("set up"), line.tool("b0", "Bash", { command: "ls" }), line.text("done"));
    turn(p, git, ...readOnly(1));
    writeFileSync(join(p.dir, "staged.txt"), "x\n");
    p.git("add", "staged.txt");
    expect(turn(p, git, ...readOnly(2))).toEqual(["status"]);
    expect(p.read(".last-state.md")).toContain("staged.txt");
  });

  it("looks at the project, not at the repository of a git hook it runs inside (GIT_DIR, GIT_INDEX_FILE)", () => {
    p = makeProject();
    const other = makeProject();
    try {
      writeFileSync(join(p.dir, "mine.txt"), "x\n");
      append(p.transcript("s1"), line.prompt("go"), line.tool("b0", "Bash", { command: "ls" }), line.text("done"));
      const env = { GIT_DIR: join(other.dir, ".git"), GIT_INDEX_FILE: join(other.dir, ".git", "index"), GIT_WORK_TREE: other.dir };
      expect(stop(p, env)).toMatchObject({ status: 0, stdout: "" });
      const md = p.read(".last-state.md");
      expect(md).toContain("mine.txt");
      expect(md).toContain("branch `main`");
    } finally {
      other.cleanup();
    }
  });
});

const start = (project: Project, env: Record<string, string>) =>
  project.run({ session_id: "s2", cwd: project.dir, hook_event_name: "SessionStart", source: "startup" }, env);
const injected = (r: { stdout: string }): string => JSON.parse(r.stdout).hookSpecificOutput.additionalContext as string;

describe("SessionStart asks git only when HEAD may have moved", () => {
  it("runs no git while HEAD, its branch and the refs are as the last save saw them; a commit since is noticed", () => {
    p = makeProject();
    const git = counted(p);
    turn(p, git, line.prompt("set up"), line.tool("b0", "Bash", { command: "ls" }), line.text("done"));
    // The second save stamps git's files before running git, which is what a later skip trusts.
    turn(p, git, line.prompt("more"), line.tool("b1", "Bash", { command: "ls" }), line.text("done"));
    const head = p.git("rev-parse", "--short", "HEAD");

    let before = git.calls().length;
    const quiet = start(p, git.env);
    expect(quiet.status).toBe(0);
    expect(git.calls().slice(before)).toEqual([]);
    expect(injected(quiet)).toContain(head);

    // Staging a file is not a move of HEAD.
    writeFileSync(join(p.dir, "staged.txt"), "x\n");
    p.git("add", "staged.txt");
    before = git.calls().length;
    expect(start(p, git.env).status).toBe(0);
    expect(git.calls().slice(before)).toEqual([]);

    p.git("commit", "-q", "-m", "Committed after the save");
    before = git.calls().length;
    const moved = start(p, git.env);
    expect(moved.status).toBe(0);
    expect(git.calls().slice(before)).toEqual(["rev-parse", "rev-list"]);
    expect(injected(moved)).toContain(p.git("rev-parse", "--short", "HEAD"));
    expect(injected(moved)).toContain("1 new commit since then");
  });

  it("asks git after a checkout of another branch", () => {
    p = makeProject();
    const git = counted(p);
    turn(p, git, line.prompt("set up"), line.tool("b0", "Bash", { command: "ls" }), line.text("done"));
    turn(p, git, line.prompt("more"), line.tool("b1", "Bash", { command: "ls" }), line.text("done"));
    p.git("checkout", "-q", "-b", "feature");
    const before = git.calls().length;
    const r = start(p, git.env);
    expect(git.calls().slice(before)).toEqual(["rev-parse"]);
    expect(injected(r)).toContain("feature");
  });
});
