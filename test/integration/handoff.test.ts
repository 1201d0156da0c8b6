// Issue 12: which session's state the project hands on, what a carried-over state keeps, and how
// many per-session files the state folder keeps.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { append, line, makeProject, type Project } from "../helpers/project";

let p: Project;
afterEach(() => p?.cleanup());

const save = (p: Project, id: string, event: string, extra: Record<string, unknown> = {}) =>
  p.run({ session_id: id, transcript_path: p.transcript(id), cwd: p.dir, hook_event_name: event, ...extra });
const startup = (p: Project, id: string): string => {
  const r = p.run({ session_id: id, transcript_path: p.transcript(id), cwd: p.dir, hook_event_name: "SessionStart", source: "startup" });
  return r.stdout ? (JSON.parse(r.stdout) as { hookSpecificOutput: { additionalContext: string } }).hookSpecificOutput.additionalContext : "";
};
const latestId = (p: Project): string => (JSON.parse(p.read("latest.json")) as { sessionId: string }).sessionId;

function working(p: Project, id: string): void {
  append(
    p.transcript(id),
    line.prompt("Migrate the billing tables"),
    line.tool("t1", "TodoWrite", { todos: [{ content: "Write the migration", status: "in_progress", activeForm: "Writing" }] }),
    line.tool("w1", "Write", { file_path: join(p.dir, "db/migrate.sql"), content: "-- up" }),
    line.text("Migration drafted."),
  );
}

describe("a session with nothing of its own", () => {
  it("keeps its own file but does not replace the project's latest state (/clear, then exit)", () => {
    p = makeProject();
    working(p, "work");
    save(p, "work", "Stop", { last_assistant_message: "Migration drafted." });
    save(p, "work", "SessionEnd", { reason: "clear" });
    // The session /clear started: no transcript written, closed at once.
    expect(save(p, "cleared", "SessionEnd", { reason: "prompt_input_exit" }).status).toBe(0);
    expect(existsSync(join(p.stateDir, "sessions", "cleared.json"))).toBe(true);
    expect(latestId(p)).toBe("work");
    const next = startup(p, "next");
    expect(next).toContain("session work");
    expect(next).toContain("Migrate the billing tables");
    expect(next).toContain("[in progress] Write the migration");
  });

  it("replaces it once it asks for something", () => {
    p = makeProject();
    working(p, "work");
    save(p, "work", "Stop");
    save(p, "later", "SessionEnd", { reason: "other" });
    expect(latestId(p)).toBe("work");
    append(p.transcript("later"), line.prompt("Where were we?"));
    save(p, "later", "Stop");
    expect(latestId(p)).toBe("later");
  });

  it("is published when the project has no state yet", () => {
    p = makeProject();
    save(p, "only", "SessionEnd", { reason: "other" });
    expect(latestId(p)).toBe("only");
  });
});

describe("carried over", () => {
  it("keeps the files touched, marked as carried, until the session touches them itself", () => {
    p = makeProject();
    working(p, "s1");
    save(p, "s1", "Stop");
    append(p.transcript("s2"), line.prompt("Where were we?"));
    save(p, "s2", "Stop");
    const md = p.read(".last-state.md");
    expect(md).toContain("carried over from session `s1`");
    expect(md).toMatch(/`db\/migrate\.sql` \(Write\) — carried over/);
    expect(startup(p, "s3")).toMatch(/`db\/migrate\.sql` — carried over/);

    append(p.transcript("s2"), line.tool("e1", "Edit", { file_path: join(p.dir, "db/migrate.sql"), old_string: "up", new_string: "down" }));
    save(p, "s2", "Stop");
    const again = p.read(".last-state.md");
    expect(again).toContain("`db/migrate.sql` (Write, Edit)");
    expect(again).not.toContain("— carried over");
  });
});

describe("sessions/", () => {
  it("keeps the files of the newest `keep` sessions and of the one saving now", () => {
    p = makeProject({ git: false });
    const ids = Array.from({ length: 14 }, (_, i) => `s${String(i).padStart(2, "0")}`);
    for (const id of ids) {
      append(p.transcript(id), line.prompt(`Request of ${id}`));
      save(p, id, "Stop");
    }
    const sessions = readdirSync(join(p.stateDir, "sessions")).filter((n) => n.endsWith(".json")).sort();
    expect(sessions).toEqual(ids.slice(-10).map((id) => `${id}.json`));
    expect(readdirSync(join(p.stateDir, "archive")).filter((n) => n.endsWith(".md"))).toHaveLength(10);

    // The oldest comes back: it rebuilds its state from its transcript and is the latest again.
    append(p.transcript("s00"), line.prompt("Back to the first one"));
    save(p, "s00", "Stop");
    expect(latestId(p)).toBe("s00");
    const back = p.state("s00") as { prompts: Array<{ text: string; carried?: boolean }> };
    expect(back.prompts.filter((x) => !x.carried).map((x) => x.text)).toEqual(["Request of s00", "Back to the first one"]);
    expect(readdirSync(join(p.stateDir, "sessions")).filter((n) => n.endsWith(".json"))).toHaveLength(10);
  }, 60_000);
});
