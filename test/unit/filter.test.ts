// The prefilter must never drop a line the extractor needs. Every line of every corpus transcript
// goes through the extractor; each line the filter would reject must leave the folded state exactly
// as it was, and a whole read with the filter must end in the same state as one without it; the
// same for generated transcripts with keys in any order. Corpus: env SESSION_STATE_CORPUS, else
// ../shared/corpus next to the repository.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyState, type SessionState } from "../../src/state/schema";
import { applyRecord, extractContext } from "../../src/transcript/extract";
import { lineFilter, needed } from "../../src/transcript/filter";
import { readAppended } from "../../src/transcript/reader";
import { GLUED, parseLine } from "../../src/transcript/split";

const AT = "2026-11-28T10:00:00.000Z";
const PROJECT = "/path/to/project";
const ctx = extractContext(PROJECT, (t: string) => t, AT);

const corpus = process.env.SESSION_STATE_CORPUS ?? resolve(__dirname, "../../../shared/corpus");
const haveCorpus = existsSync(corpus) && statSync(corpus).isDirectory();

function jsonlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...jsonlFiles(p));
    else if (e.name.endsWith(".jsonl")) out.push(p);
  }
  return out.sort();
}

const files = haveCorpus ? jsonlFiles(corpus) : [];
const fresh = (): SessionState => emptyState("s1", PROJECT, AT);

const facts = (s: SessionState): string => JSON.stringify(s);

function readAll(file: string, filtered: boolean): SessionState {
  const s = fresh();
  const r = readAppended(file, undefined, (rec) => applyRecord(s, rec, ctx), { deadline: Infinity, now: () => 0, wanted: filtered ? lineFilter(s) : undefined });
  if ("refused" in r) throw new Error(r.refused);
  return s;
}

describe.skipIf(!haveCorpus)("prefilter against the transcript corpus", () => {
  it("finds the corpus", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(corpus, f), f]))("%s: no rejected line changes the state", (_name, file) => {
    const data = readFileSync(file);
    const s = fresh();
    let rejected = 0;
    let start = 0;
    while (start < data.length) {
      let end = data.indexOf(10, start);
      if (end === -1) end = data.length;
      const line = data.subarray(start, end);
      start = end + 1;
      if (line.length === 0) continue;
      // The reader's rule: lines with glued records are parsed without asking the filter.
      const kept = needed(line, s) || line.indexOf(GLUED) !== -1;
      const before = kept ? "" : facts(s);
      for (const rec of parseLine(line.toString("utf8"))) applyRecord(s, rec, ctx);
      if (!kept) {
        rejected++;
        expect(facts(s), `rejected line at byte ${start - line.length - 1}: ${line.toString("utf8", 0, 300)}`).toBe(before);
      }
    }
    if (data.length > 100_000) expect(rejected).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [relative(corpus, f), f]))("%s: the same state with and without the filter", (_name, file) => {
    expect(readAll(file, true)).toEqual(readAll(file, false));
  });

  it("skips most of the bytes", () => {
    let total = 0;
    let kept = 0;
    for (const file of files) {
      const data = readFileSync(file);
      const s = fresh();
      let start = 0;
      while (start < data.length) {
        let end = data.indexOf(10, start);
        if (end === -1) end = data.length;
        const line = data.subarray(start, end);
        start = end + 1;
        total += line.length;
        if (needed(line, s)) {
          kept += line.length;
          for (const rec of parseLine(line.toString("utf8"))) applyRecord(s, rec, ctx);
        }
      }
    }
    expect(kept / total).toBeLessThan(0.4);
  });
});

