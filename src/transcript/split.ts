// Real transcripts occasionally hold two JSON records on one line (a write that lost its newline).
// Split such a line into its top-level values by tracking strings and nesting depth.
export function splitJsonValues(text: string): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
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
          out.push(JSON.parse(text.slice(start, i + 1)));
        } catch {
          /* a broken fragment is skipped, the rest of the line still counts */
        }
        start = -1;
      } else if (depth < 0) depth = 0;
    }
  }
  return out;
}

export function parseLine(text: string): unknown[] {
  try {
    return [JSON.parse(text)];
  } catch {
    return text.includes("}{") || text.includes("} {") ? splitJsonValues(text) : [];
  }
}
