#!/usr/bin/env node
// What zod costs a fresh hook process, zod against zod/mini: each variant is a script bundled the
// way tsup bundles the hook (esbuild, one CommonJS file, Node 18) that reads stdin, parses it
// with the hook input union, parses an empty settings file and a long state file read back. A
// variant without zod (JSON.parse only) is the floor. Interleaved runs, medians, milliseconds.
//
//   node scripts/bench/zod-cost.mjs [runs]       (default 41)
// The zod/mini variants import the hook's real schemas from src/; the classic one is their twin in
// zod's method form, written here only to be measured. "jitless": zod's public switch that turns
// off its compiled object parsers (z.config({ jitless: true })).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RUNS = Math.max(5, Number(process.argv[2]) || 41);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zod-cost-"));

const reader = `
const fs = require("node:fs");
const input = JSON.parse(fs.readFileSync(0, "utf8"));
const state = JSON.parse(fs.readFileSync(process.env.STATE_FILE, "utf8"));
`;
const check = (who) => `
const ok = HookInput.safeParse(input).success && SettingsSchema.safeParse({}).success && SessionState.safeParse(state).success;
if (!ok) throw new Error("${who}: a parse failed");
`;
/** The hook's own schemas (zod/mini), from src/. */
const mini = (jitless) => `
${jitless ? 'import "./jitless-setup";' : ""}
import { HookInput } from ${JSON.stringify(path.join(root, "src/hook/input.ts"))};
import { SettingsSchema } from ${JSON.stringify(path.join(root, "src/settings.ts"))};
import { SessionState } from ${JSON.stringify(path.join(root, "src/state/schema.ts"))};
${reader}
${check("mini")}`;
/** The same schemas in classic zod's method form (what src/ would be with `import { z } from "zod"`). */
const classic = `
import { z } from "zod";
${reader}
const loose = (t) => t.optional().catch(undefined);
const common = { session_id: z.string().min(1).max(4096), transcript_path: loose(z.string()), cwd: loose(z.string()) };
const BackgroundTask = z.object({ id: z.string(), type: loose(z.string()), status: loose(z.string()), description: loose(z.string()), agent_type: loose(z.string()) });
const HookInput = z.discriminatedUnion("hook_event_name", [
  z.object({ ...common, hook_event_name: z.literal("SessionStart"), source: z.string().catch("startup") }),
  z.object({ ...common, hook_event_name: z.literal("Stop"), stop_hook_active: loose(z.boolean()), last_assistant_message: loose(z.string()),
    background_tasks: loose(z.array(BackgroundTask.nullable().catch(null))) }),
  z.object({ ...common, hook_event_name: z.literal("SubagentStop"), agent_id: loose(z.string()), agent_type: loose(z.string()), agent_transcript_path: loose(z.string()), last_assistant_message: loose(z.string()) }),
  z.object({ ...common, hook_event_name: z.literal("PreCompact"), trigger: loose(z.string()) }),
  z.object({ ...common, hook_event_name: z.literal("SessionEnd"), reason: loose(z.string()) }),
]);
const bool = (d) => z.boolean().default(d).catch(d);
const int = (d, min, max) => z.number().int().min(min).max(max).default(d).catch(d);
const group = (o) => o.prefault({}).catch(() => o.parse({}));
const SettingsSchema = z.object({
  keep: int(10, 1, 100),
  inject: group(z.object({ startup: bool(true), compact: bool(true), resume: bool(false), clear: bool(false) })),
  maxChars: int(9000, 1000, 9500), staleDays: z.number().min(0).default(7).catch(7), budgetMs: int(5000, 500, 6500),
  collectors: group(z.object({ prompts: bool(true), plan: bool(true), todos: bool(true), subagents: bool(true), git: bool(true), files: bool(true), lastMessage: bool(true) })),
  redact: z.array(z.string()).default(() => []).catch(() => []),
});
const str = z.string(), num = z.number(), opt = (t) => t.optional();
const Changes = z.object({ count: num, paths: z.array(str) });
const SessionState = z.object({
  v: z.literal(1), sessionId: str, projectDir: str, transcriptPath: opt(str), startedAt: str, savedAt: str, lastEvent: str, slug: opt(str),
  cursor: opt(z.object({ offset: num, ino: num, head: str })),
  prompts: z.array(z.object({ text: str, at: str })),
  lastMessage: opt(z.object({ text: str, at: str })),
  todos: opt(z.object({ items: z.array(z.object({ content: str, status: z.enum(["pending", "in_progress", "completed"]), activeForm: opt(str) })), at: str })),
  tasks: z.array(z.object({ id: str, subject: str, status: z.enum(["pending", "in_progress", "completed", "deleted"]), activeForm: opt(str), blockedBy: opt(z.array(str)) })),
  tasksAt: opt(str),
  plan: opt(z.object({ path: opt(str), text: opt(str), source: z.enum(["plan-mode", "file"]), at: str, title: opt(str), open: opt(z.array(str)), done: opt(num), total: opt(num), excerpt: opt(str) })),
  subagents: z.array(z.object({ id: str, type: opt(str), description: opt(str), status: z.enum(["running", "completed"]), excerpt: opt(str), at: str })),
  files: z.array(z.object({ path: str, tool: str, count: num, at: str })),
  git: opt(z.object({ status: z.enum(["ok", "not-a-repo", "no-git", "error"]), reason: opt(str), branch: opt(str), detached: opt(z.boolean()), head: opt(str), headFull: opt(str),
    subject: opt(str), upstream: opt(str), ahead: opt(num), behind: opt(num), staged: opt(Changes), unstaged: opt(Changes), untracked: opt(Changes), conflicted: opt(Changes), operation: opt(str), at: str })),
  compactions: num,
  pending: z.record(z.string(), z.object({ name: str, description: opt(str), agentType: opt(str), subject: opt(str) })),
  endReason: opt(str), carriedFrom: opt(z.object({ sessionId: str, savedAt: str })),
});
${check("classic")}`;

