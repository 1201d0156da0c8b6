// Stop, SubagentStop, PreCompact, SessionEnd: bring this session's state up to date and publish it.
import { collectGit } from "../collectors/git";
import { discoverPlanFile, resolvePlan } from "../collectors/plan";
import { isCompactionAgent, recordBackgroundTasks, subagentReport } from "../collectors/subagent";
import { readTaskDir } from "../collectors/tasks";
import { updateFromTranscript } from "../collectors/transcript";
import { withTimeout } from "../collectors/run";
import { acquire } from "../io/lock";
import { log as msg } from "../messages";
import { clip, compactSubagents, upsertSubagent } from "../state/facts";
import { clearReports, postReport, takeReports } from "../state/inbox";
import { statePaths, sessionLock } from "../state/paths";
import { proveOwnState } from "../state/provenance";
import { makeRedactor } from "../state/redact";
import { emptyState, type SessionState } from "../state/schema";
import { carryOver, prepareStateDir, publish, publishRendered, readLatest, readSession, type RenderedViews, renderViews, writeSession } from "../state/store";
import { type HandlerContext, type Outcome, remaining } from "./context";
import { RENDERER } from "../version";
import { isoTime } from "../iso-time";
import type { SaveInput } from "./schema";

function applyCollectorSwitches(s: SessionState, c: HandlerContext["config"]["settings"]["collectors"]): void {
  if (!c.prompts) s.prompts = [];
  if (!c.plan) s.plan = undefined;
  if (!c.todos) {
    s.todos = undefined;
    s.tasks = [];
  }
  if (!c.subagents) s.subagents = [];
  if (!c.files) s.files = [];
  if (!c.lastMessage) s.lastMessage = undefined;
  if (!c.git) s.git = undefined;
}

