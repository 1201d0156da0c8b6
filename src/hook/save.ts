// Stop, StopFailure, SubagentStop, PreCompact, SessionEnd: bring this session's state up to date and publish it.
import { clearSwitchedOff, startCollectors } from "../collectors/index";
import { isCompactionAgent, recordBackgroundTasks, subagentReport } from "../collectors/subagent";
import { plainlyChangesFiles, updateFromTranscript } from "../collectors/transcript";
import { acquire } from "../state/lock";
import { log as msg } from "../messages";
import { clip } from "../clip";
import { compactSubagents, upsertSubagent } from "../state/facts";
import { clearReports, postReport, takeReports } from "../state/inbox";
import { statePaths, sessionLock } from "../state/paths";
import { proveOwnState } from "../state/provenance";
import { writeVerdicts } from "../state/pattern-cache";
import { makeRedactor } from "../state/redact";
import { emptyState, type SessionState } from "../state/schema";
import { carryOver, prepareStateDir, publish, readLatest, readSession, readSessionStamped, sessionUnchanged, writeSession } from "../state/store";
import { loadWriter } from "../io/fs";
import { type HandlerContext, type Outcome, remaining } from "./context";
import type { SaveInput } from "./input";
import { errorKindOfText, httpStatusOf } from "../transcript/stop-reason";
import { todoItems } from "../state/render";

const oneLine = (t: string): string => t.replace(/\s+/g, " ");

/** What the session was busy with when it stopped: the todo in progress, else the last request. */
function workingOn(s: SessionState): string | undefined {
  const active = todoItems(s).find((t) => t.status === "in_progress");
  const text = active?.text ?? s.prompts.at(-1)?.text;
  return text ? clip(oneLine(text), 200) : undefined;
}

