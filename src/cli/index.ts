// The command table for `session-state <command>`. Only hook mode (no command) must always exit 0;
// commands report errors with a message and a non-zero code like any CLI. Each command's module
// loads on use, so hook mode never runs their code.
import { colorOn, paint } from "./color";
import { cli } from "./messages";
import { selfCommand } from "./run-command";
import type { Command, CommandContext, CommandResult } from "./commands/types";

import { VERSION } from "../version";

export { VERSION };

export type CommandName = keyof typeof cli.summaries;

export const commands: Record<CommandName, { run: Command; summary: string }> = {
  install: { run: async (c) => (await import("./commands/install")).install(c), summary: cli.summaries.install },
  uninstall: { run: async (c) => (await import("./commands/uninstall")).uninstall(c), summary: cli.summaries.uninstall },
  doctor: { run: async (c) => (await import("./commands/doctor")).doctor(c), summary: cli.summaries.doctor },
  status: { run: async (c) => (await import("./commands/status")).status(c), summary: cli.summaries.status },
  list: { run: async (c) => (await import("./commands/list")).list(c), summary: cli.summaries.list },
  show: { run: async (c) => (await import("./commands/show")).show(c), summary: cli.summaries.show },
  load: { run: async (c) => (await import("./commands/load")).load(c), summary: cli.summaries.load },
  export: { run: async (c) => (await import("./commands/export")).exportHandoff(c), summary: cli.summaries.export },
  clear: { run: async (c) => (await import("./commands/clear")).clear(c), summary: cli.summaries.clear },
  sessions: { run: async (c) => (await import("./commands/sessions")).sessions(c), summary: cli.summaries.sessions },
  "copy-session": { run: async (c) => (await import("./commands/copy-session")).copySession(c), summary: cli.summaries["copy-session"] },
  recover: { run: async (c) => (await import("./commands/recover")).recover(c), summary: cli.summaries.recover },
};

const isCommand = (name: string): name is CommandName => Object.prototype.hasOwnProperty.call(commands, name);

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] as number;
}

/** The command a typo most likely meant, if one is close. */
export function closest(name: string): string | null {
  const scored = Object.keys(commands).map((c) => ({ c, d: c.startsWith(name) && name.length >= 3 ? 0 : distance(name, c) }));
  const best = scored.sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 2 ? best.c : null;
}

/** The list of commands; self is how the person runs this tool (run-command.ts selfCommand). */
export function helpText(color = false, self = "session-state"): string {
  const p = paint(color);
  const rows = Object.entries(commands).map(([name, c]) => `  ${p.bold(name.padEnd(14))} ${c.summary}`);
  return `${cli.usage(self)}\n\n${p.bold(cli.commandsHeading)}\n${rows.join("\n")}\n\n${cli.helpFooter(self)}\n`;
}

export async function runCommand(name: string, ctx: CommandContext): Promise<CommandResult> {
  const color = colorOn(ctx.env, ctx.tty);
  const self = selfCommand(ctx);
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = ctx.args[0];
    if (topic && isCommand(topic)) return { code: 0, stdout: `${cli.usageOf(topic, self)}\n` };
    return { code: 0, stdout: helpText(color, self) };
  }
  if (name === "--version" || name === "-v" || name === "version") return { code: 0, stdout: `${VERSION}\n` };
  if (!isCommand(name)) {
    const guess = closest(name);
    return { code: 2, stderr: `${[cli.unknownCommand(name), ...(guess ? [cli.didYouMean(guess)] : []), cli.seeHelp(self)].join("\n")}\n` };
  }
  if (ctx.args.includes("--help") || ctx.args.includes("-h")) return { code: 0, stdout: `${cli.usageOf(name, self)}\n` };
  return commands[name].run(ctx);
}
