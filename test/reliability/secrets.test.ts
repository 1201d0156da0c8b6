// Secrets planted everywhere a session's state comes from — prompts, tool output, subagent reports,
// plan text and plan files, commit subjects, todos, tasks, the last message — never reach any file
// the hook writes or the context it injects; look-alikes that carry meaning are kept verbatim.
import * as fs from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRedactor } from "../../src/state/redact";
import { cleanupAll, git, pool, rec, report, requireBundle, sandbox, type Sandbox, walk, writeTranscript } from "./harness";
import { lookAlikes, type Secret, secrets } from "./secrets";

beforeAll(requireBundle);
afterAll(cleanupAll);

/** Every file of the state folder, as text. */
function stateText(sb: Sandbox): Array<[string, string]> {
  return walk(sb.stateDir)
    .filter((p) => fs.lstatSync(p).isFile())
    .map((p) => [relative(sb.stateDir, p), fs.readFileSync(p, "utf8")]);
}

/**
 * The surfaces a secret is planted in, as transcript records and files for one session. Every
 * other session keeps its task list on disk (the hook then reads that) instead of the transcript.
 * `activeForm` of TodoWrite and TaskUpdate is left out here: see the known-bug test below.
 */
function plant(sb: Sandbox, session: string, s: Secret, i: number): void {
  const line = s.text;
  const planFile = join(sb.project, "plans", `${session}.md`);
  fs.mkdirSync(join(sb.project, "plans"), { recursive: true });
  fs.writeFileSync(planFile, `# Plan ${i}\n\n- [ ] revoke ${line}\n- [x] found it in ${line}\n`);
  if (i % 2 === 0) {
    const tasks = join(sb.claude, "tasks", session);
    fs.mkdirSync(tasks, { recursive: true });
    fs.writeFileSync(join(tasks, "1.json"), JSON.stringify({ id: "1", subject: `Rotate ${line}`, status: "in_progress", activeForm: `Rotating ${line}`, blockedBy: [] }));
  }
  writeTranscript(sb, session, [
    rec.prompt(`please deploy with ${line}`),
    rec.text(`I will use ${line} now.`),
    rec.todos([
      { content: `rotate ${line}`, status: "in_progress", activeForm: "Rotating the key" },
      { content: `check ${line}`, status: "pending", activeForm: "Checking" },
    ]),
    rec.toolUse("ExitPlanMode", { plan: `# Plan\n\n- [ ] revoke ${line}` }, "toolu_plan"),
    rec.toolUse("Write", { file_path: planFile, content: `# Plan\n- [ ] revoke ${line}` }, "toolu_write"),
    rec.toolUse("Bash", { command: `echo ${line}` }, "toolu_bash"),
    rec.toolResult("toolu_bash", `output: ${line}`, { stdout: line, stderr: "", interrupted: false }),
    rec.toolUse("Agent", { description: `audit ${line}`, prompt: `find ${line}`, subagent_type: "Explore" }, "toolu_agent"),
    rec.toolResult("toolu_agent", `found ${line}`, { status: "completed", agentId: `a${i}`, agentType: "Explore", content: [{ type: "text", text: `The key is ${line}` }], totalDurationMs: 10 }),
    rec.toolUse("TaskCreate", { subject: `Revoke ${line}`, description: line }, "toolu_task"),
    rec.toolResult("toolu_task", "Task #2 created successfully", { task: { id: "2", subject: `Revoke ${line}` } }),
    rec.toolUse("TaskUpdate", { taskId: "2", status: "in_progress", subject: `Revoke now ${line}`, activeForm: "Revoking" }, "toolu_upd"),
    rec.text(`Stopped while holding ${line}`),
  ]);
}

