// Shortening text without breaking a character. `text.slice(0, n)` counts UTF-16 code units: it
// can cut an emoji in half (a lone surrogate, which strict JSON parsers reject) or split what a
// reader sees as one character (a flag, a family emoji, a letter and its accent). Every cut of
// user text goes through here.

type Segmenter = { segment(text: string): Iterable<{ index: number }> };

// Undefined until the first cut that needs it; null when this Node has no Intl.Segmenter (a build
// without ICU), and then cuts fall back to code point boundaries.
let segmenter: Segmenter | null | undefined;

function graphemes(): Segmenter | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as { Segmenter?: new (locale?: string, opts?: { granularity: "grapheme" }) => Segmenter }).Segmenter;
    segmenter = typeof Ctor === "function" ? new Ctor(undefined, { granularity: "grapheme" }) : null;
  }
  return segmenter;
}

/** Tests only: run as on a Node without Intl.Segmenter (true), or as normal again (false). */
export function withoutSegmenterForTests(off: boolean): void {
  segmenter = off ? null : undefined;
}

/** Tests only: whether a cut so far needed Intl.Segmenter. */
export const segmenterLoadedForTests = (): boolean => !!segmenter;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether the code point starting (or ending, for a low surrogate) at `i` is a regional indicator (flag half). */
function isRegional(text: string, i: number): boolean {
  const cp = text.codePointAt(isLow(text.charCodeAt(i)) && i > 0 ? i - 1 : i) ?? 0;
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** The largest code point boundary at or before `end`. */
function codePointEnd(text: string, end: number): number {
  return end > 0 && end < text.length && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end)) ? end - 1 : end;
}

const WINDOW = 64;

/**
 * The largest grapheme boundary at or before `end`. Only a window before the cut is segmented, so a
 * long text is not walked from its start on every cut. A window that starts inside a cluster (an
 * emoji sequence, a conjunct) can show one false break, before the cluster's real end, and never
 * hides a real one; so the window's first break is not trusted unless the window starts the text.
 * A run of flags is the exception (which halves pair up depends on the whole run): the window
 * starts before it. A window with no trusted break grows.
 */
function graphemeEnd(text: string, end: number, seg: Segmenter): number {
  for (let width = WINDOW; ; width *= 4) {
    let from = codePointEnd(text, Math.max(0, end - width));
    while (from > 0 && isRegional(text, from)) from = codePointEnd(text, from - 1);
    // One code point past the cut is enough to know whether the cut is a boundary.
    const window = text.slice(from, Math.min(text.length, end + 2));
    const breaks: number[] = [];
    for (const { index } of seg.segment(window)) {
      if (from + index > end) break;
      breaks.push(from + index);
    }
    if (from === 0) return breaks[breaks.length - 1] ?? 0;
    // breaks[0] is the window's start and breaks[1] may be false.
    if (breaks.length > 2) return breaks[breaks.length - 1] as number;
  }
}

// Characters that never join a neighbour into one grapheme: controls, and letters, digits,
// punctuation, symbols and spaces of the scripts outside the Indic and South-East Asian blocks
// (whose Prepend and SpacingMark letters do join), Hangul, flags, combining marks and skin tones.
// Every such code point was checked against Intl.Segmenter (test/unit/clip.test.ts samples them).
const QUIET = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u;
const JOINS = /[\p{M}\p{RI}\p{Emoji_Modifier}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\uFF9E\uFF9F]/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const CONTROL = /^\p{Cc}$/u;

export function quietCodePoint(cp: number): boolean {
  if (cp < 0x80) return true;
  const c = String.fromCodePoint(cp);
  if (CONTROL.test(c)) return true;
  const plainBlock = cp < 0x900 || (cp >= 0x1e00 && cp < 0xa000) || (cp >= 0xf900 && cp <= 0xffff);
  return (plainBlock || PICTOGRAPH.test(c)) && QUIET.test(c) && !JOINS.test(c);
}

/**
 * Whether a cut at code point boundary `end` surely falls between two graphemes without asking
 * Intl.Segmenter, whose first use loads ICU's break rules (10-60 ms): most cuts are between two
 * plain letters, emoji or spaces.
 */
function plainBoundary(text: string, end: number): boolean {
  if (end <= 0 || end >= text.length) return true;
  const a = text.charCodeAt(end - 1);
  const b = text.charCodeAt(end);
  if (a === 13 && b === 10) return false;
  const before = isLow(a) && end > 1 && isHigh(text.charCodeAt(end - 2)) ? (text.codePointAt(end - 2) as number) : a;
  return quietCodePoint(before) && quietCodePoint(text.codePointAt(end) as number);
}

/** The longest prefix of `text` of at most `max` UTF-16 units that ends on a character boundary. */
export function prefixAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = codePointEnd(text, Math.max(0, Math.floor(max)));
  if (plainBoundary(text, end)) return text.slice(0, end);
  const seg = graphemes();
  return text.slice(0, seg ? graphemeEnd(text, end, seg) : end);
}

/** `text` shortened to at most `max` units, ending with "…" when cut; cut only between characters. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return "";
  let head = prefixAt(text, Math.max(0, max - 1));
  // Trailing white space goes; a shorter head must end on a boundary too.
  for (let trimmed = head.trimEnd(); trimmed.length < head.length; trimmed = head.trimEnd()) head = prefixAt(text, trimmed.length);
  return `${head}…`;
}
