// src/io/git.ts against real git in temp repositories: outcomes as values, the paths git gives, the
// environment it runs in, its timeout.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { commitsBetween, gitInstall, gitPaths, headNow, runGit, STATUS_ARGS } from "../../src/io/git";

const dirs: string[] = [];
const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const temp = (): string => {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "ss-gitb-")));
  dirs.push(d);
  return d;
};
const env = (home: string) => ({ PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: "1" });
function repo(): { dir: string; git: (...a: string[]) => string } {
  const dir = temp();
  const git = (...a: string[]) => execFileSync("git", a, { cwd: dir, env: env(dir), encoding: "utf8" }).trim();
  git("init", "-q", "-b", "main");
  git("config", "user.email", "t@example.com");
  git("config", "user.name", "T");
  git("commit", "-q", "--allow-empty", "-m", "one");
  return { dir, git };
}

describe("the git boundary", () => {
  it("answers with values: not a repository, no git, not a directory", async () => {
    const plain = temp();
    expect(await runGit(plain, STATUS_ARGS, 5000)).toMatchObject({ ok: false, reason: "not-a-repo" });
    expect(await runGit(path.join(plain, "missing"), STATUS_ARGS, 5000)).toMatchObject({ ok: false, reason: "error" });
    process.env.PATH = path.join(plain, "no-bin");
    expect(await runGit(plain, STATUS_ARGS, 5000)).toMatchObject({ ok: false, reason: "no-git" });
  });

  it("stops a git that takes longer than its timeout", async () => {
    const { dir } = repo();
    const bin = temp();
    // exec: the process simple-git stops is the one holding the output pipe, as git itself would be.
    fs.writeFileSync(path.join(bin, "git"), "#!/bin/sh\nexec sleep 5\n", { mode: 0o755 });
    process.env.PATH = `${bin}:${savedEnv.PATH}`;
    const t0 = Date.now();
    expect(await runGit(dir, STATUS_ARGS, 300)).toMatchObject({ ok: false, reason: "timeout" });
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it("ignores the GIT_* variables of a git hook it may run inside, and never waits for a prompt", async () => {
    const mine = repo();
    const other = repo();
    fs.writeFileSync(path.join(mine.dir, "mine.txt"), "x");
    process.env.GIT_DIR = path.join(other.dir, ".git");
    process.env.GIT_INDEX_FILE = path.join(other.dir, ".git", "index");
    process.env.GIT_WORK_TREE = other.dir;
    const r = await runGit(mine.dir, STATUS_ARGS, 5000);
    expect(r.ok && r.out).toContain("? mine.txt");
  });

  it("HEAD now, and commits between two shas (only object names reach the command line)", async () => {
    const { dir, git } = repo();
    const first = git("rev-parse", "HEAD");
    git("commit", "-q", "--allow-empty", "-m", "two");
    const second = git("rev-parse", "HEAD");
    expect(await headNow(dir, 5000)).toEqual({ ok: true, head: { branch: "main", sha: second } });
    expect(await commitsBetween(dir, first, second, 5000)).toBe(1);
    expect(await commitsBetween(dir, "--output=/tmp/x", second, 5000)).toBeNull();
    git("checkout", "-q", "--detach");
    expect(await headNow(dir, 5000)).toEqual({ ok: true, head: { branch: undefined, sha: second } });
  });

  it("the paths of a linked worktree come from git: its own index and HEAD, the branch ref in the common folder", async () => {
    const { dir, git } = repo();
    const wt = path.join(temp(), "wt");
    git("worktree", "add", "-q", "-b", "feature", wt);
    const p = await gitPaths(wt, 5000);
    expect(p?.watch).toEqual([
      path.join(dir, ".git", "worktrees", "wt", "index"),
      path.join(dir, ".git", "worktrees", "wt", "HEAD"),
      path.join(dir, ".git", "packed-refs"),
      // Where git keeps a worktree's reftable depends on its version; watched all the same.
      expect.stringMatching(/reftable[\\/]tables\.list$/),
      path.join(dir, ".git", "refs", "heads", "feature"),
    ]);
    expect(p?.operations.find((o) => o.name === "merge")?.path).toBe(path.join(dir, ".git", "worktrees", "wt", "MERGE_HEAD"));
    // From a subfolder the paths are the same, absolute.
    fs.mkdirSync(path.join(dir, "sub"));
    expect((await gitPaths(path.join(dir, "sub"), 5000))?.watch[0]).toBe(path.join(dir, ".git", "index"));
  });

  it("tells the doctor git's version and whether the folder is a repository", async () => {
    const { dir } = repo();
    expect(await gitInstall(dir, 5000)).toMatchObject({ ok: true, repo: true, version: expect.stringMatching(/^\d+\.\d+/) });
    expect(await gitInstall(temp(), 5000)).toMatchObject({ ok: true, repo: false });
  });
});
