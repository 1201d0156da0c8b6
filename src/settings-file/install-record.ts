// What install changed, kept beside the installation: the settings file's bytes before and after,
// and whether the bundle copy and its folder were ours. Uninstall restores `before` byte for byte
// when nothing else changed since.
import * as fs from "node:fs";
import * as path from "node:path";
import writeFileAtomic from "write-file-atomic";
import * as v from "../validate";
import { readJson } from "../io/fs";

export const InstallRecord = v.object({
  v: v.literal(1),
  settingsFile: v.string(),
  before: v.nullable(v.string()),
  after: v.string(),
  createdHooksDir: v.boolean(),
});
export type InstallRecord = v.Infer<typeof InstallRecord>;

export function readRecord(file: string): InstallRecord | null {
  const parsed = InstallRecord.safeParse(readJson(file, 8 << 20));
  return parsed.success ? parsed.data : null;
}

export function writeRecord(file: string, record: InstallRecord): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileAtomic.sync(file, JSON.stringify(record), { mode: 0o600 });
}