export async function save(input: SaveInput, ctx: HandlerContext): Promise<Outcome> {
  const { config, log } = ctx;
  const started = config.now();
  const paths = statePaths(config.stateDir, log);
  const ready = prepareStateDir(paths);
  if (ready !== true) {
    log(msg.stateDirRefused(ready.refused), "error");
    return {};
  }
  // What the pattern check found this run, so that the next runs need not check again.
  if (config.patternVerdicts) {
    const failed = writeVerdicts(config.stateDir, config.patternVerdicts.stamp, config.patternVerdicts.verdicts);
    if (failed) log(msg.patternCacheFailed(failed), "warn");
  }
  const settings = config.settings;
  const redact = makeRedactor(settings.redact);
  const nowIso = new Date(started).toISOString();
  const event = input.hook_event_name;
  // Milestones are flushed to the disk; per-turn saves rely on the atomic rename alone.
  // A turn ended by an API error is a milestone too: the person often continues elsewhere at once.
  const durable = event === "PreCompact" || event === "SessionEnd" || event === "StopFailure";

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

  // The session's file is read once, before the lock: the collectors start from it, and under the
  // lock it is taken as it is unless another save replaced it meanwhile.
  const before = readSessionStamped(paths, input.session_id);
  // The collectors start now: git runs while the lock is taken and the transcript read.
  let giveQuiet: (quiet: boolean) => void = () => undefined;
  const quiet = new Promise<boolean>((resolve) => (giveQuiet = resolve));
  const steps = startCollectors({ input, config, paths, redact, log, nowIso, remaining: () => remaining(ctx), quiet, last: before.state });
  // New lines that plainly call a tool that changes files decide at once: git starts now, while the
  // lock is taken and the transcript read, rather than after them.
  if (event === "Stop" && input.transcript_path && plainlyChangesFiles(input.transcript_path, before.state?.cursor, config.claudeDir)) giveQuiet(false);

  const release = await acquire(sessionLock(paths, input.session_id), {
    timeoutMs: Math.max(500, remaining(ctx) - 1500),
    now: config.now,
    onStale: () => log(msg.lockStale("session"), "warn"),
  });
  if (!release) {
    giveQuiet(false);
    log(msg.lockTimeout("session"), "warn");
    return {};
  }
  let merged: string[] = [];
  let saved: SessionState;
  let written: string | null = null;
  // A published session's views (latest.json, .last-state.md, the archive) wait for the turn's Stop.
  const publishes = !(event === "SubagentStop" && published);
  try {
    const unchanged = sessionUnchanged(paths, input.session_id, before.stamp);
    const existing = unchanged ? before.state : readSession(paths, input.session_id);
    // Another save replaced the file since the collectors started from it: git compares with that
    // older record, so its summary may predate what the other save saw. git runs.
    if (!unchanged) giveQuiet(false);
    const s = existing ?? emptyState(input.session_id, config.projectDir, nowIso);
    // Only a Stop may reuse the last git summary: the milestones always look.
    let mayChangeFiles = event !== "Stop" || !input.transcript_path;
    if (input.transcript_path && event !== "SubagentStop") {
      if (updateFromTranscript(s, input.transcript_path, config, redact, started + (ctx.deadline - started) * 0.6, log)) mayChangeFiles = true;
    }
    merged = takeReports(paths, s);
    // A subagent's report, or a background task still running, may stand for changed files too.
    if (merged.length > 0 || (event === "Stop" && (input.background_tasks ?? []).some((t) => t !== null))) mayChangeFiles = true;
    giveQuiet(!mayChangeFiles);
    if (report && !posted) upsertSubagent(s, report.id, { ...report, status: "completed" });
    if (event === "Stop") {
      recordBackgroundTasks(s, input, redact, nowIso);
      // The transcript may not hold the final message yet at Stop time; the input does.
      const last = input.last_assistant_message?.trim();
      if (last) s.lastMessage = { text: clip(redact(last), 1500), at: nowIso };
    }
    if (event === "StopFailure") {
      // last_assistant_message is the API error text, not something the model said.
      const text = input.last_assistant_message?.trim() ?? "";
      s.stopped = {
        error: input.error ?? errorKindOfText(text),
        status: httpStatusOf(text),
        message: text ? clip(redact(oneLine(text)), 300) : undefined,
        at: nowIso,
        via: event,
      };
    }
    // A turn that ended normally: an earlier failure of this session is history, not news.
    if (event === "Stop" && s.stopped && !s.stopped.recoveredAt) s.stopped.recoveredAt = nowIso;
    if (s.stopped && !s.stopped.recoveredAt && s.stopped.doing === undefined) s.stopped.doing = workingOn(s);
    if (event === "SessionEnd") s.endReason = input.reason;
    if (!existing) carryOver(paths, s, config, (prev) => proveOwnState(prev, { projectDir: config.projectDir, claudeDirs: config.claudeDirs() }).ok);
    // A step may wait for git, which runs in its own process: the writer is loaded in that wait.
    // Outside this try, so a failure to load is dropped here: the write loads it again, inside it.
    setImmediate(() => {
      try {
        loadWriter();
      } catch {
        /* writeSession below tries again and fails where it is caught */
      }
    });
    for (const step of steps) await step(s);
    compactSubagents(s);
    clearSwitchedOff(s, settings.collectors);
    // Strictly increasing per session, so publish() can tell the newer of two saves apart.
    s.savedAt = existing && existing.savedAt >= nowIso ? new Date(Date.parse(existing.savedAt) + 1).toISOString() : nowIso;
    s.lastEvent = event;

    written = writeSession(paths, s, durable);
    clearReports(merged);
    saved = s;
  } finally {
    giveQuiet(false);
    release();
  }
  if (!publishes) {
    log(msg.saved(event, input.session_id, config.now() - started));
    return {};
  }

  const releaseProject = await acquire(paths.projectLock, {
    timeoutMs: Math.min(2500, remaining(ctx)),
    now: config.now,
    onStale: () => log(msg.lockStale("project"), "warn"),
  });
  if (!releaseProject) {
    log(msg.lockTimeout("project"), "warn");
    return {};
  }
  try {
    const opt = {
      keep: settings.keep,
      durable,
      now: config.now(),
      written,
    };
    publish(paths, saved, opt);
  } finally {
    releaseProject();
  }
  log(msg.saved(event, input.session_id, config.now() - started));
  return {};
}
