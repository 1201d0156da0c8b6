// The pure pieces behind install, uninstall and doctor: JSON positions and layout, the diff, the
// merge and removal of our entries, matchers and shell words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matcherLets } from "../../src/cli/doctor-hooks";
import { shellWords } from "../../src/cli/shell-words";
import { unifiedDiff } from "../../src/cli/settings-file/diff";
import { registrations, sameSettings, withOurs, withoutOurs } from "../../src/cli/settings-file/hook-entries";
import { errorOffset, formatOf, parseJsonText, stringifyJson } from "../../src/cli/settings-file/json-text";

const regs = registrations('node "$CLAUDE_PROJECT_DIR/.claude/hooks/session-state.cjs"', "startup|compact");

describe("json-text", () => {
  it("finds the line and column of the first error", () => {
    expect(parseJsonText('{\n  "a": 1,\n}')).toMatchObject({ ok: false, line: 3, column: 1 });
    expect(parseJsonText('[1, 2,]')).toMatchObject({ ok: false, line: 1, column: 7 });
    expect(parseJsonText('{"a": "x\ny"}')).toMatchObject({ ok: false, line: 1, column: 9 });
    expect(parseJsonText("")).toMatchObject({ ok: false, line: 1, column: 1 });
    expect(errorOffset('{"a": [true, null, -1.5e3, "\\u00e9"]}')).toBe(-1);
  });

  it("agrees with JSON.parse on what is valid", () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(20), (text, cut) => {
        const broken = text.slice(0, Math.max(0, text.length - cut));
        let valid = true;
        try {
          JSON.parse(broken);
        } catch {
          valid = false;
        }
        expect(errorOffset(broken) === -1).toBe(valid);
      }),
    );
  });

  it("writes back in the layout it read", () => {
    for (const text of ['{\n\t"a": [\n\t\t1\n\t]\n}', '{\r\n    "a": 1\r\n}\r\n', '\uFEFF{\n  "a": 1\n}\n']) {
      const parsed = parseJsonText(text);
      if (!parsed.ok) throw new Error("unparsed");
      expect(stringifyJson(parsed.value, parsed.format)).toBe(text);
    }
    expect(formatOf("{}")).toEqual({ indent: "  ", eol: "\n", finalNewline: false, bom: false });
  });
});

describe("unifiedDiff", () => {
  it("prints hunks with three lines of context", () => {
    const a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
    const b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n";
    expect(unifiedDiff(a, b, "f.json")).toBe("--- a/f.json\n+++ b/f.json\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    expect(unifiedDiff(null, "x\n", "f.json")).toBe("--- /dev/null\n+++ b/f.json\n@@ -0,0 +1 @@\n+x\n");
    expect(unifiedDiff("x\n", "x\n", "f.json")).toBe("");
  });
});

describe("our entries", () => {
  const other = {
    env: { A: "1" },
    hooks: {
      Stop: [{ hooks: [{ type: "command", command: "echo stop" }] }],
      SessionStart: [{ matcher: "startup|compact", hooks: [{ type: "command", command: "echo mine" }] }],
    },
  };

  it("adds one entry per event, updates in place, and takes out exactly what it added", () => {
    const once = withOurs(other, regs);
    const twice = withOurs(once, regs);
    expect(twice).toEqual(once);
    // Our entry gets a group of its own; the person's group is left as it was.
    expect((once.hooks as Record<string, unknown[]>).SessionStart).toEqual([other.hooks.SessionStart[0], { matcher: "startup|compact", hooks: [{ type: "command", command: regs[0]!.command, timeout: 10 }] }]);
    expect(withoutOurs(once)).toEqual(other);
    expect(sameSettings(withoutOurs(withOurs({}, regs)), {})).toBe(true);
  });

  it("round-trips any settings object without our entries", () => {
    const group = fc.record({ matcher: fc.option(fc.constantFrom("startup", "Bash", ""), { nil: undefined }), hooks: fc.array(fc.record({ type: fc.constant("command"), command: fc.string() }), { minLength: 1 }) });
    const settings = fc.record({
      model: fc.option(fc.string(), { nil: undefined }),
      hooks: fc.option(fc.dictionary(fc.constantFrom("Stop", "PreToolUse", "SessionStart", "Notification"), fc.array(group, { minLength: 1 })), { nil: undefined }),
    });
    fc.assert(
      fc.property(settings, (raw) => {
        const s = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
        fc.pre(!JSON.stringify(s).includes("session-state.cjs"));
        expect(sameSettings(withoutOurs(withOurs(s, regs)), s)).toBe(true);
      }),
    );
  });
});

describe("matchers and shell words", () => {
  it("lets sources through like Claude Code", () => {
    expect(matcherLets(undefined, "compact")).toBe(true);
    expect(matcherLets("*", "compact")).toBe(true);
    expect(matcherLets("startup|compact", "compact")).toBe(true);
    expect(matcherLets("startup", "compact")).toBe(false);
    expect(matcherLets("start.*", "startup")).toBe(true);
  });

  it("finds the hook file in the usual command shapes", () => {
    const vars = { CLAUDE_PROJECT_DIR: "/p", HOME: "/h" };
    expect(shellWords('node "$CLAUDE_PROJECT_DIR/.claude/hooks/session-state.cjs"', vars)).toEqual(["node", "/p/.claude/hooks/session-state.cjs"]);
    expect(shellWords('node "$CLAUDE_PROJECT_DIR"/x.cjs', vars)).toEqual(["node", "/p/x.cjs"]);
    expect(shellWords("node ~/.claude/hooks/s.cjs", vars)).toEqual(["node", "/h/.claude/hooks/s.cjs"]);
    expect(shellWords('node "${CLAUDE_PLUGIN_ROOT}/dist/s.cjs"', vars)).toEqual(["node", null]);
    expect(shellWords("node '/a b/$X.cjs'", vars)).toEqual(["node", "/a b/$X.cjs"]);
  });
});
