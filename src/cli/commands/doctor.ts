// `doctor`: one line per check with ok / warn / fail and what to do; exit 1 when a check fails.
import { resolveConfig } from "../../config";
import { colorOn, paint } from "../color";
import { hookChecks } from "../doctor-hooks";
import { gitCheck, injectionCheck, lastSaveCheck, logCheck, nodeCheck, settingsChecks, stateDirCheck, switchCheck } from "../doctor-state";
import type { Check } from "../doctor-types";
import { cli } from "../messages";
import { selfCommand } from "../run-command";
import { parseOptions } from "./args";
import * as os from "node:os";
import type { CommandContext, CommandResult } from "./types";

export async function doctor(ctx: CommandContext): Promise<CommandResult> {
  const parsed = parseOptions("doctor", ctx, {});
  if ("error" in parsed) return parsed.error;
  const config = resolveConfig(ctx.env, ctx.cwd);
  const home = ctx.env.HOME || os.homedir();
  const checks: Check[] = [
    nodeCheck(ctx.nodeVersion),
    ...[switchCheck(ctx.env)].filter((c): c is Check => c !== null),
    ...hookChecks(config, home),
    ...settingsChecks(config),
    stateDirCheck(config),
    await gitCheck(config),
    lastSaveCheck(config),
    logCheck(config),
    await injectionCheck(config),
  ];
  const p = paint(colorOn(ctx.env, ctx.tty));
  const self = selfCommand(ctx);
  const label = { ok: p.ok("ok  "), warn: p.warn("warn"), fail: p.fail("fail") };
  const lines = [p.bold(cli.doctor.heading(config.projectDir)), ""];
  for (const c of checks) {
    lines.push(`${label[c.level]}  ${c.text}`);
    const fix = typeof c.fix === "function" ? c.fix(self) : c.fix;
    if (fix) lines.push(`      ${p.dim(`→ ${fix}`)}`);
  }
  const failed = checks.filter((c) => c.level === "fail").length;
  const warned = checks.filter((c) => c.level === "warn").length;
  lines.push("", cli.doctor.summary(failed, warned));
  return { code: failed ? 1 : 0, stdout: `${lines.join("\n")}\n` };
}
