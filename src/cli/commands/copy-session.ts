// `copy-session <id> --to <config-dir>`: copy a session's transcript and its folder (subagents,
// tool results) into another Claude Code configuration folder, under the same project folder
// name, so `/resume` works there. Never moves, never overwrites.
import * as fs from "node:fs";
import * as path from "node:path";
import { resolveConfig } from "../../config";
import { encodeProjectDir, projectTranscripts, transcriptDirOf } from "../project-transcripts";
import type { TranscriptPeek } from "../transcript-peek";
import { cli } from "../messages";
import { selfCommand } from "../run-command";
import { parseOptions, usageError } from "./args";
import type { CommandContext, CommandResult } from "./types";

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Every file under `dir`, relative to it (symlinks are not followed). */
function filesUnder(dir: string, rel = ""): string[] {
  let names: fs.Dirent[] = [];
  try {
    names = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  return names.flatMap((d) => {
    const r = path.join(rel, d.name);
    if (d.isDirectory()) return filesUnder(dir, r);
    return d.isFile() ? [r] : [];
  });
}

/**
 * Copies a session's transcript and its folder into `destRoot` (another configuration folder), under
 * the project's folder name. Shared with `recover --to`. Never overwrites; on failure nothing is left.
 */
export function copyTranscript(session: TranscriptPeek, projectDir: string, destRoot: string): { destDir: string; extras: number } | { error: string } {
  if (!fs.statSync(destRoot, { throwIfNoEntry: false })?.isDirectory()) return { error: cli.copy.noDest(destRoot) };
  const srcDir = path.dirname(session.file);
  const destDir = path.join(destRoot, "projects", encodeProjectDir(projectDir));
  if (path.resolve(srcDir) === path.resolve(destDir)) return { error: cli.copy.sameFolder(destRoot) };

  // Everything to copy: the transcript, then <id>/ (subagents/, tool-results/).
  const extras = filesUnder(path.join(srcDir, session.id)).map((r) => path.join(session.id, r));
  const plan = [`${session.id}.jsonl`, ...extras];
  const clash = plan.find((r) => fs.existsSync(path.join(destDir, r)));
  if (clash) return { error: cli.copy.exists(path.join(destDir, clash)) };
  const copied: string[] = [];
  try {
    for (const r of plan) {
      const dest = path.join(destDir, r);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(path.join(srcDir, r), dest, fs.constants.COPYFILE_EXCL);
      copied.push(dest);
    }
  } catch (err) {
    for (const f of copied) fs.rmSync(f, { force: true });
    return { error: cli.copy.failed((err as Error).message) };
  }
  return { destDir, extras: extras.length };
}

export async function copySession(ctx: CommandContext): Promise<CommandResult> {
  const parsed = parseOptions("copy-session", ctx, { to: { type: "string" } }, 1);
  if ("error" in parsed) return parsed.error;
  const key = parsed.positionals[0];
  const to = parsed.values.to;
  if (!key) return usageError("copy-session", ctx, cli.copy.needId(selfCommand(ctx)));
  if (!to) return usageError("copy-session", ctx, cli.copy.needTo);
  if (!SAFE_ID.test(key) || key.includes("..")) return usageError("copy-session", ctx, cli.copy.badId(key));
  const config = resolveConfig(ctx.env, ctx.cwd);

  const all = projectTranscripts(config.claudeDir, config.projectDir);
  const hits = all.filter((s) => s.id === key).length ? all.filter((s) => s.id === key) : all.filter((s) => s.id.startsWith(key));
  if (hits.length > 1) return { code: 1, stderr: `${cli.copy.ambiguous(key)}\n` };
  const session = hits[0];
  if (!session) return { code: 1, stderr: `${cli.copy.notFound(key, transcriptDirOf(config.claudeDir, config.projectDir), selfCommand(ctx))}\n` };

  const destRoot = path.resolve(ctx.cwd, to);
  const copied = copyTranscript(session, config.projectDir, destRoot);
  if ("error" in copied) return { code: 1, stderr: `${copied.error}\n` };
  const { destDir, extras } = copied;
  const lines = [cli.copy.done(session.id, destDir, extras), cli.copy.resume(destRoot, session.id)];
  return { code: 0, stdout: `${lines.join("\n")}\n` };
}
