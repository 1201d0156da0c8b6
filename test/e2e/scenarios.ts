// Scripted model turns for the end-to-end scenarios, and the facts the tests look for afterwards.
import { join } from "node:path";
import { text, tool, type Scenario } from "./fake-api";

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
