// The npm package: `npm pack` ships only what it should, `npx <tarball> install` works in a fresh
// project with nothing else installed, and the unpacked package is itself a valid plugin.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundle, cleanupProjects, makeProject, type Project } from "./helpers";

const repoRoot = resolve(__dirname, "../..");
const claudeBin = join(repoRoot, "node_modules/.bin/claude");

describe("npm package", () => {
  let work: Project;
  let tarball: string;
  let packed: string[];
  let npmEnv: Record<string, string>;

  beforeAll(() => {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
    work = makeProject({ git: true });
    const out = join(work.root, "pack");
    mkdirSync(out);
    npmEnv = {
      ...work.env,
      npm_config_cache: join(work.root, "npm-cache"),
      npm_config_offline: "true",
      npm_config_update_notifier: "false",
      npm_config_audit: "false",
      npm_config_fund: "false",
      npm_config_loglevel: "error",
    };
    const json = execFileSync("npm", ["pack", "--json", "--pack-destination", out], { cwd: repoRoot, env: npmEnv, encoding: "utf8" });
    const info = (JSON.parse(json) as Array<{ filename: string; files: Array<{ path: string }> }>)[0]!;
    tarball = join(out, info.filename);
    packed = info.files.map((f) => f.path).sort();
  }, 60_000);
  afterAll(cleanupProjects);

  it("contains the bundle, the hook registrations, the plugin manifest and the docs, nothing else", () => {
    expect(packed).toEqual(
      [".claude-plugin/plugin.json", "README.md", "commands/handoff.md", "commands/restore.md", "dist/session-state.cjs", "docs/cli.md", "hooks/hooks.json", "hooks/settings.json", "package.json"].sort(),
    );
  });

  it("installs with `npx <tarball> install` and passes doctor", () => {
    const npx = (...args: string[]) => spawnSync("npx", ["--yes", ...args], { cwd: work.dir, env: npmEnv, encoding: "utf8", timeout: 60_000 });
    const r = npx(`file:${tarball}`, "install");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Installed session-state in .claude/settings.json");
    const hook = join(work.dir, ".claude/hooks/session-state.cjs");
    expect(readFileSync(hook).equals(readFileSync(bundle))).toBe(true);
    const settings = JSON.parse(readFileSync(join(work.dir, ".claude/settings.json"), "utf8")) as { hooks: Record<string, unknown[]> };
    expect(Object.keys(settings.hooks)).toEqual(["SessionStart", "Stop", "StopFailure", "SubagentStop", "PreCompact", "SessionEnd", "PostModelSwitch"]);

    const again = npx("--package", tarball, "session-state", "install");
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("already installed");

    const doctor = npx(`file:${tarball}`, "doctor");
    expect(doctor.status, doctor.stdout).toBe(0);
    expect(doctor.stdout).toMatch(/ok\s+SessionStart: \.claude\/settings\.json, matcher startup\|compact, timeout 10 s/);

    // The installed copy runs on its own, from a project with no node_modules.
    const hookRun = spawnSync(process.execPath, [hook], { cwd: work.dir, env: work.env, input: "{}", encoding: "utf8" });
    expect(hookRun.status).toBe(0);
    expect(hookRun.stdout).toBe("");
  }, 60_000);

  it("unpacks into a folder that `claude plugin validate` accepts", () => {
    const dir = join(work.root, "unpacked");
    mkdirSync(dir);
    execFileSync("tar", ["-xzf", tarball, "-C", dir]);
    const r = spawnSync(claudeBin, ["plugin", "validate", join(dir, "package")], {
      env: { PATH: work.env.PATH, HOME: work.home, CLAUDE_CONFIG_DIR: work.claudeDir, DISABLE_AUTOUPDATER: "1" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("Validation passed");
  }, 60_000);

  it("installs as a plugin from a local marketplace, as docs/cli.md describes", () => {
    const market = join(work.root, "my-plugins");
    mkdirSync(join(market, ".claude-plugin"), { recursive: true });
    execFileSync("tar", ["-xzf", tarball, "-C", market]);
    execFileSync("mv", [join(market, "package"), join(market, "session-state")]);
    writeFileSync(
      join(market, ".claude-plugin/marketplace.json"),
      JSON.stringify({ name: "my-plugins", owner: { name: "me" }, plugins: [{ name: "session-state", source: "./session-state" }] }),
    );
    const env = { PATH: work.env.PATH, HOME: work.home, CLAUDE_CONFIG_DIR: work.claudeDir, DISABLE_AUTOUPDATER: "1" };
    const claude = (...args: string[]) => spawnSync(claudeBin, args, { cwd: work.dir, env, encoding: "utf8", timeout: 60_000 });
    const add = claude("plugin", "marketplace", "add", market);
    expect(add.status, add.stdout + add.stderr).toBe(0);
    const install = claude("plugin", "install", "session-state@my-plugins");
    expect(install.status, install.stdout + install.stderr).toBe(0);
    const settings = JSON.parse(readFileSync(join(work.claudeDir, "settings.json"), "utf8")) as { enabledPlugins?: Record<string, boolean> };
    expect(settings.enabledPlugins?.["session-state@my-plugins"]).toBe(true);
  }, 120_000);
});
