// The copy of the running bundle that settings entries point at.
import * as fs from "node:fs";
import * as path from "node:path";
import writeFileAtomic from "write-file-atomic";

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
  // A link at the destination is replaced, not written through (write-file-atomic follows links).
  if (fs.lstatSync(dest, { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(dest);
  writeFileAtomic.sync(dest, fs.readFileSync(source), { mode: 0o755 });
}
