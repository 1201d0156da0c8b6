// The collector list (src/collectors/index.ts) through the built hook: a switch that is off keeps
// its facts out of the saved state, and the ones left on still collect.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { append, line, makeProject, type Project } from "../helpers/project";

let p: Project | undefined;
afterEach(() => {
  p?.cleanup();
  p = undefined;
});

function turn(collectors: Record<string, boolean>): Record<string, unknown> {
  p = makeProject({ git: true });
  mkdirSync(join(p.dir, ".claude"), { recursive: true });
  writeFileSync(join(p.dir, ".claude", "session-state.json"), JSON.stringify({ collectors }));
  append(
    p.transcript("s1"),
    line.prompt("rename the parser"),
    line.tool("t1", "TodoWrite", { todos: [{ content: "rename it", status: "in_progress", activeForm: "Renaming" }] }),
    line.tool("w1", "Write", { file_path: join(p.dir, "parser.ts"), content: "x" }),
    line.text("renamed"),
  );
  const r = p.run({ session_id: "s1", transcript_path: p.transcript("s1"), cwd: p.dir, hook_event_name: "Stop", last_assistant_message: "renamed" });
  expect(r.status).toBe(0);
  return p.state("s1");
}

describe("collector switches", () => {
  it("all on: prompts, todos, files, the last message and git are saved", () => {
    const s = turn({});
    expect(s.prompts).toHaveLength(1);
    expect(s.todos).toBeDefined();
    expect(s.files).not.toEqual([]);
    expect(s.lastMessage).toBeDefined();
    expect((s.git as { status?: string } | undefined)?.status).toBe("ok");
  });

  it("each switched off: its facts are not saved, whatever the transcript held", () => {
    const s = turn({ prompts: false, todos: false, files: false, lastMessage: false, git: false, plan: false, subagents: false });
    expect(s.prompts).toEqual([]);
    expect(s.todos).toBeUndefined();
    expect(s.tasks).toEqual([]);
    expect(s.files).toEqual([]);
    expect(s.lastMessage).toBeUndefined();
    expect(s.git).toBeUndefined();
    expect(s.gitSeen).toBeUndefined();
    expect(s.plan).toBeUndefined();
    expect(s.subagents).toEqual([]);
  });

  it("git alone off: the rest still collects", () => {
    const s = turn({ git: false });
    expect(s.git).toBeUndefined();
    expect(s.prompts).toHaveLength(1);
    expect(s.files).not.toEqual([]);
  });
});
