// The byte-level prefilter must never drop a line the extractor needs. Every line of every corpus
// transcript goes through the extractor; each line the filter would reject must leave the folded
// state exactly as it was, and a whole read with the filter must end in the same state as one
// without it. Corpus: env SESSION_STATE_CORPUS, else ../shared/corpus next to the repository.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import fc from "fast-check";
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

describe("the last message through the filter", () => {
  let n = 0;
  const rec = (content: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      parentUuid: `p${n}`,
      isSidechain: false,
      message: { id: `m${n}`, type: "message", role: "assistant", content },
      type: "assistant",
      uuid: `u${n++}`,
      timestamp: `2026-11-01T09:00:${String(n).padStart(2, "0")}.000Z`,
      ...extra,
    });
  const text = (t: string) => rec([{ type: "text", text: t }]);
  /** The state a read with the filter ends in, and the one parsing every line ends in. */
  const both = (lines: string[]): [SessionState, SessionState] => {
    const dir = mkdtempSync(join(tmpdir(), "ss-filter-"));
    try {
      const file = join(dir, "t.jsonl");
      writeFileSync(file, `${lines.join("\n")}\n`);
      return [readAll(file, wantedLine), readAll(file)];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it("is the one parsing every line finds, whatever follows the real answer", () => {
    const cut = text("An answer cut short by a crash").slice(0, -30);
    const after: Array<[string, string[]]> = [
      ["blank text", [text("\n\n")]],
      ["spaces", [text("   ")]],
      ["an escaped blank", [rec([{ type: "text", text: "\t\n" }])]],
      ["a record cut short, then the next on its line", [cut + text("")]],
      ["a record cut short, then one that does not start with parentUuid", [`${cut}${JSON.stringify({ type: "last-prompt", lastPrompt: "x", sessionId: "s1" })}`]],
      ["a record cut short, then a text line of a subagent's", [cut + text("x").replace('"isSidechain":false', '"isSidechain":true')]],
      ["a tool input holding a text-typed object", [rec([{ type: "tool_use", id: "toolu_m1", name: "mcp__notes__add", input: { blocks: [{ type: "text", text: "not said" }] } }])]],
      ["thinking, then blank text", [rec([{ type: "thinking", thinking: "hm" }]), text("\n")]],
    ];
    for (const [what, lines] of after) {
      const [filtered, parsed] = both([text("Earlier words"), text("The real answer"), ...lines]);
      expect(parsed.lastMessage?.text, what).toBe("The real answer");
      expect(filtered.lastMessage, what).toEqual(parsed.lastMessage);
    }
  });

  it("still lets a later visible text replace it unparsed", () => {
    const lines = [text("first"), text("second"), text("third")];
    expect(wantedLine(Buffer.from(lines[1] as string))).toBe("latest");
    const [filtered, parsed] = both(lines);
    expect(filtered.lastMessage).toEqual(parsed.lastMessage);
    expect(filtered.lastMessage?.text).toBe("third");
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

describe("edit records built from bytes, property-based", () => {
  const fold = (records: unknown[]): SessionState => {
    const s = fresh();
    for (const rec of records) applyRecord(s, rec, ctx);
    return s;
  };
  const text = fc.string({ unit: fc.constantFrom("a", "é", "/", "\\", '"', "}", "{", ",", ":", "[", "\n", "\t", " ", "*", "ü", "😀") });
  const path = fc.oneof(text, fc.constantFrom("/path/to/project/src/a.ts", "relative/b.md", "/elsewhere/PLAN.md", "C:\\x\\y.ts", ""));
  const stamp = fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms).toISOString()), text);
  // Keys of the record in any order, with nested objects that carry keys of the same names.
  const record = fc
    .record({
      name: fc.constantFrom("Write", "Edit", "MultiEdit", "NotebookEdit"),
      first: fc.array(fc.tuple(fc.constantFrom("replace_all", "count", "old_string"), fc.oneof(fc.boolean(), fc.integer(), text)), { maxLength: 2 }),
      file: path,
      rest: fc.dictionary(fc.constantFrom("content", "old_string", "new_string", "notebook_path", "path", "timestamp", "type"), text, { maxKeys: 3 }),
      sidechain: fc.constantFrom(undefined, true, false, "yes"),
      slug: fc.oneof(fc.constant(undefined), fc.constantFrom("quiet-river", "Not A Slug"), text),
      timestamp: stamp,
      nested: fc.boolean(),
      order: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
    })
    .map((r) => {
      const input: Record<string, unknown> = {};
      for (const [k, v] of r.first) input[k] = v;
      input.file_path = r.file;
      for (const [k, v] of Object.entries(r.rest)) if (!(k in input)) input[k] = v;
      const message = {
        id: "m",
        type: "message",
        role: "assistant",
        content: [{ type: "tool_use", id: "toolu_p1", name: r.name, input }],
        usage: r.nested ? { timestamp: "1999-01-01T00:00:00.000Z", slug: "nested-slug", type: "assistant" } : { input_tokens: 1 },
      };
      const entries: Array<[string, unknown]> = [
        ["parentUuid", "p"],
        ["isSidechain", r.sidechain],
        ["slug", r.slug],
        ["message", message],
        ["type", "assistant"],
        ["timestamp", r.timestamp],
      ];
      const ordered = entries.map((e, i) => ({ e, k: r.order[i] ?? 0 })).sort((a, b) => a.k - b.k).map(({ e }) => e);
      const obj: Record<string, unknown> = {};
      for (const [k, v] of ordered) if (v !== undefined) obj[k] = v;
      return JSON.stringify(obj);
    });

  it("a record built from the bytes folds to the same state as the parsed line", () => {
    fc.assert(
      fc.property(record, (json) => {
        const bytes = Buffer.from(json);
        const want = wantedLine(bytes);
        if (typeof want !== "object") return true;
        expect(fold([want.record])).toEqual(fold([JSON.parse(json)]));
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it("never builds one from a record cut short and followed by the next on the same line", () => {
    fc.assert(
      fc.property(record, record, fc.nat(), (a, b, cut) => {
        // As Claude Code writes them, the next record starts with its parentUuid.
        const next = `{"parentUuid":"q",${b.slice(1)}`;
        const torn = a.slice(0, 1 + (cut % (a.length - 1))) + next;
        expect(typeof wantedLine(Buffer.from(torn))).not.toBe("object");
      }),
      { numRuns: 1000 },
    );
  });
});
