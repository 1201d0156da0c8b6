// The floor of a save on this stack (npm run bench): the least any Stop hook built on zod,
// simple-git and write-file-atomic can cost. It reads stdin, parses it with the hook's own input
// schema, runs one `git status` through the hook's own simple-git boundary (src/io/git.ts), and writes
// one file with write-file-atomic. Built by the project's tsup config, like the hook.
import * as fs from "node:fs";
import * as path from "node:path";
import writeFileAtomic from "write-file-atomic";
import { HookInput } from "../../../src/hook/input";
import { runGit, STATUS_ARGS } from "../../../src/io/git";

async function main(): Promise<void> {
  const parsed = HookInput.safeParse(JSON.parse(fs.readFileSync(0, "utf8")));
  const cwd = parsed.success ? parsed.data.cwd : undefined;
  if (!cwd) return;
  const status = await runGit(cwd, STATUS_ARGS, 2000);
  const dir = path.join(cwd, ".claude", "session-state");
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileAtomic.sync(path.join(dir, "floor.json"), JSON.stringify({ status: status.ok ? status.out.length : status.reason }), { mode: 0o600 });
}

main().finally(() => process.exit(0));
