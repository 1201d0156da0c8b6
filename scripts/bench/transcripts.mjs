// Synthetic large transcripts built from real ones: whole corpus sessions are replayed one after
// another with fresh ids and a running clock, so the byte mix (tool results, progress lines,
// thinking blocks, glued records) is that of real Claude Code sessions, not one repeated line.
import * as fs from "node:fs";
import * as path from "node:path";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const SESSION_ID = /"sessionId":"[^"]*"/g;
const TIMESTAMP = /"timestamp":"\d{4}-\d\d-\d\dT[0-9:.]+Z"/g;

/** The corpus folder: env SESSION_STATE_CORPUS, else ../shared/corpus next to the repository. */
export function corpusDir(repoRoot) {
  const dir = process.env.SESSION_STATE_CORPUS || path.resolve(repoRoot, "..", "shared", "corpus");
  return fs.existsSync(dir) && fs.statSync(dir).isDirectory() ? dir : null;
}

export function listJsonl(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith(".jsonl")) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Main session transcripts only (subagent files are another session's shape), in a fixed order. */
export function loadSessions(dir) {
  const files = listJsonl(dir).filter((f) => !f.includes(`${path.sep}subagents${path.sep}`));
  const sessions = files
    .map((f) => ({ name: path.relative(dir, f), lines: fs.readFileSync(f, "utf8").split(/\r?\n/).filter((l) => l.length > 0) }))
    .filter((s) => s.lines.length > 0);
  if (sessions.length < 3) throw new Error(`corpus ${dir} holds fewer than 3 transcripts`);
  return sessions;
}

/**
 * An endless stream of rewritten corpus lines. Each replay of a session gets its own uuid space
 * (the last 12 hex digits carry the replay number), every sessionId becomes `sessionId`, and
 * timestamps advance by a second per line from `startMs`.
 */
export function* realLines(sessions, sessionId, startMs = Date.UTC(2026, 10, 1)) {
  let clock = startMs;
  for (let replay = 0; ; replay++) {
    const s = sessions[replay % sessions.length];
    const tag = (replay + 1).toString(16).padStart(6, "0");
    for (const line of s.lines) {
      clock += 1000;
      const ts = new Date(clock).toISOString();
      yield line
        .replace(UUID, (u) => `${u.slice(0, 24)}${tag}${u.slice(30)}`)
        .replace(SESSION_ID, `"sessionId":"${sessionId}"`)
        .replace(TIMESTAMP, `"timestamp":"${ts}"`);
    }
  }
}

/**
 * Writes one file per target size, all prefixes of one stream cut at line boundaries (each at least
 * its target). Returns the stream so callers can keep drawing fresh lines from it.
 */
export function writeTranscripts(targets, lines) {
  const open = targets.map((t) => ({ ...t, fd: fs.openSync(t.file, "w"), written: 0 }));
  const BATCH = 4 << 20;
  let pending = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const buf = Buffer.from(pending.join(""), "utf8");
    for (const o of open) {
      if (o.written >= o.bytes) continue;
      fs.writeSync(o.fd, buf);
      o.written += buf.length;
    }
    pending = [];
    pendingBytes = 0;
  };
  const largest = Math.max(...targets.map((t) => t.bytes));
  let total = 0;
  while (total < largest) {
    const line = `${lines.next().value}\n`;
    const n = Buffer.byteLength(line);
    pending.push(line);
    pendingBytes += n;
    total += n;
    // Cut a batch exactly where a smaller target is crossed, so that file ends on this line.
    if (pendingBytes >= BATCH || open.some((o) => o.written < o.bytes && o.written + pendingBytes >= o.bytes)) flush();
  }
  flush();
  for (const o of open) fs.closeSync(o.fd);
  return open.map((o) => ({ file: o.file, bytes: o.written }));
}

/** About `bytes` of whole, modest-sized real lines (a 1 MB tool result would not be a typical turn). */
export function appendChunk(lines, bytes, maxLine = 16 << 10) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const line = `${lines.next().value}\n`;
    const n = Buffer.byteLength(line);
    if (n > maxLine) continue;
    parts.push(line);
    size += n;
  }
  return Buffer.from(parts.join(""), "utf8");
}

const READ_ONLY_TOOLS = new Set(["Read", "Grep", "Glob", "WebFetch", "WebSearch", "ToolSearch"]);

/** Whether a line is part of a turn that only reads and talks: no tool that could change a file, no subagent. */
function readOnlyLine(line) {
  let r;
  try {
    r = JSON.parse(line);
  } catch {
    return false;
  }
  const content = r?.message?.content;
  if (r?.type === "user") {
    // A `!` shell command or a background task's report may stand for changed files: not read-only.
    const text = typeof content === "string" ? content : Array.isArray(content) && content.every((b) => b?.type === "text") ? content.map((b) => b.text).join("") : null;
    return text !== null && r.origin?.kind !== "task-notification" && !/^\s*<(bash-|task-notification>)/.test(text);
  }
  if (r?.type === "assistant") {
    return Array.isArray(content) && content.every((b) => b?.type === "text" || b?.type === "thinking" || (b?.type === "tool_use" && READ_ONLY_TOOLS.has(b.name)));
  }
  return false;
}

/** Like appendChunk, from the lines of read-only turns only (the case where the hook may skip git). */
export function appendReadOnlyChunk(lines, bytes, maxLine = 16 << 10) {
  const parts = [];
  let size = 0;
  for (let seen = 0; size < bytes; seen++) {
    if (seen > 2_000_000) throw new Error("the corpus has too few read-only lines for a turn");
    const line = `${lines.next().value}\n`;
    const n = Buffer.byteLength(line);
    if (n > maxLine || !readOnlyLine(line)) continue;
    parts.push(line);
    size += n;
  }
  return Buffer.from(parts.join(""), "utf8");
}