describe("prefilter on hand-written lines", () => {
  const line = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));
  const want = (v: unknown, s = fresh()): boolean => needed(typeof v === "string" ? Buffer.from(v) : line(v), s);
  const asst = (content: unknown[], extra: Record<string, unknown> = {}) => ({ type: "assistant", ...extra, message: { type: "message", role: "assistant", content } });
  const result = (id: string, extra: Record<string, unknown> = {}) => ({ type: "user", message: { role: "user", content: [{ tool_use_id: id, type: "tool_result", content: "text" }] }, ...extra });

  it("skips bookkeeping records, thinking, calls of tools nobody reads and their results", () => {
    expect(want({ type: "progress", data: { type: "agent_progress", message: { type: "user", message: { content: "hi" } } } })).toBe(false);
    expect(want({ type: "file-history-snapshot", snapshot: {} })).toBe(false);
    expect(want({ type: "system", subtype: "turn_duration" })).toBe(false);
    expect(want({ attachment: { type: "hook_success", stdout: "x" }, type: "attachment" })).toBe(false);
    expect(want(asst([{ type: "thinking", thinking: "hm" }]))).toBe(false);
    expect(want(asst([{ type: "tool_use", id: "toolu_r1", name: "Read", input: { file_path: "/a" } }]))).toBe(false);
    expect(want(result("toolu_r1"))).toBe(false);
  });

  it("keeps what the extractor reads", () => {
    expect(want({ type: "system", subtype: "compact_boundary" })).toBe(true);
    expect(want({ attachment: { type: "plan_mode", planFilePath: "/p.md" }, type: "attachment" })).toBe(true);
    expect(want(asst([{ type: "text", text: "done" }]))).toBe(true);
    expect(want(asst([{ type: "tool_use", id: "toolu_e1", name: "Edit", input: {} }]))).toBe(true);
    expect(want(asst([{ type: "tool_use", id: "toolu_b1", name: "Bash", input: { command: "cat > PLAN.md" } }]))).toBe(true);
    expect(want({ type: "user", message: { role: "user", content: "fix the build" } })).toBe(true);
    expect(want({ type: "user", message: { role: "user", content: [{ type: "text", text: "fix it" }, { tool_use_id: "x", type: "tool_result" }] } })).toBe(true);
    expect(want(result("toolu_x", { toolUseResult: { newTodos: [] } }))).toBe(true);
  });

  it("reads a tool result when its call is pending, and the slug and start time a record may change", () => {
    const s = fresh();
    s.pending.toolu_a1 = { name: "Agent" };
    expect(want(result("toolu_a1"), s)).toBe(true);
    expect(want(result("toolu_g1"), s)).toBe(false);
    // An inherited key is no pending call (the extractor agrees: see extract.ts).
    expect(want(result("constructor"), s)).toBe(false);
    s.slug = "quiet-river";
    expect(want({ type: "progress", slug: "quiet-river" }, s)).toBe(false);
    expect(want({ type: "progress", slug: "loud-river" }, s)).toBe(true);
    expect(want({ type: "progress", slug: "Not A Slug" }, s)).toBe(false);
    expect(want({ type: "progress", data: { x: [1] }, slug: "loud-river" }, s)).toBe(true);
    expect(want(asst([{ type: "thinking" }], { timestamp: "2026-11-28T09:00:00.000Z" }), s)).toBe(true);
    expect(want(asst([{ type: "thinking" }], { timestamp: "2026-11-28T11:00:00.000Z" }), s)).toBe(false);
  });

  it("finds the record's own type whatever the key order, never one nested in it", () => {
    expect(want({ message: { type: "user", content: "a prompt inside" }, type: "progress" })).toBe(false);
    expect(want({ data: { type: "user" }, isSidechain: false, type: "progress", uuid: "u" })).toBe(false);
    expect(want({ uuid: "u", message: { role: "user", content: "hello" }, type: "user", timestamp: "t" })).toBe(true);
    // A type not in the head or the tail (between two nested members) is not guessed at.
    expect(want({ a: { x: 1 }, type: "progress", b: { y: 2 } })).toBe(true);
    // Spaces and escapes, as another writer might put them.
    expect(want('{ "type" : "progress" , "data" : { "type" : "user" } }')).toBe(false);
    expect(want('{"type":"us\\u0065r","message":{"content":[{"type":"tool_result","tool_use_id":"x"}]}}')).toBe(true);
    expect(want('{"ty\\u0070e":"user","message":{"content":"hi"}}')).toBe(true);
  });

  it("parses whatever has an unexpected shape", () => {
    expect(want('{"message": {"content": "hi"}, "type": "user"}')).toBe(true);
    expect(want({ type: "user", message: { role: "user", content: 'why is "tool_use_id":"x" missing?' } })).toBe(true);
    expect(want("not json at all")).toBe(true);
    expect(want("[1,2]")).toBe(true);
  });
});

