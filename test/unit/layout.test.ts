// The layout's promises, held by tests: the hook path never loads the command line, the event
// list and the collector list each exist once and everything else follows them.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { registrations } from "../../src/cli/settings-file/hook-entries";
import { collectors } from "../../src/collectors/index";
import { handlers } from "../../src/hook/dispatch";
import { EVENT_NAMES } from "../../src/hook/input";
import { defaultSettings } from "../../src/settings";

const SRC = path.resolve(__dirname, "../../src");
const ROOT = path.resolve(SRC, "..");

/** Every src module `start` reaches through static and dynamic imports (relative ones). */
function reach(start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start)) return seen;
  seen.add(start);
  const text = fs.readFileSync(start, "utf8");
  for (const m of text.matchAll(/(?:from\s+|import\(\s*)"(\.{1,2}\/[^"]+)"/g)) {
    const base = path.resolve(path.dirname(start), m[1] as string);
    const file = [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
    if (!file) throw new Error(`${path.relative(SRC, start)}: cannot resolve ${m[1]}`);
    reach(file, seen);
  }
  return seen;
}

describe("layout", () => {
  it("keeps the hook path clear of the command line", () => {
    const hook = [...reach(path.join(SRC, "hook/run.ts")), ...reach(path.join(SRC, "io/stdin.ts"))].map((f) => path.relative(SRC, f));
    expect(hook).toContain("hook/save.ts");
    expect(hook).toContain("collectors/index.ts");
    expect(hook.filter((f) => f.startsWith("cli/") || f === "bin.ts")).toEqual([]);
    // The entry's own static imports (before it picks hook or command) stay outside src/cli too.
    const entry = fs.readFileSync(path.join(SRC, "bin.ts"), "utf8");
    const staticImports = [...entry.matchAll(/^import .* from "(\.[^"]+)"/gm)].map((m) => m[1]);
    expect(staticImports.filter((s) => s?.includes("cli/"))).toEqual([]);
  });

  it("registers, dispatches and ships exactly the events the input schema knows", () => {
    const names = [...EVENT_NAMES];
    expect(Object.keys(handlers).sort()).toEqual([...names].sort());
    expect(registrations("node x/session-state.cjs", "startup|compact").map((r) => r.event)).toEqual(names);
    for (const file of ["hooks/settings.json", "hooks/hooks.json"]) {
      const json = JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8")) as { hooks: Record<string, unknown> };
      expect(Object.keys(json.hooks), file).toEqual(names);
    }
  });

  it("has one collector per settings switch, each once", () => {
    const keys = collectors.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(Object.keys(defaultSettings().collectors).sort());
  });
});
