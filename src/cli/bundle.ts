// The copy of the running bundle that settings entries point at.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

export type BundleSource = { file: string } | { error: string };

/** The real file behind `self` (npx and npm bins are symlinks). */
export function bundleSource(self: string | undefined): BundleSource {
  if (!self) return { error: "the running file is unknown" };
  try {
    const file = fs.realpathSync(self);
    if (!fs.statSync(file).isFile()) return { error: `${file} is not a file` };
    return { file };
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code ?? String(err) };
  }
}

export type CopyPlan = "same" | "new" | "update";

export function planCopy(source: string, dest: string): CopyPlan {
  try {
    if (fs.realpathSync(dest) === source) return "same";
    return fs.readFileSync(dest).equals(fs.readFileSync(source)) ? "same" : "update";
  } catch {
    return "new";
  }
}

/** Copies atomically, so a hook starting meanwhile never runs half a file. */
export function copyBundle(source: string, dest: string): void {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = `${dest}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    fs.copyFileSync(source, tmp);
    fs.chmodSync(tmp, 0o755);
    fs.renameSync(tmp, dest);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
