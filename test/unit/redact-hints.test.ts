// Rule hints (src/state/redact.ts) only skip work: with and without them, every text must come out
// the same. Texts: every planted secret shape, in several wrappings, the look-alikes, random mixes of
// secret fragments, and every string of the published corpus transcripts that is short enough.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeRedactor } from "../../src/state/redact";
import { lookAlikes, secrets } from "../reliability/secrets";

const fast = makeRedactor();
const full = makeRedactor([], { hints: false });

const wrap = (s: string): string[] => [s, `x ${s} y`, `KEY=${s}`, `"token": "${s}"`, `curl -u admin:${s} https://h`, `postgres://u:${s}@db/x`, s.toUpperCase(), s.toLowerCase()];

describe("redaction hints", () => {
  it("change nothing on planted secrets and look-alikes", () => {
    const texts = [...secrets().flatMap((s) => wrap(s.text)), ...lookAlikes().flatMap(wrap)];
    expect(texts.length).toBeGreaterThan(400);
    for (const t of texts) expect(fast(t), t).toBe(full(t));
  });

  it("change nothing on random mixes of secret fragments", () => {
    const parts = [...secrets().map((s) => s.text), ...lookAlikes(), "Bearer ", "password=", " -u ", "mysql -p", "://", "@", "AccountKey=", "sig=", "eyJ", ".", "\n", " "];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 12 })), { maxLength: 12 }), (bits) => {
        const t = bits.join("");
        expect(fast(t)).toBe(full(t));
      }),
      { numRuns: 3000, seed: 20261128 },
    );
  });

  const corpus = resolve(process.env.SESSION_STATE_CORPUS ?? join(__dirname, "../../../shared/corpus"));
  it.skipIf(!existsSync(corpus))("change nothing on the strings of the corpus transcripts", () => {
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (n.endsWith(".jsonl")) files.push(p);
      }
    };
    walk(corpus);
    let n = 0;
    for (const f of files.slice(0, 12)) {
      for (const m of readFileSync(f, "utf8").matchAll(/"((?:[^"\\]|\\.){8,2000})"/g)) {
        const t = m[1] as string;
        n++;
        if (fast(t) !== full(t)) expect(fast(t), t).toBe(full(t));
      }
    }
    expect(n).toBeGreaterThan(1000);
  });
});
