import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

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
});