/** A long state as a busy session leaves it: 40 prompts, 60 files, 30 subagent reports of 2 KB. */
function longState() {
  const at = new Date().toISOString();
  const text = (n) => "lorem ipsum dolor sit amet ".repeat(Math.ceil(n / 27)).slice(0, n);
  return {
    v: 1, sessionId: "425e1ba9-ffd1-4e85-bc70-fc50c856a6e5", projectDir: "/home/x/proj", transcriptPath: "/home/x/.claude/projects/p/s.jsonl",
    startedAt: at, savedAt: at, lastEvent: "Stop", cursor: { offset: 123456, ino: 42, head: "abc" },
    prompts: Array.from({ length: 40 }, (_, i) => ({ text: text(300 + i), at })),
    lastMessage: { text: text(1500), at },
    todos: { items: Array.from({ length: 12 }, (_, i) => ({ content: text(60 + i), status: "pending", activeForm: text(40) })), at },
    tasks: Array.from({ length: 10 }, (_, i) => ({ id: String(i), subject: text(80), status: "in_progress", blockedBy: ["1"] })),
    plan: { path: "/home/x/.claude/plans/p.md", source: "file", at, title: "Plan", open: [text(50), text(60)], done: 3, total: 8, excerpt: text(800) },
    subagents: Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, type: "general-purpose", description: text(50), status: "completed", excerpt: text(2000), at })),
    files: Array.from({ length: 60 }, (_, i) => ({ path: `/home/x/proj/src/file-${i}.ts`, tool: "Edit", count: i, at })),
    git: { status: "ok", branch: "main", head: "abc1234", subject: text(60), staged: { count: 2, paths: ["a", "b"] }, unstaged: { count: 1, paths: ["c"] }, at },
    compactions: 1, pending: {},
  };
}

/** Loading the library alone, no schema built: what the rest (build + parse) is measured against. */
const loadOnly = (spec) => `import * as z from ${JSON.stringify(spec)};\n${reader}\nif (typeof z.object !== "function") throw new Error("no zod");\n`;
const variants = { none: reader, "zod load": loadOnly("zod"), zod: classic, "mini load": loadOnly("zod/mini"), "zod/mini": mini(false), "mini jitless": mini(true) };
try {
  const files = {};
  // Each script ends by printing how long it ran in-process (since Node's time origin).
  const done = '\nprocess.stdout.write(String(performance.now()));\n';
  // Imports run in order: the setting is in place before any schema is built.
  fs.writeFileSync(path.join(tmp, "jitless-setup.ts"), 'import * as z from "zod/mini";\nz.config({ jitless: true });\n');
  for (const [name, code] of Object.entries(variants)) {
    const entry = path.join(tmp, `${name.replace(/\W/g, "_")}.ts`);
    fs.writeFileSync(entry, code + done);
    const out = entry.replace(/\.ts$/, ".cjs");
    await build({ entryPoints: [entry], outfile: out, bundle: true, platform: "node", format: "cjs", target: "node18", logLevel: "error", nodePaths: [path.join(root, "node_modules")] });
    files[name] = out;
  }
  const stateFile = path.join(tmp, "state.json");
  fs.writeFileSync(stateFile, JSON.stringify(longState()));
  const stdin = fs.readFileSync(path.join(root, "test/fixtures/hook-stdin/Stop-with-running-background-agent.json"));
  const times = Object.fromEntries(Object.keys(files).map((k) => [k, []]));
  const inside = Object.fromEntries(Object.keys(files).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, file] of Object.entries(files)) {
      const t = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [file], { input: stdin, env: { ...process.env, STATE_FILE: stateFile } });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
      times[name].push(ms);
      inside[name].push(Number(r.stdout.toString()));
    }
  }
  const median = (a) => a.sort((x, y) => x - y)[a.length >> 1];
  const base = median([...times.none]);
  const baseIn = median([...inside.none]);
  console.log(`${RUNS} runs each, state file ${(fs.statSync(stateFile).size / 1024).toFixed(0)} KB, node ${process.version}`);
  for (const [name, t] of Object.entries(times)) {
    const m = median(t);
    const kb = (fs.statSync(files[name]).size / 1024).toFixed(0);
    const mi = median(inside[name]);
    console.log(
      `${name.padEnd(12)} wall ${m.toFixed(1).padStart(6)} ms (+${(m - base).toFixed(1)})   in-process ${mi.toFixed(1).padStart(6)} ms (+${(mi - baseIn).toFixed(1)})   bundle ${kb} KB`,
    );
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
