// Real transcripts occasionally hold two JSON records on one line (a write that lost its newline).
// Split such a line into its top-level values by tracking strings and nesting depth.

/**
 * The boundary of two glued records. In compact JSON a quote inside a string is always escaped,
 * so `}{"` occurs only between two top-level values, never inside one.
 */
export const GLUED = Buffer.from('}{"', "latin1");

/** The top-level values of `text`, and whether the last one closed at the end of the text. */
function scanValues(text: string): { values: unknown[]; complete: boolean } {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let closedAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0 && start >= 0) {
        try {
          values.push(JSON.parse(text.slice(start, i + 1)));
          closedAt = i;
        } catch {
          /* a broken fragment is skipped, the rest of the line still counts */
        }
        start = -1;
      } else if (depth < 0) depth = 0;
    }
  }
  const complete = values.length > 0 && depth === 0 && !inString && text.slice(closedAt + 1).trim() === "";
  return { values, complete };
}

export function splitJsonValues(text: string): unknown[] {
  return scanValues(text).values;
}

export function parseLine(text: string): unknown[] {
  try {
    return [JSON.parse(text)];
  } catch {
    return text.includes("}{") || text.includes("} {") ? splitJsonValues(text) : [];
  }
}

/**
 * The records of a line that may still be being written: only when the text is whole (one JSON
 * object, or glued objects the last of which closes at the end). A record cut short, even after a
 * complete glued one, gives null so the line is read again once finished.
 */
export function parseComplete(text: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? [value] : null;
  } catch {
    if (!text.includes("}{") && !text.includes("} {")) return null;
    const { values, complete } = scanValues(text);
    return complete ? values : null;
  }
}
