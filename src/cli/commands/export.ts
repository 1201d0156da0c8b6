// `export [--out FILE] [--session n|id]`: a self-contained, redacted handoff in Markdown to paste
// into a fresh session, another model or provider, or another tool.
import * as path from "node:path";
import { resolveConfig } from "../../config";
import { allowedPlanFile } from "../../collectors/plan";
import { allowedTranscript } from "../../collectors/transcript";
import { renderHandoff } from "../handoff";
import { findSaved, savedSessions } from "../saved-sessions";
import { peekTranscript } from "../transcript-peek";
import { lstatSafe, readSmallText, writeAtomic } from "../../io/fs";
import { headNow } from "../../io/git";
import { cli } from "../messages";
import { selfCommand } from "../run-command";
import { statePaths } from "../../state/paths";
import { proveOwnState } from "../../state/provenance";
import { makeRedactor } from "../../state/redact";
import { parseOptions } from "./args";
import type { CommandContext, CommandResult } from "./types";

const PLAN_BYTES = 256 * 1024;

/** The plan file, read only where the hook itself would read it (the project, Claude's plans). */
function planText(file: string | undefined, dirs: { projectDir: string; claudeDir: string }): string | undefined {
  const real = file ? allowedPlanFile(file, dirs) : null;
  return real ? (readSmallText(real, PLAN_BYTES) ?? undefined) : undefined;
}

export async function exportHandoff(ctx: CommandContext): Promise<CommandResult> {
  const parsed = parseOptions("export", ctx, { out: { type: "string", short: "o" }, session: { type: "string" } });
  if ("error" in parsed) return parsed.error;
  const config = resolveConfig(ctx.env, ctx.cwd);
  const saved = savedSessions(statePaths(config.stateDir));
  const key = parsed.values.session ?? "1";
  const found = findSaved(saved, key);
  if (found === "ambiguous") return { code: 1, stderr: `${cli.show.ambiguous(key)}\n` };
  // Nothing saved yet is not an error (as for status, list and load): exit 0, the note on stderr
  // so that stdout, which carries the document, stays empty.
  if (saved.length === 0) return { code: 0, stderr: `${cli.status.nothing(config.projectDir)}\n` };
  if (!found) return { code: 1, stderr: `${cli.show.notFound(key, selfCommand(ctx))}\n` };
  const state = found.state;
  if (!state) return { code: 1, stderr: `${cli.export.noState(found.sessionId, selfCommand(ctx))}\n` };

  const transcript = state.transcriptPath ? allowedTranscript(state.transcriptPath, config.claudeDir) : null;
  const firstRequest = transcript ? peekTranscript(transcript)?.firstRequest : undefined;
  const plan = state.plan?.path ? path.resolve(config.projectDir, state.plan.path) : undefined;
  const head = await headNow(config.projectDir, 3000);
  const text = renderHandoff({
    state,
    projectDir: config.projectDir,
    now: config.now(),
    firstRequest,
    planText: planText(plan, config),
    gitNow: head.ok ? head.head : null,
  });
  // State that is not provably this user's (it came with the repository) is never injected; a
  // handoff made of it says so at its top, where whoever pastes it reads first.
  const proof = proveOwnState(state, { projectDir: config.projectDir, claudeDirs: config.claudeDirs() });
  const warning = proof.ok ? "" : cli.export.untrusted(proof.why);
  const note = `${warning ? `> ${warning}\n\n` : ""}${makeRedactor(config.settings.redact)(text)}`;
  const warned = warning ? `${warning}\n` : "";
  const out = parsed.values.out;
  if (!out) return { code: 0, stdout: note, ...(warned ? { stderr: warned } : {}) };
  const file = path.resolve(ctx.cwd, out);
  // A link there may come with the repository (the handoff slash command writes into the state
  // folder): it is never written through.
  if (lstatSafe(file)?.isSymbolicLink()) return { code: 1, stderr: `${cli.export.writeFailed(file, "it is a symbolic link; not written through")}\n` };
  try {
    writeAtomic(file, note);
  } catch (err) {
    return { code: 1, stderr: `${cli.export.writeFailed(file, (err as Error).message)}\n` };
  }
  return { code: 0, stdout: `${cli.export.written(file, note.length)}\n`, ...(warned ? { stderr: warned } : {}) };
}
