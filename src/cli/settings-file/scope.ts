// Where each install scope puts the settings entries, the copy of the bundle, and the record that
// lets uninstall give the settings file back exactly as it was.
import * as path from "node:path";
import type { Config } from "../../config";
import { BUNDLE_NAME } from "./hook-entries";

export const SCOPES = ["project", "local", "user"] as const;
export type Scope = (typeof SCOPES)[number];

export interface ScopeTarget {
  scope: Scope;
  settingsFile: string;
  /** The settings file as shown to people: relative to the project, or absolute. */
  label: string;
  bundleFile: string;
  command: string;
  recordFile: string;
}

/** A path inside double quotes for the shell Claude Code runs hooks with. */
export const shellQuote = (p: string): string => `"${p.replace(/(["\\$`])/g, "\\$1")}"`;

export function settingsFileOf(scope: Scope, config: Config): string {
  if (scope === "user") return path.join(config.claudeDir, "settings.json");
  return path.join(config.projectDir, ".claude", scope === "local" ? "settings.local.json" : "settings.json");
}

export function labelOf(file: string, config: Config): string {
  const rel = path.relative(config.projectDir, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

export function targetFor(scope: Scope, config: Config): ScopeTarget {
  const settingsFile = settingsFileOf(scope, config);
  if (scope === "user") {
    const bundleFile = path.join(config.claudeDir, "hooks", BUNDLE_NAME);
    return {
      scope,
      settingsFile,
      label: settingsFile,
      bundleFile,
      command: `node ${shellQuote(bundleFile)}`,
      recordFile: path.join(config.claudeDir, "hooks", "session-state.install.json"),
    };
  }
  return {
    scope,
    settingsFile,
    label: labelOf(settingsFile, config),
    bundleFile: path.join(config.projectDir, ".claude", "hooks", BUNDLE_NAME),
    command: `node "$CLAUDE_PROJECT_DIR/.claude/hooks/${BUNDLE_NAME}"`,
    recordFile: path.join(config.stateDir, `install-${scope}.json`),
  };
}
