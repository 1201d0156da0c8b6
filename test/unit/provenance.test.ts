// The proof that a saved state is this user's (src/state/provenance.ts), on real files.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { claudeConfigDirs, encodeProjectDir } from "../../src/config-dirs";
import { FUTURE_SKEW_MS, freshness, proveOwnState } from "../../src/state/provenance";

const roots: string[] = [];
afterEach(() => {
  for (const d of roots.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const ID = "3f3f19b1-cbe7-4bc5-91aa-59ba222614f6";

function setup() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "ss-prov-"));
  roots.push(root);
  const projectDir = path.join(root, "my proj.d");
  const claude = path.join(root, "claude");
  fs.mkdirSync(projectDir, { recursive: true });
  const folder = path.join(claude, "projects", encodeProjectDir(projectDir));
  fs.mkdirSync(folder, { recursive: true });
  return { root, projectDir, claude, folder, where: { projectDir, claudeDirs: [claude] } };
}

describe("proveOwnState", () => {
  it("accepts a state whose session's transcript is a regular file of this user under the project's folder name", () => {
    const t = setup();
    fs.writeFileSync(path.join(t.folder, `${ID}.jsonl`), "{}\n");
    const proof = proveOwnState({ sessionId: ID, projectDir: t.projectDir }, t.where);
    expect(proof).toEqual({ ok: true, transcript: path.join(t.folder, `${ID}.jsonl`) });
  });

  it("refuses a state without that transcript: someone else's", () => {
    const t = setup();
    fs.writeFileSync(path.join(t.folder, "another-session.jsonl"), "{}\n");
    const proof = proveOwnState({ sessionId: ID, projectDir: t.projectDir }, t.where);
    expect(proof).toMatchObject({ ok: false, kind: "foreign" });
  });

  it("refuses a transcript in another project's folder, or in a folder that is not one of the user's", () => {
    const t = setup();
    const other = path.join(t.claude, "projects", "-somewhere-else");
    fs.mkdirSync(other, { recursive: true });
    fs.writeFileSync(path.join(other, `${ID}.jsonl`), "{}\n");
    expect(proveOwnState({ sessionId: ID, projectDir: t.projectDir }, t.where).ok).toBe(false);
    // The same layout inside the project (it travels with the repository) proves nothing.
    const shipped = path.join(t.projectDir, "claude", "projects", encodeProjectDir(t.projectDir));
    fs.mkdirSync(shipped, { recursive: true });
    fs.writeFileSync(path.join(shipped, `${ID}.jsonl`), "{}\n");
    expect(proveOwnState({ sessionId: ID, projectDir: t.projectDir }, t.where).ok).toBe(false);
  });

  it("refuses a symlink, a folder or a FIFO in the transcript's place", () => {
    const t = setup();
    const real = path.join(t.root, "elsewhere.jsonl");
    fs.writeFileSync(real, "{}\n");
    const at = path.join(t.folder, `${ID}.jsonl`);
    fs.symlinkSync(real, at);
    expect(proveOwnState({ sessionId: ID, projectDir: t.projectDir }, t.where).ok).toBe(false);
    fs.rmSync(at);
    fs.mkdirSync(at);
    expect(proveOwnState({ sessionId: ID, projectDir: t.projectDir }, t.where).ok).toBe(false);
  });

  it.runIf(typeof process.getuid === "function" && process.getuid() === 0)("refuses a transcript owned by another user", () => {
    const t = setup();
    const at = path.join(t.folder, `${ID}.jsonl`);
    fs.writeFileSync(at, "{}\n");
    fs.chownSync(at, 12345, 12345);
    expect(proveOwnState({ sessionId: ID, projectDir: t.projectDir }, t.where).ok).toBe(false);
    fs.chownSync(at, 0, 0);
    expect(proveOwnState({ sessionId: ID, projectDir: t.projectDir }, t.where).ok).toBe(true);
  });

  it("refuses session ids that could name another file", () => {
    const t = setup();
    fs.writeFileSync(path.join(t.claude, "projects", "x.jsonl"), "{}\n");
    for (const id of ["../x", "..", "a/b", "", ".hidden", "a.b"]) {
      expect(proveOwnState({ sessionId: id, projectDir: t.projectDir }, t.where).ok, id).toBe(false);
    }
  });

  it("says 'moved' for a state saved for another folder, even with a transcript of its own", () => {
    const t = setup();
    const old = path.join(t.root, "old place");
    fs.mkdirSync(path.join(t.claude, "projects", encodeProjectDir(old)), { recursive: true });
    fs.writeFileSync(path.join(t.claude, "projects", encodeProjectDir(old), `${ID}.jsonl`), "{}\n");
    const proof = proveOwnState({ sessionId: ID, projectDir: old }, t.where);
    expect(proof).toMatchObject({ ok: false, kind: "moved" });
    expect(proof.ok ? "" : proof.why).toContain(old);
  });

  it("takes the project through a symlink as the same folder, and finds the transcript under either name", () => {
    const t = setup();
    const link = path.join(t.root, "link");
    fs.symlinkSync(t.projectDir, link);
    fs.writeFileSync(path.join(t.folder, `${ID}.jsonl`), "{}\n");
    expect(proveOwnState({ sessionId: ID, projectDir: t.projectDir }, { projectDir: link, claudeDirs: [t.claude] }).ok).toBe(true);
  });

  it("looks in every configuration folder it is given", () => {
    const t = setup();
    const second = path.join(t.root, "second");
    const folder = path.join(second, "projects", encodeProjectDir(t.projectDir));
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `${ID}.jsonl`), "{}\n");
    expect(proveOwnState({ sessionId: ID, projectDir: t.projectDir }, t.where).ok).toBe(false);
    expect(proveOwnState({ sessionId: ID, projectDir: t.projectDir }, { projectDir: t.projectDir, claudeDirs: [t.claude, second] }).ok).toBe(true);
  });
});

