// `sessions [--json]`: the Claude Code sessions of this project that `claude --resume` can pick up,
// newest first, with what each was about and how full its context was at the last answer.
import { resolveConfig } from "../../config";
import { colorOn, paint } from "../color";
import { count, oneLine, sizeText, timeText } from "../format";
import { projectTranscripts, transcriptDirOf } from "../project-transcripts";
import { ageText } from "../../messages";
import { cli } from "../messages";
import { makeRedactor } from "../../state/redact";
import { parseOptions } from "./args";
import type { CommandContext, CommandResult } from "./types";

export async function sessions(ctx: CommandContext): Promise<CommandResult> {
  const parsed = parseOptions("sessions", ctx, { json: { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const config = resolveConfig(ctx.env, ctx.cwd);
  const redact = makeRedactor(config.settings.redact);
  const found = projectTranscripts(config.claudeDir, config.projectDir);
  if (parsed.values.json) {
    const out = found.map((s) => ({
      id: s.id,
      file: s.file,
      bytes: s.bytes,
      startedAt: s.startedAt ?? null,
      lastAt: s.lastAt ?? null,
      firstRequest: s.firstRequest ? redact(s.firstRequest) : null,
      lastRequest: s.lastRequest ? redact(s.lastRequest) : null,
      model: s.model ?? null,
      contextTokens: s.contextTokens ?? null,
    }));
    return { code: 0, stdout: `${JSON.stringify(out, null, 2)}\n` };
  }
  if (found.length === 0) {
    return { code: 0, stdout: `${cli.sessions.none(transcriptDirOf(config.claudeDir, config.projectDir))}\n` };
  }
  const p = paint(colorOn(ctx.env, ctx.tty));
  const now = config.now();
  const lines: string[] = [cli.sessions.heading(found.length, transcriptDirOf(config.claudeDir, config.projectDir)), ""];
  for (const s of found) {
    const last = s.lastAt ?? new Date(s.mtimeMs).toISOString();
    lines.push(p.bold(s.id));
    lines.push(
      `  ${cli.sessions.times(timeText(s.startedAt), timeText(last), ageText(now - Date.parse(last)))}` +
        `  ·  ${sizeText(s.bytes)}` +
        (s.model ? `  ·  ${s.model}` : "") +
        (s.contextTokens !== undefined ? `  ·  ${cli.sessions.context(count(s.contextTokens))}` : ""),
    );
    if (s.firstRequest) lines.push(`  ${p.dim(cli.sessions.first(oneLine(redact(s.firstRequest), 100)))}`);
  }
  lines.push("", cli.sessions.hint);
  return { code: 0, stdout: `${lines.join("\n")}\n` };
}
