import { describe, expect, it } from "vitest";
import { type SpawnRequest, type SpawnResult, spawnViaChildProcess } from "../../src/io/spawn";

const base = (over: Partial<SpawnRequest>): SpawnRequest => ({
  file: "sh",
  args: [],
  cwd: process.cwd(),
  env: { PATH: process.env.PATH },
  timeoutMs: 5000,
  maxOutput: 1 << 20,
  ...over,
});

describe("spawn via child_process", () => {
  const spawn = spawnViaChildProcess;
  it("collects stdout, stderr and the exit code", async () => {
    const r = await spawn(base({ args: ["-c", "printf out; printf err >&2; exit 3"] }));
    expect(r).toEqual({ kind: "exited", code: 3, signal: null, stdout: "out", stderr: "err", truncated: false });
  });

  it("passes only the given environment and runs in the given directory", async () => {
    const r = await spawn(base({ args: ["-c", 'printf "%s|%s|%s" "$FOO" "$HOME" "$(pwd)"'], env: { PATH: process.env.PATH, FOO: "bar" }, cwd: "/" }));
    expect(r).toMatchObject({ kind: "exited", code: 0, stdout: "bar||/" });
  });

  it("reports a program that does not exist", async () => {
    const r = await spawn(base({ file: "no-such-program-session-state" }));
    expect(r).toMatchObject({ kind: "failed", code: "ENOENT" });
  });

  it("kills a program that outlives its timeout", async () => {
    const started = Date.now();
    const r = await spawn(base({ args: ["-c", "sleep 5"], timeoutMs: 150 }));
    expect(r).toEqual({ kind: "timeout" });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("cuts output at maxOutput and says so", async () => {
    const r = await spawn(base({ args: ["-c", "head -c 100000 /dev/zero | tr '\\0' x"], maxOutput: 1000 }));
    expect(r).toMatchObject({ kind: "exited", code: 0, truncated: true });
    expect(r.kind === "exited" && r.stdout).toBe("x".repeat(1000));
  });

  it("reports death by a signal", async () => {
    const r = await spawn(base({ args: ["-c", "kill -9 $$"] }));
    expect(r).toMatchObject({ kind: "exited", code: null, signal: "SIGKILL" });
  });
});

describe("spawn failures become results, never exceptions", () => {
  it("child_process: a spawn that throws at once", async () => {
    // A NUL byte in an argument makes child_process throw before any process or timer exists.
    await expect(spawnViaChildProcess(base({ args: ["-c", "a\0b"] }))).resolves.toMatchObject({ kind: "failed" });
  });

});
