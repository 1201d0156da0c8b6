// The README's first command ends in this script; keep it true.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

describe("npm run demo", () => {
  it("replays the recorded session and shows what was saved and what the next session is told", () => {
    const r = spawnSync(process.execPath, [resolve(__dirname, "../../scripts/demo.mjs")], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/turn 2: .* 2 requests, 5 todos \(0 open\), 5 subagent outputs, 26 files touched/);
    // no empty first "turn" made of the records before the first prompt (issue 12)
    expect(r.stdout).toMatch(/turn 1: transcript now [1-9]\d* KB, .* 1 request, /);
    expect(r.stdout).not.toMatch(/turn \d+: transcript now 0 KB|0 requests/);
    expect(r.stdout).not.toContain("turn 3:");
    // the MOVED line is explained: the demo made that commit outside the session
    expect(r.stdout).toMatch(/The demo itself now commits CHANGELOG\.md, outside any session[\s\S]*MOVED/);
    expect(r.stdout).toContain("──── .claude/session-state/.last-state.md ────");
    expect(r.stdout).toContain("1. /orchestrator create TODO app by Next.js");
    expect(r.stdout).toContain("“Build TODO components”");
    expect(r.stdout).toMatch(/the repository has MOVED: it was on main at [0-9a-f]{7}, it is now on main at [0-9a-f]{7}\. 1 new commit since then\./);
    expect(r.stdout).toContain("Full saved state:");
  });
});
