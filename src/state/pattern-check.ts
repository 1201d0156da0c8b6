// The `redact` patterns of `.claude/session-state.json` come with the repository, so they are
// input, not code: one with nested quantifiers or overlapping alternatives, `(a+)+$`, backtracks
// exponentially, and a regular expression holds the thread (no timer, not even the hard stop, fires
// while it runs). Each pattern is checked with redos-detector before use; one it flags is dropped.
import { patterns as msg } from "../messages";

/** Longer patterns are dropped unchecked: the check's cost grows with them, a secret's shape does not need it. */
const MAX_PATTERN = 500;

/**
 * The check's work limit. Deterministic (steps, not time), so a busy machine never flips a verdict;
 * at this limit every pattern of the test suite's bad list is flagged and its good list passes, in
 * tens of milliseconds each (README, Security).
 */
const MAX_STEPS = 2000;

type Detector = typeof import("redos-detector");
let detector: Detector | undefined;
const memo = new Map<string, string | null>();

/** Why `pattern` is not used, or null when it is safe to run. Remembered for the process. */
export function patternProblem(pattern: string): string | null {
  const known = memo.get(pattern);
  if (known !== undefined) return known;
  const why = judge(pattern);
  memo.set(pattern, why);
  return why;
}

function judge(pattern: string): string | null {
  let re: RegExp;
  try {
    re = new RegExp(pattern, "g");
  } catch (err) {
    return msg.invalid((err as Error).message);
  }
  if (pattern.length > MAX_PATTERN) return msg.tooLong(MAX_PATTERN);
  // The redactor is synchronous and built in many places; the library is required here, on the
  // first user pattern, so runs without any never evaluate it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  detector ??= require("redos-detector") as Detector;
  try {
    const r = detector.isSafePattern(pattern, { maxSteps: MAX_STEPS });
    if (!r.safe) return msg.unsafe(r.error ?? "unsafe");
  } catch (err) {
    // Syntax the detector does not understand cannot be vouched for.
    return msg.unchecked((err as Error).message.slice(0, 120));
  }
  // An empty match would put a mark between every two characters.
  return re.test("") ? msg.empty : null;
}

/**
 * The patterns safe to run, and the others with the reason each is dropped. `known`: verdicts made
 * earlier for these very pattern texts (pattern-cache.ts), taken as they are; `verdicts` holds the
 * verdict of every pattern for the next run, and `judged` says whether any was missing from `known`.
 */
export function checkPatterns(
  patterns: readonly string[],
  known: Readonly<Record<string, string | null>> = {},
): { safe: string[]; dropped: Array<{ pattern: string; why: string }>; verdicts: Record<string, string | null>; judged: boolean } {
  const safe: string[] = [];
  const dropped: Array<{ pattern: string; why: string }> = [];
  const verdicts: Record<string, string | null> = {};
  let judged = false;
  for (const pattern of patterns) {
    const earlier = Object.hasOwn(known, pattern) ? known[pattern] : undefined;
    // Remembered for the process too, so that makeRedactor's own check of it costs nothing.
    if (earlier !== undefined) memo.set(pattern, earlier);
    else judged = true;
    const why = patternProblem(pattern);
    verdicts[pattern] = why;
    if (why === null) safe.push(pattern);
    else dropped.push({ pattern, why });
  }
  return { safe, dropped, verdicts, judged };
}