export async function save(input: SaveInput, ctx: HandlerContext): Promise<Outcome> {
  const { config, log } = ctx;
  const started = config.now();
  const paths = statePaths(config.stateDir);
  const ready = prepareStateDir(paths);
  if (ready !== true) {
    log(msg.stateDirRefused(ready.refused));
    return {};
  }
  const settings = config.settings;
  const redact = makeRedactor(settings.redact);
  const nowIso = isoTime(started);
  const event = input.hook_event_name;
  // Milestones are flushed to the disk; per-turn saves rely on the atomic rename alone.
  const durable = event === "PreCompact" || event === "SessionEnd";

  if (event === "SubagentStop") {
    if (isCompactionAgent(input)) {
      log(msg.compactionAgent);
      return {};
    }
  }
  // A report goes to the session's inbox; only if even that cannot be written is it applied under
  // the lock below.
  const report = event === "SubagentStop" ? subagentReport(input, config, redact, nowIso) : null;
  const posted = report ? postReport(paths, input.session_id, report) : false;
  // Once this session is the published one, a subagent's report needs nothing else: it is on disk,
  // every reader folds the inbox in (store.readSessionView), and the Stop that ends the turn moves
  // it into the session's file. No lock, no read and rewrite of the state: a burst of parallel
  // agents never waits. A session's first reports go the full way, so that a crash before its
  // first Stop still leaves it saved and published.
  const published = report !== null && readLatest(paths)?.sessionId === input.session_id;
  if (posted && published) {
    log(msg.saved(event, input.session_id, config.now() - started));
    return {};
  }

  // git runs on its own while the transcript is read (started by the entry when it could, see
  // early-git.ts, else here); its result is awaited only when the state is about to be written.
  const gitTimeout = Math.min(2000, remaining(ctx) / 2);
  // The saved git state (to tell whether HEAD moved) comes from the read under the lock below.
  let givePrevious: (s: SessionState | null) => void = () => undefined;
  const previous = new Promise<SessionState | null>((resolve) => (givePrevious = resolve));
  const pendingGit =
    settings.collectors.git && event !== "SubagentStop"
      ? collectGit(
          config.projectDir,
          gitTimeout,
          redact,
          nowIso,
          previous.then((s) => s?.git),
          ctx.early?.dir === config.projectDir ? ctx.early.status : undefined,
        )
      : undefined;

  const release = await acquire(sessionLock(paths, input.session_id), {
    timeoutMs: Math.max(500, remaining(ctx) - 1500),
    now: config.now,
    onStale: () => log(msg.lockStale("session")),
  });
  if (!release) {
    givePrevious(null);
    log(msg.lockTimeout("session"));
    return {};
  }
  let merged: string[] = [];
  let saved: SessionState;
  let rendered: RenderedViews | null = null;
  let publishes = false;
  const viewOptions = { maxChars: settings.maxChars, redactPatterns: settings.redact, redact, version: RENDERER };
  try {
    const existing = readSession(paths, input.session_id);
    givePrevious(existing);
    const s = existing ?? emptyState(input.session_id, config.projectDir, nowIso);
    if (input.transcript_path && event !== "SubagentStop") {
      updateFromTranscript(s, input.transcript_path, config, redact, started + (ctx.deadline - started) * 0.6, log);
    }
    merged = takeReports(paths, s);
    if (report && !posted) upsertSubagent(s, report.id, { ...report, status: "completed" });
    if (event === "Stop") {
      recordBackgroundTasks(s, input, redact, nowIso);
      // The transcript may not hold the final message yet at Stop time; the input does.
      const last = input.last_assistant_message?.trim();
      if (last) s.lastMessage = { text: clip(redact(last), 1500), at: nowIso };
    }
    if (event === "SessionEnd") s.endReason = input.reason;
    if (!existing) carryOver(paths, s, config, (prev) => proveOwnState(prev, { projectDir: config.projectDir, claudeDirs: config.claudeDirs() }).ok);
    if (settings.collectors.todos) {
      const tasks = readTaskDir(config.claudeDir, config.taskListId ?? input.session_id, redact);
      if (tasks) s.tasks = tasks;
    }
    if (settings.collectors.plan && !s.plan && (event === "PreCompact" || event === "SessionEnd")) {
      const found = await withTimeout(discoverPlanFile(config.projectDir, Date.parse(s.startedAt)), Math.min(1000, remaining(ctx) / 4), null);
      if (found) s.plan = { path: found, source: "file", at: nowIso };
    }
    if (settings.collectors.plan) s.plan = resolvePlan(s, { projectDir: config.projectDir, claudeDir: config.claudeDir, redact });
    compactSubagents(s);
    applyCollectorSwitches(s, settings.collectors);
    // Strictly increasing per session, so publish() can tell the newer of two saves apart.
    s.savedAt = existing && existing.savedAt >= nowIso ? isoTime(Date.parse(existing.savedAt) + 1) : nowIso;
    s.lastEvent = event;

    // All of the project view but its git section is rendered now, while git still runs (no lock
    // needed: it is made from `s` alone). Rendering is pure; should it throw anyway, the session is
    // still written below and the view is rendered again when published.
    if (!(event === "SubagentStop" && published)) {
      try {
        rendered = renderViews(s, viewOptions);
      } catch {
        rendered = null;
      }
      publishes = true;
    }

    // Bounded from here, not from the start: a long wait for the lock must not discard a status
    // that finished meanwhile (git itself is killed at its own timeout).
    const git = pendingGit && (await withTimeout(pendingGit, gitTimeout + 250, null));
    if (git !== undefined) {
      if (git) s.git = git;
      if (git && git.status === "error") log(msg.gitFailed(git.reason ?? "unknown"));
      if (!git) log(msg.gitFailed("timed out"));
    }
    writeSession(paths, s, durable);
    clearReports(merged);
    saved = s;
  } finally {
    release();
  }
  // A published session's views (latest.json, .last-state.md, the archive) wait for the turn's Stop.
  if (!publishes) {
    log(msg.saved(event, input.session_id, config.now() - started));
    return {};
  }

  const releaseProject = await acquire(paths.projectLock, {
    timeoutMs: Math.min(2500, remaining(ctx)),
    now: config.now,
    onStale: () => log(msg.lockStale("project")),
  });
  if (!releaseProject) {
    log(msg.lockTimeout("project"));
    return {};
  }
  try {
    const opt = {
      keep: settings.keep,
      durable,
      now: config.now(),
      // Sessions idle for a day are fair to prune once they are out of the kept set.
      idleMs: 86_400_000,
      view: viewOptions,
    };
    if (rendered) publishRendered(paths, rendered, opt);
    else publish(paths, saved, opt);
  } finally {
    releaseProject();
  }
  log(msg.saved(event, input.session_id, config.now() - started));
  return {};
}