describe("claudeConfigDirs", () => {
  it("lists CLAUDE_CONFIG_DIR, ~/.claude and each account folder in ~/.ccs/instances, once each", () => {
    const t = setup();
    const inst = path.join(t.root, ".ccs", "instances");
    fs.mkdirSync(path.join(inst, "work"), { recursive: true });
    fs.mkdirSync(path.join(inst, "home"), { recursive: true });
    fs.writeFileSync(path.join(inst, "notes.txt"), "");
    expect(claudeConfigDirs({ HOME: t.root, CLAUDE_CONFIG_DIR: t.claude })).toEqual([
      t.claude,
      path.join(t.root, ".claude"),
      path.join(inst, "home"),
      path.join(inst, "work"),
    ]);
    expect(claudeConfigDirs({ HOME: t.root, CLAUDE_CONFIG_DIR: path.join(t.root, ".claude") })).toEqual([
      path.join(t.root, ".claude"),
      path.join(inst, "home"),
      path.join(inst, "work"),
    ]);
  });
});

describe("freshness", () => {
  const now = Date.parse("2030-01-01T00:00:00.000Z");
  it("is never fresh for a time ahead of the clock, or no time at all", () => {
    expect(freshness(new Date(now + 365 * 86_400_000).toISOString(), now, 7)).toBe("future");
    expect(freshness(new Date(now + 365 * 86_400_000).toISOString(), now, 0)).toBe("future");
    expect(freshness(new Date(now + FUTURE_SKEW_MS + 1).toISOString(), now, 7)).toBe("future");
    expect(freshness("not a time", now, 7)).toBe("invalid");
    expect(freshness("", now, 0)).toBe("invalid");
  });
  it("is fresh within the stale limit (a clock stepped back by seconds included) and stale beyond it", () => {
    expect(freshness(new Date(now - 60_000).toISOString(), now, 7)).toBe("fresh");
    expect(freshness(new Date(now + 5_000).toISOString(), now, 7)).toBe("fresh");
    expect(freshness(new Date(now - 8 * 86_400_000).toISOString(), now, 7)).toBe("stale");
    expect(freshness(new Date(now - 800 * 86_400_000).toISOString(), now, 0)).toBe("fresh");
  });
});

describe("encodeProjectDir: the folder name Claude Code gives a project", () => {
  it("replaces every character but letters and digits (reference §9: /tmp/enc_test.dir/sub x)", () => {
    expect(encodeProjectDir("/tmp/enc_test.dir/sub x")).toBe("-tmp-enc-test-dir-sub-x");
  });

  it("cuts a name past 200 characters and adds a base-36 hash of the whole path, as 2.1.328 does", () => {
    const dir = `/home/someone/${"deeply-nested-folder/".repeat(12)}project`;
    let h = 0;
    for (const ch of dir) h = (Math.imul(31, h) + ch.charCodeAt(0)) | 0;
    const name = encodeProjectDir(dir);
    expect(name).toBe(`${dir.replace(/[^A-Za-z0-9]/g, "-").slice(0, 200)}-${Math.abs(h).toString(36)}`);
    expect(encodeProjectDir(`${dir}2`)).not.toBe(name);
  });
});
