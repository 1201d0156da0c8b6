// When the corpus is absent its tests are skipped, and the run says so in one line (issue 12).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");

describe("corpus tests without a corpus", () => {
  it("print one line saying they were skipped and why", () => {
    const empty = mkdtempSync(join(tmpdir(), "ss-no-corpus-"));
    try {
      const env: Record<string, string | undefined> = { ...process.env, SESSION_STATE_CORPUS: join(empty, "missing"), NO_COLOR: "1" };
      delete env.CI; // no JSON report from the inner run over the outer one's
      const r = spawnSync(process.execPath, [join(root, "node_modules/vitest/vitest.mjs"), "run", "test/integration/corpus.test.ts"], {
        cwd: root,
        env,
        encoding: "utf8",
        timeout: 120_000,
      });
      const out = r.stdout + r.stderr;
      expect(r.status, out).toBe(0);
      expect(out.match(/corpus tests skipped: no transcripts in \S+missing \(clone the corpus/g)?.length).toBeGreaterThanOrEqual(1);
      expect(out).toMatch(/1 skipped/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 150_000);
});
