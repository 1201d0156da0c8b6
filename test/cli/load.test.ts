// `load --json` answers from the hook's own decision: for every source and inject setting it prints
// exactly what the built hook prints on that SessionStart (issue 12, item 5).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanupProjects, makeProject, savedSession, transcriptDir } from "./helpers";

afterEach(cleanupProjects);

const S1 = "11111111-aaaa-4bbb-8ccc-000000000001";
const NEW = "33333333-aaaa-4bbb-8ccc-000000000003";
const SOURCES = ["startup", "compact", "resume", "clear"] as const;
const SETTINGS: Record<string, Record<string, unknown> | null> = {
  default: null,
  "all on": { inject: { startup: true, compact: true, resume: true, clear: true } },
  "all off": { inject: { startup: false, compact: false, resume: false, clear: false } },
};

describe("load --json equals the hook's stdout", () => {
  for (const [name, settings] of Object.entries(SETTINGS)) {
    it(`with ${name} settings, for each source`, () => {
      const p = makeProject({ git: true });
      savedSession(p, S1, {
        start: new Date(Date.now() - 60_000).toISOString(),
        prompts: ["Write a changelog generator for the release script"],
        todos: [{ content: "Generate the changelog", status: "in_progress" }],
        answer: "The generator is half done.",
      });
      if (settings) writeFileSync(join(p.dir, ".claude", "session-state.json"), JSON.stringify(settings));
      // Both read three hours later, so the age in the header ("3 h ago") is the same for both.
      const later = { SESSION_STATE_CLOCK_OFFSET_MS: String(Number(p.env.SESSION_STATE_CLOCK_OFFSET_MS ?? 0) + 3 * 3600_000) };
      const seen: string[] = [];
      for (const source of SOURCES) {
        // compact and resume continue the saved session; startup and clear are a new one.
        const session = source === "compact" || source === "resume" ? S1 : NEW;
        const input = JSON.stringify({
          session_id: session,
          transcript_path: join(transcriptDir(p), `${session}.jsonl`),
          cwd: p.dir,
          hook_event_name: "SessionStart",
          source,
        });
        const hook = p.run([], { input, env: later });
        expect(hook.code, hook.stderr).toBe(0);
        const load = p.run(["load", "--json", `--source=${source}`, `--session=${session}`], { env: later });
        expect(load.code, load.stderr).toBe(0);
        expect(load.stdout, `${name}, ${source}`).toBe(hook.stdout ? `${hook.stdout}\n` : "");
        seen.push(hook.stdout ? source : `-${source}`);
      }
      // The comparison means something only if both outcomes occur where the settings say so.
      const expected = {
        default: ["startup", "compact", "-resume", "-clear"],
        "all on": ["startup", "compact", "resume", "clear"],
        "all off": ["-startup", "-compact", "-resume", "-clear"],
      }[name];
      expect(seen).toEqual(expected);
    });
  }

  it("says in words why nothing would be injected when the source is switched off", () => {
    const p = makeProject({ git: true });
    savedSession(p, S1, { start: new Date(Date.now() - 60_000).toISOString(), prompts: ["Write the changelog"] });
    const r = p.run(["load", "--source=resume", `--session=${S1}`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("injection on resume is off");
  });
});

describe("load --on-demand (the restore slash command)", () => {
  it("brings the state back although startup injection is off; whose state and how old still count", () => {
    const p = makeProject({ git: true });
    savedSession(p, S1, {
      start: new Date(Date.now() - 60_000).toISOString(),
      prompts: ["Write a changelog generator for the release script"],
      answer: "The generator is half done.",
    });
    writeFileSync(join(p.dir, ".claude", "session-state.json"), JSON.stringify({ inject: { startup: false } }));
    expect(p.run(["load", "--json"]).stdout).toBe("");
    const asked = p.run(["load", "--on-demand"]);
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.stdout).toContain("Write a changelog generator for the release script");
    // A state older than staleDays stays out, asked for or not.
    const later = { SESSION_STATE_CLOCK_OFFSET_MS: String(Number(p.env.SESSION_STATE_CLOCK_OFFSET_MS ?? 0) + 30 * 86_400_000) };
    expect(p.run(["load", "--on-demand", "--json"], { env: later }).stdout).toBe("");
  });
});
