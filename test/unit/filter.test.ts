// The byte-level prefilter must never drop a line the extractor needs. Every line of every corpus
// transcript goes through the extractor; each line the filter would reject must leave the folded
// state exactly as it was, and a whole read with the filter must end in the same state as one
// without it. Corpus: env SESSION_STATE_CORPUS, else ../shared/corpus next to the repository.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyState, type SessionState } from "../../src/state/schema";
import { applyRecord, extractContext } from "../../src/transcript/extract";
import { type Want, wantedLine } from "../../src/transcript/filter";
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

/**
 * The state minus `slug`: a session constant written on nearly every record, so dropping one
 * record's copy only delays it to the next kept record (the whole-read test below checks the end).
 */
const facts = (s: SessionState): string => JSON.stringify({ ...s, slug: undefined });

function readAll(file: string, wanted?: (line: Buffer) => Want): SessionState {
  const s = fresh();
  const r = readAppended(file, undefined, (rec) => applyRecord(s, rec, ctx), { deadline: Infinity, now: () => 0, wanted });
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
      const kept = wantedLine(line) || line.indexOf(GLUED) !== -1;
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
    expect(readAll(file, wantedLine)).toEqual(readAll(file));
  });

  it("skips most of the bytes", () => {
    let total = 0;
    let kept = 0;
    for (const file of files) {
      const data = readFileSync(file);
      let start = 0;
      while (start < data.length) {
        let end = data.indexOf(10, start);
        if (end === -1) end = data.length;
        const line = data.subarray(start, end);
        start = end + 1;
        total += line.length;
        if (wantedLine(line)) kept += line.length;
      }
    }
    expect(kept / total).toBeLessThan(0.4);
  });
});

describe("prefilter on hand-written lines", () => {
  const line = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));
  const asst = (content: unknown[]) => ({ type: "assistant", message: { type: "message", role: "assistant", content } });

  it("skips bookkeeping records, thinking-only messages and calls of tools nobody reads", () => {
    expect(wantedLine(line({ type: "progress", data: { type: "agent_progress" } }))).toBe(false);
    expect(wantedLine(line({ type: "file-history-snapshot", snapshot: {} }))).toBe(false);
    expect(wantedLine(line({ type: "system", subtype: "turn_duration" }))).toBe(false);
    expect(wantedLine(line({ attachment: { type: "hook_success", stdout: "x" }, type: "attachment" }))).toBe(false);
    expect(wantedLine(line({ message: { type: "message", role: "assistant", content: [{ type: "thinking", thinking: "hm" }] }, type: "assistant" }))).toBe(false);
    expect(wantedLine(line({ message: { type: "message", role: "assistant", content: [{ type: "tool_use", id: "toolu_r1", name: "Read", input: { file_path: "/a" } }] }, type: "assistant" }))).toBe(false);
  });

  it("keeps what the extractor reads", () => {
    expect(wantedLine(line({ type: "system", subtype: "compact_boundary" }))).toBe(true);
    expect(wantedLine(line({ attachment: { type: "plan_mode", planFilePath: "/p.md" }, type: "attachment" }))).toBe(true);
    expect(wantedLine(line({ message: { type: "message", role: "assistant", content: [{ type: "text", text: "done" }] }, type: "assistant" }))).toBe(true);
    expect(wantedLine(line({ message: { type: "message", role: "assistant", content: [{ type: "tool_use", id: "toolu_e1", name: "Edit", input: {} }] }, type: "assistant" }))).toBe(true);
    expect(wantedLine(line({ message: { type: "message", role: "assistant", content: [{ type: "tool_use", id: "toolu_b1", name: "Bash", input: { command: "cat > PLAN.md" } }] }, type: "assistant" }))).toBe(true);
    expect(wantedLine(line({ type: "user", message: { role: "user", content: "fix the build" } }))).toBe(true);
  });

  it("judges a tool result by its call when the call was seen", () => {
    expect(wantedLine(line(asst([{ type: "tool_use", id: "toolu_a1", name: "Agent", input: {} }])))).toBe(true);
    expect(wantedLine(line(asst([{ type: "tool_use", id: "toolu_g1", name: "Grep", input: {} }])))).toBe(false);
    const result = (id: string) => line({ type: "user", message: { role: "user", content: [{ tool_use_id: id, type: "tool_result", content: "text" }] } });
    expect(wantedLine(result("toolu_a1"))).toBe(true);
    expect(wantedLine(result("toolu_g1"))).toBe(false);
    // Call not seen (an earlier read): content markers decide.
    expect(wantedLine(result("toolu_unknown"))).toBe(false);
    expect(wantedLine(line({ type: "user", message: { role: "user", content: [{ tool_use_id: "toolu_x", type: "tool_result", content: "" }] }, toolUseResult: { newTodos: [] } }))).toBe(true);
  });

  it("parses whatever has an unexpected shape", () => {
    const spaced = Buffer.from('{"message": {"type": "message", "role": "assistant", "content": [{"type": "thinking"}]}, "type": "assistant"}');
    expect(wantedLine(spaced)).toBe(true);
    // A prompt that merely mentions tool_use_id is a prompt.
    expect(wantedLine(line({ type: "user", message: { role: "user", content: 'why is "tool_use_id":"x" missing?' } }))).toBe(true);
    expect(wantedLine(Buffer.from("not json at all"))).toBe(true);
  });
});

