// Doctor's look at the registration: every event in some settings file (or the plugin), with a
// matcher that lets the needed sources through, a timeout, and a command whose file exists.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Config } from "../config";
import { cli } from "./messages";
import { BUNDLE_NAME, HOOK_EVENTS } from "./settings-file/hook-entries";
import { type FoundHook, ourHooks } from "./settings-file/our-hooks";
import { readSettingsFile } from "./settings-file/read-settings";
import { SCOPES, targetFor } from "./settings-file/scope";
import type { Check } from "./doctor-types";
import { shellWords } from "./shell-words";

type Found = FoundHook & { where: string };

/** Does a Claude Code matcher let `value` through? Empty and `*` match everything. */
export function matcherLets(matcher: string | undefined, value: string): boolean {
  if (matcher === undefined || matcher === "" || matcher === "*") return true;
  if (/^[A-Za-z0-9_|]+$/.test(matcher)) return matcher.split("|").includes(value);
  try {
    return new RegExp(`^(?:${matcher})$`).test(value);
  } catch {
    return false;
  }
}

/** The sources each event must see, given what the project asks to inject. */
export function neededValues(event: string, config: Config): string[] {
  if (event === "SessionStart") {
    const inject = config.settings.inject;
    return ["startup", "compact", ...(inject.resume ? ["resume"] : []), ...(inject.clear ? ["clear"] : [])];
  }
  if (event === "PreCompact") return ["manual", "auto"];
  return [];
}

/** The hook file a command runs, resolved like the shell would; null when it cannot be told. */
export function hookFileOf(command: string, config: Config, home: string): string | null {
  const vars = { CLAUDE_PROJECT_DIR: config.projectDir, HOME: home };
  for (const word of shellWords(command, vars)) {
    if (word === null || !word.includes(BUNDLE_NAME)) continue;
    return path.resolve(config.projectDir, word);
  }
  return null;
}

function pluginEnabled(values: unknown[]): string | null {
  for (const v of values) {
    const plugins = (v as { enabledPlugins?: unknown })?.enabledPlugins;
    if (typeof plugins !== "object" || plugins === null) continue;
    for (const [id, on] of Object.entries(plugins)) if (on === true && /^session-state(@|$)/.test(id)) return id;
  }
  return null;
}

function checkEntry(e: Found, config: Config, home: string): Check {
  const missing = neededValues(e.event, config).filter((v) => !matcherLets(e.matcher, v));
  if (missing.length) {
    const level = e.event === "SessionStart" ? "fail" : "warn";
    return { level, text: cli.doctor.badMatcher(e.event, e.where, e.matcher ?? "", missing), fix: cli.doctor.fixReinstall };
  }
  if (e.event !== "SessionStart" && e.event !== "PreCompact" && !matcherLets(e.matcher, "anything-else")) {
    return { level: "warn", text: cli.doctor.narrowMatcher(e.event, e.where, e.matcher ?? ""), fix: cli.doctor.fixReinstall };
  }
  const file = hookFileOf(e.command, config, home);
  if (file !== null && !fs.existsSync(file)) return { level: "fail", text: cli.doctor.missingFile(e.event, e.where, file), fix: cli.doctor.fixReinstall };
  if (e.timeout === undefined) return { level: "warn", text: cli.doctor.noTimeout(e.event, e.where), fix: cli.doctor.fixReinstall };
  if (e.timeout > 60) return { level: "warn", text: cli.doctor.longTimeout(e.event, e.where, e.timeout), fix: cli.doctor.fixReinstall };
  return { level: "ok", text: cli.doctor.registered(e.event, e.where, e.matcher, e.timeout) };
}

export function hookChecks(config: Config, home: string): Check[] {
  const checks: Check[] = [];
  const found: Found[] = [];
  const values: unknown[] = [];
  for (const scope of SCOPES) {
    const t = targetFor(scope, config);
    const read = readSettingsFile(t.settingsFile, t.label);
    if ("error" in read) {
      checks.push({ level: "fail", text: read.error, fix: cli.doctor.fixSettingsFile });
      continue;
    }
    values.push(read.value);
    for (const h of ourHooks(read.value)) found.push({ ...h, where: t.label });
  }
  const plugin = pluginEnabled(values);
  for (const event of HOOK_EVENTS) {
    const entries = found.filter((f) => f.event === event);
    if (entries.length === 0) {
      checks.push(
        plugin
          ? { level: "ok", text: cli.doctor.byPlugin(event, plugin) }
          : { level: "fail", text: cli.doctor.notRegistered(event), fix: cli.doctor.fixInstall },
      );
      continue;
    }
    if (entries.length > 1 || plugin) {
      const where = [...entries.map((e) => e.where), ...(plugin ? [plugin] : [])];
      checks.push({ level: "warn", text: cli.doctor.twice(event, where), fix: cli.doctor.fixTwice });
    }
    for (const e of entries) checks.push(checkEntry(e, config, home));
  }
  const stray = found.filter((f) => !(HOOK_EVENTS as readonly string[]).includes(f.event));
  for (const s of stray) checks.push({ level: "warn", text: cli.doctor.strayEvent(s.event, s.where), fix: cli.doctor.fixReinstall });
  return checks;
}
