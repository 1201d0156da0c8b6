// `status`: what is saved now in this project, for which session, how old and how big.
import { resolveConfig } from "../../config";
import { decideInjection } from "../../hook/restore";
import { count, sizeText, timeText } from "../format";
import { savedSessions } from "../saved-sessions";
import { ageText, provenance as trust, stopKind } from "../../messages";
import { cli } from "../messages";
import { todoItems } from "../../state/render";
import { statePaths } from "../../state/paths";
import { selfCommand } from "../run-command";
import { parseOptions } from "./args";
import type { CommandContext, CommandResult } from "./types";

export async function status(ctx: CommandContext): Promise<CommandResult> {
  const parsed = parseOptions("status", ctx, { json: { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const config = resolveConfig(ctx.env, ctx.cwd);
  const paths = statePaths(config.stateDir);
  const list = savedSessions(paths);
  const current = list.find((s) => s.current);
  if (!current) return { code: 0, stdout: parsed.values.json ? "null\n" : `${cli.status.nothing(config.projectDir)}\n` };
  const s = current.state;
  const built = await decideInjection(config, "startup", undefined);
  const injected = "skipped" in built ? null : built.text.length;
  const items = s ? todoItems(s) : [];
  const open = items.filter((t) => t.status !== "completed").length;
  const ageMs = config.now() - Date.parse(current.savedAt);
  if (parsed.values.json) {
    const out = {
      sessionId: current.sessionId,
      savedAt: current.savedAt,
      ageMs,
      lastEvent: s?.lastEvent ?? null,
      file: current.file,
      bytes: current.bytes,
      injectChars: injected,
      injectSkipped: "skipped" in built ? built.skipped : null,
      untrusted: "skipped" in built ? (built.untrusted ?? null) : null,
      todosOpen: open,
      todosDone: items.length - open,
      prompts: s?.prompts.length ?? 0,
      subagents: s?.subagents.length ?? 0,
      files: s?.files.length ?? 0,
      archived: list.length - 1,
      stopped: s?.stopped ?? null,
    };
    return { code: 0, stdout: `${JSON.stringify(out, null, 2)}\n` };
  }
  const lines = [
    cli.status.heading(current.sessionId),
    cli.status.saved(timeText(current.savedAt), ageText(ageMs), s?.lastEvent ?? "?"),
    cli.status.size(sizeText(current.bytes), injected === null ? null : count(injected), count(config.settings.maxChars)),
    ...("skipped" in built ? [cli.status.notInjected(built.skipped)] : []),
    ...("skipped" in built && built.untrusted ? [trust.statusMark(selfCommand(ctx))] : []),
    cli.status.counts(open, items.length - open, s?.prompts.length ?? 0, s?.subagents.length ?? 0, s?.files.length ?? 0),
    ...(s?.stopped ? [cli.status.stopped(stopKind(s.stopped.error, s.stopped.status), timeText(s.stopped.at), s.stopped.recoveredAt && timeText(s.stopped.recoveredAt))] : []),
    cli.status.file(current.file),
    cli.status.archived(list.length - 1, selfCommand(ctx)),
  ];
  return { code: 0, stdout: `${lines.join("\n")}\n` };
}
