// PostModelSwitch (issue 14): note which model took over and when, so the handoff can say which
// model did what. Nothing is injected: the conversation is still there. Only a session already
// saved is updated; its views are brought up to date by the turn's next save.
import { lstatSafe } from "../io/fs";
import { acquire } from "../state/lock";
import { log as msg } from "../messages";
import { statePaths, sessionLock } from "../state/paths";
import { makeRedactor } from "../state/redact";
import { readSession, writeSession, prepareStateDir } from "../state/store";
import { clip } from "../clip";
import { type HandlerContext, type Outcome, remaining } from "./context";
import type { InputOf } from "./input";

const KEEP = 20;

export async function modelSwitch(input: InputOf<"PostModelSwitch">, ctx: HandlerContext): Promise<Outcome> {
  const { config, log } = ctx;
  const paths = statePaths(config.stateDir, log);
  // Only a session already saved is updated: a project that never saved gets no state folder from this.
  if (!lstatSafe(paths.dir)?.isDirectory() || prepareStateDir(paths) !== true) return {};
  const release = await acquire(sessionLock(paths, input.session_id), { timeoutMs: Math.max(500, remaining(ctx) - 1500), now: config.now });
  if (!release) {
    log(msg.lockTimeout("session"), "warn");
    return {};
  }
  try {
    const s = readSession(paths, input.session_id);
    if (!s) return {};
    const redact = makeRedactor(config.settings.redact);
    const name = (m: string | undefined): string | undefined => (m ? clip(redact(m), 100) : undefined);
    const entry = { from: name(input.from_model), to: name(input.to_model), source: name(input.source), at: new Date(config.now()).toISOString() };
    s.models = [...(s.models ?? []), entry].slice(-KEEP);
    writeSession(paths, s);
    log(msg.modelSwitched(entry.from ?? "?", entry.to ?? "?"));
  } finally {
    release();
  }
  return {};
}
