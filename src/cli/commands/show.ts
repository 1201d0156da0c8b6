// `show <n|session>`: the saved state of one session, as Markdown.
import { resolveConfig } from "../../config";
import { findSaved, savedSessions } from "../saved-sessions";
import { cli } from "../messages";
import { selfCommand } from "../run-command";
import { statePaths } from "../../state/paths";
import { makeRedactor } from "../../state/redact";
import { renderMarkdown } from "../../state/render";
import { readTextFile } from "../settings-file/text-file";
import { parseOptions, usageError } from "./args";
import type { CommandContext, CommandResult } from "./types";

export async function show(ctx: CommandContext): Promise<CommandResult> {
  const parsed = parseOptions("show", ctx, {}, 1);
  if ("error" in parsed) return parsed.error;
  const config = resolveConfig(ctx.env, ctx.cwd);
  const saved = savedSessions(statePaths(config.stateDir));
  const key = parsed.positionals[0] ?? "1";
  if (key === "") return usageError("show", ctx, cli.show.missing);
  const found = findSaved(saved, key);
  if (found === "ambiguous") return { code: 1, stderr: `${cli.show.ambiguous(key)}\n` };
  // Nothing saved yet is not an error (as for status, list and load): exit 0, the note on stderr
  // so that stdout, which carries the document, stays empty.
  if (saved.length === 0) return { code: 0, stderr: `${cli.status.nothing(config.projectDir)}\n` };
  if (!found) return { code: 1, stderr: `${cli.show.notFound(key, selfCommand(ctx))}\n` };
  const read = readTextFile(found.file);
  const text = "text" in read && read.text !== null ? read.text : found.state ? renderMarkdown(found.state) : null;
  if (text === null) return { code: 1, stderr: `${cli.show.unreadable(found.file)}\n` };
  return { code: 0, stdout: makeRedactor(config.settings.redact)(text) };
}
