// The entry: the only module that touches `process`. Hook mode (no command) exits 0 on every path,
// within a hard time budget, printing nothing but the hook protocol. The rest is loaded with
// import() inside the run, so even a bug that throws while a module initialises is caught here
// instead of surfacing as a Node stack trace and exit 1 in Claude Code, and a hook run never loads
// the command line.
import * as fs from "node:fs";
import * as path from "node:path";
import { prefixAt } from "./clip";

const HARD_BUDGET_MS = 8000;

/** Best effort, with no project module involved: the log line for a failure anywhere else. */
function crashLog(err: unknown): void {
  try {
    const dir = path.resolve(process.cwd(), process.env.CLAUDE_PROJECT_DIR || ".", ".claude", "session-state");
    if (!fs.lstatSync(dir).isDirectory()) return;
    const log = path.join(dir, "hook.log");
    // Same rules as the regular log: never through a symlink, never past its size bound.
    const st = fs.lstatSync(log, { throwIfNoEntry: false });
    if (st && (!st.isFile() || st.size > 64 * 1024)) return;
    const what = err instanceof Error ? `${err.message} ${err.stack?.split("\n")[1]?.trim() ?? ""}` : String(err);
    const line = `${new Date().toISOString()} error crash unexpected error: ${prefixAt(what.replace(/\s+/g, " "), 500)}\n`;
    fs.appendFileSync(log, line, { mode: 0o600 });
  } catch {
    /* nothing left to try */
  }
}

/**
 * Hook output is written synchronously, so that it is out before process.exit. A non-blocking pipe
 * that is momentarily full is waited for in short sleeps, for at most two seconds: a reader that
 * never drains it must not keep the hook spinning.
 */
function writeOut(text: string): void {
  const buf = Buffer.from(text, "utf8");
  let off = 0;
  let waited = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(1, buf, off, buf.length - off);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EAGAIN" || waited >= 2000) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      waited += 5;
    }
  }
}

async function hook(startedAt: number): Promise<void> {
  // The last line of defence: Claude Code's own timeout is 10 s; give up well before it.
  setTimeout(() => {
    crashLog(new Error(`gave up after ${HARD_BUDGET_MS} ms; previous state kept`));
    process.exit(0);
  }, HARD_BUDGET_MS).unref();
  if (/^(1|true|yes|on)$/i.test(process.env.SESSION_STATE_DISABLE ?? "")) return;
  // simple-git traces through the `debug` package, which writes to stderr whenever DEBUG names it
  // (DEBUG=* is common in a Node developer's shell): a hook prints nothing but its protocol.
  delete process.env.DEBUG;
  const { readInput } = await import("./io/stdin");
  const input = await readInput(0, () => process.stdin);
  const { runHook } = await import("./hook/run");
  const outcome = await runHook(input, { env: process.env, cwd: process.cwd(), startedAt });
  if (outcome.stdout) writeOut(outcome.stdout);
}

async function command(name: string, args: string[]): Promise<void> {
  const { runCommand } = await import("./cli/index");
  const { makePrompt } = await import("./cli/prompt");
  const result = await runCommand(name, {
    args,
    env: process.env,
    cwd: process.cwd(),
    tty: !!process.stdout.isTTY,
    self: process.argv[1],
    prompt: process.stdin.isTTY ? makePrompt(process.stdin, process.stderr) : undefined,
    nodeVersion: process.versions.node,
  });
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.code;
}

const [name, ...args] = process.argv.slice(2);
if (!name || name === "hook") {
  hook(Date.now())
    .catch(crashLog)
    .finally(() => {
      // Exit now: a lingering handle (a git child, a timer) must not keep Claude Code waiting.
      process.exit(0);
    });
} else {
  command(name, args).catch((err: unknown) => {
    crashLog(err);
    process.stderr.write(`session-state: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
