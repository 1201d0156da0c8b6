// The save handler in-process, where the world moves under it: a module that fails to load in a
// callback, another save replacing the session's file while this one waits for the lock.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterEach, describe, expect, it, vi } from "vitest";
import { append, clockOffset, line, makeProject, type Project } from "../helpers/project";

vi.mock("../../src/io/fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/io/fs")>();
  return { ...real, loadWriter: vi.fn(real.loadWriter) };
});

import * as io from "../../src/io/fs";
import { runHook } from "../../src/hook/run";
import { acquire } from "../../src/state/lock";
import { sessionJson, sessionLock, statePaths } from "../../src/state/paths";

let p: Project | undefined;
afterEach(() => {
  vi.mocked(io.loadWriter).mockReset();
  p?.cleanup();
  p = undefined;
});

const save = (project: Project, sessionId: string) =>
  runHook(
    Buffer.from(JSON.stringify({ session_id: sessionId, transcript_path: project.transcript(sessionId), cwd: project.dir, hook_event_name: "Stop" })),
    {
      env: { PATH: process.env.PATH, HOME: project.root, TMPDIR: tmpdir(), TZ: "UTC", CLAUDE_CONFIG_DIR: project.claude, CLAUDE_PROJECT_DIR: project.dir, ...clockOffset() },
      cwd: project.dir,
      startedAt: Date.now(),
    },
  );

const gitAt = (project: Project, sessionId: string): unknown => (project.state(sessionId).git as { at?: string } | undefined)?.at;

describe("save", () => {
  it("a writer that fails to load in the wait for git is no uncaught error, and the save still lands", async () => {
    p = makeProject();
    vi.mocked(io.loadWriter).mockImplementation(() => {
      throw new Error("write-file-atomic failed to initialise");
    });
    const errors: unknown[] = [];
    const onError = (err: unknown): void => void errors.push(err);
    process.on("uncaughtException", onError);
    try {
      append(p.transcript("s1"), line.prompt("Fix the parser"), line.text("Fixed."));
      expect(await save(p, "s1")).toEqual({});
      await new Promise((r) => setTimeout(r, 50));
      expect(vi.mocked(io.loadWriter)).toHaveBeenCalled();
      expect(errors).toEqual([]);
      expect((p.state("s1").prompts as Array<{ text: string }>).map((x) => x.text)).toEqual(["Fix the parser"]);
    } finally {
      process.off("uncaughtException", onError);
    }
  });

  it("a quiet turn that finds its session's file replaced while it waited for the lock runs git", async () => {
    p = makeProject();
    const t = p.transcript("s2");
    const readTurn = (id: string) => [line.tool(id, "Read", { file_path: "README.md" }), line.result(id, { type: "text" }, "hello"), line.text("Read it.")];
    append(t, line.prompt("Look around"), line.text("Looking."));
    await save(p, "s2"); // a session's first two saves always run git
    append(t, ...readTurn("r1"));
    await save(p, "s2");
    const ran = gitAt(p, "s2");
    expect(ran).toBeTypeOf("string");
    // A quiet turn with git's files as they were keeps the last summary: the case the race below could spoil.
    append(t, ...readTurn("r2"));
    await save(p, "s2");
    expect(gitAt(p, "s2")).toBe(ran);

    append(t, ...readTurn("r3"));
    const paths = statePaths(p.stateDir);
    const release = await acquire(sessionLock(paths, "s2"), { timeoutMs: 1000, now: Date.now });
    expect(release).not.toBeNull();
    const pending = save(p, "s2");
    // The save has read the file and waits for the lock; another save replaces the file meanwhile.
    await new Promise((r) => setTimeout(r, 300));
    const file = sessionJson(paths, "s2");
    writeFileSync(`${file}.other`, readFileSync(file));
    renameSync(`${file}.other`, file);
    release?.();
    expect(await pending).toEqual({});
    expect(gitAt(p, "s2")).not.toBe(ran);
  });
});
