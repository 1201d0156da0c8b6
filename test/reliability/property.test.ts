// Property-based tests: more than 12,000 generated hook inputs, transcript records and transcript
// files, in-process (fast), and a smaller sample through the built hook. No exception escapes, the
// state always satisfies its schema, and incremental reading equals reading the whole file.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HookInput } from "../../src/hook/input";
import { runHook } from "../../src/hook/run";
import { LIMITS } from "../../src/state/facts";
import { fileIdOf } from "../../src/state/paths";
import { makeRedactor } from "../../src/state/redact";
import { emptyState, SessionState } from "../../src/state/schema";
import { applyRecord, extractContext } from "../../src/transcript/extract";
import { lineFilter } from "../../src/transcript/filter";
import { readAppended } from "../../src/transcript/reader";
import { hookInput, stdinBytes, transcriptRecord } from "./arbitraries";
import { cleanupAll, jsonl, pool, rec, report, requireBundle, runBundle, sandbox, type Sandbox, stateProblems, walk } from "./harness";

beforeAll(requireBundle);
afterAll(cleanupAll);

const SEED = Number(process.env.SESSION_STATE_FC_SEED ?? 20261128);

/** Paths the generators pick from: a real transcript and every awkward kind of file. */
function fixturePaths(sb: Sandbox): string[] {
  fs.writeFileSync(sb.transcriptPath("s1"), jsonl([rec.prompt("hello"), rec.todos([{ content: "a todo", status: "pending" }])]));
  const fifo = join(sb.projects, "fifo.jsonl");
  execFileSync("mkfifo", [fifo]);
  fs.mkdirSync(join(sb.projects, "dir.jsonl"));
  return [sb.transcriptPath("s1"), sb.transcriptPath("s2"), fifo, join(sb.projects, "dir.jsonl"), "/dev/zero", "/etc/passwd", sb.project, "relative.jsonl", sb.projects];
}

/** A sandbox on tmpfs when there is one: tens of thousands of atomic writes, each with fsync. */
function fastSandbox(tag: string): Sandbox {
  const prev = process.env.TMPDIR;
  if (fs.existsSync("/dev/shm") && fs.statSync("/dev/shm").isDirectory()) process.env.TMPDIR = "/dev/shm";
  try {
    return sandbox(tag);
  } finally {
    if (prev === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = prev;
  }
}

describe("property: hook input", () => {
  it("runHook never throws and prints nothing or one valid SessionStart document (in-process)", async () => {
    const sb = fastSandbox("prop-hook");
    sb.settings({ collectors: { git: false }, keep: 3 });
    const paths = fixturePaths(sb);
    const env = sb.env();
    let runs = 0;
    let saves = 0;
    let accepted = 0;
    const problems: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.oneof(hookInput(paths).map((i) => Buffer.from(JSON.stringify(i))), stdinBytes(paths)), async (stdin) => {
        runs++;
        try {
          if (HookInput.safeParse(JSON.parse(stdin.toString("utf8"))).success) accepted++;
        } catch {
          /* not JSON: rejected, as it should be */
        }
        const out = await runHook(stdin, { env, cwd: sb.project, startedAt: Date.now() });
        if (out.stdout !== undefined) {
          const doc = JSON.parse(out.stdout) as { hookSpecificOutput: { hookEventName: string; additionalContext: string } };
          expect(doc.hookSpecificOutput.hookEventName).toBe("SessionStart");
          expect(typeof doc.hookSpecificOutput.additionalContext).toBe("string");
        }
        if (runs % 500 === 0) problems.push(...stateProblems(sb.stateDir));
      }),
      { numRuns: 6000, seed: SEED, endOnFailure: true },
    );
    problems.push(...stateProblems(sb.stateDir));
    saves = walk(join(sb.stateDir, "sessions")).length;
    // Nothing outside the state folder but what the test itself made.
    const stray = walk(sb.project, (p) => p.startsWith(sb.stateDir)).filter((p) => !p.endsWith("session-state.json") && p !== join(sb.project, ".claude"));
    if (stray.length) problems.push(`written outside the state folder: ${stray.join(", ")}`);
    report("property/runHook-in-process", runs, problems.length, `${accepted} passed the input schema and were handled; ${saves} files under sessions/ at the end`);
    expect(problems).toEqual([]);
  }, 180_000);

  it("the built hook: exit 0, empty or valid stdout, nothing on stderr (200 generated inputs)", async () => {
    const sb = sandbox("prop-bundle");
    sb.settings({ collectors: { git: false } });
    const paths = fixturePaths(sb);
    const samples = fc.sample(stdinBytes(paths), { numRuns: 200, seed: SEED });
    const failures: string[] = [];
    await pool(
      2,
      samples.map((stdin) => async () => {
        const r = await runBundle(stdin, { env: sb.env(), cwd: sb.project });
        const tag = JSON.stringify(stdin.toString("utf8").slice(0, 80));
        if (r.code !== 0 || r.signal) failures.push(`${tag}: exit ${r.code} ${r.signal ?? ""}`);
        if (r.stderr) failures.push(`${tag}: stderr ${r.stderr.slice(0, 200)}`);
        if (r.stdout) {
          try {
            const doc = JSON.parse(r.stdout) as { hookSpecificOutput?: { hookEventName?: string } };
            if (doc.hookSpecificOutput?.hookEventName !== "SessionStart") failures.push(`${tag}: odd stdout`);
          } catch {
            failures.push(`${tag}: stdout is not JSON: ${r.stdout.slice(0, 100)}`);
          }
        }
      }),
    );
    failures.push(...stateProblems(sb.stateDir));
    report("property/built-hook", samples.length, failures.length);
    expect(failures).toEqual([]);
  }, 180_000);
});

