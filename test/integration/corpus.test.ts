// Every published transcript in the corpus (SESSION_STATE_CORPUS, default ../shared/corpus beside the
// repository) goes through the built hook: once whole, once in two appends. The hook must exit 0,
// print nothing on Stop, keep the injection under the cap, find what a plain scan of the file finds,
// and reach the same state whether the file was read at once or incrementally.
import { appendFileSync, copyFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeProject, type Project } from "../helpers/project";

const corpus = process.env.SESSION_STATE_CORPUS ?? resolve(__dirname, "../../../shared/corpus");
const files: string[] = [];
const walk = (dir: string): void => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith(".jsonl")) files.push(p);
  }
};
if (existsSync(corpus)) walk(corpus);

type Rec = Record<string, unknown>;
/** What a plain, whole-file scan says the session contains. */
function scan(file: string): { prompts: number; todoWrite: number; edits: number; subagentResults: number } {
  let prompts = 0;
  let todoWrite = 0;
  let edits = 0;
  let subagentResults = 0;
  for (const l of readFileSync(file, "utf8").split("\n")) {
    let e: Rec;
    try {
      e = JSON.parse(l) as Rec;
    } catch {
      continue;
    }
    const msg = e.message as Rec | undefined;
    if (e.isSidechain) continue;
    if (e.type === "user" && typeof msg?.content === "string" && !e.isMeta && !e.isCompactSummary && !/^\s*</.test(msg.content)) prompts++;
    if (e.type === "assistant" && Array.isArray(msg?.content)) {
      for (const b of msg.content as Rec[]) {
        if (b.type === "tool_use" && b.name === "TodoWrite") todoWrite++;
        if (b.type === "tool_use" && ["Write", "Edit", "MultiEdit", "NotebookEdit"].includes(b.name as string)) edits++;
      }
    }
    const r = e.toolUseResult as Rec | undefined;
    if (r && typeof r === "object" && r.status === "completed" && Array.isArray(r.content)) subagentResults++;
  }
  return { prompts, todoWrite, edits, subagentResults };
}

const facts = (s: Rec) => ({
  prompts: s.prompts,
  todos: s.todos,
  tasks: s.tasks,
  subagents: s.subagents,
  files: (s.files as Rec[]).map((f) => [f.path, f.count]),
  plan: (s.plan as Rec | undefined)?.path,
  compactions: s.compactions,
});

const projects: Project[] = [];
afterAll(() => projects.forEach((p) => p.cleanup()));

// Without the corpus the tests cannot run, but they must not vanish silently: say so, once, in the
// output and as the name of a skipped test (the README says `npm test` runs them).
const skipNote = (dir: string): string =>
  `corpus tests skipped: no transcripts in ${dir} (clone the corpus beside the repository as ../shared/corpus, or set SESSION_STATE_CORPUS)`;
if (files.length === 0) {
  console.warn(skipNote(corpus));
  it.skip(skipNote(corpus), () => {});
}

describe.skipIf(files.length === 0)(`the published corpus (${files.length} transcripts)`, () => {
  it.each(files.map((f) => [relative(corpus, f), f]))("%s", (_name, file) => {
    const p = makeProject();
    projects.push(p);
    const whole = p.transcript("whole");
    copyFileSync(file, whole);
    const stop = (id: string) =>
      p.run({ session_id: id, transcript_path: p.transcript(id), cwd: p.dir, hook_event_name: "Stop", last_assistant_message: "done" });

    const r = stop("whole");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    const state = p.state("whole");
    const expected = scan(file);
    if (expected.prompts > 0) expect((state.prompts as unknown[]).length).toBeGreaterThan(0);
    if (expected.todoWrite > 0) expect(state.todos).toBeDefined();
    if (expected.edits > 0) expect((state.files as unknown[]).length).toBeGreaterThan(0);
    if (expected.subagentResults > 0) expect((state.subagents as unknown[]).length).toBeGreaterThan(0);

    // The same transcript arriving in two parts, cut at a line boundary, in a project of its own
    // (a new session's first save would otherwise inherit the open work of "whole").
    const q = makeProject();
    projects.push(q);
    const bytes = readFileSync(file);
    const cut = bytes.indexOf(10, Math.floor(bytes.length / 2)) + 1 || bytes.length;
    writeFileSync(q.transcript("whole"), bytes.subarray(0, cut));
    const stopQ = () => q.run({ session_id: "whole", transcript_path: q.transcript("whole"), cwd: q.dir, hook_event_name: "Stop", last_assistant_message: "done" });
    expect(stopQ().status).toBe(0);
    appendFileSync(q.transcript("whole"), bytes.subarray(cut));
    expect(stopQ().status).toBe(0);
    expect(facts(q.state("whole"))).toEqual(facts(p.state("whole")));

    const start = p.run({ session_id: "whole", cwd: p.dir, hook_event_name: "SessionStart", source: "compact" });
    expect(start.status).toBe(0);
    const ctx = (JSON.parse(start.stdout) as { hookSpecificOutput: { additionalContext: string } }).hookSpecificOutput.additionalContext;
    expect(ctx.length).toBeLessThanOrEqual(9000);
    expect(ctx).toContain("Restored state of session whole");
    expect(p.read("hook.log")).not.toMatch(/unexpected error|gave up/);
  });
});
