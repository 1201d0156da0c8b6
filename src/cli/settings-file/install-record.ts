// What install changed, kept beside the installation: the settings file's bytes before and after,
// and whether the bundle copy and its folder were ours. Uninstall restores `before` byte for byte
// when nothing else changed since.
import * as fs from "node:fs";
import * as path from "node:path";
import * as z from "zod/mini";
import type { Logger } from "../../io/log";
import { writeAtomic } from "../../io/fs";
import { readChecked } from "../../io/read-checked";

export const InstallRecord = z.object({
  v: z.literal(1),
  settingsFile: z.string(),
  before: z.nullable(z.string()),
  after: z.string(),
  createdHooksDir: z.boolean(),
});
export type InstallRecord = z.infer<typeof InstallRecord>;

/** The record, or null when there is none or it fails validation (then `log` says so). */
export function readRecord(file: string, log: Logger): InstallRecord | null {
  return readChecked(file, 8 << 20, InstallRecord, log);
}

export function writeRecord(file: string, record: InstallRecord): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Through the one atomic writer, which replaces a link planted at the path instead of following it.
  writeAtomic(file, JSON.stringify(record));
}
