// Hook mode: raw stdin → validated input → handler → what to print. Returns values; the entry
// decides about the process.
import type { Env } from "../config";
import { clockFrom, isDisabled, projectDirFrom, resolveConfig, STATE_DIR } from "../config";
import type { Outcome } from "./context";
import { dispatch } from "./dispatch";
import { EVENT_NAMES, type EventName, HookInput } from "./input";
import { fileLogger } from "../io/log";
import { log as msg } from "../messages";
import * as path from "node:path";
import { prefixAt } from "../clip";
import { MAX_INPUT_BYTES, type StdinResult } from "../io/stdin";

export interface RunOptions {
  env: Env;
  cwd: string;
  startedAt: number;
  now?: () => number;
}

/** `stdin`: raw bytes, or what io/stdin read (with the input already parsed when it proved whole). */
export async function runHook(stdin: Buffer | StdinResult, opt: RunOptions): Promise<Outcome> {
  const now = opt.now ?? clockFrom(opt.env);
  if (isDisabled(opt.env)) return {};
  // Until the input names its project, problems are logged where CLAUDE_PROJECT_DIR points.
  const early = fileLogger(path.join(projectDirFrom(opt.env, undefined, opt.cwd), STATE_DIR), now, "input");
  const read = Buffer.isBuffer(stdin) ? { data: stdin } : stdin;
  if ("tooLarge" in read) {
    early(msg.tooLarge(MAX_INPUT_BYTES), "warn");
    return {};
  }
  let json: unknown = read.value;
  if (json === undefined) {
    const text = read.data.toString("utf8");
    if (!text.trim()) {
      early(msg.badInput("empty"), "warn");
      return {};
    }
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch {
      early(msg.badInput("not JSON"), "warn");
      return {};
    }
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    early(msg.badInput("not a JSON object"), "warn");
    return {};
  }
  const name = (json as Record<string, unknown>).hook_event_name;
  if (typeof name !== "string" || !EVENT_NAMES.includes(name as EventName)) {
    early(msg.unknownEvent(typeof name === "string" ? prefixAt(name, 60) : typeof name), "warn");
    return {};
  }
  const parsed = HookInput.safeParse(json);
  if (!parsed.success) {
    early(msg.badInput(prefixAt(parsed.error.issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; "), 300)), "warn");
    return {};
  }
  const input = parsed.data;
  const inputCwd = input.cwd && path.isAbsolute(input.cwd) ? input.cwd : undefined;
  const config = { ...resolveConfig(opt.env, opt.cwd, inputCwd), now };
  const log = fileLogger(config.stateDir, now, input.hook_event_name);
  for (const p of config.settingsProblems) log(msg.configInvalid(p), "warn");
  // startedAt is the process's real start; the deadline is on the hook's own clock.
  const deadline = now() - (Date.now() - opt.startedAt) + config.settings.budgetMs;
  return dispatch(input, { config, log, deadline });
}
