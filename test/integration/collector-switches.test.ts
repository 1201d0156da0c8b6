// The collector list (src/collectors/index.ts) through the built hook: a switch that is off keeps
// its facts out of the saved state, and the ones left on still collect. Every switch is tested on
// the same transcript twice, on and off: a fact the input never produces would make "off → absent"
// hold whatever the switch does, so each case first shows its fact there with the switch on.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { append, line, makeProject, type Project } from "../helpers/project";

const made: Project[] = [];
afterEach(() => {
  for (const p of made.splice(0)) p.cleanup();
});

type State = Record<string, unknown>;
const SLUG = "tidy-parsing-otter";

/**
 * One turn that gives every collector something: a prompt, plan mode (its attachment, the plan file
 * in Claude's plans folder, ExitPlanMode), a TodoWrite, a foreground Agent call with its result, a
 * Write, a last answer, and a git repository. Shapes as in test/fixtures/transcripts/*.jsonl.
 */
function setup(): Project {
  const p = makeProject({ git: true });
  made.push(p);
  const planFile = join(p.claude, "plans", `${SLUG}.md`);
  mkdirSync(join(p.claude, "plans"), { recursive: true });
  writeFileSync(planFile, "# Rename the parser\n- [x] find the callers\n- [ ] rename the module\n");
  append(
    p.transcript("s1"),
    line.prompt("rename the parser"),
    line.attachment({ type: "plan_mode", reminderType: "full", isSubAgent: false, planFilePath: planFile, planExists: true }, { slug: SLUG }),
    line.tool("p1", "ExitPlanMode", { plan: "# Rename the parser\n- [x] find the callers\n- [ ] rename the module\n", planFilePath: planFile }),
    line.result("p1", { plan: "# Rename the parser", filePath: planFile }, "User has approved your plan."),
    line.tool("t1", "TodoWrite", { todos: [{ content: "rename it", status: "in_progress", activeForm: "Renaming" }] }),
    line.tool("a1", "Agent", { description: "Find the callers", prompt: "list the callers of parse()", subagent_type: "Explore", run_in_background: false }),
    line.result(
      "a1",
      { status: "completed", agentId: "agent-callers-1", agentType: "Explore", content: [{ type: "text", text: "Two callers, both in src/cli.ts." }] },
      "Two callers, both in src/cli.ts.",
    ),
    line.tool("w1", "Write", { file_path: join(p.dir, "parser.ts"), content: "x" }),
    line.text("renamed"),
  );
  return p;
}

/** A fresh project with that turn, saved once with these switches. */
function turn(collectors: Record<string, boolean>): State {
  return save(setup(), collectors);
}

/** A Stop with these switches in `.claude/session-state.json`; the state it saved. */
function save(p: Project, collectors: Record<string, boolean>): State {
  mkdirSync(join(p.dir, ".claude"), { recursive: true });
  writeFileSync(join(p.dir, ".claude", "session-state.json"), JSON.stringify({ collectors }));
  const r = p.run({ session_id: "s1", transcript_path: p.transcript("s1"), cwd: p.dir, hook_event_name: "Stop", last_assistant_message: "renamed" });
  expect(r.status).toBe(0);
  return p.state("s1");
}

/** Each switch with its facts: present with the switch on, absent with it off. */
const switches: Array<{ key: string; present: (s: State) => void; absent: (s: State) => void }> = [
  {
    key: "prompts",
    present: (s) => expect(s.prompts).toMatchObject([{ text: "rename the parser" }]),
    absent: (s) => expect(s.prompts).toEqual([]),
  },
  {
    key: "plan",
    present: (s) => expect(s.plan).toMatchObject({ source: "plan-mode", title: "Rename the parser", open: ["rename the module"], done: 1, total: 2 }),
    absent: (s) => expect(s.plan).toBeUndefined(),
  },
  {
    key: "todos",
    present: (s) => expect(s.todos).toMatchObject({ items: [{ content: "rename it", status: "in_progress" }] }),
    absent: (s) => {
      expect(s.todos).toBeUndefined();
      expect(s.tasks).toEqual([]);
    },
  },
  {
    key: "subagents",
    present: (s) =>
      expect(s.subagents).toMatchObject([{ id: "agent-callers-1", type: "Explore", description: "Find the callers", status: "completed", excerpt: "Two callers, both in src/cli.ts." }]),
    absent: (s) => expect(s.subagents).toEqual([]),
  },
  {
    key: "git",
    present: (s) => {
      expect(s.git).toMatchObject({ status: "ok", branch: "main" });
      expect(s.gitSeen).toBeDefined();
    },
    absent: (s) => {
      expect(s.git).toBeUndefined();
      expect(s.gitSeen).toBeUndefined();
    },
  },
  {
    key: "files",
    present: (s) => expect(s.files).toMatchObject([{ path: "parser.ts", tool: "Write" }]),
    absent: (s) => expect(s.files).toEqual([]),
  },
  {
    key: "lastMessage",
    present: (s) => expect(s.lastMessage).toMatchObject({ text: "renamed" }),
    absent: (s) => expect(s.lastMessage).toBeUndefined(),
  },
];

describe("collector switches", () => {
  it.each(switches.map((c) => [c.key, c] as const))("%s: on, its facts are saved; off, they are not, and the rest still collect", (key, c) => {
    const on = turn({ [key]: true });
    for (const other of switches) other.present(on);
    const off = turn({ [key]: false });
    c.absent(off);
    for (const other of switches) if (other !== c) other.present(off);
  });

  it("all off: nothing of theirs is saved from a transcript that holds all of it", () => {
    const all = Object.fromEntries(switches.map((c) => [c.key, false]));
    const s = turn(all);
    for (const c of switches) c.absent(s);
  });

  it("switched off after a save: what the earlier save kept is dropped, not carried on", () => {
    const p = setup();
    const before = save(p, {});
    for (const c of switches) c.present(before);
    // Nothing new in the transcript: the second save works from the first one's state alone.
    const after = save(p, Object.fromEntries(switches.map((c) => [c.key, false])));
    for (const c of switches) c.absent(after);
  });

  it("every switch in the settings has a case here", async () => {
    const { collectors } = await import("../../src/collectors/index");
    expect(switches.map((c) => c.key).sort()).toEqual(collectors.map((c) => c.key).sort());
  });
});
