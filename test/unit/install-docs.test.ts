// What the README and docs/cli.md tell a new user to run must work today (issue 12, item 2): no
// `npx session-state` (the name is not published, and whoever takes it would decide what it runs)
// outside the section about publishing, and the same Node minimum as package.json and doctor.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeCheck } from "../../src/cli/doctor-state";

const root = join(__dirname, "../..");
const read = (file: string): string => readFileSync(join(root, file), "utf8");

/** The document split at its headings: [heading, body] pairs. */
const sections = (text: string): Array<[string, string]> =>
  text.split(/^(?=#{1,4} )/m).map((part) => [part.split("\n")[0] ?? "", part] as [string, string]);

describe("install instructions", () => {
  for (const file of ["README.md", "docs/cli.md"]) {
    it(`${file} runs npx session-state only as a command to avoid or for after publishing`, () => {
      for (const [heading, body] of sections(read(file))) {
        if (/publish/i.test(heading)) continue;
        for (const line of body.split("\n").filter((l) => /npx (--yes )?session-state\b/.test(l))) {
          // allowed: a sentence that says it does not exist yet
          expect(line, `${file} › ${heading}`).toMatch(/no `npx session-state`/);
        }
      }
    });
  }

  it("docs/cli.md documents the clone, tarball and plugin routes, and npm only after publishing", () => {
    const text = read("docs/cli.md");
    expect(text).toContain("node /path/to/session-state/dist/session-state.cjs install");
    expect(text).toContain("npm pack");
    expect(text).toContain("npx --yes file:");
    expect(text).toContain("claude --plugin-dir");
    expect(text).toContain("claude plugin marketplace add");
    expect(text).toMatch(/### After publishing/);
  });

  it("docs/cli.md states the exit-code rule for nothing saved", () => {
    expect(read("docs/cli.md")).toContain("Nothing saved yet is not an error");
  });

  it("the Node minimum is the same in package.json, the README, docs/cli.md and doctor", () => {
    const engines = (JSON.parse(read("package.json")) as { engines: { node: string } }).engines.node;
    const major = Number(/>=\s*(\d+)/.exec(engines)?.[1]);
    expect(major).toBe(20);
    expect(read("README.md")).toContain(`Node ${major} or later`);
    expect(read("README.md")).toContain("EBADENGINE");
    expect(read("docs/cli.md")).toContain(`Node ${major} or newer`);
    expect(read("README.md") + read("docs/cli.md")).not.toMatch(/Node(\.js)? 18/);
    expect(nodeCheck(`${major}.0.0`).level).toBe("ok");
    expect(nodeCheck(`${major - 1}.9.0`).level).toBe("fail");
    expect(nodeCheck("18.20.4").level).toBe("fail");
  });
});
