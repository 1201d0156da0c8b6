// The published transcript corpus (SESSION_STATE_CORPUS, else ../shared/corpus beside the checkout
// or beside the worktree folder); tests that need it skip when it is absent.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const candidates = [process.env.SESSION_STATE_CORPUS, resolve(__dirname, "../../../shared/corpus"), resolve(__dirname, "../../../../shared/corpus")];
export const corpusDir: string | undefined = candidates.find((d): d is string => !!d && existsSync(d));

/** The records of a corpus transcript, in file order (lines that are not JSON are left out). */
export function corpusRecords(rel: string): unknown[] {
  if (!corpusDir) throw new Error("no corpus");
  const out: unknown[] = [];
  for (const line of readFileSync(join(corpusDir, rel), "utf8").split("\n")) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      /* a damaged line */
    }
  }
  return out;
}
