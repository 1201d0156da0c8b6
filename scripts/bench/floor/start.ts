// The floor of a SessionStart on this stack (npm run bench): stdin, the hook's input schema, HEAD
// through simple-git configured as the hook configures it, and one line of hook output.
import * as fs from "node:fs";
import { parseHookInput } from "../../../src/events/schema";
import { gitClient } from "../../../src/io/git";

async function main(): Promise<void> {
  const input = parseHookInput(JSON.parse(fs.readFileSync(0, "utf8")));
  if (!input || !input.cwd) return;
  const head = await gitClient(input.cwd, 2000).revparse(["HEAD"]);
  const context = `HEAD is ${head.trim()}`;
  fs.writeSync(1, JSON.stringify({ hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: context } }));
}

main().finally(() => process.exit(0));
