// `uninstall [--scope …] [--dry-run]`: take out exactly our entries. When nothing else changed since
// install, the settings file gets its original bytes back (or goes away if install created it).
import * as fs from "node:fs";
import * as path from "node:path";
import { runCommand, shellQuote, shownPath } from "../run-command";
import { resolveConfig } from "../../config";
import { fileLogger } from "../../io/log";
import { cli } from "../messages";
import { unifiedDiff } from "../settings-file/diff";
import { sameSettings, withoutOurs } from "../settings-file/hook-entries";
import { ourHooks } from "../settings-file/our-hooks";
import { type InstallRecord, readRecord } from "../settings-file/install-record";
import { stringifyJson } from "../settings-file/json-text";
import { readSettingsFile, type SettingsFileRead, valueOfText } from "../settings-file/read-settings";
import { type ScopeTarget, targetFor } from "../settings-file/scope";
import { readTextFile, removeEmptyDir, removeFile, writeTextFile } from "../settings-file/text-file";
import { commandsDirOf, isOurCommandFile, slashCommandFiles } from "../settings-file/slash-commands";
import { parseOptions } from "./args";
import { scopeOf } from "./install";
import type { CommandContext, CommandResult } from "./types";

type Outcome = { text: string | null; how: "restored" | "deleted" | "edited" | "unchanged" };

function resultOf(read: SettingsFileRead, record: InstallRecord | null, target: ScopeTarget): Outcome {
  const next = withoutOurs(read.value);
  const rewritten = (): Outcome => ({ text: stringifyJson(next, read.format), how: "edited" });
  if (!record || record.settingsFile !== target.settingsFile) {
    return ourHooks(read.value).length ? rewritten() : { text: read.text, how: "unchanged" };
  }
  if (read.text === record.after) return { text: record.before, how: record.before === null ? "deleted" : "restored" };
  if (!sameSettings(next, valueOfText(record.before))) return rewritten();
  return record.before === null ? { text: null, how: "deleted" } : { text: record.before, how: "restored" };
}

export async function uninstall(ctx: CommandContext): Promise<CommandResult> {
  const parsed = parseOptions("uninstall", ctx, { scope: { type: "string" }, "dry-run": { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const scope = scopeOf("uninstall", ctx, parsed.values.scope);
  if (typeof scope !== "string") return scope.error;
  const config = resolveConfig(ctx.env, ctx.cwd);
  const target = targetFor(scope, config);

  const read = readSettingsFile(target.settingsFile, target.label);
  if ("error" in read) return { code: 1, stderr: `${read.error}\n` };
  const record = readRecord(target.recordFile, fileLogger(config.stateDir, config.now, "uninstall"));
  const found = ourHooks(read.value).length;
  // issue 14: our slash commands (only files that carry our marker).
  const slash = slashCommandFiles(target, config).filter((c) => {
    const r = readTextFile(c.file);
    return "text" in r && isOurCommandFile(r.text);
  });
  if ((read.text === null || (found === 0 && !record)) && slash.length === 0) {
    return { code: 0, stdout: `${cli.uninstall.notInstalled(target.label, scope)}\n` };
  }
  const outcome = found === 0 ? { text: read.text, how: "unchanged" as const } : resultOf(read, record, target);

  // The bundle copy goes too, unless another scope sharing it still points at it.
  const sharing = scope === "user" ? [] : [targetFor(scope === "project" ? "local" : "project", config)];
  const stillUsed = sharing.some((t) => {
    const other = readSettingsFile(t.settingsFile, t.label);
    return !("error" in other) && ourHooks(other.value).length > 0;
  });

  if (parsed.values["dry-run"]) {
    const diff = unifiedDiff(read.text, outcome.text, target.label);
    const lines = [diff ? diff.trimEnd() : cli.install.settingsUnchanged(target.label)];
    if (!stillUsed) lines.push(cli.uninstall.wouldRemove(target.bundleFile));
    for (const c of slash) lines.push(cli.uninstall.wouldRemove(c.file));
    return { code: 0, stdout: `${cli.install.dryRunHeading}\n${lines.join("\n")}\n` };
  }
  try {
    for (const c of slash) removeFile(c.file);
    if (slash.length) removeEmptyDir(commandsDirOf(target, config));
    if (read.text === null) return { code: 0, stdout: `${cli.uninstall.commandsRemoved(slash.length)}\n` };
    if (outcome.text === null) removeFile(target.settingsFile);
    else if (outcome.text !== read.text) writeTextFile(target.settingsFile, outcome.text);
    removeFile(target.recordFile);
    if (!stillUsed) {
      removeFile(target.bundleFile);
      if (record?.createdHooksDir) removeEmptyDir(path.dirname(target.bundleFile));
    }
  } catch (err) {
    return { code: 1, stderr: `${cli.install.writeFailed((err as Error).message)}\n` };
  }
  const lines = [cli.uninstall.done(found, target.label, outcome.how)];
  // The saved state is the person's work, not part of the installation: say where it stays.
  if (fs.existsSync(config.stateDir)) {
    const dir = `${shownPath(config.stateDir, ctx.cwd)}${path.sep}`;
    // The file that runs this may be the hook copy just removed; then only rm is left to offer.
    const clear = ctx.self && fs.existsSync(ctx.self) ? `${runCommand(ctx.self, ctx.cwd)} clear` : `rm -r ${shellQuote(dir)}`;
    lines.push(cli.uninstall.stateKept(dir, clear));
  }
  if (slash.length) lines.push(cli.uninstall.commandsRemoved(slash.length));
  return { code: 0, stdout: `${lines.join("\n")}\n` };
}
