// Pattern verdicts are kept beside the state (src/state/pattern-cache.ts) and used only for the very
// settings file they were made for, on this machine: a cache that came with a repository is ignored.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadSettings, SETTINGS_FILE, STATE_DIR } from "../../src/config";
import { fileStamp } from "../../src/io/fs";
import { PATTERN_CACHE, readVerdicts, settingsStamp, writeVerdicts } from "../../src/state/pattern-cache";
import { VERSION } from "../../src/version";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function project(redact: string[]): { dir: string; settings: string; cache: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ss-patterns-"));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, STATE_DIR), { recursive: true });
  const settings = path.join(dir, SETTINGS_FILE);
  fs.writeFileSync(settings, JSON.stringify({ redact }));
  return { dir, settings, cache: path.join(dir, STATE_DIR, PATTERN_CACHE) };
}

const noLog = (): void => undefined;

describe("pattern verdicts kept between runs", () => {
  it("a run that checked patterns hands its verdicts on; the next run with the same file checks nothing", () => {
    const p = project(["ACME-[0-9]{8}", "(a+)+$"]);
    const first = loadSettings(p.dir, {});
    expect(first.settings.redact).toEqual(["ACME-[0-9]{8}"]);
    expect(first.patternVerdicts?.stamp).toBe(settingsStamp(p.settings));
    expect(writeVerdicts(path.join(p.dir, STATE_DIR), first.patternVerdicts!.stamp, first.patternVerdicts!.verdicts)).toBeNull();
    expect(readVerdicts(path.join(p.dir, STATE_DIR), settingsStamp(p.settings), noLog)).toEqual(first.patternVerdicts!.verdicts);
    // Nothing judged now, so nothing new to keep; the same patterns are used and dropped.
    const next = loadSettings(p.dir, {});
    expect(next.patternVerdicts).toBeUndefined();
    expect(next.settings.redact).toEqual(["ACME-[0-9]{8}"]);
    expect(next.problems.join("\n")).toMatch(/\(a\+\)\+\$/);
  });

  it("a cache that cannot be written (a folder planted at its path) is a reason, not a throw", () => {
    const p = project(["ACME-[0-9]{8}"]);
    fs.mkdirSync(p.cache);
    expect(writeVerdicts(path.join(p.dir, STATE_DIR), "x", {})).toMatch(/E[A-Z]+/);
  });

  it("a cache planted with the repository (another file's identity) is ignored: the bad pattern is still dropped", () => {
    const p = project(["(x+x+)+y"]);
    // What a repository could ship: "safe" for a catastrophic pattern, under a stamp of its author's machine.
    fs.writeFileSync(p.cache, JSON.stringify({ v: 1, version: VERSION, stamp: "2049:123456:20:1700000000000000000:1700000000000000000", verdicts: { "(x+x+)+y": null } }));
    expect(readVerdicts(path.join(p.dir, STATE_DIR), settingsStamp(p.settings), noLog)).toEqual({});
    const r = loadSettings(p.dir, {});
    expect(r.settings.redact).toEqual([]);
    expect(r.problems.join("\n")).toMatch(/x\+x\+/);
  });

  it("a verdict is used only for the pattern text it was made for, and only by this version", () => {
    const p = project(["(a|a)*$"]);
    const stamp = settingsStamp(p.settings)!;
    writeVerdicts(path.join(p.dir, STATE_DIR), stamp, { "(a|b)*$": null });
    expect(loadSettings(p.dir, {}).settings.redact).toEqual([]);
    fs.writeFileSync(p.cache, JSON.stringify({ v: 1, version: "0.0.1-other", stamp, verdicts: { "(a|a)*$": null } }));
    expect(readVerdicts(path.join(p.dir, STATE_DIR), stamp, noLog)).toEqual({});
  });

  it("names only a regular settings file, by its full identity; a missing one, a symlink or a folder names nothing", () => {
    const p = project(["ACME-[0-9]{8}"]);
    const stamp = settingsStamp(p.settings);
    expect(stamp).toBe(fileStamp(p.settings));
    expect(stamp?.split(":")).toHaveLength(5);
    expect(settingsStamp(path.join(p.dir, "missing.json"))).toBeNull();
    const link = path.join(p.dir, "link.json");
    fs.symlinkSync(p.settings, link);
    expect(fileStamp(link)).not.toBeNull();
    expect(settingsStamp(link)).toBeNull();
    expect(settingsStamp(path.join(p.dir, STATE_DIR))).toBeNull();
  });

  it("an edited settings file is a new file: its patterns are checked again", () => {
    const p = project(["ACME-[0-9]{8}"]);
    const first = loadSettings(p.dir, {});
    writeVerdicts(path.join(p.dir, STATE_DIR), first.patternVerdicts!.stamp, first.patternVerdicts!.verdicts);
    fs.writeFileSync(p.settings, JSON.stringify({ redact: ["ACME-[0-9]{8}", "(a+)+$"] }));
    expect(settingsStamp(p.settings)).not.toBe(first.patternVerdicts!.stamp);
    const again = loadSettings(p.dir, {});
    expect(again.patternVerdicts?.stamp).toBe(settingsStamp(p.settings));
    expect(again.settings.redact).toEqual(["ACME-[0-9]{8}"]);
  });
});
