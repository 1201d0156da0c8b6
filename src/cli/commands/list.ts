// `list`: the sessions this project has saved state for, newest first, numbered for `show`.
import { resolveConfig } from "../../config";
import { colorOn, paint } from "../color";
import { oneLine, sizeText, table, timeText } from "../format";
import { savedSessions } from "../saved-sessions";
import { cli } from "../messages";
import { selfCommand } from "../run-command";
import { statePaths } from "../../state/paths";
import { parseOptions } from "./args";
import type { CommandContext, CommandResult } from "./types";

export async function list(ctx: CommandContext): Promise<CommandResult> {
  const parsed = parseOptions("list", ctx, { json: { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const config = resolveConfig(ctx.env, ctx.cwd);
  const saved = savedSessions(statePaths(config.stateDir));
  if (parsed.values.json) {
    const out = saved.map(({ n, sessionId, savedAt, file, bytes, current, state }) => ({
      n,
      sessionId,
      savedAt,
      file,
      bytes,
      current,
      lastRequest: state?.prompts.at(-1)?.text ?? null,
      stopped: state?.stopped ?? null,
    }));
    return { code: 0, stdout: `${JSON.stringify(out, null, 2)}\n` };
  }
  if (saved.length === 0) return { code: 0, stdout: `${cli.status.nothing(config.projectDir)}\n` };
  const p = paint(colorOn(ctx.env, ctx.tty));
  const rows = [
    [...cli.list.columns],
    ...saved.map((s) => [
      String(s.n),
      timeText(s.savedAt),
      [s.sessionId, ...(s.current ? [cli.list.current] : []), ...(s.state?.stopped && !s.state.stopped.recoveredAt ? [cli.list.stopped(s.state.stopped.error)] : [])].join(" "),
      sizeText(s.bytes),
      oneLine(s.state?.prompts.at(-1)?.text ?? "", 60),
    ]),
  ];
  const [head, ...body] = table(rows);
  return { code: 0, stdout: `${[p.bold(head ?? ""), ...body, "", cli.list.hint(selfCommand(ctx))].join("\n")}\n` };
}
