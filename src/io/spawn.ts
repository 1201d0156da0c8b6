// Starting a short-lived program and collecting its output: the process boundary, used by git.ts.
//
// node:child_process is the obvious tool, but for one small command per hook run it cost more than
// the command itself: loading it pulls in net, dgram and the stream stack, and its stdio pipes are
// sockets whose teardown even creates process.stderr (≈ 11 ms of a Stop, against ≈ 4 ms for git
// itself, measured with a bare `node -e 0` alongside). So the program is started through Node's
// own process handle, the one child_process wraps, with its output going to an unlinked temporary
// file instead of a pipe. Where that handle is missing or changed (it is internal to Node), the
// child_process version below takes over with the same results.
import * as fs from "node:fs";
import * as path from "node:path";

export interface SpawnRequest {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
  /** Output past this many bytes is not read; the result says it was cut. */
  maxOutput: number;
}

export type SpawnResult =
  | { kind: "exited"; code: number | null; signal: string | null; stdout: string; stderr: string; truncated: boolean }
  | { kind: "failed"; code: string; message: string }
  | { kind: "timeout" };

export type Spawner = (req: SpawnRequest) => Promise<SpawnResult>;

interface ProcessHandle {
  spawn(options: object): number;
  kill(signal: number): number;
  close(): void;
  onexit: ((exitCode: number, signalCode: string) => void) | null;
}

const SIGKILL = 9;
const STDERR_KEEP = 64 * 1024;

function processBinding(): (new () => ProcessHandle) | null {
  try {
    // Deprecated in documentation only (DEP0111); under --pending-deprecation it would warn on stderr.
    if (process.execArgv.includes("--pending-deprecation") || /--pending-deprecation/.test(process.env.NODE_OPTIONS ?? "")) return null;
    const b = (process as unknown as { binding(name: string): { Process?: new () => ProcessHandle } }).binding("process_wrap");
    return typeof b.Process === "function" ? b.Process : null;
  } catch {
    return null;
  }
}

/** An anonymous file for a child's output: created exclusively (no link is followed), unlinked at once. */
function scratchFd(): number {
  const dir = process.env.TMPDIR || "/tmp";
  for (let i = 0; ; i++) {
    const file = path.join(dir, `.session-state-${Math.random().toString(36).slice(2)}`);
    try {
      const fd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
      try {
        fs.unlinkSync(file);
      } catch (e) {
        fs.closeSync(fd);
        throw e;
      }
      return fd;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST" || i >= 8) throw err;
    }
  }
}

function readFdText(fd: number, max: number): { text: string; truncated: boolean } {
  const size = fs.fstatSync(fd).size;
  const n = Math.min(size, max);
  const buf = Buffer.alloc(n);
  let off = 0;
  while (off < n) {
    const got = fs.readSync(fd, buf, off, n - off, off);
    if (got === 0) break;
    off += got;
  }
  return { text: buf.subarray(0, off).toString("utf8"), truncated: size > max };
}

function closeAll(fds: number[]): void {
  for (const fd of fds) {
    try {
      fs.closeSync(fd);
    } catch {
      /* already closed */
    }
  }
}

function errnoName(errno: number): string {
  try {
    return (require("node:util") as typeof import("node:util")).getSystemErrorName(errno);
  } catch {
    return `E${-errno}`;
  }
}

/**
 * The fast path; null when Node's process handle is not available here or does not behave as
 * expected (it is internal to Node), with nothing left open: the caller then takes child_process.
 */
export function spawnViaHandle(req: SpawnRequest): Promise<SpawnResult> | null {
  const Process = processBinding();
  if (!Process) return null;
  const fds: number[] = [];
  let handle: ProcessHandle;
  let rc: number;
  try {
    fds.push(scratchFd(), scratchFd());
    handle = new Process();
    const envPairs = Object.entries(req.env).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${v}`]));
    rc = handle.spawn({
      file: req.file,
      args: [req.file, ...req.args],
      cwd: req.cwd,
      envPairs,
      stdio: [{ type: "ignore" }, { type: "fd", fd: fds[0] }, { type: "fd", fd: fds[1] }],
      windowsHide: true,
    });
  } catch {
    closeAll(fds);
    return null;
  }
  const [out, err] = fds as [number, number];
  if (rc !== 0) {
    handle.close();
    closeAll(fds);
    const code = errnoName(rc);
    return Promise.resolve({ kind: "failed", code, message: `spawn ${req.file} ${code}` });
  }
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      handle.kill(SIGKILL);
    }, req.timeoutMs);
    // Called by libuv, outside any promise: whatever throws here must become a result, or it would
    // surface as an uncaught exception (a stack trace and exit 1 in Claude Code).
    handle.onexit = (exitCode, signalCode) => {
      clearTimeout(timer);
      try {
        handle.close();
        if (timedOut) return resolve({ kind: "timeout" });
        const stdout = readFdText(out, req.maxOutput);
        const stderr = readFdText(err, STDERR_KEEP);
        resolve({ kind: "exited", code: signalCode ? null : exitCode, signal: signalCode || null, stdout: stdout.text, stderr: stderr.text, truncated: stdout.truncated });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException | null)?.code ?? "EUNKNOWN";
        resolve({ kind: "failed", code, message: `reading ${req.file}'s output: ${code}` });
      } finally {
        closeAll(fds);
      }
    };
  });
}

/** The portable path: the same contract through node:child_process. */
export function spawnViaChildProcess(req: SpawnRequest): Promise<SpawnResult> {
  const { spawn } = require("node:child_process") as typeof import("node:child_process");
  return new Promise((resolve) => {
    let settled = false;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let errSize = 0;
    let truncated = false;
    // Declared before finish(), which a spawn that throws at once calls before any timer exists.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (r: SpawnResult): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      resolve(r);
    };
    let child: import("node:child_process").ChildProcess;
    try {
      child = spawn(req.file, req.args, { cwd: req.cwd, env: req.env, stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "EUNKNOWN";
      return finish({ kind: "failed", code, message: String((e as Error).message ?? e) });
    }
    timer = setTimeout(() => {
      child.kill("SIGKILL");
      finish({ kind: "timeout" });
    }, req.timeoutMs);
    child.stdout?.on("data", (d: Buffer) => {
      if (size + d.length > req.maxOutput) {
        truncated = true;
        d = d.subarray(0, Math.max(0, req.maxOutput - size));
      }
      size += d.length;
      out.push(d);
    });
    child.stderr?.on("data", (d: Buffer) => {
      if (errSize < STDERR_KEEP) err.push(d);
      errSize += d.length;
    });
    child.on("error", (e: NodeJS.ErrnoException) => finish({ kind: "failed", code: e.code ?? "EUNKNOWN", message: e.message }));
    child.on("close", (code, signal) =>
      finish({
        kind: "exited",
        code: signal ? null : code,
        signal: signal ?? null,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8").slice(0, STDERR_KEEP),
        truncated,
      }),
    );
  });
}

export const spawnCapture: Spawner = (req) => spawnViaHandle(req) ?? spawnViaChildProcess(req);
