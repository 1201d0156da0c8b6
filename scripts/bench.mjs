#!/usr/bin/env node
// `npm run bench`: what the built hook costs per event, as ratios to the floor of its stack (the
// cheapest hook built on zod, simple-git and write-file-atomic with the same tsup config, see
// scripts/bench/floor/) and to a bare `node -e 0`, all measured in the same interleaved run.
// Transcripts of 1–200 MB are generated from the real corpus into a temp folder that is removed at
// the end. Exit code 1 only when the bench itself broke (a missed target is reported,
// not fatal: the machine is noisy).
//
// Env: BENCH_BUNDLE (default dist/session-state.cjs), BENCH_REPS (default 21), BENCH_SIZES (MB list, default "1,10,100,200"), BENCH_KEEP=1 keeps
// the temp folder, BENCH_RSS=proc forces the /proc fallback for peak RSS, SESSION_STATE_CORPUS,
// BENCH_NODE_ARGS (space-separated) goes before every measured script, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { checks, notes, summarise, table } from "./bench/report.mjs";
import { rssProbe, runNode } from "./bench/measure.mjs";
import { adoptState, copyDir, encodeProjectDir, makeGitSpy, makeTemplateRepo, readCursor, resetState, stateDirOf } from "./bench/setup.mjs";
import { appendChunk, appendReadOnlyChunk, corpusDir, loadSessions, realLines, writeTranscripts } from "./bench/transcripts.mjs";

const MB = 1 << 20;
const APPEND_BYTES = 50 * 1024;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = process.env.BENCH_BUNDLE ? path.resolve(process.env.BENCH_BUNDLE) : path.join(repoRoot, "dist", "session-state.cjs");

const REPS = Math.max(3, Number(process.env.BENCH_REPS) || 21);
const SIZES = (process.env.BENCH_SIZES ?? "1,10,100,200").split(",").map(Number).filter((n) => n > 0);
/** Cold reads of big files are slow by nature; fewer repetitions keep the run short. */
const coldReps = (mb) => (mb >= 200 ? Math.min(REPS, 5) : mb >= 100 ? Math.min(REPS, 7) : Math.min(REPS, 11));

/** The floor rows: what the cheapest hook on this stack costs for the same job. */
const FLOOR = {
  stop: "floor: Stop (stdin → schema → simple-git status → write-file-atomic)",
  start: "floor: SessionStart (stdin → schema → simple-git HEAD → print)",
  cold: (mb) => `floor: ${mb} MB transcript read in chunks, every line JSON.parse'd`,
  // The same floors in one file of the hook's size: what shipping one file costs before any work.
  stopOneFile: "floor: Stop, in one file with the rest of the hook's code (unused)",
  startOneFile: "floor: SessionStart, in one file with the rest of the hook's code (unused)",
};
const FLOOR_SCRIPTS = { stop: "stop", start: "start", cold: "cold", stopOneFile: "stop-one-file", startOneFile: "start-one-file" };

class BenchError extends Error {}
const fail = (msg) => {
  throw new BenchError(msg);
};
const say = (msg) => process.stderr.write(`${msg}\n`);

/** The floor scripts, built by the project's own tsup config (same target, same bundling). */
function buildFloors(outDir) {
  const entries = Object.values(FLOOR_SCRIPTS).map((n) => path.join(repoRoot, "scripts", "bench", "floor", `${n}.ts`));
  const tsup = path.join(repoRoot, "node_modules", "tsup", "dist", "cli-default.js");
  const r = spawnSync(process.execPath, [tsup, ...entries, "--out-dir", outDir, "--no-dts", "--silent"], { cwd: repoRoot, encoding: "utf8" });
  const built = Object.fromEntries(Object.entries(FLOOR_SCRIPTS).map(([k, n]) => [k, path.join(outDir, `${n}.cjs`)]));
  if (r.status !== 0 || !Object.values(built).every((f) => fs.existsSync(f))) fail(`building the floor scripts failed: ${(r.stderr || r.stdout).slice(0, 500)}`);
  return built;
}

