// Scripted model turns for the end-to-end scenarios, and the facts the tests look for afterwards.
import { join } from "node:path";
import { pause, text, tool, type Scenario } from "./fake-api";

export const BRANCH = "feature/csv-parser";
export const REQUEST = "Add a CSV parser that trims every field, with tests.";
export const COMMIT_SUBJECT = "Add CSV parser that trims fields";
/** A sentence only the subagent says, so finding it anywhere proves it came from the subagent. */
export const FINDINGS = "Findings: no CSV handling exists yet; README.md is the only file; put the parser in src/csv.ts.";
export const FILES = ["src/csv.ts", "test/csv.test.ts"];

export const TODOS = [
  { content: "Survey the repository", status: "completed", activeForm: "Surveying the repository" },
  { content: "Write the CSV parser", status: "in_progress", activeForm: "Writing the CSV parser" },
  { content: "Add parser tests", status: "pending", activeForm: "Adding parser tests" },
  { content: "Document the parser in README", status: "pending", activeForm: "Documenting the parser" },
] as const;
export const OPEN_TODOS = TODOS.filter((t) => t.status !== "completed").map((t) => t.content);

/**
 * A compaction summary that keeps nothing, so whatever survives compaction came from the hook.
 * Claude Code drops the <analysis> block and keeps only <summary>, so the mark goes there.
 */
export const USELESS_SUMMARY_MARK = "NOTHING-WORTH-KEEPING";
const USELESS_SUMMARY = `<analysis>\nThere is nothing to analyse.\n</analysis>\n<summary>\n${USELESS_SUMMARY_MARK}: the user and the assistant talked.\n</summary>`;

/**
 * A working session: the request, ToolSearch + TodoWrite, a foreground subagent, Write and Edit,
 * a commit through Bash, and a closing text. Paths must be absolute for Write and Edit.
 */
export function workingSession(project: string): Scenario {
  const csv = join(project, FILES[0]!);
  const csvTest = join(project, FILES[1]!);
  return {
    main: [
      [text("I will plan this first."), tool("ToolSearch", { query: "select:TodoWrite", max_results: 5 })],
      [tool("TodoWrite", { todos: TODOS })],
      [
        tool("Agent", {
          description: "Survey the repository",
          prompt: "Look at the repository and report where a CSV parser should live.",
          subagent_type: "general-purpose",
          run_in_background: false,
        }),
      ],
      [tool("Write", { file_path: csv, content: "export const parseLine = (line: string) => line.split(\",\");\n" })],
      [tool("Edit", { file_path: csv, old_string: 'line.split(",")', new_string: 'line.split(",").map((f) => f.trim())' })],
      [tool("Write", { file_path: csvTest, content: 'import { parseLine } from "../src/csv";\n// tests follow\n' })],
      [tool("Bash", { command: `git add -A && git commit -q -m "${COMMIT_SUBJECT}"`, description: "Commit the parser" })],
      [text("The parser is committed; tests and docs are next.")],
    ],
    subagent: [[text(FINDINGS)]],
  };
}

export function uselessCompaction(): Scenario {
  return { compact: [[text(USELESS_SUMMARY)]] };
}

/**
 * How the hook marks a todo's or task's status in `.last-state.md` and in the injection (src/state/
 * render.ts). The wording may change: adjust here, nowhere else.
 */
export const STATUS_MARK = { completed: "[x]", in_progress: "[in progress]", pending: "[ ]" } as const;

/** Task tools (TaskCreate/TaskUpdate): ids "1", "2", "3" in creation order, each ending in a status. */
export const TASKS = [
  { id: "1", subject: "Design the token refresh flow", status: "completed" },
  { id: "2", subject: "Implement the refresh endpoint", status: "in_progress" },
  { id: "3", subject: "Write refresh endpoint tests", status: "pending" },
] as const;
/** Environment that offers TaskCreate/TaskUpdate (deferred) instead of TodoWrite. */
export const TASK_TOOLS_ENV = { CLAUDE_CODE_ENABLE_TODO_TOOLS: "1" };

export function taskToolsSession(): Scenario {
  const create = TASKS.map((t) => [
    tool("TaskCreate", { subject: t.subject, description: `${t.subject}.`, activeForm: `Working on: ${t.subject}` }),
  ]);
  return {
    main: [
      [text("I will track this with tasks."), tool("ToolSearch", { query: "select:TaskCreate,TaskUpdate", max_results: 5 })],
      ...create,
      [tool("TaskUpdate", { taskId: "1", status: "in_progress" })],
      [tool("TaskUpdate", { taskId: "1", status: "completed" })],
      [tool("TaskUpdate", { taskId: "2", status: "in_progress" })],
      [text("The flow is designed; the endpoint is under way.")],
    ],
  };
}

/** The background subagent's whole final message: one line, so it is stored as it was said. */
export const BACKGROUND_FINDINGS = "Background findings: the auth module has no refresh logic; tokens live in src/auth/token.ts.";
/** Long enough for the main turn to end, and Stop to run, while the subagent is still working. */
export const SUBAGENT_DELAY_MS = 1500;

/** One Agent call with `run_in_background` omitted (the default: background). */
export function backgroundAgentSession(): Scenario {
  return {
    main: [
      [tool("Agent", { description: "Survey the auth module", prompt: "Survey the auth module.", subagent_type: "general-purpose" })],
      [text("The survey runs in the background; I will wait for it.")],
      [text("The survey is back.")],
    ],
    subagent: [[pause(SUBAGENT_DELAY_MS), text(BACKGROUND_FINDINGS)]],
  };
}