/** "file" for text, "file:json.path" for the string values of a JSON file, to name the field. */
function leaksOf(s: Secret, texts: Array<[string, string]>): string[] {
  const out: string[] = [];
  const hit = (t: string): boolean => s.cores.some((c) => t.includes(c));
  const walkJson = (v: unknown, at: string, where: string): void => {
    if (typeof v === "string") {
      if (hit(v)) out.push(`${s.name} in ${where}:${at}`);
    } else if (Array.isArray(v)) v.forEach((x, i) => walkJson(x, `${at}[${i}]`, where));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walkJson(x, at ? `${at}.${k}` : k, where);
  };
  for (const [where, text] of texts) {
    if (!hit(text)) continue;
    let parsed: unknown;
    try {
      parsed = where.endsWith(".json") ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (parsed !== undefined) walkJson(parsed, "", where);
    else {
      const line = text.split("\n").find(hit) ?? "";
      out.push(`${s.name} in ${where}: ${line.slice(0, 40)}`);
    }
  }
  return [...new Set(out.map((o) => o.replace(/\[\d+\]/g, "[]").replace(/sec-\d+/g, "sec-N")))];
}

describe("secrets", () => {
  it("no planted secret reaches the state folder or the SessionStart context", async () => {
    const all = secrets();
    const halves = [all.filter((_, i) => i % 2 === 0), all.filter((_, i) => i % 2 === 1)];
    const leaks: string[] = [];
    const failures: string[] = [];
    let planted = 0;
    await pool(
      2,
      halves.map((list, h) => async () => {
        const sb = sandbox(`secrets${h}`, { git: true });
        const home = join(sb.root, "home");
        for (const [k, s] of list.entries()) {
          const i = h * 1000 + k;
          const session = `sec-${i}`;
          plant(sb, session, s, i);
          fs.writeFileSync(join(sb.project, "README.md"), `# demo ${i}\n`);
          git(sb.project, home, "add", "README.md");
          git(sb.project, home, "commit", "-q", "-m", `chore: rotate ${s.text.split("\n")[0]}`, "-m", s.text);
          const runs = [
            sb.input(session, "SubagentStop", { agent_id: `agent-${i}`, agent_type: "Explore", last_assistant_message: `Report: the token is ${s.text}` }),
            sb.input(session, "Stop", {
              last_assistant_message: `Done; used ${s.text}`,
              background_tasks: [{ id: `bg-${i}`, type: "subagent", status: "running", description: `watch ${s.text}`, agent_type: "Explore" }],
            }),
            sb.input(session, "PreCompact", { trigger: "auto" }),
          ];
          for (const input of runs) {
            const r = await sb.run(input);
            if (r.code !== 0 || r.stdout || r.stderr) failures.push(`${s.name}: ${input.hook_event_name} exit ${r.code} ${r.stderr}`);
          }
          const injected: Array<[string, string]> = [];
          for (const source of ["compact", "startup"]) {
            const r = await sb.run(sb.input(session, "SessionStart", { source }));
            if (r.code !== 0 || !r.stdout) failures.push(`${s.name}: SessionStart ${source} injected nothing`);
            injected.push([`SessionStart ${source}`, r.stdout], [`SessionStart ${source} (decoded)`, r.stdout ? (JSON.parse(r.stdout) as { hookSpecificOutput: { additionalContext: string } }).hookSpecificOutput.additionalContext : ""]);
          }
          const state = stateText(sb);
          // The surfaces did reach the state: the redaction marks are there, not an empty state.
          const own = state.find(([p]) => p === `sessions/${session}.json`)?.[1] ?? "";
          if (!own.includes("REDACTED")) failures.push(`${s.name}: nothing was redacted (was anything saved?)`);
          planted++;
          leaks.push(...leaksOf(s, [...state, ...injected]));

        }
        // Whatever is left at the end (archive, older sessions) holds none of them either.
        const end = stateText(sb);
        for (const s of list) leaks.push(...leaksOf(s, end).map((l) => `${l} (end)`));
      }),
    );
    const unique = [...new Set(leaks)];
    report(
      "secrets/planted",
      planted,
      unique.length + failures.length,
      `${all.length} secret shapes × 15 surfaces: prompt, assistant text, todo, plan-mode plan, plan file, Bash output, Agent description and result, SubagentStop report, background task, task file, TaskCreate/TaskUpdate subject, commit subject, last message; scanned: every file of the state folder and 2 SessionStart outputs`,
    );
    expect([...unique, ...failures]).toEqual([]);
  }, 180_000);

  it("fixed: src/transcript/extract.ts: activeForm of TodoWrite and TaskUpdate is stored without redaction", async () => {
    const sb = sandbox("activeform");
    sb.settings({ collectors: { git: false } });
    const s = secrets()[0] as Secret;
    writeTranscript(sb, "af", [
      rec.todos([{ content: "rotate the key", status: "in_progress", activeForm: `Rotating ${s.text}` }]),
      rec.toolUse("TaskUpdate", { taskId: "7", status: "in_progress", activeForm: `Revoking ${s.text}` }),
    ]);
    await sb.run(sb.input("af", "Stop"));
    expect(leaksOf(s, stateText(sb))).toEqual([]);
  }, 30_000);

  it("look-alikes are kept verbatim", async () => {
    const sb = sandbox("lookalike");
    sb.settings({ collectors: { git: false } });
    const items = lookAlikes();
    writeTranscript(sb, "la", [
      rec.prompt(items.join("\n")),
      rec.todos(items.map((t) => ({ content: t, status: "pending" }))),
    ]);
    const r = await sb.run(sb.input("la", "Stop", { last_assistant_message: items.join("\n") }));
    const failures: string[] = [];
    if (r.code !== 0) failures.push(`exit ${r.code}`);
    const state = JSON.parse(fs.readFileSync(join(sb.stateDir, "sessions", "la.json"), "utf8")) as { todos: { items: Array<{ content: string }> }; lastMessage: { text: string } };
    const md = fs.readFileSync(join(sb.stateDir, ".last-state.md"), "utf8");
    for (const [i, t] of items.entries()) {
      if (state.todos.items[i]?.content !== t) failures.push(`todo changed: ${JSON.stringify(t)} → ${JSON.stringify(state.todos.items[i]?.content)}`);
      if (!md.includes(t)) failures.push(`not in .last-state.md: ${JSON.stringify(t)}`);
      if (!state.lastMessage.text.includes(t)) failures.push(`not in the last message: ${JSON.stringify(t)}`);
    }
    report("secrets/look-alikes", items.length * 3, failures.length);
    expect(failures).toEqual([]);
  }, 30_000);

  it("redaction stays fast on adversarial text (no quadratic regular expressions)", () => {
    const redact = makeRedactor();
    const piece = fc.constantFrom("a", "-", ".", "+", "_", ":", "=", "pass", "token", "sk-", "ghp_", "eyJ", " ", '"', "'", "/", "@", "mysql ", " -u ", "://", "-----BEGIN ", "PRIVATE KEY-----", "\n", "Bearer ", "1Q~");
    let runs = 0;
    let slowest = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.integer({ min: 5_000, max: 40_000 }), (parts, times) => {
        runs++;
        const text = parts.join("").repeat(Math.ceil(times / parts.join("").length));
        const started = performance.now();
        redact(text);
        const ms = performance.now() - started;
        slowest = Math.max(slowest, ms);
        // 40 KB in well under the hook's budget; quadratic patterns took seconds here.
        expect(ms).toBeLessThan(400);
      }),
      { numRuns: 300, seed: 7 },
    );
    report("secrets/redaction-speed", runs, 0, `slowest ${Math.round(slowest)} ms for up to 40 KB`);
  }, 120_000);
});

