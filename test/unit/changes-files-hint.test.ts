// plainlyChangesFiles lets a Stop start git before the transcript is read; it may only ever say
// "changes files" when the new lines really call such a tool, and must never read past its bounds.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plainlyChangesFiles } from "../../src/collectors/transcript";
import { line } from "../helpers/project";

let root: string;
let claude: string;
let file: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "ss-hint-"));
  claude = join(root, "claude");
  mkdirSync(join(claude, "projects", "p"), { recursive: true });
  file = join(claude, "projects", "p", "s.jsonl");
  writeFileSync(file, `${JSON.stringify(line.prompt("start"))}\n`);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The cursor a save leaves after reading the file as it is now. */
const cursorNow = (f = file) => ({ offset: statSync(f).size, ino: statSync(f).ino, head: "" });
const add = (...records: unknown[]) => appendFileSync(file, records.map((r) => `${JSON.stringify(r)}\n`).join(""));

describe("plainlyChangesFiles", () => {
  it("is true for a new call of a tool that changes files, or a typed shell command", () => {
    for (const name of ["Write", "Edit", "MultiEdit", "NotebookEdit", "Bash"]) {
      const cursor = cursorNow();
      add(line.tool(`t-${name}`, name, { file_path: "a.ts" }));
      expect(plainlyChangesFiles(file, cursor, claude), name).toBe(true);
    }
    const cursor = cursorNow();
    add(line.prompt("<bash-input>rm -rf build</bash-input>"));
    expect(plainlyChangesFiles(file, cursor, claude)).toBe(true);
  });

  it("is false for read-only calls, for the same words inside text, and for lines read before", () => {
    add(line.tool("e1", "Edit", { file_path: "a.ts" }));
    const cursor = cursorNow();
    add(line.tool("r1", "Read", { file_path: "a.ts" }), line.text('I would call {"name":"Edit"} next'), line.prompt('"name":"Bash"'));
    expect(plainlyChangesFiles(file, cursor, claude)).toBe(false);
  });

  it("decides nothing without a cursor, for another file, or outside Claude Code's projects folder", () => {
    const cursor = cursorNow();
    add(line.tool("e1", "Edit", { file_path: "a.ts" }));
    expect(plainlyChangesFiles(file, undefined, claude)).toBe(false);
    expect(plainlyChangesFiles(file, { ...cursor, ino: cursor.ino + 1 }, claude)).toBe(false);
    expect(plainlyChangesFiles(file, { ...cursor, offset: -1 }, claude)).toBe(false);
    const outside = join(root, "elsewhere.jsonl");
    writeFileSync(outside, `${JSON.stringify(line.prompt("x"))}\n`);
    const c2 = cursorNow(outside);
    appendFileSync(outside, `${JSON.stringify(line.tool("e2", "Edit", {}))}\n`);
    expect(plainlyChangesFiles(outside, c2, claude)).toBe(false);
  });

  it("leaves more than 1 MB of new lines to the read itself", () => {
    const cursor = cursorNow();
    add(line.text("x".repeat((1 << 20) + 10)), line.tool("e1", "Edit", { file_path: "a.ts" }));
    expect(plainlyChangesFiles(file, cursor, claude)).toBe(false);
  });
});
