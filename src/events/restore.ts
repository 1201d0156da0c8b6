// SessionStart: choose the saved state that fits the source, compare it with the repository now,
// and hand it to the model as additionalContext within the size cap.
import * as path from "node:path";
import type { Config } from "../config";
import { lstatSafe } from "../io/fs";
import { readHeadFromDisk, runGit } from "../io/git";
import { log as msg, provenance as trust } from "../messages";
import { freshness, proveOwnState } from "../state/provenance";
import { type GitCompare, joinInjection, renderInjection, renderInjectionHeader } from "../state/render";
import { makeRedactor } from "../state/redact";
import { hasReports } from "../state/inbox";
import { sessionJson, statePaths } from "../state/paths";
import type { Git, InjectionView, SessionState } from "../state/schema";
import { peekSavedAt, readLatest, readLatestView, readSessionView } from "../state/store";
import type { Source } from "../settings";
import { RENDERER } from "../version";
import type { HandlerContext, Outcome } from "./context";
import type { InputOf } from "./schema";

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

async function compareGit(config: Config, saved: Git | undefined): Promise<GitCompare | null> {
  if (!saved || saved.status !== "ok") return null;
  let now = readHeadFromDisk(config.projectDir);
  if (!now) {
    const r = await runGit(config.projectDir, ["rev-parse", "--abbrev-ref", "HEAD", "HEAD"], 1500);
    if (!r.ok) return { now: null, reason: r.reason };
    const [ref, sha] = r.out.trim().split("\n");
    now = { branch: ref === "HEAD" ? undefined : ref, sha };
  }
  const cmp: GitCompare = { now };
  // headFull comes from a file on disk: only a real object name may reach the git command line.
  const hex = /^[0-9a-f]{40,64}$/;
  if (saved.headFull && now.sha && saved.headFull !== now.sha && hex.test(saved.headFull) && hex.test(now.sha)) {
    const r = await runGit(config.projectDir, ["rev-list", "--count", `${saved.headFull}..${now.sha}`], 1500);
    if (r.ok) cmp.newCommits = Number(r.out.trim()) || 0;
  }
  return cmp;
}

/**
 * The context pre-rendered by the last save (latest.json), when it is the one `source` asks for
 * and was rendered with today's settings; null sends the caller down the full path, which also
 * explains every case with nothing to inject. Saves reading, validating and rendering the state.
 */
function viewFor(config: Config, source: string, sessionId: string | undefined): InjectionView | null {
  const paths = statePaths(config.stateDir);
  const view = readLatestView(paths);
  if (!view) return null;
  const own = source === "compact" || source === "resume";
  if (own && view.head.sessionId !== sessionId) return null;
  // Only the user's own state is injected: the full path proves it, and says why not.
  if (!proveOwnState({ sessionId: view.head.sessionId, projectDir: config.projectDir }, where(config)).ok) return null;
  // Subagent reports that arrived after the last save are not in the view.
  if (hasReports(paths, view.head.sessionId)) return null;
  if (!own && freshness(view.head.savedAt, config.now(), config.settings.staleDays) !== "fresh") return null;
  const sameSettings = view.maxChars === config.settings.maxChars && JSON.stringify(view.redact) === JSON.stringify(config.settings.redact);
  // Rendered by this build of the hook (its redaction rules), from the session's newest save: a
  // save that could not publish (the project lock timed out) leaves its file newer than the view.
  const current = view.version === RENDERER && peekSavedAt(paths, view.head.sessionId) === view.head.savedAt;
  return sameSettings && current ? view : null;
}

/** SessionStart's context from the pre-rendered view: only the header is made now. */
export async function injectionFromView(config: Config, source: string, sessionId: string | undefined): Promise<string | null> {
  const view = viewFor(config, source, sessionId);
  if (!view) return null;
  const git = await compareGit(config, view.head.git);
  // The body was redacted when it was saved, with these same patterns; header and footer are new.
  const redact = makeRedactor(config.settings.redact);
  const header = redact(renderInjectionHeader(view.head, config.now(), git, config.settings.maxChars));
  const footerPath = redact(path.resolve(statePaths(config.stateDir).lastState));
  return joinInjection(header, view.body, footerPath, config.settings.maxChars);
}

export async function buildInjection(
  config: Config,
  source: string,
  sessionId: string | undefined,
): Promise<{ text: string; state: SessionState } | Extract<Choice, { skipped: string }>> {
  const choice = chooseState(config, source, sessionId);
  if ("skipped" in choice) return choice;
  const git = await compareGit(config, choice.state.git);
  const redact = makeRedactor(config.settings.redact);
  const text = redact(
    renderInjection(choice.state, {
      now: config.now(),
      maxChars: config.settings.maxChars,
      statePath: path.resolve(choice.statePath),
      git,
    }),
  );
  return { text: text.slice(0, config.settings.maxChars), state: choice.state };
}

export function hookOutput(text: string): string {
  return JSON.stringify({ hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: text } });
}

export async function restore(input: InputOf<"SessionStart">, ctx: HandlerContext): Promise<Outcome> {
  const { config, log } = ctx;
  const source = input.source;
  const enabled = (config.settings.inject as Record<string, boolean>)[source as Source] === true;
  if (!enabled) return {};
  const fast = await injectionFromView(config, source, input.session_id);
  const built = fast !== null ? { text: fast } : await buildInjection(config, source, input.session_id);
  if ("skipped" in built) {
    if (lstatSafe(config.stateDir)) log(msg.nothingToInject(source, built.skipped));
    return {};
  }
  log(msg.injected(source, built.text.length));
  return { stdout: hookOutput(built.text) };
}