async function main() {
  if (!fs.existsSync(bundle)) fail(`${path.relative(repoRoot, bundle)} is missing: run \`npm run build\` first`);
  const corpus = corpusDir(repoRoot) ?? fail("no transcript corpus: set SESSION_STATE_CORPUS to a folder of .jsonl transcripts");
  if (SIZES.length === 0) fail("BENCH_SIZES names no size");

  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "session-state-bench-")));
  const cleanup = () => {
    if (process.env.BENCH_KEEP) say(`kept ${root}`);
    else fs.rmSync(root, { recursive: true, force: true });
  };
  process.once("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  try {
    return await bench(root, corpus);
  } finally {
    cleanup();
  }
}

async function bench(root, corpus) {
  const started = Date.now();
  const home = path.join(root, "home");
  const claudeDir = path.join(root, "claude");
  fs.mkdirSync(home, { recursive: true });
  const rss = rssProbe(root);
  const sessionId = randomUUID();

  // Transcripts: one stream of rewritten corpus lines, cut at each size.
  const sessions = loadSessions(corpus);
  const lines = realLines(sessions, sessionId);
  const cases = SIZES.map((mb) => {
    const project = path.join(root, `p${mb}mb`);
    // Where Claude Code keeps the project's transcripts: the hook injects only state whose session's
    // transcript is there (src/state/provenance.ts).
    const slug = encodeProjectDir(project);
    fs.mkdirSync(path.join(claudeDir, "projects", slug), { recursive: true });
    return { mb, project, transcript: path.join(claudeDir, "projects", slug, `${sessionId}.jsonl`) };
  });
  const genStart = Date.now();
  const written = writeTranscripts(cases.map((c) => ({ file: c.transcript, bytes: c.mb * MB })), lines);
  cases.forEach((c, i) => (c.base = written[i].bytes));
  const generated = `Transcripts: ${cases.map((c) => `${(c.base / MB).toFixed(1)} MB`).join(", ")}, replayed from ${sessions.length} real sessions of ${corpus} (fresh ids and timestamps), generated in ${((Date.now() - genStart) / 1000).toFixed(1)} s.`;
  say(generated);

  const floors = buildFloors(path.join(root, "floor"));
  const template = makeTemplateRepo(path.join(root, "template"), home, path.join(repoRoot, "src"));
  const envFor = (project, extra = {}) => ({
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: home,
    LANG: "C",
    TZ: "UTC",
    GIT_CONFIG_NOSYSTEM: "1",
    CLAUDE_CONFIG_DIR: claudeDir,
    CLAUDE_PROJECT_DIR: project,
    ...extra,
  });
  const hook = (project, input, extra) =>
    runNode([bundle], { env: envFor(project, extra), cwd: project, input: JSON.stringify(input) }, rss);
  const stopInput = (c) => ({
    session_id: sessionId,
    transcript_path: c.transcript,
    cwd: c.project,
    hook_event_name: "Stop",
    stop_hook_active: false,
    last_assistant_message: "Done: the parser now handles glued records and the tests pass.",
  });
  const expectCursor = (c, bytes, r) => {
    if (r.code !== 0) return `exit code ${r.code}: ${r.stderr.slice(0, 300)}`;
    const cur = readCursor(c.project, sessionId);
    if (!cur) return "no session state was written";
    if (cur.offset !== bytes) return `cursor at ${cur.offset}, expected ${bytes} (transcript not read to the end)`;
    return null;
  };
  const truncate = (c, bytes) => fs.truncateSync(c.transcript, bytes);

  // First saves, unmeasured: they check that the hook works and give each size its saved state, that
  // of a session some turns in (a session's first two saves always run git: see collectors/git.ts).
  for (const c of cases) {
    copyDir(template, c.project);
    for (const turn of [1, 2]) {
      const r = await hook(c.project, stopInput(c));
      const bad = expectCursor(c, c.base, r);
      if (bad) fail(`Stop ${turn} on ${c.mb} MB: ${bad}`);
    }
    c.snapshot = path.join(root, `snap-${c.mb}mb`);
    copyDir(stateDirOf(c.project), c.snapshot);
  }
  // SessionStart, load and SubagentStop use the state of a mid-sized session.
  const seed = cases.find((c) => c.mb >= 10) ?? cases[cases.length - 1];
  const startProject = path.join(root, "p-start");
  const subProject = path.join(root, "p-subagent");
  for (const p of [startProject, subProject]) {
    copyDir(template, p);
    copyDir(seed.snapshot, stateDirOf(p));
    adoptState(stateDirOf(p), sessionId, p, seed.transcript, claudeDir);
  }
  const agentId = "a3f9c21";
  const agentDir = path.join(path.dirname(seed.transcript), sessionId, "subagents");
  fs.mkdirSync(agentDir, { recursive: true });
  const agentTranscript = path.join(agentDir, `agent-${agentId}.jsonl`);
  fs.writeFileSync(agentTranscript, appendChunk(lines, 20 * 1024));
  fs.writeFileSync(agentTranscript.replace(/\.jsonl$/, ".meta.json"), JSON.stringify({ agentType: "Explore", description: "Find the transcript reader" }));

  const rows = [];
  const row = (def) => rows.push({ samples: [], ...def });

  row({
    name: "SessionStart (startup, saved state)",
    reps: REPS,
    floor: FLOOR.start,
    floor1: FLOOR.startOneFile,
    run: () => hook(startProject, { session_id: randomUUID(), cwd: startProject, hook_event_name: "SessionStart", source: "startup" }),
    check(r, rowDef) {
      if (r.code !== 0) return `exit code ${r.code}`;
      let ctx;
      try {
        ctx = JSON.parse(r.stdout).hookSpecificOutput.additionalContext;
      } catch {
        return `stdout is not the hook protocol: ${r.stdout.slice(0, 200)}`;
      }
      if (typeof ctx !== "string" || ctx.length === 0) return "nothing injected";
      rowDef.injected = ctx.length;
      return null;
    },
  });
  row({
    name: FLOOR.start,
    reps: REPS,
    run: () => runNode([floors.start], { env: envFor(startProject), cwd: startProject, input: JSON.stringify({ session_id: randomUUID(), cwd: startProject, hook_event_name: "SessionStart", source: "startup" }) }, rss),
    check: (r) => (r.code === 0 && r.stdout.includes("additionalContext") ? null : `exit code ${r.code}, stdout ${r.stdout.slice(0, 100)}`),
  });
  row({
    name: FLOOR.stop,
    reps: REPS,
    run: () => runNode([floors.stop], { env: envFor(cases[0].project), cwd: cases[0].project, input: JSON.stringify(stopInput(cases[0])) }, rss),
    check: (r) => (r.code === 0 && fs.existsSync(path.join(stateDirOf(cases[0].project), "floor.json")) ? null : `exit code ${r.code}: ${r.stderr.slice(0, 200)}`),
  });
  for (const [name, script, input, floor] of [
    [FLOOR.stopOneFile, floors.stopOneFile, () => stopInput(cases[0]), FLOOR.stop],
    [FLOOR.startOneFile, floors.startOneFile, () => ({ session_id: randomUUID(), cwd: startProject, hook_event_name: "SessionStart", source: "startup" }), FLOOR.start],
  ]) {
    const project = floor === FLOOR.stop ? cases[0].project : startProject;
    row({
      name,
      reps: REPS,
      floor,
      run: () => runNode([script], { env: envFor(project), cwd: project, input: JSON.stringify(input()) }, rss),
      check: (r) => (r.code === 0 ? null : `exit code ${r.code}: ${r.stderr.slice(0, 200)}`),
    });
  }
  const biggest = cases[cases.length - 1];
  row({
    name: FLOOR.cold(biggest.mb),
    reps: coldReps(biggest.mb),
    prepare: () => truncate(biggest, biggest.base),
    run: () => runNode([floors.cold, biggest.transcript], { env: envFor(biggest.project), cwd: biggest.project }, rss),
    check: (r) => (r.code === 0 ? null : `exit code ${r.code}: ${r.stderr.slice(0, 200)}`),
  });
  for (const c of cases) {
    row({
      name: `Stop, ${c.mb} MB transcript, first save (cold)`,
      reps: coldReps(c.mb),
      prepare() {
        resetState(stateDirOf(c.project), null);
        truncate(c, c.base);
      },
      run: () => hook(c.project, stopInput(c)),
      check: (r) => expectCursor(c, c.base, r),
      cold: c.mb,
      floor: c === cases[cases.length - 1] ? FLOOR.cold(c.mb) : undefined,
    });
  }
  for (const c of cases) {
    let expected = 0;
    row({
      name: `Stop, ${c.mb} MB transcript, +50 KB (steady)`,
      reps: REPS,
      prepare() {
        resetState(stateDirOf(c.project), c.snapshot);
        truncate(c, c.base);
        const chunk = appendChunk(lines, APPEND_BYTES);
        fs.appendFileSync(c.transcript, chunk);
        expected = c.base + chunk.length;
      },
      run: () => hook(c.project, stopInput(c)),
      check: (r) => expectCursor(c, expected, r),
      steady: c.mb,
      floor: FLOOR.stop,
      floor1: FLOOR.stopOneFile,
    });
  }
  {
    // A turn that only read and talked: no tool that can change files, so git's last answer stands.
    const c = cases[0];
    let expected = 0;
    row({
      name: `Stop, ${c.mb} MB transcript, +50 KB read-only turn (git skipped)`,
      reps: REPS,
      prepare() {
        resetState(stateDirOf(c.project), c.snapshot);
        truncate(c, c.base);
        const chunk = appendReadOnlyChunk(lines, APPEND_BYTES);
        fs.appendFileSync(c.transcript, chunk);
        expected = c.base + chunk.length;
      },
      run: () => hook(c.project, stopInput(c)),
      check: (r) => expectCursor(c, expected, r),
      readOnly: c.mb,
      floor: FLOOR.stop,
      floor1: FLOOR.stopOneFile,
    });
  }
  row({
    name: "SubagentStop",
    reps: REPS,
    floor: FLOOR.stop,
    floor1: FLOOR.stopOneFile,
    prepare: () => resetState(stateDirOf(subProject), seed.snapshot),
    run: () =>
      hook(subProject, {
        session_id: sessionId,
        transcript_path: seed.transcript,
        cwd: subProject,
        hook_event_name: "SubagentStop",
        agent_id: agentId,
        agent_type: "Explore",
        agent_transcript_path: agentTranscript,
        last_assistant_message: "The reader lives in src/transcript/reader.ts; it reads only appended bytes.",
      }),
    check(r) {
      if (r.code !== 0) return `exit code ${r.code}`;
      // A SubagentStop drops its report into the session's inbox; the next save moves it in.
      const inbox = path.join(stateDirOf(subProject), "sessions", `${sessionId}.inbox`);
      const reports = fs.existsSync(inbox) ? fs.readdirSync(inbox).map((n) => JSON.parse(fs.readFileSync(path.join(inbox, n), "utf8"))) : [];
      const s = JSON.parse(fs.readFileSync(path.join(stateDirOf(subProject), "sessions", `${sessionId}.json`), "utf8"));
      return [...(s.subagents ?? []), ...reports].some((a) => a.id === agentId) ? null : "the subagent was not recorded";
    },
  });
  row({
    name: "`session-state load`",
    reps: REPS,
    run: () => runNode([bundle, "load"], { env: envFor(startProject), cwd: startProject }, rss),
    check(r, rowDef) {
      if (r.code !== 0) return `exit code ${r.code}: ${r.stderr.slice(0, 200)}`;
      const text = r.stdout.replace(/\n$/, "");
      if (!text) return "load printed nothing";
      rowDef.injected = text.length;
      return null;
    },
  });

  // Measured rounds: every sample is preceded by a bare `node -e 0`, rows take turns.
  const bare = [];
  const bareRun = () => runNode(["-e", "0"], { env: envFor(startProject), cwd: startProject }, rss);
  for (let i = 0; i < 3; i++) await bareRun();
  const maxReps = Math.max(...rows.map((r) => r.reps));
  for (let round = 0; round < maxReps; round++) {
    for (const r of rows) {
      if (round >= r.reps) continue;
      r.prepare?.();
      bare.push(await bareRun());
      const res = await r.run();
      const bad = r.check(res, r);
      if (bad) fail(`${r.name}: ${bad}`);
      r.samples.push(res);
    }
    say(`round ${round + 1}/${maxReps} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }

  // git processes per event, counted with a logging `git` first on PATH (not timed).
  const spyLog = path.join(root, "git-calls.log");
  const spyBin = path.join(root, "spy-bin");
  makeGitSpy(spyBin, spyLog);
  const spyEnv = { PATH: `${spyBin}${path.delimiter}${process.env.PATH ?? "/usr/bin:/bin"}` };
  const countGit = async (label, prepare, run) => {
    prepare?.();
    fs.rmSync(spyLog, { force: true });
    const r = await run();
    if (r.code !== 0) fail(`${label} under the git spy: exit code ${r.code}`);
    return fs.existsSync(spyLog) ? fs.readFileSync(spyLog, "utf8").split("\n").filter(Boolean) : [];
  };
  const small = cases[0];
  const gitCalls = {
    "Stop (steady)": await countGit(
      "Stop",
      rows.find((r) => r.steady === small.mb).prepare,
      () => hook(small.project, stopInput(small), spyEnv),
    ),
    "Stop (cold)": await countGit(
      "Stop",
      rows.find((r) => r.cold === small.mb).prepare,
      () => hook(small.project, stopInput(small), spyEnv),
    ),
    "Stop (read-only turn)": await countGit(
      "Stop",
      rows.find((r) => r.readOnly === small.mb).prepare,
      () => hook(small.project, stopInput(small), spyEnv),
    ),
    SubagentStop: await countGit("SubagentStop", () => resetState(stateDirOf(subProject), seed.snapshot), () =>
      hook(subProject, { session_id: sessionId, cwd: subProject, hook_event_name: "SubagentStop", agent_id: agentId }, spyEnv),
    ),
    SessionStart: await countGit("SessionStart", null, () =>
      hook(startProject, { session_id: randomUUID(), cwd: startProject, hook_event_name: "SessionStart", source: "startup" }, spyEnv),
    ),
  };

  const sum = summarise(rows, bare);
  const bundleBytes = fs.statSync(bundle).size;
  // A session's first save also asks git where its files are (for the quiet-turn skip), alongside
  // status and log: three processes at once, once per session. Every later save runs at most two.
  const maxGitPerSave = Math.max(gitCalls["Stop (steady)"].length, gitCalls.SubagentStop.length);
  const steadyRow = (c) => `Stop, ${c.mb} MB transcript, +50 KB (steady)`;
  const targets = [
    ...cases.flatMap((c) => [
      { label: `Stop steady ${c.mb} MB wall vs its floor`, row: steadyRow(c), base: FLOOR.stop, metric: "wall", max: 1.2 },
      { label: `Stop steady ${c.mb} MB peak RSS vs node`, row: steadyRow(c), metric: "rssX", max: 1.5 },
    ]),
    { label: `Stop steady flat: ${biggest.mb} MB vs ${cases[0].mb} MB wall`, row: steadyRow(biggest), base: steadyRow(cases[0]), metric: "wall", max: 1.1 },
    { label: `Stop read-only turn ${cases[0].mb} MB wall vs the Stop floor`, row: `Stop, ${cases[0].mb} MB transcript, +50 KB read-only turn (git skipped)`, base: FLOOR.stop, metric: "wall", max: 1.2 },
    { label: `Stop cold ${biggest.mb} MB wall vs its floor`, row: `Stop, ${biggest.mb} MB transcript, first save (cold)`, base: FLOOR.cold(biggest.mb), metric: "wall", max: 0.5 },
    { label: `Stop cold ${biggest.mb} MB peak RSS vs node`, row: `Stop, ${biggest.mb} MB transcript, first save (cold)`, metric: "rssX", max: 2 },
    { label: "SessionStart wall vs its floor", row: "SessionStart (startup, saved state)", base: FLOOR.start, metric: "wall", max: 1.2 },
    { label: "SubagentStop wall vs the Stop floor", row: "SubagentStop", base: FLOOR.stop, metric: "wall", max: 1.2 },
    { label: "git processes per save after a session's first", value: maxGitPerSave, max: 2 },
    { label: "git processes on a session's first save (run side by side)", value: gitCalls["Stop (cold)"].length, max: 3 },
    { label: "git processes on a read-only turn", value: gitCalls["Stop (read-only turn)"].length, max: 0 },
  ];

  const out = [];
  out.push(
    `session-state bench — Node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()} ${os.release()}; peak RSS via ${rss.label}`,
  );
  out.push(
    `Bundle ${path.relative(repoRoot, bundle).startsWith("..") ? bundle : path.relative(repoRoot, bundle)}: ${bundleBytes} bytes (${(bundleBytes / 1024).toFixed(1)} KiB). Reps: ${REPS} (cold: ${cases
      .map((c) => `${c.mb} MB ${coldReps(c.mb)}`)
      .join(", ")}); each sample follows its own \`node -e 0\`; ratios = median / median of those.`,
  );
  out.push(generated);
  out.push("");
  out.push(table(sum));
  out.push("");
  out.push(`git processes: ${Object.entries(gitCalls).map(([k, v]) => `${k} ${v.length}${v.length ? ` (${v.map((a) => a.split(" ").slice(0, 2).join(" ")).join("; ")})` : ""}`).join(", ")}`);
  out.push("");
  out.push(...checks(sum, targets));
  out.push("");
  out.push(...notes(sum, [
    { label: "one file of the hook's size, Stop floor", row: FLOOR.stopOneFile, base: FLOOR.stop },
    { label: "one file of the hook's size, SessionStart floor", row: FLOOR.startOneFile, base: FLOOR.start },
    ...cases.map((c) => ({ label: `Stop steady ${c.mb} MB vs the one-file Stop floor`, row: steadyRow(c), base: FLOOR.stopOneFile })),
    { label: `Stop read-only turn ${cases[0].mb} MB vs the one-file Stop floor`, row: `Stop, ${cases[0].mb} MB transcript, +50 KB read-only turn (git skipped)`, base: FLOOR.stopOneFile },
    { label: "SessionStart vs the one-file SessionStart floor", row: "SessionStart (startup, saved state)", base: FLOOR.startOneFile },
    { label: "SubagentStop vs the one-file Stop floor", row: "SubagentStop", base: FLOOR.stopOneFile },
  ]));
  out.push("");
  out.push(`total bench time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.stdout.write(`${out.join("\n")}\n`);
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (err) => {
    say(err instanceof BenchError ? `bench broke: ${err.message}` : `bench broke: ${err?.stack ?? err}`);
    process.exitCode = 1;
  },
);
