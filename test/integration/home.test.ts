// The hook keeps no caches of its own: a Stop and a SessionStart run by the built bundle with a
// fresh, empty HOME leave HOME empty, and write nothing anywhere but the project's
// .claude/session-state/ (not in the project, not in Claude's folder, not in the temp folder).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, lstatSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { append, line, makeProject, type Project } from "../helpers/project";

let p: Project;
afterEach(() => p?.cleanup());

/** Every entry under `root`: folders by name, files by name, size and content hash. */
function tree(root: string, skip: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const rel = relative(root, full);
      if (skip(rel)) continue;
      const st = lstatSync(full);
      if (st.isDirectory()) {
        out.push(`${rel}/`);
        walk(full);
      } else out.push(`${rel} ${st.size} ${createHash("sha256").update(readFileSync(full)).digest("hex").slice(0, 16)}`);
    }
  };
  walk(root);
  return out;
}

describe("a hook run writes nothing outside the state folder", () => {
  it("Stop and SessionStart with a fresh HOME leave HOME and everything but .claude/session-state/ untouched", () => {
    p = makeProject();
    const home = join(p.root, "home");
    const tmp = join(p.root, "tmp");
    mkdirSync(home);
    mkdirSync(tmp);
    append(p.transcript("s1"), line.prompt("Add CSV export"), line.tool("w1", "Write", { file_path: join(p.dir, "src/csv.ts"), content: "export {}" }), line.text("Done."));
    const state = join("proj", ".claude", "session-state");
    // The hook may create .claude/ to hold its folder; what is inside session-state/ is its own.
    const skip = (rel: string): boolean => rel === join("proj", ".claude") || rel.startsWith(`${state}`);
    const before = tree(p.root, skip);
    const env = { HOME: home, TMPDIR: tmp, XDG_CACHE_HOME: "", XDG_CONFIG_HOME: "" };
    const stop = p.run({ session_id: "s1", transcript_path: p.transcript("s1"), cwd: p.dir, hook_event_name: "Stop" }, env);
    expect(stop).toMatchObject({ status: 0, stdout: "" });
    const start = p.run({ session_id: "s2", transcript_path: p.transcript("s2"), cwd: p.dir, hook_event_name: "SessionStart", source: "startup" }, env);
    expect(start.status).toBe(0);
    // The runs did their work, so "nothing written" is not "nothing ran".
    expect(start.stdout).toContain("Add CSV export");
    expect(readdirSync(join(p.dir, ".claude"))).toEqual(["session-state"]);
    expect(readdirSync(home)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    expect(tree(p.root, skip)).toEqual(before);
  });
});
