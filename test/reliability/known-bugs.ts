// Bugs this suite found in modules it does not own, reported to their owners. Each has a test
// marked `it.fails` that reproduces it; when the bug is fixed that test starts failing and the entry
// (and any filter below that keeps the generators away from it) should be removed.
//
// - src/main.ts: an event name like {"toString":1} makes runHook throw
//   (property.test.ts, hostile-input.test.ts)
// - src/transcript/extract.ts: activeForm of TodoWrite and TaskUpdate is stored unredacted
//   (secrets.test.ts)
// - src/collectors/transcript.ts: a Stop with another transcript_path drops the cursor but keeps
//   the facts, so the real transcript is read again from 0 and counted twice (hostile-fs.test.ts)
// - src/state/facts.ts: LIMITS.subagents = 20 keeps 20 of 32 parallel subagent reports
//   (concurrency.test.ts)

/** src/main.ts: `String(name)` throws on an event name like {"toString":1} (an object whose own
 * toString/valueOf are not functions); runHook rejects instead of returning {}. */
export function hitsEventNameToString(stdin: Buffer): boolean {
  try {
    const v = JSON.parse(stdin.toString("utf8").replace(/^\uFEFF/, "")) as Record<string, unknown> | null;
    const name = v && typeof v === "object" ? v.hook_event_name : undefined;
    if (!name || typeof name !== "object") return false;
    String(name);
    return false;
  } catch (err) {
    return err instanceof TypeError;
  }
}
