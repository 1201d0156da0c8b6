// A Claude Code settings file, read for editing: its exact text, the parsed object and its layout,
// or a message that says what is wrong (with line and column) so nothing gets overwritten.
import { cli } from "../messages";
import { DEFAULT_FORMAT, formatOf, parseJsonText, type TextFormat } from "./json-text";
import { shapeProblem } from "./hook-entries";
import { readTextFile } from "./text-file";

export interface SettingsFileRead {
  /** The bytes as they are now; null when the file does not exist. */
  text: string | null;
  value: Record<string, unknown>;
  format: TextFormat;
}

export function readSettingsFile(file: string, label: string): SettingsFileRead | { error: string } {
  const read = readTextFile(file);
  if ("error" in read) return { error: cli.settingsUnreadable(label, read.error) };
  const text = read.text;
  if (text === null) return { text, value: {}, format: DEFAULT_FORMAT };
  if (text.replace(/^\uFEFF/, "").trim() === "") return { text, value: {}, format: { ...formatOf(text), finalNewline: true } };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { error: cli.settingsInvalid(label, parsed.line, parsed.column, parsed.message) };
  const problem = shapeProblem(parsed.value);
  if (problem) return { error: cli.settingsWrongShape(label, problem) };
  return { text, value: parsed.value as Record<string, unknown>, format: parsed.format };
}

/** The object a recorded settings text stood for ({} for a missing or blank file). */
export function valueOfText(text: string | null): unknown {
  if (text === null || text.trim() === "") return {};
  const parsed = parseJsonText(text);
  return parsed.ok ? parsed.value : undefined;
}
