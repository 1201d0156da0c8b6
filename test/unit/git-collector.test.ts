// collectGit against a mocked git boundary (src/io/git.ts): which git commands a save runs, and when
// it reuses the last summary. The watched "git files" are real temp files, so their stamps are real.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { GitPaths, GitResult } from "../../src/io/git";

const calls: string[] = [];
let statusOut = "";
let logOut = "";
let paths: GitPaths | null = null;
let failStatus: GitResult | null = null;

vi.mock("../../src/io/git", () => ({
  STATUS_ARGS: ["status", "--porcelain=v2"],
  runGit: vi.fn(async (_dir: string, args: string[]): Promise<GitResult> => {
    calls.push(args[0] as string);
    if (args[0] === "status") return failStatus ?? { ok: true, out: statusOut };
    return { ok: true, out: logOut };
  }),
  gitPaths: vi.fn(async (): Promise<GitPaths | null> => {
    calls.push("paths");
    return paths;
  }),
}));

const { collectGit } = await import("../../src/collectors/git");
type Before = import("../../src/collectors/git").GitBefore;

let dir = "";
const file = (name: string) => path.join(dir, name);
/** Replaces a file the way git does: a new file renamed over it. */
const replace = (name: string, text: string) => {
  fs.writeFileSync(file(`${name}.lock`), text);
  fs.renameSync(file(`${name}.lock`), file(name));
};
const status = (branch: string, oid: string) => `# branch.oid ${oid}\n# branch.head ${branch}\n`;
const SHA1 = "a".repeat(40);
const SHA2 = "b".repeat(40);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ss-gitc-"));
  for (const f of ["index", "HEAD", "main"]) fs.writeFileSync(file(f), f);
  paths = {
    watch: [file("index"), file("HEAD"), file("packed-refs"), file("tables.list"), path.join(dir, "refs", "heads", "main")],
    operations: [{ path: file("MERGE_HEAD"), name: "merge" }],
  };
  fs.mkdirSync(path.join(dir, "refs", "heads"), { recursive: true });
  fs.writeFileSync(path.join(dir, "refs", "heads", "main"), SHA1);
  statusOut = status("main", SHA1);
  logOut = "aaaaaaa\x1fFirst commit\n";
  failStatus = null;
  calls.length = 0;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (before: Before | undefined, quiet = true) => collectGit(dir, 1000, (s) => s, "T", Promise.resolve(before), Promise.resolve(quiet));

/** Three saves in a row: learning, stamping before git, and the state a quiet turn may reuse. */
async function settled(): Promise<Before> {
  const first = await run(undefined);
  const second = await run({ git: first.git, seen: first.seen });
  return { git: second.git, seen: second.seen };
}

describe("collectGit", () => {
  it("learns the paths alongside the first status, and trusts stamps only once taken before git ran", async () => {
    const first = await run(undefined);
    expect(calls.sort()).toEqual(["log", "paths", "status"]);
    expect(first.git).toMatchObject({ status: "ok", branch: "main", head: "aaaaaaa", subject: "First commit" });
    expect(first.seen?.stampedBefore).toBe(false);
    calls.length = 0;
    // Nothing changed, the turn was quiet, but the stamps postdate the first status: git runs, once.
    const second = await run({ git: first.git, seen: first.seen });
    expect(calls).toEqual(["status"]);
    expect(second.reused).toBe(false);
    expect(second.git.subject).toBe("First commit");
    expect(second.seen?.stampedBefore).toBe(true);
  });

  it("reuses the last summary when the turn was quiet and nothing git keeps changed", async () => {
    const before = await settled();
    calls.length = 0;
    const r = await run(before);
    expect(calls).toEqual([]);
    expect(r.reused).toBe(true);
    expect(r.git).toBe(before.git);
    expect(r.seen).toBe(before.seen);
  });

  it("runs status when the turn may have changed files", async () => {
    const before = await settled();
    calls.length = 0;
    const r = await run(before, false);
    expect(calls).toEqual(["status"]);
    expect(r.reused).toBe(false);
  });

  it("runs status when the index was replaced (git add from outside)", async () => {
    const before = await settled();
    calls.length = 0;
    replace("index", "index");
    await run(before);
    expect(calls).toEqual(["status"]);
  });

  it("runs status and log when the branch's ref moved (a commit from outside)", async () => {
    const before = await settled();
    calls.length = 0;
    fs.writeFileSync(path.join(dir, "refs", "heads", "main.lock"), SHA2);
    fs.renameSync(path.join(dir, "refs", "heads", "main.lock"), path.join(dir, "refs", "heads", "main"));
    statusOut = status("main", SHA2);
    logOut = "bbbbbbb\x1fSecond commit\n";
    const r = await run(before);
    expect(calls.sort()).toEqual(["log", "status"]);
    expect(r.git).toMatchObject({ head: "bbbbbbb", subject: "Second commit", headFull: SHA2 });
  });

  it("asks git for the paths again when HEAD itself changed (another branch)", async () => {
    const before = await settled();
    calls.length = 0;
    replace("HEAD", "ref: refs/heads/other");
    statusOut = status("other", SHA1);
    const r = await run(before);
    expect(calls.sort()).toEqual(["log", "paths", "status"]);
    // The paths given were still main's: they do not fit the branch status reports, so none are kept.
    expect(r.seen).toBeUndefined();
  });

  it("notices an operation in progress by its marker and counts the marker among the watched files", async () => {
    const before = await settled();
    calls.length = 0;
    fs.writeFileSync(file("MERGE_HEAD"), SHA2);
    const r = await run(before);
    expect(calls).toEqual(["status"]);
    expect(r.git.operation).toBe("merge");
  });

  it("does not trust a saved record of the wrong shape", async () => {
    const before = await settled();
    calls.length = 0;
    const seen = before.seen ? { ...before.seen, stamps: before.seen.stamps.slice(1) } : undefined;
    await run({ git: before.git, seen });
    expect(calls.sort()).toEqual(["log", "paths", "status"]);
  });

  it("runs status alone where there was no repository last time", async () => {
    failStatus = { ok: false, reason: "not-a-repo", message: "fatal: not a git repository" };
    const first = await run(undefined);
    expect(first.git.status).toBe("not-a-repo");
    calls.length = 0;
    const again = await run({ git: first.git, seen: first.seen });
    expect(calls).toEqual(["status"]);
    expect(again.git.status).toBe("not-a-repo");
  });

  it("without paths from git (no commit yet) it runs git every time", async () => {
    paths = null;
    const first = await run(undefined);
    expect(first.seen).toBeUndefined();
    calls.length = 0;
    await run({ git: first.git, seen: first.seen });
    expect(calls.sort()).toEqual(["log", "paths", "status"]);
  });
});
