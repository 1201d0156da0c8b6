// issue 14: install ships the two slash commands, uninstall takes them away, a person's own file
// of the same name is never touched; the plugin's copies match what install writes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { handoffText, MARKER, restoreText } from "../../src/cli/settings-file/slash-commands";
import { cleanupProjects, makeProject } from "./helpers";

afterEach(cleanupProjects);

const cmd = (dir: string, name: string): string => join(dir, ".claude", "commands", `${name}.md`);

describe("slash commands", () => {
  it("install writes both (project scope: a path relative to the project), uninstall removes them", () => {
    const p = makeProject();
    const r = p.run(["install"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Slash command /session-state-restore");
    const restore = readFileSync(cmd(p.dir, "session-state-restore"), "utf8");
    expect(restore).toContain("allowed-tools: Bash(node:*)");
    expect(restore).toContain('!`node ".claude/hooks/session-state.cjs" load --on-demand`');
    expect(readFileSync(cmd(p.dir, "session-state-handoff"), "utf8")).toContain('export --out ".claude/session-state/handoff.md"');
    expect(p.run(["install"]).stdout).toContain("already installed");
    const u = p.run(["uninstall"]);
    expect(u.code, u.stderr).toBe(0);
    expect(u.stdout).toContain("Removed 2 slash commands");
    expect(existsSync(cmd(p.dir, "session-state-restore"))).toBe(false);
    expect(existsSync(join(p.dir, ".claude", "commands"))).toBe(false);
  });

  it("user scope points at the bundle in the config folder", () => {
    const p = makeProject();
    expect(p.run(["install", "--scope", "user"]).code).toBe(0);
    const text = readFileSync(join(p.claudeDir, "commands", "session-state-restore.md"), "utf8");
    expect(text).toContain(`!\`node ${JSON.stringify(join(p.claudeDir, "hooks", "session-state.cjs"))} load --on-demand\``);
    p.run(["uninstall", "--scope", "user"]);
    expect(existsSync(join(p.claudeDir, "commands", "session-state-restore.md"))).toBe(false);
  });

  it("a person's own file of the same name is neither overwritten nor removed", () => {
    const p = makeProject();
    mkdirSync(join(p.dir, ".claude", "commands"), { recursive: true });
    writeFileSync(cmd(p.dir, "session-state-restore"), "my own\n");
    const r = p.run(["install"]);
    expect(r.stdout).toContain("is not ours; left alone");
    expect(readFileSync(cmd(p.dir, "session-state-restore"), "utf8")).toBe("my own\n");
    expect(readFileSync(cmd(p.dir, "session-state-handoff"), "utf8")).toContain(MARKER);
    p.run(["uninstall"]);
    expect(readFileSync(cmd(p.dir, "session-state-restore"), "utf8")).toBe("my own\n");
    expect(existsSync(cmd(p.dir, "session-state-handoff"))).toBe(false);
  });

  it("the plugin's commands/ are what the generator makes for ${CLAUDE_PLUGIN_ROOT}", () => {
    const root = resolve(__dirname, "../..");
    const hook = "${CLAUDE_PLUGIN_ROOT}/dist/session-state.cjs";
    expect(readFileSync(join(root, "commands", "restore.md"), "utf8")).toBe(restoreText(hook, true));
    expect(readFileSync(join(root, "commands", "handoff.md"), "utf8")).toBe(handoffText(hook, true));
  });
});
