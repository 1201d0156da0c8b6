// The whole run gets a temp folder of its own (TMPDIR, read by os.tmpdir() in every test worker,
// which vitest forks after this has run), and fails if any test left something in it: each test
// must clean up after itself, on failure too. The folder is removed either way.
import { chmodSync, mkdtempSync, readdirSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "session-state-tests-")));
  // Open like /tmp (sticky, world-writable): some tests run the hook as an unprivileged user.
  chmodSync(dir, 0o1777);
  const outer = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    const left = readdirSync(dir);
    rmSync(dir, { recursive: true, force: true });
    if (left.length > 0) {
      throw new Error(`the tests left ${left.length} entries in their temp folder (${dir}): ${left.slice(0, 20).join(", ")}`);
    }
  };
}
