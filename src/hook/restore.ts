// SessionStart: choose the saved state that fits the source, compare it with the repository now,
// and hand it to the model as additionalContext within the size cap.
import * as path from "node:path";
import { prefixAt } from "../clip";
import type { Config } from "../config";
import { lstatSafe } from "../io/fs";
import { headUnmoved } from "../collectors/git";
import { commitsBetween, headNow } from "../io/git";
import { log as msg, provenance as trust } from "../messages";
import { freshness, proveOwnState } from "../state/provenance";
import { type GitCompare, renderInjection } from "../state/render";
import { makeRedactor } from "../state/redact";
import { sessionJson, statePaths } from "../state/paths";
import type { SessionState } from "../state/schema";
import { readLatest, readSessionView } from "../state/store";
import type { Source } from "../settings";
import type { HandlerContext, Outcome } from "./context";
import type { InputOf } from "./input";

/** `untrusted`: the state is not provably this user's here (provenance.ts); doctor and status say so. */
export type Choice = { state: SessionState; statePath: string } | { skipped: string; untrusted?: "foreign" | "moved" | "future" };

const where = (config: Config) => ({ projectDir: config.projectDir, claudeDirs: config.claudeDirs() });

/**
 * compact/resume: this session's own state. startup/clear: the project's latest, if fresh. Either
 * only when it provably comes from a session of this user in this project (provenance.ts).
 */
export function chooseState(config: Config, source: string, sessionId: string | undefined): Choice {
  const paths = statePaths(config.stateDir);
  if (!lstatSafe(paths.dir)?.isDirectory()) return { skipped: "no saved state in this project" };
  const latest = readLatest(paths);
  let state: SessionState | null = null;
  const own = (source === "compact" || source === "resume") && !!sessionId;
  if (own) {
    state = readSessionView(paths, sessionId);
    if (!state) return { skipped: `no saved state for session ${sessionId}` };
  } else {
    if (!latest) return { skipped: "no saved state in this project" };
    state = readSessionView(paths, latest.sessionId);
    if (!state) return { skipped: "the latest saved state is unreadable" };
  }
  const proof = proveOwnState(state, where(config));
  if (!proof.ok) return { skipped: proof.why, untrusted: proof.kind };
  if (!own) {
    const fresh = freshness(state.savedAt, config.now(), config.settings.staleDays);
    if (fresh === "future") return { skipped: trust.future(state.savedAt), untrusted: "future" };
    if (fresh === "invalid") return { skipped: trust.invalidTime(state.savedAt), untrusted: "future" };
    if (fresh === "stale") return { skipped: `the latest state is older than ${config.settings.staleDays} days` };
  }
  const statePath = latest?.sessionId === state.sessionId ? paths.lastState : sessionJson(paths, state.sessionId);
  return { state, statePath };
}

async function compareGit(config: Config, state: SessionState): Promise<GitCompare | null> {
  const saved = state.git;
  if (!saved || saved.status !== "ok") return null;
  // Nothing moved HEAD since the last save's git run: that run's answer stands, no git process.
  const unmoved = headUnmoved(saved, state.gitSeen);
  if (unmoved) return { now: unmoved };
  const r = await headNow(config.projectDir, 1500);
  if (!r.ok) return { now: null, reason: r.reason };
  const now = r.head;
  const cmp: GitCompare = { now };
  if (saved.headFull && now.sha && saved.headFull !== now.sha) {
    const n = await commitsBetween(config.projectDir, saved.headFull, now.sha, 1500);
    if (n !== null) cmp.newCommits = n;
  }
  return cmp;
}

export async function buildInjection(
  config: Config,
  source: string,
  sessionId: string | undefined,
): Promise<{ text: string; state: SessionState } | Extract<Choice, { skipped: string }>> {
  const choice = chooseState(config, source, sessionId);
  if ("skipped" in choice) return choice;
  const git = await compareGit(config, choice.state);
  const redact = makeRedactor(config.settings.redact);
  const text = redact(
    renderInjection(choice.state, {
      now: config.now(),
      maxChars: config.settings.maxChars,
      statePath: path.resolve(choice.statePath),
      git,
    }),
  );
  return { text: prefixAt(text, config.settings.maxChars), state: choice.state };
}

export function hookOutput(text: string): string {
  return JSON.stringify({ hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: text } });
}

/**
 * What SessionStart from `source` prints: the one decision the hook and `load` share (the inject
 * switch for the source, then the state chosen for it). `off`: the source is switched off, which
 * the hook does not log (it is the default for resume and clear).
 */
export async function decideInjection(
  config: Config,
  source: string,
  sessionId: string | undefined,
  opt: { onDemand?: boolean } = {},
): Promise<{ text: string; stdout: string } | { skipped: string; off?: true; untrusted?: NonNullable<Extract<Choice, { skipped: string }>["untrusted"]> }> {
  const enabled = opt.onDemand === true || (config.settings.inject as Record<string, boolean>)[source as Source] === true;
  if (!enabled) return { skipped: msg.injectOff(source), off: true };
  const built = await buildInjection(config, source, sessionId);
  if ("skipped" in built) return built;
  return { text: built.text, stdout: hookOutput(built.text) };
}

export async function restore(input: InputOf<"SessionStart">, ctx: HandlerContext): Promise<Outcome> {
  const { config, log } = ctx;
  const source = input.source;
  const decided = await decideInjection(config, source, input.session_id);
  if ("skipped" in decided) {
    if (!decided.off && lstatSafe(config.stateDir)) log(msg.nothingToInject(source, decided.skipped));
    return {};
  }
  log(msg.injected(source, decided.text.length));
  return { stdout: decided.stdout };
}