describe("property: session ids", () => {
  it("fileIdOf: any id becomes one safe file name inside the folder, different ids different names", () => {
    let runs = 0;
    const id = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: "binary", maxLength: 120 }), fc.uuid(), fc.constantFrom("CON", "nul.json", "LPT1", "..", ".", "a/../b", "x".repeat(5000)));
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 20 }), (ids) => {
        runs += ids.length;
        const names = ids.map(fileIdOf);
        for (const n of names) {
          expect(n).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/);
          expect(n.includes("..")).toBe(false);
          expect(/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i.test(n)).toBe(false);
          expect(dirname(join("/state/sessions", `${n}.json`))).toBe("/state/sessions");
        }
        expect(new Set(names).size).toBe(ids.length);
      }),
      { numRuns: 1000, seed: SEED },
    );
    report("property/fileIdOf", runs, 0);
  });
});

describe("property: transcript", () => {
  it("applyRecord keeps the state valid and bounded for any sequence of records", () => {
    const ctx = extractContext("/p", makeRedactor(), "2026-11-28T00:00:00.000Z");
    let runs = 0;
    let records = 0;
    fc.assert(
      fc.property(fc.array(transcriptRecord(), { maxLength: 12 }), (recs) => {
        runs++;
        const s = emptyState("s", "/p", ctx.nowIso);
        for (const r of recs) {
          records++;
          applyRecord(s, r, ctx);
        }
        const parsed = SessionState.safeParse(JSON.parse(JSON.stringify(s)));
        if (!parsed.success) throw new Error(`invalid state: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
        expect(s.prompts.length).toBeLessThanOrEqual(LIMITS.prompts);
        expect(s.files.length).toBeLessThanOrEqual(LIMITS.files);
        expect(s.subagents.length).toBeLessThanOrEqual(LIMITS.subagents);
        expect(s.tasks.length).toBeLessThanOrEqual(LIMITS.tasks);
        expect(Object.keys(s.pending).length).toBeLessThanOrEqual(50);
        for (const p of s.prompts) expect(p.text.length).toBeLessThanOrEqual(LIMITS.promptChars);
      }),
      { numRuns: 5000, seed: SEED, endOnFailure: true },
    );
    report("property/applyRecord", runs, 0, `${records} records`);
  }, 120_000);

  it("readAppended: any bytes, any cursor; reading in two steps finds what one read finds", () => {
    const sb = fastSandbox("prop-reader");
    const file = join(sb.projects, "t.jsonl");
    const line = fc.oneof(
      { weight: 5, arbitrary: transcriptRecord().map((r) => JSON.stringify(r)) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }).map((s) => s.replace(/[{}\n]/g, "")) },
      { weight: 1, arbitrary: transcriptRecord().map((r) => JSON.stringify(r).slice(0, -1)) },
      { weight: 1, arbitrary: fc.tuple(transcriptRecord(), transcriptRecord()).map(([a, b]) => JSON.stringify(a) + JSON.stringify(b)) },
    );
    const objectsOf = (out: unknown[]): string[] => out.filter((r) => typeof r === "object" && r !== null && !Array.isArray(r)).map((r) => JSON.stringify(r));
    // With the prefilter the records pass through a state, which the filter reads (pending calls, slug).
    const ctx = extractContext("/p", makeRedactor(), "2026-11-28T00:00:00.000Z");
    let folded = emptyState("s", "/p", ctx.nowIso);
    const opts = (filter: boolean) => ({ deadline: Number.MAX_SAFE_INTEGER, now: () => 0, wanted: filter ? lineFilter(folded) : undefined });
    const fold = (out: unknown[]) => (r: unknown) => {
      out.push(r);
      applyRecord(folded, r, ctx);
    };
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.nat(),
        fc.boolean(),
        fc.oneof(fc.constant(undefined), fc.record({ offset: fc.integer(), ino: fc.integer(), head: fc.base64String({ maxLength: 20 }) })),
        fc.uint8Array({ maxLength: 16 }),
        (lines, cutAt, filter, garbageCursor, noise) => {
          runs++;
          const whole = Buffer.concat([Buffer.from(lines.join("\n") + (lines.length ? "\n" : "")), Buffer.from(noise).filter((b) => b !== 10 && b !== 0x7b && b !== 0x7d)]);
          // One read of the whole file.
          fs.writeFileSync(file, whole);
          const all: unknown[] = [];
          folded = emptyState("s", "/p", ctx.nowIso);
          const one = readAppended(file, undefined, fold(all), opts(filter));
          if ("refused" in one) throw new Error(one.refused);
          expect(one.cursor.offset).toBeGreaterThanOrEqual(0);
          expect(one.cursor.offset).toBeLessThanOrEqual(whole.length);
          // The same bytes written in two steps, read after each.
          const cut = whole.length ? cutAt % (whole.length + 1) : 0;
          fs.writeFileSync(file, whole.subarray(0, cut));
          const parts: unknown[] = [];
          folded = emptyState("s", "/p", ctx.nowIso);
          const first = readAppended(file, undefined, fold(parts), opts(filter));
          if ("refused" in first) throw new Error(first.refused);
          fs.appendFileSync(file, whole.subarray(cut));
          const second = readAppended(file, first.cursor, fold(parts), opts(filter));
          if ("refused" in second) throw new Error(second.refused);
          expect(second.reset).toBe(false);
          expect(objectsOf(parts)).toEqual(objectsOf(all));
          // A cursor from anywhere never throws and never points outside the file.
          const odd = readAppended(file, garbageCursor, () => undefined, opts(filter));
          if ("refused" in odd) throw new Error(odd.refused);
          expect(odd.cursor.offset).toBeLessThanOrEqual(whole.length);
        },
      ),
      { numRuns: 1500, seed: SEED, endOnFailure: true },
    );
    report("property/readAppended", runs, 0, "3 reads each");
  }, 120_000);
});
