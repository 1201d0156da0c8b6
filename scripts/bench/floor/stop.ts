// The floor of a save on this stack (npm run bench): the least any Stop hook built on zod,
// simple-git and write-file-atomic can cost. It reads stdin, parses it with the hook's own input
// schema, runs one `git status` through simple-git configured as the hook configures it, and writes
// one file with write-file-atomic. Built by the project's tsup config, like the hook.
import * as fs from "node:fs";
import * as path from "node:path";
import writeFileAtomic from "write-file-atomic";
import { parseHookInput } from "../../../src/events/schema";
import { gitClient } from "../../../src/io/git";

async function main(): Promise<void> {
  const input = parseHookInput(JSON.parse(fs.readFileSync(0, "utf8")));
  if (!input || !input.cwd) return;
  const status = await gitClient(input.cwd, 2000).status();
  const dir = path.join(input.cwd, ".claude", "session-state");
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileAtomic.sync(path.join(dir, "floor.json"), JSON.stringify({ branch: status.current, changed: status.files.length }), { mode: 0o600 });
}

main().finally(() => process.exit(0));
