// The two slash commands `install` ships (and `uninstall` takes away), issue 14: one brings the
// saved state back into the running session on demand (after a /clear, or whenever wanted), one
// writes the handoff note and says where. A file is ours when it carries MARKER; a person's own
// file of the same name is never overwritten or removed.
import * as path from "node:path";
import type { Config } from "../../config";
import { BUNDLE_NAME } from "./hook-entries";
import type { ScopeTarget } from "./scope";

export const MARKER = "<!-- session-state: written by `session-state install`, removed by `session-state uninstall` -->";
export const RESTORE_COMMAND = "session-state-restore";
export const HANDOFF_COMMAND = "session-state-handoff";
/** Where the handoff command writes its note: inside the state folder, the only place the hook writes. */
export const HANDOFF_FILE = path.join(".claude", "session-state", "handoff.md");

export interface SlashCommandFile {
  name: string;
  file: string;
  text: string;
}

/** The command line that runs the bundle from a slash command's `!` line (run from the project folder). */
const runner = (hook: string): string => `node ${JSON.stringify(hook)}`;

export function restoreText(hook: string, plugin = false): string {
  return [
    "---",
    "description: Bring this project's saved session state (plan, todos, findings, git) back into the conversation",
    "allowed-tools: Bash(node:*)",
    "---",
    ...(plugin ? [] : [MARKER]),
    "The saved state of this project's latest Claude Code session, as session-state would inject it at startup,",
    "follows. Take it as what was true when it was saved: check the repository before acting on it, then",
    "continue from the todo in progress (or the last request). Say in one line what you restored.",
    "",
    `!\`${runner(hook)} load --on-demand\``,
    "",
  ].join("\n");
}

export function handoffText(hook: string, plugin = false): string {
  return [
    "---",
    "description: Write the handoff note (session-state export) for another session, model or tool, and say where it is",
    "allowed-tools: Bash(node:*)",
    "---",
    ...(plugin ? [] : [MARKER]),
    "session-state just wrote the handoff note of this session:",
    "",
    `!\`${runner(hook)} export --out ${JSON.stringify(HANDOFF_FILE)}\``,
    "",
    "Tell the person, in one or two lines, the full path of the file named above and that it can be pasted",
    "as the first message of a fresh session, another model or another tool. Do not print the note itself.",
    "",
  ].join("\n");
}

/** The commands folder of a scope: the project's (project and local scope) or the config folder's. */
export function commandsDirOf(target: ScopeTarget, config: Config): string {
  return target.scope === "user" ? path.join(config.claudeDir, "commands") : path.join(config.projectDir, ".claude", "commands");
}

export function slashCommandFiles(target: ScopeTarget, config: Config): SlashCommandFile[] {
  const dir = commandsDirOf(target, config);
  // Project scope is committed and shared: a path relative to the project folder, where Claude Code runs `!` lines.
  const hook = target.scope === "user" ? target.bundleFile : path.join(".claude", "hooks", BUNDLE_NAME);
  return [
    { name: RESTORE_COMMAND, file: path.join(dir, `${RESTORE_COMMAND}.md`), text: restoreText(hook) },
    { name: HANDOFF_COMMAND, file: path.join(dir, `${HANDOFF_COMMAND}.md`), text: handoffText(hook) },
  ];
}

export const isOurCommandFile = (text: string | null): boolean => text !== null && text.includes(MARKER);