describe("prefilter, property-based: the same state with and without it", () => {
  const id = fc.constantFrom("toolu_a1", "toolu_b2", "toolu_c3", "constructor");
  const str = fc.string({ unit: fc.constantFrom("a", "é", "/", "\\", '"', "}", "{", "[", "]", ",", ":", " ", "\n", "type", '"type":"user"', "newTodos", ".md") , maxLength: 12 });
  const stamp = fc.oneof(fc.constant(undefined), fc.integer({ min: Date.parse("2026-11-27T00:00:00Z"), max: Date.parse("2026-11-29T00:00:00Z") }).map((ms) => new Date(ms).toISOString()), str);
  const rarely = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });
  const shuffled = (entries: Array<[string, unknown]>, order: number[]): Record<string, unknown> => {
    const obj: Record<string, unknown> = {};
    const sorted = entries.map((e, i) => ({ e, k: order[i] ?? i })).sort((a, b) => a.k - b.k);
    for (const { e: [k, v] } of sorted) if (v !== undefined) obj[k] = v;
    return obj;
  };
  const block = fc.oneof(
    fc.record({ type: fc.constant("text"), text: str }),
    fc.record({ type: fc.constant("thinking"), thinking: str }),
    fc.record({ type: fc.constant("tool_use"), id, name: fc.constantFrom("Read", "Bash", "Edit", "Write", "TodoWrite", "Agent", "Task", "TaskCreate", "Grep"), input: fc.record({ file_path: str, command: str, todos: fc.constant([{ content: "x", status: "pending" }]), description: str }, { requiredKeys: [] }) }),
    fc.record({ tool_use_id: id, type: fc.constant("tool_result"), content: str, is_error: fc.boolean() }, { requiredKeys: ["type"] }),
  );
  const record = fc
    .record({
      type: fc.constantFrom("user", "user", "assistant", "assistant", "system", "attachment", "progress", "queue-operation", undefined),
      content: fc.oneof({ weight: 1, arbitrary: str }, { weight: 3, arbitrary: fc.array(block, { minLength: 1, maxLength: 2 }) }),
      slug: fc.constantFrom(undefined, "quiet-river", "loud-river", "Not A Slug"),
      timestamp: stamp,
      isSidechain: fc.constantFrom(undefined, true, false),
      subtype: fc.constantFrom(undefined, "compact_boundary", "turn_duration"),
      attachment: rarely(fc.constantFrom({ type: "plan_mode", planFilePath: "/p/plan.md" }, { type: "hook_success" })),
      toolUseResult: rarely(fc.constantFrom({ newTodos: [{ content: "t", status: "completed" }] }, { agentId: "a1", status: "completed", content: [{ type: "text", text: "report" }] }, { task: { id: "7", subject: "s" } })),
      nested: rarely(fc.constant({ type: "user", slug: "nested-slug", timestamp: "2000-01-01T00:00:00.000Z" })),
      order: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
    })
    .map((r) =>
      JSON.stringify(
        shuffled(
          [
            ["parentUuid", "p"],
            ["type", r.type],
            ["message", { role: r.type === "assistant" ? "assistant" : "user", content: r.content }],
            ["slug", r.slug],
            ["timestamp", r.timestamp],
            ["isSidechain", r.isSidechain],
            ["subtype", r.subtype],
            ["attachment", r.attachment],
            ["toolUseResult", r.toolUseResult],
            ["data", r.nested],
          ],
          r.order,
        ),
      ),
    );

  it("for generated transcripts with keys in any order", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 25 }), (lines) => {
        const dir = mkdtempSync(join(tmpdir(), "ss-filter-prop-"));
        try {
          const file = join(dir, "t.jsonl");
          writeFileSync(file, lines.map((l) => `${l}\n`).join(""));
          expect(readAll(file, true)).toEqual(readAll(file, false));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 1500 },
    );
  });
});
