// `install [--scope project|local|user] [--dry-run]`: copy the running bundle where the settings
// entry points and merge our five hook entries into that scope's settings file, idempotently.
import * as fs from "node:fs";
import * as path from "node:path";
import { resolveConfig } from "../../config";
import { bundleSource, copyBundle, planCopy } from "../bundle";
import { fileLogger } from "../../io/log";
import { runCommand, selfCommand } from "../run-command";
import { cli } from "../messages";
import { statePaths } from "../../state/paths";
import { prepareStateDir } from "../../state/store";
import { unifiedDiff } from "../settings-file/diff";
import { registrations, sameSettings, sessionStartMatcher, withOurs, withoutOurs } from "../settings-file/hook-entries";
import { ourHooks } from "../settings-file/our-hooks";
import { readRecord, writeRecord } from "../settings-file/install-record";
import { stringifyJson } from "../settings-file/json-text";
import { readSettingsFile, valueOfText } from "../settings-file/read-settings";
import { labelOf, SCOPES, type Scope, targetFor } from "../settings-file/scope";
import { readTextFile, removeFile, writeTextFile } from "../settings-file/text-file";
import { isOurCommandFile, slashCommandFiles } from "../settings-file/slash-commands";
import { type ArgsContext, type Name, parseOptions, usageError } from "./args";
import type { CommandContext, CommandResult } from "./types";

export function scopeOf(command: Name, ctx: ArgsContext, value: string | undefined): Scope | { error: CommandResult } {
  const scope = value ?? "project";
  return (SCOPES as readonly string[]).includes(scope) ? (scope as Scope) : { error: usageError(command, ctx, cli.badScope(scope)) };
}

/** Other scopes that already carry our entries (the hook would run twice). */
export function alsoRegistered(scope: Scope, config: ReturnType<typeof resolveConfig>): string[] {
  return SCOPES.filter((s) => s !== scope)
    .map((s) => targetFor(s, config))
    .filter((t) => {
      const read = readSettingsFile(t.settingsFile, t.label);
      return !("error" in read) && ourHooks(read.value).length > 0;
    })
    .map((t) => t.scope);
}

export async function install(ctx: CommandContext): Promise<CommandResult> {
  const parsed = parseOptions("install", ctx, { scope: { type: "string" }, "dry-run": { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const scope = scopeOf("install", ctx, parsed.values.scope);
  if (typeof scope !== "string") return scope.error;
  const dryRun = parsed.values["dry-run"] === true;
  const config = resolveConfig(ctx.env, ctx.cwd);
  const target = targetFor(scope, config);

  const read = readSettingsFile(target.settingsFile, target.label);
  if ("error" in read) return { code: 1, stderr: `${read.error}\n` };
  const source = bundleSource(ctx.self);
  if ("error" in source) return { code: 1, stderr: `${cli.install.noBundle(source.error)}\n` };

  const matcher = sessionStartMatcher(config.settings.inject);
  const next = withOurs(read.value, registrations(target.command, matcher));
  const settingsChanged = read.text === null || JSON.stringify(next) !== JSON.stringify(read.value);
  const after = settingsChanged ? stringifyJson(next, read.format) : (read.text as string);
  const copy = planCopy(source.file, target.bundleFile);
  // issue 14: the slash commands; a person's own file of the same name is left alone.
  const slash = slashCommandFiles(target, config).map((c) => {
    const now = readTextFile(c.file);
    const text = "text" in now ? now.text : null;
    const plan: "same" | "new" | "update" | "foreign" =
      "error" in now || (text !== null && !isOurCommandFile(text)) ? "foreign" : text === null ? "new" : text === c.text ? "same" : "update";
    return { ...c, plan };
  });
  const slashLines = slash.map((c) => (c.plan === "foreign" ? cli.install.commandForeign(labelOf(c.file, config)) : cli.install.command(c.name, c.plan, labelOf(c.file, config))));
  const twice = alsoRegistered(scope, config);
  const warnings = twice.map((s) => cli.install.alsoIn(s, selfCommand(ctx)));

  if (dryRun) {
    const diff = unifiedDiff(read.text, after, target.label);
    const lines = [diff ? diff.trimEnd() : cli.install.settingsUnchanged(target.label), cli.install.copyPlan(copy, labelOf(target.bundleFile, config)), ...slashLines, ...warnings];
    return { code: 0, stdout: `${cli.install.dryRunHeading}\n${lines.join("\n")}\n` };
  }

  // Settings entries and the record of what was there before, for an exact uninstall.
  const previous = readRecord(target.recordFile, fileLogger(config.stateDir, config.now, "install"));
  const base = withoutOurs(read.value);
  let before: string | null | undefined;
  if (previous && previous.settingsFile === target.settingsFile && sameSettings(base, valueOfText(previous.before))) before = previous.before;
  else if (ourHooks(read.value).length === 0) before = read.text;
  const hooksDir = path.dirname(target.bundleFile);
  const createdHooksDir = previous?.createdHooksDir ?? !fs.existsSync(hooksDir);

  try {
    // The file first: an entry must never point at a missing hook.
    if (copy !== "same") copyBundle(source.file, target.bundleFile);
    if (settingsChanged) writeTextFile(target.settingsFile, after);
    for (const c of slash) if (c.plan === "new" || c.plan === "update") writeTextFile(c.file, c.text);
    const recordable = target.scope === "user" || prepareStateDir(statePaths(config.stateDir)) === true;
    if (before !== undefined && recordable) {
      writeRecord(target.recordFile, { v: 1, settingsFile: target.settingsFile, before, after, createdHooksDir });
    } else removeFile(target.recordFile);
  } catch (err) {
    return { code: 1, stderr: `${cli.install.writeFailed((err as Error).message)}\n` };
  }

  const slashChanged = slash.some((c) => c.plan === "new" || c.plan === "update");
  const lines = settingsChanged || copy !== "same" || slashChanged
    ? [cli.install.done(target.label, scope), cli.install.events(matcher), cli.install.copied(copy, labelOf(target.bundleFile, config)), ...slashLines, cli.install.next(runCommand(target.bundleFile, ctx.cwd))]
    : [cli.install.already(target.label, scope)];
  return { code: 0, stdout: `${[...lines, ...warnings].join("\n")}\n` };
}