describe("edit calls built from bytes", () => {
  const line = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));
  const editLine = (input: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    line({
      parentUuid: "p1",
      isSidechain: false,
      slug: "quiet-river",
      message: { id: "m1", type: "message", role: "assistant", content: [{ type: "tool_use", id: "toolu_e9", name: "Edit", input }] },
      type: "assistant",
      uuid: "u1",
      timestamp: "2026-11-01T09:00:00.000Z",
      ...extra,
    });
  /** What folding the line gives, through the filter's record and through JSON.parse. */
  const both = (bytes: Buffer): [SessionState, SessionState] => {
    const want = wantedLine(bytes);
    if (typeof want !== "object") throw new Error(`no record built: ${String(want)}`);
    const viaBytes = fresh();
    applyRecord(viaBytes, want.record, ctx);
    const viaParse = fresh();
    for (const rec of parseLine(bytes.toString("utf8"))) applyRecord(viaParse, rec, ctx);
    return [viaBytes, viaParse];
  };

  it("gives the state a parse gives: path first or after flags, non-ASCII paths, sidechain, no slug", () => {
    for (const bytes of [
      editLine({ file_path: "/path/to/project/src/a.ts", old_string: 'x "quoted" }{"', new_string: "y" }),
      editLine({ replace_all: false, file_path: "/path/to/project/src/ä b.ts", old_string: "x", new_string: "y" }),
      editLine({ file_path: "/elsewhere/c.ts", content: "z" }, { isSidechain: true, slug: undefined }),
    ]) {
      const [viaBytes, viaParse] = both(bytes);
      expect(viaBytes).toEqual(viaParse);
      expect(viaBytes.files).toHaveLength(1);
    }
    const [s] = both(editLine({ replace_all: true, file_path: "/path/to/project/src/a.ts", old_string: "x", new_string: "y" }));
    expect(s).toMatchObject({ slug: "quiet-river", files: [{ path: "src/a.ts", tool: "Edit", count: 1, at: "2026-11-01T09:00:00.000Z" }] });
  });

  it("parses anything else: plan files, escaped paths, other first keys, nested messages, two calls", () => {
    expect(wantedLine(editLine({ file_path: "/path/to/project/PLAN.md", old_string: "a", new_string: "b" }))).toBe(true);
    expect(wantedLine(editLine({ file_path: 'C:\\work\\a "b".ts', old_string: "a", new_string: "b" }))).toBe(true);
    expect(wantedLine(editLine({ old_string: "a", file_path: "/a.ts", new_string: "b" }))).toBe(true);
    // An assistant message carried inside another record (agent progress) is not the record's own.
    const nested = line({
      message: { type: "message", role: "assistant", content: [{ type: "tool_use", id: "toolu_n1", name: "Write", input: { file_path: "/a.ts", content: "" } }] },
      data: { message: { type: "assistant" } },
      type: "progress",
    });
    expect(typeof wantedLine(nested)).not.toBe("object");
    const two = line({
      message: { type: "message", role: "assistant", content: [
        { type: "tool_use", id: "toolu_t1", name: "Write", input: { file_path: "/a.ts", content: "" } },
        { type: "tool_use", id: "toolu_t2", name: "Edit", input: { file_path: "/b.ts", old_string: "", new_string: "" } },
      ] },
      type: "assistant",
    });
    expect(wantedLine(two)).toBe(true);
  });
});
