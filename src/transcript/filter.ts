// Byte-level pre-filter run before JSON.parse. Most of a transcript's bytes are tool results
// (file contents, command output), subagent progress and bookkeeping records we never use;
// recognising them by a few markers keeps a cold read of a large transcript cheap. A false
// positive only costs a parse; a false negative would lose data, so any doubt means "parse it".

const SKIP_TYPES = [
  "progress",
  "api-request",
  "file-history",
  "queue-operation",
  "cost-state",
  "tools-used",
  "atis-latch",
  "last-prompt",
  "pr-link",
].map((t) => Buffer.from(`${t}"`));

const TYPE_KEY = Buffer.from('"type":');
const TOOL_RESULT = Buffer.from("tool_use_id");
// Tool results we do read: todo lists, task creation, subagent reports and launches.
const RESULT_MARKERS = ["newTodos", "agentId", "totalDurationMs", '"task"', "Task #", "async_launched"].map((m) =>
  Buffer.from(m),
);

/** The value of the first `"type":` key, when it is one of the record types we never use. */
function skippedType(line: Buffer): boolean {
  const at = line.indexOf(TYPE_KEY);
  if (at === -1 || at > 2048) return false;
  let i = at + TYPE_KEY.length;
  while (line[i] === 32) i++;
  if (line[i] !== 34) return false;
  i++;
  for (const t of SKIP_TYPES) {
    if (line.length >= i + t.length && line.subarray(i, i + t.length).equals(t)) return true;
  }
  return false;
}

export function wantedLine(line: Buffer): boolean {
  if (skippedType(line)) return false;
  if (line.indexOf(TOOL_RESULT) === -1) return true;
  for (const m of RESULT_MARKERS) if (line.indexOf(m) !== -1) return true;
  return false;
}
