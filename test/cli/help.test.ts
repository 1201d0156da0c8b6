// --help, --version, unknown commands and options, colour only on a terminal.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundle, cleanupProjects, makeProject } from "./helpers";

afterEach(cleanupProjects);

const COMMANDS = ["install", "uninstall", "doctor", "status", "list", "show", "load", "export", "clear", "sessions", "copy-session"];

describe("help", () => {
  it("lists every command, without colour when stdout is not a terminal", () => {
    const p = makeProject();
    const r = p.run(["--help"]);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\s{2,}\\S`, "m"));
    expect(r.stdout).not.toContain("\u001b[");
    expect(p.run(["help"]).stdout).toBe(r.stdout);
    expect(r.stdout).toContain(`  node ${bundle} <command> [options]`);
    expect(r.stdout).toContain(`Run \`node ${bundle} <command> --help\` for a command's options.`);
    expect(r.stdout).not.toMatch(/(^|[\s`(])session-state (<command>|--help)/m);
  });

  it("uses colour when forced, and NO_COLOR wins", () => {
    const p = makeProject();
    expect(p.run(["--help"], { env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[1m");
    expect(p.run(["--help"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toContain("\u001b[");
    const doctor = p.run(["doctor"], { env: { FORCE_COLOR: "1" } });
    expect(doctor.stdout).toContain("\u001b[31mfail\u001b[39m");
  });

  it("prints each command's usage", () => {
    const p = makeProject();
    for (const c of COMMANDS) {
      const r = p.run([c, "--help"]);
      expect(r.code, c).toBe(0);
      // The bundle the test ran, as the person would run it: no `session-state` is on PATH.
      expect(r.stdout, c).toContain(`Usage: node ${bundle} ${c}`);
    }
    expect(p.run(["help", "export"]).stdout).toContain(`Usage: node ${bundle} export`);
  });

  it("prints the version of package.json", () => {
    const p = makeProject();
    const pkg = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string };
    expect(p.run(["--version"]).stdout).toBe(`${pkg.version}\n`);
  });

  it("rejects an unknown command or option with a clear message and exit 2", () => {
    const p = makeProject();
    const typo = p.run(["doctr"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('session-state: unknown command "doctr".');
    expect(typo.stderr).toContain('Did you mean "doctor"?');
    expect(typo.stderr).toContain(`Run \`node ${bundle} --help\` for the list of commands.`);
    expect(typo.stdout).toBe("");
    const option = p.run(["status", "--verbose"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("session-state status: Unknown option '--verbose'");
    expect(option.stderr).toContain(`Usage: node ${bundle} status`);
    expect(p.run(["list", "extra"]).stderr).toContain('unexpected argument "extra"');
  });
});
