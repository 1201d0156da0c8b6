// The pattern check (pattern-check.ts) costs 30–200 ms a pattern, and a hook runs after every turn:
// its verdicts are kept in the state folder and reused while the settings file is the same file.
// That file comes with the repository, and so could a planted cache: a cache is used only when it
// names the settings file by its identity on this machine — device, inode, size, and modification
// and change times to the nanosecond — which no repository content can know in advance (the change
// time is set by the kernel when the checkout writes the file). Verdicts are kept per pattern text,
// so a verdict is only ever used for the very pattern it was made for.
import * as path from "node:path";
import * as z from "zod/mini";
import { fileStamp, lstatSafe, writeAtomic } from "../io/fs";
import { readChecked } from "../io/read-checked";
import type { Logger } from "../io/log";
import { VERSION } from "../version";

export const PATTERN_CACHE = "pattern-verdicts.json";

const CacheFile = z.object({
  v: z.literal(1),
  /** The hook's version: another version may judge with other rules. */
  version: z.string(),
  stamp: z.string(),
  verdicts: z.record(z.string(), z.nullable(z.string())),
});

export type Verdicts = Record<string, string | null>;

/**
 * The settings file's identity on this machine (io/fs.ts fileStamp), or null when it cannot be
 * told — missing, or not a regular file: a symlink's stamp would not change with what it points
 * at — and then nothing is cached. A file swapped between the two looks yields a stamp of its own,
 * set by the kernel like any other, that no cache from elsewhere can hold.
 */
export function settingsStamp(file: string): string | null {
  if (!lstatSafe(file)?.isFile()) return null;
  const stamp = fileStamp(file);
  return stamp === "-" ? null : stamp;
}

/** Verdicts made earlier for this very settings file by this version of the hook; empty otherwise. */
export function readVerdicts(stateDir: string, stamp: string | null, log: Logger): Verdicts {
  if (!stamp) return {};
  const cache = readChecked(path.join(stateDir, PATTERN_CACHE), 256 * 1024, CacheFile, log);
  return cache && cache.stamp === stamp && cache.version === VERSION ? cache.verdicts : {};
}

/**
 * Keeps `verdicts` for the next run (a save calls this once its state folder is known to be safe).
 * Only a cache: a failure (a folder planted at its path, a full disk) is the reason, never a throw.
 */
export function writeVerdicts(stateDir: string, stamp: string, verdicts: Verdicts): string | null {
  try {
    writeAtomic(path.join(stateDir, PATTERN_CACHE), JSON.stringify({ v: 1, version: VERSION, stamp, verdicts }));
    return null;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? String(err);
  }
}
