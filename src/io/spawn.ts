// Starting a short-lived program and collecting its output through node:child_process: the
// process boundary, used by git.ts. (An earlier version drove Node's internal process handle
// directly; on Node 24 and later that aborts the process with a native assertion.)

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

const STDERR_KEEP = 64 * 1024;

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

export const spawnCapture: Spawner = spawnViaChildProcess;
