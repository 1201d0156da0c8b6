// The floor of a SessionStart on this stack (npm run bench): stdin, the hook's input schema, HEAD
// through simple-git configured as the hook configures it, and one line of hook output.
import * as fs from "node:fs";
import { HookInput } from "../../../src/hook/input";
import { headNow } from "../../../src/io/git";

async function main(): Promise<void> {
  const parsed = HookInput.safeParse(JSON.parse(fs.readFileSync(0, "utf8")));
  const cwd = parsed.success ? parsed.data.cwd : undefined;
  if (!cwd) return;
  const head = await headNow(cwd, 2000);
  const context = head.ok ? `HEAD is ${head.head.sha ?? "none"}` : head.reason;
  fs.writeSync(1, JSON.stringify({ hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: context } }));
}

main().finally(() => process.exit(0));
