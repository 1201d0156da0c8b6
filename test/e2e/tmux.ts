// The interactive CLI under tmux, for the scenarios that -p cannot show (plan mode, /clear, and
// StopFailure, which fires only in interactive mode: reference §10). Each session runs on a tmux
// socket inside its sandbox, so killing it can never touch another test's (or a person's) tmux.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { claudeBin, type Sandbox } from "./harness";

export const hasTmux = spawnSync("tmux", ["-V"], { stdio: "ignore" }).status === 0;

/** Prints why a file's interactive scenarios are skipped, so a green run does not hide it. */
export function reportMissingTmux(file: string): void {
  if (!hasTmux) console.log(`[e2e] ${file}: skipped, tmux is not installed (the interactive CLI is driven through it)`);
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface TmuxClaude {
  screen(): string;
  alive(): boolean;
  type(line: string): Promise<void>;
  key(name: string): void;
  /** Ends the CLI and waits until its process is gone, so nothing writes into a sandbox being removed. */
  kill(): Promise<void>;
}

const EXIT_WAIT_MS = 15_000;

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * The interactive CLI in a detached tmux session on a socket of the sandbox's own. `name` tells two
 * sessions of one sandbox apart (each gets its own socket and so its own server).
 */
export function tmuxClaude(sandbox: Sandbox, env: NodeJS.ProcessEnv, args: string[], name = "cc"): TmuxClaude {
  const socket = join(sandbox.root, `tmux-${name}.sock`);
  const tmux = (...a: string[]) => spawnSync("tmux", ["-S", socket, ...a], { encoding: "utf8" });
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const vars = Object.entries(env).filter((e): e is [string, string] => typeof e[1] === "string");
  const command = ["env", "-i", ...vars.map(([k, v]) => `${k}=${v}`), claudeBin, ...args].map(quote).join(" ");
  const started = tmux("new-session", "-d", "-s", name, "-x", "160", "-y", "48", "-c", sandbox.project, command);
  if (started.status !== 0) throw new Error(`tmux: ${started.stderr}`);
  // `env` execs the CLI, so the pane's process is the CLI itself.
  const pid = Number(tmux("list-panes", "-t", name, "-F", "#{pane_pid}").stdout?.trim());
  return {
    screen: () => tmux("capture-pane", "-p", "-t", name).stdout ?? "",
    alive: () => tmux("has-session", "-t", name).status === 0,
    type: async (line: string) => {
      tmux("send-keys", "-t", name, "-l", line);
      await sleep(300);
      tmux("send-keys", "-t", name, "Enter");
    },
    key: (key: string) => void tmux("send-keys", "-t", name, key),
    // The server of this socket only; its SIGHUP lets the CLI run its SessionEnd hook and exit.
    kill: async () => {
      tmux("kill-server");
      if (!Number.isInteger(pid) || pid <= 0) return;
      const deadline = Date.now() + EXIT_WAIT_MS;
      while (running(pid) && Date.now() < deadline) await sleep(100);
      if (running(pid)) process.kill(pid, "SIGKILL");
      while (running(pid)) await sleep(50);
    },
  };
}

/** Polls until `ready` holds; fails with `diag` (the screen, the hook log) when it does not in time. */
export async function until(what: string, ready: () => boolean, diag: () => string, ms = 45_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${diag()}`);
    await sleep(250);
  }
}

/**
 * What Claude Code needs to start without its first-run dialogs (see the hooks reference, §8), in
 * HOME and in each given configuration folder (default: `~/.claude`).
 */
export function seedConfig(sandbox: Sandbox, configDirs: string[] = [join(sandbox.home, ".claude")]): void {
  const config = {
    hasCompletedOnboarding: true,
    customApiKeyResponses: { approved: ["sk-test"], rejected: [] },
    projects: { [sandbox.project]: { hasTrustDialogAccepted: true, hasCompletedProjectOnboarding: true } },
  };
  for (const dir of [sandbox.home, ...configDirs]) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, ".claude.json"), JSON.stringify(config));
  }
}
