// The entry: the only module that touches `process`. Hook mode (no command) exits 0 on every path,
// within a hard time budget, printing nothing but the hook protocol.
import { runCommand } from "./commands/index";
import { fileLogger } from "./io/log";
import { readStream } from "./io/stdin";
import { MAX_INPUT_BYTES, runHook } from "./main";
import { log as msg } from "./messages";
import { isDisabled, projectDirFrom, STATE_DIR } from "./config";
import * as path from "node:path";

const HARD_BUDGET_MS = 8000;

function crashLog(err: unknown): void {
  const dir = path.join(projectDirFrom(process.env, undefined, process.cwd()), STATE_DIR);
  fileLogger(dir, Date.now, "crash")(msg.crashed(err instanceof Error ? `${err.message} ${err.stack?.split("\n")[1]?.trim() ?? ""}` : String(err)));
}

async function hook(startedAt: number): Promise<void> {
  // The last line of defence: Claude Code's own timeout is 10 s; give up well before it.
  setTimeout(() => {
    crashLog(new Error(msg.budgetExceeded(HARD_BUDGET_MS)));
    process.exit(0);
  }, HARD_BUDGET_MS).unref();
  if (isDisabled(process.env)) process.exit(0);
  const input = process.stdin.isTTY ? { data: Buffer.alloc(0) } : await readStream(process.stdin, MAX_INPUT_BYTES);
  if ("tooLarge" in input) {
    fileLogger(path.join(projectDirFrom(process.env, undefined, process.cwd()), STATE_DIR), Date.now, "input")(
      msg.tooLarge(MAX_INPUT_BYTES),
    );
    process.exit(0);
  }
  const outcome = await runHook(input.data, { env: process.env, cwd: process.cwd(), startedAt });
  if (outcome.stdout) await new Promise<void>((done) => process.stdout.write(outcome.stdout as string, () => done()));
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const [command, ...args] = process.argv.slice(2);
  if (!command || command === "hook") {
    await hook(startedAt).catch(crashLog);
    // Exit now: a lingering handle (a git child, a timer) must not keep Claude Code waiting.
    process.exit(0);
  }
  const result = await runCommand(command, { args, env: process.env, cwd: process.cwd(), tty: !!process.stdout.isTTY });
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.code;
}

main().catch((err) => {
  crashLog(err);
  process.exitCode = process.argv.length > 2 ? 1 : 0;
});
