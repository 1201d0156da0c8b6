#!/usr/bin/env node
// Replays a recorded Claude Code session through the built hook in a temporary project, turn by
// turn, the way Claude Code would call it: Stop after every turn, then a /compact (PreCompact and
// SessionStart compact), then a new session's SessionStart. Prints what was saved and what the next
// session would be told. Usage: node scripts/demo.mjs [transcript.jsonl]
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "session-state.cjs");
const source = resolve(process.argv[2] ?? join(root, "test", "fixtures", "demo", "session.jsonl"));
const tmp = mkdtempSync(join(tmpdir(), "session-state-demo-"));
const project = join(tmp, "Demo");
const claude = join(tmp, "claude");
const sessionId = "fe5e1c67-53e7-4862-81ae-d0e013e3270b";
const transcript = join(claude, "projects", project.replace(/[^A-Za-z0-9]/g, "-"), `${sessionId}.jsonl`);
const bold = (s) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[1m${s}\x1b[0m` : s);

function git(...args) {
  const r = spawnSync("git", args, { cwd: project, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
}

function hook(input, args = []) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bundle, ...args], {
    cwd: project,
    input: JSON.stringify(input),
    encoding: "utf8",
    env: { ...process.env, CLAUDE_CONFIG_DIR: claude, CLAUDE_PROJECT_DIR: project },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`hook exited ${r.status}: ${r.stderr}`);
  return { stdout: r.stdout, ms };
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
const kb = (bytes) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} KB`);
const isPrompt = (e) =>
  e.type === "user" && !e.isSidechain && !e.isMeta && typeof e.message?.content === "string";

try {
  mkdirSync(project, { recursive: true });
  mkdirSync(dirname(transcript), { recursive: true });
  git("init", "-q", "-b", "main");
  git("config", "user.email", "demo@example.com");
  git("config", "user.name", "Demo");
  writeFileSync(join(project, "README.md"), "# Demo\n");
  git("add", "-A");
  git("commit", "-q", "-m", "Empty project");

  // The recording's working directory was anonymised as /path/to/Demo; point it at our project.
  const lines = readFileSync(source, "utf8").replaceAll("/path/to/Demo", project).split("\n").filter(Boolean);
  const turns = [];
  for (const l of lines) {
    let e;
    try {
      e = JSON.parse(l);
    } catch {
      e = {};
    }
    // A turn starts at a prompt; the records before the first prompt (the session's own metadata)
    // belong to the first turn, or the demo would show a "turn" with nothing in it.
    const current = turns[turns.length - 1];
    if (!current || (isPrompt(e) && current.prompted)) turns.push({ lines: [], last: "", prompted: false });
    const turn = turns[turns.length - 1];
    turn.prompted ||= isPrompt(e);
    turn.lines.push(l);
    if (e.type === "assistant" && !e.isSidechain) {
      const text = (e.message?.content ?? []).filter((b) => b.type === "text").map((b) => b.text).join("\n").trim();
      if (text) turn.last = text;
    }
  }

  console.log(bold(`Replaying ${source.replace(root + "/", "")} (${lines.length} records, ${turns.length} turns) in ${project}\n`));
  const input = { session_id: sessionId, transcript_path: transcript, cwd: project };
  for (const [i, turn] of turns.entries()) {
    appendFileSync(transcript, `${turn.lines.join("\n")}\n`);
    const { ms } = hook({ ...input, hook_event_name: "Stop", stop_hook_active: false, last_assistant_message: turn.last });
    const state = JSON.parse(readFileSync(join(project, ".claude", "session-state", "sessions", `${sessionId}.json`), "utf8"));
    const open = (state.todos?.items ?? []).filter((t) => t.status !== "completed").length;
    console.log(
      `turn ${i + 1}: transcript now ${kb(statSync(transcript).size)}, Stop took ${ms.toFixed(0)} ms — ` +
        `${plural(state.prompts.length, "request")}, ${plural(state.todos?.items.length ?? 0, "todo")} (${open} open), ` +
        `${plural(state.subagents.length, "subagent output")}, ${plural(state.files.length, "file")} touched`,
    );
  }

  const pre = hook({ ...input, hook_event_name: "PreCompact", trigger: "auto" });
  const compact = hook({ ...input, hook_event_name: "SessionStart", source: "compact" });
  const ctx = JSON.parse(compact.stdout).hookSpecificOutput.additionalContext;
  console.log(`\n/compact: PreCompact saved in ${pre.ms.toFixed(0)} ms; SessionStart(compact) injected ${ctx.length} characters in ${compact.ms.toFixed(0)} ms`);

  console.log(bold("\n──── .claude/session-state/.last-state.md ────\n"));
  console.log(readFileSync(join(project, ".claude", "session-state", ".last-state.md"), "utf8"));
  // Between the sessions, something happens to the repository while nobody is looking.
  writeFileSync(join(project, "CHANGELOG.md"), "- TODO app\n");
  git("add", "-A");
  git("commit", "-q", "-m", "Commit made outside the session");
  console.log(
    bold("──── between the sessions ────\n\n") +
      "The demo itself now commits CHANGELOG.md, outside any session, as a person or CI might. That\n" +
      "commit is why the next session is told that the repository MOVED since the state was saved.\n",
  );

  const next = hook({ session_id: "next-session", cwd: project, hook_event_name: "SessionStart", source: "startup" });
  const told = JSON.parse(next.stdout).hookSpecificOutput.additionalContext;
  console.log(bold(`──── what the next session is told (SessionStart startup, ${told.length} characters, ${next.ms.toFixed(0)} ms) ────\n`));
  console.log(told);
} finally {
  if (!process.env.SESSION_STATE_DEMO_KEEP) rmSync(tmp, { recursive: true, force: true });
  else console.log(`\n(kept ${tmp})`);
}
