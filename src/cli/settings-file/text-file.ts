// Reading and replacing a settings file people own. Unlike the state folder's writer, a symlinked
// settings file (dotfiles) is written through, at its real path, keeping its permissions.
import * as fs from "node:fs";
import * as path from "node:path";
import writeFileAtomic from "write-file-atomic";

const MAX_BYTES = 4 << 20;

export type TextRead = { text: string | null } | { error: string };

/** The file's text, null when it does not exist, or why it cannot be read. */
export function readTextFile(file: string): TextRead {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? { text: null } : { error: code ?? String(err) };
  }
  if (!st.isFile()) return { error: "not a regular file" };
  if (st.size > MAX_BYTES) return { error: `larger than ${MAX_BYTES} bytes` };
  try {
    return { text: fs.readFileSync(file, "utf8") };
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code ?? String(err) };
  }
}

function realTarget(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/** Atomic replace (write-file-atomic) at the real path, keeping the mode. Creates missing parent folders. */
export function writeTextFile(file: string, text: string): void {
  const target = realTarget(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  let mode = 0o644;
  try {
    mode = fs.statSync(target).mode & 0o777;
  } catch {
    /* new file */
  }
  writeFileAtomic.sync(target, text, { mode });
}

export function removeFile(file: string): boolean {
  try {
    fs.unlinkSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Removes a folder only when it is empty. */
export function removeEmptyDir(dir: string): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    /* not empty or gone */
  }
}
