// What install changed, kept beside the installation: the settings file's bytes before and after,
// and whether the bundle copy and its folder were ours. Uninstall restores `before` byte for byte
// when nothing else changed since.
import * as fs from "node:fs";
import * as path from "node:path";
import * as z from "zod/mini";
import { readJson } from "../io/fs";

export const InstallRecord = z.object({
  v: z.literal(1),
  settingsFile: z.string(),
  before: z.nullable(z.string()),
  after: z.string(),
  createdHooksDir: z.boolean(),
});
export type InstallRecord = z.infer<typeof InstallRecord>;

export function readRecord(file: string): InstallRecord | null {
  const parsed = InstallRecord.safeParse(readJson(file, 8 << 20));
  return parsed.success ? parsed.data : null;
}

export function writeRecord(file: string, record: InstallRecord): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, JSON.stringify(record), { mode: 0o600 });
}
