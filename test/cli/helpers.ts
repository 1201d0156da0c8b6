// Temp projects for the command tests: a project folder (a git repository when asked), a Claude
// configuration folder, and a runner for the BUILT bundle with a clean environment.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { clockOffset } from "../helpers/project";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const bundle = resolve(__dirname, "../../dist/session-state.cjs");

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Project {
  root: string;
  dir: string;
  home: string;
  claudeDir: string;
  env: Record<string, string>;
  /** `node dist/session-state.cjs <args>` in the project. */
  run(args: string[], options?: { env?: Record<string, string>; input?: string; cwd?: string }): RunResult;
  git(...args: string[]): string;
  cleanup(): void;
}

const projects: Project[] = [];

export function cleanupProjects(): void {
  for (const p of projects.splice(0)) p.cleanup();
}

export function makeProject(options: { git?: boolean; name?: string } = {}): Project {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
  const root = realpathSync(mkdtempSync(join(tmpdir(), "ss-cli-")));
  const dir = join(root, options.name ?? "project");
  const home = join(root, "home");
  const claudeDir = join(home, ".claude");
  mkdirSync(dir, { recursive: true });
  mkdirSync(claudeDir, { recursive: true });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: home,
    CLAUDE_CONFIG_DIR: claudeDir,
    // The run's own temp folder (test/global-setup.ts), so whatever the hook leaves there is caught.
    TMPDIR: tmpdir(),
    TZ: "UTC",
    LANG: "C.UTF-8",
    GIT_CONFIG_NOSYSTEM: "1",
    ...clockOffset(),
  };
  const git = (...args: string[]): string =>
    execFileSync("git", args, { cwd: dir, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  if (options.git) {
    git("init", "-q", "--initial-branch=main");
    git("config", "user.name", "CLI Tester");
    git("config", "user.email", "cli@example.invalid");
    git("config", "commit.gpgsign", "false");
    writeFileSync(join(dir, "README.md"), "# demo\n");
    git("add", "README.md");
    git("commit", "-q", "-m", "Initial commit");
  }
  const project: Project = {
    root,
    dir,
    home,
    claudeDir,
    env,
    git,
    run(args, opt = {}) {
      const r = spawnSync(process.execPath, [bundle, ...args], {
        cwd: opt.cwd ?? dir,
        env: { ...env, ...opt.env },
        input: opt.input ?? "",
        encoding: "utf8",
        timeout: 30_000,
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
  projects.push(project);
  return project;
}

/** Claude Code's folder name for a project. */
export const encode = (dir: string): string => dir.replace(/[^A-Za-z0-9]/g, "-");

export const transcriptDir = (p: Project): string => join(p.claudeDir, "projects", encode(p.dir));

// Transcript entries shaped like Claude Code 2.1.328 writes them.
let uuid = 0;
const base = (p: Project, sessionId: string, at: string) => ({
  uuid: `u-${++uuid}`,
  isSidechain: false,
  timestamp: at,
  cwd: p.dir,
  sessionId,
  version: "2.1.328",
  userType: "external",
});

export const entry = {
  prompt: (p: Project, sessionId: string, at: string, text: string) => ({
    ...base(p, sessionId, at),
    type: "user",
    message: { role: "user", content: text },
  }),
  answer: (p: Project, sessionId: string, at: string, text: string, usage = { input_tokens: 1200, cache_read_input_tokens: 30000, cache_creation_input_tokens: 800 }, model = "claude-opus-5-5") => ({
    ...base(p, sessionId, at),
    type: "assistant",
    message: { id: `msg_${uuid}`, role: "assistant", model, content: [{ type: "text", text }], stop_reason: "end_turn", usage: { ...usage, output_tokens: 50 } },
  }),
  todoWrite: (p: Project, sessionId: string, at: string, todos: Array<{ content: string; status: string }>) => [
    {
      ...base(p, sessionId, at),
      type: "assistant",
      message: {
        id: `msg_${uuid}`,
        role: "assistant",
        model: "claude-opus-5-5",
        content: [{ type: "tool_use", id: `toolu_${uuid}`, name: "TodoWrite", input: { todos: todos.map((t) => ({ ...t, activeForm: t.content })) } }],
        stop_reason: "tool_use",
        usage: { input_tokens: 10, cache_read_input_tokens: 0, cache_creation_input_tokens: 0, output_tokens: 5 },
      },
    },
    {
      ...base(p, sessionId, at),
      type: "user",
      message: { role: "user", content: [{ type: "tool_result", tool_use_id: `toolu_${uuid - 1}`, content: "Todos have been modified successfully." }] },
      toolUseResult: { oldTodos: [], newTodos: todos.map((t) => ({ ...t, activeForm: t.content })) },
    },
  ],
};

/** A Write tool call and its result. */
export function writeEntries(p: Project, sessionId: string, at: string, file: string, content: string): unknown[] {
  const use = {
    ...base(p, sessionId, at),
    type: "assistant",
    message: {
      id: `msg_${uuid}`,
      role: "assistant",
      model: "claude-opus-5-5",
      content: [{ type: "tool_use", id: `toolu_w${uuid}`, name: "Write", input: { file_path: file, content } }],
      stop_reason: "tool_use",
      usage: { input_tokens: 10, cache_read_input_tokens: 0, cache_creation_input_tokens: 0, output_tokens: 5 },
    },
  };
  const result = {
    ...base(p, sessionId, at),
    type: "user",
    message: { role: "user", content: [{ type: "tool_result", tool_use_id: `toolu_w${uuid - 1}`, content: `File created successfully at: ${file}` }] },
    toolUseResult: { type: "create", filePath: file, content, structuredPatch: [], originalFile: null },
  };
  return [use, result];
}

export function writeTranscript(p: Project, sessionId: string, entries: unknown[]): string {
  const dir = transcriptDir(p);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${sessionId}.jsonl`);
  writeFileSync(file, `${entries.map((e) => JSON.stringify(e)).join("\n")}\n`);
  return file;
}

/** Runs the built hook on one event, as Claude Code would. */
export function runHook(p: Project, input: Record<string, unknown>): RunResult {
  const r = spawnSync(process.execPath, [bundle], {
    cwd: p.dir,
    env: { ...p.env, CLAUDE_PROJECT_DIR: p.dir },
    input: JSON.stringify({ cwd: p.dir, ...input }),
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A session with a transcript, saved by the real hook on Stop. */
export function savedSession(
  p: Project,
  sessionId: string,
  options: {
    start: string;
    prompts: string[];
    todos?: Array<{ content: string; status: string }>;
    answer?: string;
    /** Entries added after the last prompt (tool calls). */
    extra?: unknown[];
    /** Subagents that finished before the Stop (SubagentStop each). */
    subagents?: Array<{ id: string; type: string; report: string }>;
  },
): string {
  const t0 = Date.parse(options.start);
  const at = (s: number) => new Date(t0 + s * 1000).toISOString();
  const entries: unknown[] = [];
  options.prompts.forEach((text, i) => {
    entries.push(entry.prompt(p, sessionId, at(i * 10), text));
    if (i === options.prompts.length - 1 && options.todos) entries.push(...entry.todoWrite(p, sessionId, at(i * 10 + 2), options.todos));
    if (i === options.prompts.length - 1 && options.extra) entries.push(...options.extra);
    entries.push(entry.answer(p, sessionId, at(i * 10 + 5), i === options.prompts.length - 1 ? (options.answer ?? "Done.") : "OK."));
  });
  const file = writeTranscript(p, sessionId, entries);
  for (const a of options.subagents ?? []) {
    const agentFile = join(transcriptDir(p), sessionId, "subagents", `agent-${a.id}.jsonl`);
    mkdirSync(join(agentFile, ".."), { recursive: true });
    writeFileSync(agentFile, `${JSON.stringify({ type: "user", isSidechain: true, message: { role: "user", content: "go" } })}\n`);
    const sub = runHook(p, {
      session_id: sessionId,
      transcript_path: file,
      hook_event_name: "SubagentStop",
      stop_hook_active: false,
      agent_id: a.id,
      agent_type: a.type,
      agent_transcript_path: agentFile,
      last_assistant_message: a.report,
    });
    if (sub.code !== 0) throw new Error(`hook failed: ${sub.stderr}`);
  }
  const r = runHook(p, { session_id: sessionId, transcript_path: file, hook_event_name: "Stop", stop_hook_active: false, last_assistant_message: options.answer ?? "Done." });
  if (r.code !== 0) throw new Error(`hook failed: ${r.stderr}`);
  return file;
}
