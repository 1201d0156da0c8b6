import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEarlyGit } from "../../src/early-git";
import { eventHint } from "../../src/io/stdin";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function repo(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "ss-early-"));
  dirs.push(d);
  execFileSync("git", ["init", "-q", "-b", "main"], { cwd: d, env: { PATH: process.env.PATH, HOME: d } });
  fs.writeFileSync(path.join(d, "new.txt"), "x");
  return d;
}

describe("early git status", () => {
  it("starts for the saves that collect git and yields the same status the core would run", async () => {
    const d = repo();
    for (const event of ["Stop", "PreCompact", "SessionEnd"]) {
      const early = startEarlyGit(event, d);
      expect(early?.dir).toBe(d);
      const r = await early?.status;
      expect(r).toMatchObject({ ok: true });
      expect(r?.ok && r.out).toContain("# branch.head main");
      expect(r?.ok && r.out).toContain("? new.txt");
    }
  });

  it("does not start for other events, a relative or missing folder, or when settings turn git off", () => {
    const d = repo();
    for (const event of ["SubagentStop", "SessionStart", null]) expect(startEarlyGit(event, d)).toBeNull();
    expect(startEarlyGit("Stop", undefined)).toBeNull();
    expect(startEarlyGit("Stop", "relative/dir")).toBeNull();
    fs.mkdirSync(path.join(d, ".claude"));
    fs.writeFileSync(path.join(d, ".claude", "session-state.json"), JSON.stringify({ collectors: { git: false } }));
    expect(startEarlyGit("Stop", d)).toBeNull();
    // A wrong value means the default (on), as in the settings schema.
    fs.writeFileSync(path.join(d, ".claude", "session-state.json"), JSON.stringify({ collectors: { git: "no" } }));
    expect(startEarlyGit("Stop", d)).not.toBeNull();
  });
});

describe("eventHint", () => {
  const hint = (s: string) => eventHint({ data: Buffer.from(s) });
  it("names only events with a handler, from the parsed input or from its bytes", () => {
    expect(eventHint({ data: Buffer.from("{}"), value: { hook_event_name: "PreCompact" } })).toBe("PreCompact");
    expect(eventHint({ data: Buffer.from("{}"), value: { hook_event_name: "Notification" } })).toBeNull();
    expect(eventHint({ data: Buffer.from("{}"), value: { hook_event_name: 7 } })).toBeNull();
    expect(hint('{"session_id":"x","hook_event_name":"Stop"}')).toBe("Stop");
    expect(hint('{"hook_event_name" : "SessionStart"}')).toBe("SessionStart");
    expect(hint('{"hook_event_name":"PostToolUse"}')).toBeNull();
    expect(hint('{"hook_event_name":"toString"}')).toBeNull();
    expect(hint("not json")).toBeNull();
    expect(eventHint({ tooLarge: true })).toBeNull();
  });
});
