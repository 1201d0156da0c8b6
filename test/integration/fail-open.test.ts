import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeProject } from "../helpers/project";

const bundle = resolve(__dirname, "../../dist/session-state.cjs");
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("built hook fails open", () => {
  it("exits 0 with an empty stdout on input that is not JSON", () => {
    const cwd = mkdtempSync(join(tmpdir(), "ss-failopen-"));
    dirs.push(cwd);
    const run = spawnSync(process.execPath, [bundle], { cwd, input: "not json at all {", encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
  });

  it("prints nothing on stderr when DEBUG asks every library to trace (simple-git would)", () => {
    const p = makeProject();
    try {
      const id = "debug-env";
      const transcript = p.transcript(id);
      writeFileSync(transcript, `${JSON.stringify({ type: "user", sessionId: id, timestamp: new Date().toISOString(), message: { role: "user", content: "hello" } })}\n`);
      for (const input of [
        { session_id: id, transcript_path: transcript, cwd: p.dir, hook_event_name: "Stop" },
        { session_id: id, cwd: p.dir, hook_event_name: "SessionStart", source: "startup" },
      ]) {
        const run = p.run(input, { DEBUG: "*" });
        expect(run.status).toBe(0);
        expect(run.stderr).toBe("");
      }
      // git did run (the save has a git summary), so its library was there to trace.
      expect((p.state(id).git as { status?: string } | undefined)?.status).toBe("ok");
    } finally {
      p.cleanup();
    }
  });
});
