// SIGKILL at random moments of a save: what is on disk is always the old or the new version, never a
// torn file, and a lock left behind by a killed hook is taken over quickly.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appendTranscript,
  cleanupAll,
  logLines,
  mdComplete,
  readState,
  rec,
  report,
  requireBundle,
  sandbox,
  stateProblems,
  walk,
  writeTranscript,
} from "./harness";

beforeAll(requireBundle);
afterAll(cleanupAll);

const read = (file: string): string | null => {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
};

const lastPrompt = (state: Record<string, unknown>): string | undefined => {
  const prompts = state.prompts as Array<{ text: string }>;
  return prompts[prompts.length - 1]?.text;
};

/** A pid that is certainly not running: a child that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

describe("crashes", () => {
  it("SIGKILL at random moments during 200 saves never leaves a torn or mixed state", async () => {
    const sb = sandbox("kill", { git: true });
    const session = "killed";
    const stateFile = join(sb.stateDir, "sessions", `${session}.json`);
    const lastState = join(sb.stateDir, ".last-state.md");
    writeTranscript(sb, session, [rec.prompt("round start")]);
    // Typical duration of a whole save on this machine, to spread the kills over its lifetime.
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push((await sb.run(sb.input(session, "Stop"))).ms);
    const typical = warm.sort((a, b) => a - b)[2] as number;
    const failures: string[] = [];
    let killed = 0;
    let completed = 0;
    let lockLeft = 0;
    let killedAfterWrite = 0;
    let takeoverMax = 0;
    let seed = 0x5eed;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let round = 0; round < 200; round++) {
      const before = read(stateFile);
      const beforeMd = read(lastState);
      const locks = walk(sb.stateDir).filter((p) => p.endsWith(".lock"));
      appendTranscript(sb, session, [rec.prompt(`round ${round}`), rec.todos([{ content: `todo ${round}`, status: "in_progress" }])]);
      const killAt = Math.round(5 + random() * typical * 1.1);
      const logBefore = logLines(sb).length;
      const r = await sb.run(sb.input(session, "Stop", { last_assistant_message: `answer ${round}` }), { killAfterMs: killAt });
      const wasKilled = r.signal === "SIGKILL";
      if (wasKilled) killed++;
      else completed++;
      if (!wasKilled && (r.code !== 0 || r.stdout !== "")) failures.push(`round ${round}: exit ${r.code} stdout ${r.stdout}`);
      // A lock left by the previous (killed) hook must not cost this one more than 2 s.
      if (locks.length > 0 && !wasKilled) {
        lockLeft++;
        takeoverMax = Math.max(takeoverMax, r.ms);
        if (r.ms > 2000) failures.push(`round ${round}: a left-over lock cost ${Math.round(r.ms)} ms`);
        const saved = logLines(sb).slice(logBefore).some((l) => l.includes(`saved on Stop for ${session}`));
        if (!saved) failures.push(`round ${round}: the save after a left-over lock did not happen`);
      }
      const after = read(stateFile);
      if (after !== before && wasKilled) killedAfterWrite++;
      if (after !== before) {
        try {
          const state = JSON.parse(after ?? "") as Record<string, unknown>;
          // New content is the whole new version: this round's prompt, todo and message together.
          const todos = (state.todos as { items: Array<{ content: string }> } | undefined)?.items ?? [];
          if (lastPrompt(state) !== `round ${round}` || todos[0]?.content !== `todo ${round}` || (state.lastMessage as { text: string }).text !== `answer ${round}`)
            failures.push(`round ${round}: state file is neither the old nor the new version`);
        } catch {
          failures.push(`round ${round}: state file torn (${after?.length ?? 0} bytes)`);
        }
      }
      const md = read(lastState);
      if (md !== beforeMd && md !== null && (!mdComplete(md) || !md.includes(`round ${round}`))) failures.push(`round ${round}: .last-state.md neither old nor new`);
      if (beforeMd !== null && md === null) failures.push(`round ${round}: .last-state.md vanished`);
      failures.push(...stateProblems(sb.stateDir).map((p) => `round ${round}: ${p}`));
    }
    // Temp files of writes that were killed: swept by a later durable save once a minute old.
    const isTemp = (p: string): boolean => /\.(json|md)\.\d+$/.test(p);
    // Kills rarely land between a temp write and its rename; plant two such files as well.
    fs.writeFileSync(join(sb.stateDir, "sessions", `${session}.json.1234567`), "{\"half\":");
    fs.writeFileSync(join(sb.stateDir, ".last-state.md.7654321"), "# Session st");
    const leftovers = walk(sb.stateDir).filter(isTemp);
    const old = new Date(Date.now() - 120_000);
    for (const p of leftovers) fs.utimesSync(p, old, old);
    // A young one may belong to a writer still running: kept.
    const young = join(sb.stateDir, "latest.json.42");
    fs.writeFileSync(young, "{");
    // One clean save at the end catches up with everything the killed saves missed.
    const final = await sb.run(sb.input(session, "Stop", { last_assistant_message: "final" }));
    if (final.code !== 0) failures.push(`final save exit ${final.code}`);
    const state = readState(sb, session);
    if (lastPrompt(state) !== "round 199") failures.push(`after the final save the last prompt is ${lastPrompt(state)}`);
    // Temp files are swept by the durable saves (PreCompact, SessionEnd).
    const flush = await sb.run(sb.input(session, "PreCompact", { trigger: "auto" }));
    if (flush.code !== 0) failures.push(`PreCompact exit ${flush.code}`);
    const unswept = walk(sb.stateDir).filter((p) => isTemp(p) && p !== young);
    if (!fs.existsSync(young)) failures.push("a young temp file (a writer still running) was removed");
    fs.rmSync(young);
    if (unswept.length) failures.push(`temp files of killed writes not swept: ${unswept.join(", ")}`);
    report(
      "crash/sigkill-200-saves",
      200,
      failures.length,
      `${killed} killed (${killedAfterWrite} of them after the new state was written), ${completed} finished, ${lockLeft} saves after a left-over lock (slowest ${Math.round(takeoverMax)} ms), typical save ${Math.round(typical)} ms, ${leftovers.length} temp files of killed writes swept (2 of them planted)`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
  }, 180_000);

  it("a lock file left by a dead process or an old one is taken over within 2 s", async () => {
    const sb = sandbox("lock", { git: true });
    const failures: string[] = [];
    const session = "locked";
    writeTranscript(sb, session, [rec.prompt("first")]);
    await sb.run(sb.input(session, "Stop"));
    const sessionLock = join(sb.stateDir, "sessions", `${session}.lock`);
    const projectLock = join(sb.stateDir, "project.lock");
    const old = new Date(Date.now() - 60_000);
    const cases: Array<{ name: string; plant: (file: string) => void }> = [
      { name: "dead pid", plant: (f) => fs.writeFileSync(f, `${deadPid()} ${Date.now()} abc`) },
      { name: "dead pid, old mtime", plant: (f) => (fs.writeFileSync(f, `${deadPid()} 1 abc`), fs.utimesSync(f, old, old)) },
      { name: "live pid, old mtime", plant: (f) => (fs.writeFileSync(f, `${process.pid} 1 abc`), fs.utimesSync(f, old, old)) },
      { name: "empty, old mtime", plant: (f) => (fs.writeFileSync(f, ""), fs.utimesSync(f, old, old)) },
      { name: "garbage, old mtime", plant: (f) => (fs.writeFileSync(f, "\0\0garbage\n"), fs.utimesSync(f, old, old)) },
      { name: "empty, fresh (killed between open and write)", plant: (f) => fs.writeFileSync(f, "") },
      { name: "a directory, old mtime", plant: (f) => (fs.mkdirSync(f), fs.utimesSync(f, old, old)) },
      { name: "a dangling symlink", plant: (f) => fs.symlinkSync(join(sb.root, "nowhere"), f) },
    ];
    const timings: string[] = [];
    let n = 0;
    for (const c of cases) {
      for (const [which, file] of [
        ["session", sessionLock],
        ["project", projectLock],
        ["both", null],
      ] as const) {
        n++;
        fs.rmSync(sessionLock, { recursive: true, force: true });
        fs.rmSync(projectLock, { recursive: true, force: true });
        if (file) c.plant(file);
        else (c.plant(sessionLock), c.plant(projectLock));
        appendTranscript(sb, session, [rec.prompt(`${c.name} ${which}`)]);
        const logBefore = logLines(sb).length;
        const r = await sb.run(sb.input(session, "Stop"));
        timings.push(`${c.name}/${which}: ${Math.round(r.ms)} ms`);
        const saved = logLines(sb).slice(logBefore).some((l) => l.includes(`saved on Stop for ${session}`));
        if (r.code !== 0 || r.stdout !== "") failures.push(`${c.name}/${which}: exit ${r.code}`);
        if (!saved || lastPrompt(readState(sb, session)) !== `${c.name} ${which}`) failures.push(`${c.name}/${which}: not saved (${logLines(sb).slice(logBefore).join(" | ")})`);
        if (r.ms > 2000) failures.push(`${c.name}/${which}: took ${Math.round(r.ms)} ms`);
      }
    }
    failures.push(...stateProblems(sb.stateDir));
    report("crash/stale-locks", n, failures.length, `slowest ${timings.sort((a, b) => Number(b.split(": ")[1]?.split(" ")[0]) - Number(a.split(": ")[1]?.split(" ")[0]))[0]}`);
    expect(failures).toEqual([]);
  }, 120_000);
});

