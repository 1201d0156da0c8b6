import { mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquire, STALE_MS } from "../../src/state/lock";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const folder = () => {
  const d = mkdtempSync(join(tmpdir(), "ss-lock-"));
  dirs.push(d);
  return d;
};
// A pid that cannot be alive: beyond the kernel's pid range.
const deadOwner = `99999999 ${Date.now()} x ${hostname()}`;

describe("stale lock takeover", () => {
  it("takes over a dead owner's lock at once", async () => {
    const lock = join(folder(), "s.lock");
    writeFileSync(lock, deadOwner);
    const t0 = Date.now();
    const release = await acquire(lock, { timeoutMs: 2000, now: Date.now });
    expect(release).not.toBeNull();
    expect(Date.now() - t0).toBeLessThan(500);
    release?.();
    expect(existsSync(lock)).toBe(false);
    expect(existsSync(`${lock}.takeover`)).toBe(false);
  });

  it("waits while another contender holds the takeover guard, and not past its life", async () => {
    const lock = join(folder(), "s.lock");
    writeFileSync(lock, deadOwner);
    writeFileSync(`${lock}.takeover`, "");
    const busy = await acquire(lock, { timeoutMs: 100, now: Date.now });
    expect(busy).toBeNull();
    // A guard left by a contender killed mid-takeover expires like a lock does.
    const old = new Date(Date.now() - STALE_MS - 1000);
    utimesSync(`${lock}.takeover`, old, old);
    const release = await acquire(lock, { timeoutMs: 2000, now: Date.now });
    expect(release).not.toBeNull();
    release?.();
  });
});