/** Three reports, one per subagent; which subagent says which depends on request order. */
export const PARALLEL_FINDINGS = [
  "Parallel report A: the parser lives in src/parse.ts and has no tests.",
  "Parallel report B: the CLI entry is src/cli.ts and reads argv directly.",
  "Parallel report C: the docs folder is empty apart from an outline.",
] as const;

export const AFTER_AGENTS_PAUSE_MS = 1000;

/** Three Agent tool calls in one assistant message. */
export function threeAgentsSession(background: boolean): Scenario {
  const agents = ["parser", "CLI", "docs"].map((area) =>
    tool("Agent", {
      description: `Survey the ${area}`,
      prompt: `Survey the ${area} and report.`,
      subagent_type: "general-purpose",
      ...(background ? {} : { run_in_background: false }),
    }),
  );
  // In the foreground the reply after the three results waits a little: that is the moment when
  // only the SubagentStop hooks can have saved them (Stop comes after the reply).
  const after = background ? [] : [pause(AFTER_AGENTS_PAUSE_MS)];
  return {
    main: [[text("Three surveys at once."), ...agents], [...after, text("All three surveys are in.")]],
    subagent: PARALLEL_FINDINGS.map((f) => [text(f)]),
  };
}

/** A short session that only sets its todo list (TodoWrite, so run it with TODO_WRITE_ENV). */
export function todoSession(todos: ReadonlyArray<{ content: string; status: string; activeForm: string }>): Scenario {
  return {
    main: [
      [tool("ToolSearch", { query: "select:TodoWrite", max_results: 5 })],
      [tool("TodoWrite", { todos })],
      [text("The list is set.")],
    ],
  };
}

type TodoItem = { content: string; status: string; activeForm: string };
const doing = (content: string): TodoItem => ({ content, status: "in_progress", activeForm: `Working on: ${content}` });

export const FIRST_TODOS = [doing("First session: rename the config loader")];
export const SECOND_TODOS = [doing("Second session: add the cache layer")];
export const PARENT_TODOS = [doing("Parent session: wire the release script")];
export const CHILD_TODOS = [doing("Nested session: bump the changelog")];
export const PARENT_PROMPT = "Prepare the release; run a nested Claude for the changelog.";
export const CHILD_PROMPT = "Bump the changelog for the release.";

/**
 * A session that sets its todos, then runs `claude -p` through Bash. The nested CLI talks to the
 * same fake API while the parent waits on the Bash call, so its three turns come off the same
 * main queue in between the parent's.
 */
export function nestedSession(claudeBin: string): Scenario {
  const nested = `"${claudeBin}" -p "${CHILD_PROMPT}" --output-format json --dangerously-skip-permissions`;
  return {
    main: [
      ...todoSession(PARENT_TODOS).main!.slice(0, 2),
      [tool("Bash", { command: nested, description: "Run a nested Claude session", timeout: 120_000 })],
      ...todoSession(CHILD_TODOS).main!,
      [text("The nested session bumped the changelog.")],
    ],
  };
}

/** Section headings of `.last-state.md` and the injection (src/messages.ts `md`). */
export const HEADING = { todos: "## Todos", subagents: "## Subagent outputs" } as const;

/** Deterministic filler: `label` and then numbered words up to `length` characters. */
export function longText(label: string, length: number): string {
  let out = label;
  for (let i = 1; out.length < length; i++) out += ` word${i}`;
  return out.slice(0, length);
}

/** Forty todos of about 250 characters, the first one in progress, then pending, the last ten done. */
export const LONG_TODOS = Array.from({ length: 40 }, (_, i) => {
  const status = i === 0 ? "in_progress" : i < 30 ? "pending" : "completed";
  const content = longText(`LONG-TODO-${String(i + 1).padStart(2, "0")}`, 250);
  return { content, status, activeForm: `Working on todo ${i + 1}` };
});
export const LONG_PROMPT = longText("LONG-PROMPT", 6000);
export const LONG_REPORTS = ["A", "B", "C"].map((x) => longText(`LONG-REPORT-${x}`, 5000));

/** Everything long at once: todos, a request, three subagent reports and a closing message. */
export function longSession(): Scenario {
  const agent = (n: number) =>
    tool("Agent", { description: `Deep survey ${n}`, prompt: `Survey part ${n} in depth.`, subagent_type: "general-purpose", run_in_background: false });
  return {
    main: [
      ...todoSession(LONG_TODOS).main!.slice(0, 2),
      [agent(1)],
      [agent(2)],
      [agent(3)],
      [text(longText("LONG-CLOSING", 3000))],
    ],
    subagent: LONG_REPORTS.map((r) => [text(r)]),
  };
}

/**
 * A session in which secrets pass through: the person types one in the request, a subagent prints
 * another in its report, and the model repeats the second in its closing message.
 */
export function secretSession(subagentSecret: string): Scenario {
  return {
    main: [
      [
        tool("Agent", {
          description: "Check the deploy config",
          prompt: "Look at the deploy configuration and report anything sensitive.",
          subagent_type: "general-purpose",
          run_in_background: false,
        }),
      ],
      [text(`Noted. I will rotate ${subagentSecret} before the deploy.`)],
    ],
    subagent: [[text(`Deploy config checked. Found a token in .env: ${subagentSecret} (rotate it).`)]],
  };
}
