// `recover [--to DIR] [--threshold N] [--json]`: the recovery checklist after a rate limit, a model
// error or a bloated context, as one command. Finds the session last active in this project in any
// of the person's Claude Code configuration folders, says how it stopped and how big its context
// is, and prints the exact command to continue. Nothing is changed unless --to asks for a copy.
import * as path from "node:path";
import { resolveConfig } from "../../config";
import { labelledConfigDirs } from "../../config-dirs";
import { count, timeText } from "../format";
import { projectTranscripts } from "../project-transcripts";
import { savedSessions } from "../saved-sessions";
import { lastActivity, type TranscriptPeek } from "../transcript-peek";
import { decideInjection } from "../../hook/restore";
import { prefixAt } from "../../clip";
import { runCommand, shellQuote } from "../run-command";
import { ageText, stopKind } from "../../messages";
import { cli } from "../messages";
import { statePaths } from "../../state/paths";
import { makeRedactor } from "../../state/redact";
import { httpStatusOf } from "../../transcript/stop-reason";
import { parseOptions, usageError } from "./args";
import { copyTranscript } from "./copy-session";
import type { CommandContext, CommandResult } from "./types";

export const DEFAULT_THRESHOLD = 100_000;

type Found = TranscriptPeek & { configDir: string; origin: string };

export interface StopInfo {
  kind: "rate-limit" | "api-error" | "interrupted" | "ended" | "unknown";
  error?: string;
  status?: number;
  message?: string;
  at?: string;
}

/** The CLAUDE_CONFIG_DIR prefix a command needs to run in `dir` (none for the folder in use). */
const inDir = (dir: string, current: string): string => (path.resolve(dir) === path.resolve(current) ? "" : `CLAUDE_CONFIG_DIR=${shellQuote(dir)} `);

export async function recover(ctx: CommandContext): Promise<CommandResult> {
  const parsed = parseOptions("recover", ctx, { to: { type: "string" }, threshold: { type: "string" }, json: { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const threshold = parsed.values.threshold === undefined ? DEFAULT_THRESHOLD : Number(parsed.values.threshold.replace(/[_,]/g, "").replace(/k$/i, "000"));
  if (!Number.isSafeInteger(threshold) || threshold <= 0) return usageError("recover", ctx, cli.recover.badThreshold(parsed.values.threshold ?? ""));
  const config = resolveConfig(ctx.env, ctx.cwd);
  const redact = makeRedactor(config.settings.redact);
  const to = parsed.values.to ? path.resolve(ctx.cwd, parsed.values.to) : undefined;

  const dirs = labelledConfigDirs(ctx.env, config.claudeDir);
  const found: Found[] = dirs
    .flatMap((d) => projectTranscripts(d.dir, config.projectDir).map((p) => ({ ...p, configDir: d.dir, origin: d.origin })))
    .sort((a, b) => lastActivity(b) - lastActivity(a));
  const session = found[0];
  const saved = savedSessions(statePaths(config.stateDir));
  // What a new session here would be handed: the hook's own decision (inject switch, provenance, age).
  const built = await decideInjection(config, "startup", undefined);
  const injectChars = "skipped" in built ? 0 : built.text.length;
  if (!session && injectChars === 0) return { code: 1, stderr: `${cli.recover.nothing(config.projectDir, dirs.map((d) => d.dir))}\n` };

  // How it stopped: the hook's record of an API error (StopFailure) is surer than the transcript's tail.
  const own = session ? saved.find((s) => s.sessionId === session.id)?.state : undefined;
  let stop: StopInfo = { kind: "unknown" };
  if (own?.stopped && !own.stopped.recoveredAt) {
    const st = own.stopped;
    stop = { kind: st.error === "rate_limit" ? "rate-limit" : "api-error", error: st.error, status: st.status, message: st.message, at: st.at };
  } else if (session?.stop) {
    const st = session.stop;
    if (st.kind === "api-error") stop = { kind: st.error === "rate_limit" ? "rate-limit" : "api-error", error: st.error, status: httpStatusOf(st.message ?? ""), message: st.message ? prefixAt(redact(st.message), 300) : undefined, at: st.at };
    else stop = { kind: st.kind, ...("at" in st && st.at ? { at: st.at } : {}) };
  }
  const tokens = session?.contextTokens;
  const healthy = session !== undefined && tokens !== undefined && tokens < threshold;

  const lines: string[] = [];
  const current = config.claudeDir;
  let command: string;
  let copiedTo: string | undefined;
  if (healthy && session) {
    let where = session.configDir;
    if (to && path.resolve(to) !== path.resolve(session.configDir)) {
      const copied = copyTranscript(session, config.projectDir, to);
      // Already copied by an earlier run: resuming there works all the same.
      if ("error" in copied && !copied.error.includes("already exists")) return { code: 1, stderr: `${copied.error}\n` };
      if (!("error" in copied)) {
        copiedTo = copied.destDir;
        lines.push(cli.copy.done(session.id, copied.destDir, copied.extras));
      }
      where = to;
    }
    command = `${inDir(where, current)}claude --resume ${session.id}`;
  } else {
    command = `${to ? inDir(to, current) : ""}claude`;
  }
  // The commands as they run from here: the package is not on PATH.
  const self = ctx.self ? runCommand(ctx.self, ctx.cwd) : "session-state";
  const exportCommand = `${self} export --out handoff.md`;

  if (parsed.values.json) {
    const out = {
      session: session
        ? { id: session.id, name: session.name ?? null, aiTitle: session.aiTitle ?? null, lastActivity: session.lastAt ?? null, configDir: session.configDir, origin: session.origin, file: session.file }
        : null,
      stopped: stop,
      contextTokens: tokens ?? null,
      threshold,
      advice: healthy ? "resume" : "fresh",
      command,
      copiedTo: copiedTo ?? null,
      injectChars,
      exportCommand: healthy ? null : exportCommand,
    };
    return { code: 0, stdout: `${JSON.stringify(out, null, 2)}\n` };
  }

  const r = cli.recover;
  if (session) {
    lines.unshift(
      r.heading(session.id, session.name),
      r.when(timeText(session.lastAt ?? new Date(session.mtimeMs).toISOString()), ageText(config.now() - lastActivity(session))),
      r.folder(session.configDir, session.origin),
      r.stopped(stop.kind === "rate-limit" || stop.kind === "api-error" ? stopKind(stop.error ?? "unknown", stop.status) : null, stop.kind, stop.at ? timeText(stop.at) : undefined),
      r.context(tokens === undefined ? null : count(tokens), count(threshold), healthy),
      "",
    );
  } else lines.push(r.noTranscript, "");
  if (healthy) {
    lines.push(r.resume, `  ${command}`);
    if (stop.kind === "rate-limit" || stop.kind === "api-error") lines.push(r.afterError(to === undefined, self));
  } else {
    lines.push(r.fresh(count(injectChars)), `  ${command}`, r.forOtherTools, `  ${exportCommand}`);
  }
  return { code: 0, stdout: `${lines.join("\n")}\n` };
}
