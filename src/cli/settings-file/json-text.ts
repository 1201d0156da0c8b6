// JSON files people edit by hand (Claude Code's settings): parse with the position of the first
// error, remember how the file was laid out, and write it back in the same layout.

export interface TextFormat {
  indent: string;
  eol: "\n" | "\r\n";
  finalNewline: boolean;
  bom: boolean;
}

export const DEFAULT_FORMAT: TextFormat = { indent: "  ", eol: "\n", finalNewline: true, bom: false };

export type ParsedText =
  | { ok: true; value: unknown; format: TextFormat }
  | { ok: false; message: string; line: number; column: number };

const WS = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** Offset of the first syntax error, or -1 when the text is valid JSON (or too deep to tell). */
export function errorOffset(t: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = (): void => {
    while (i < t.length && WS.has(t[i] as string)) i++;
  };
  const string = (): void => {
    i++;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail();
      if (c === 92) {
        const e = t[i + 1];
        if (e === "u") {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(t)) {
            i++;
            fail();
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail();
        }
        continue;
      }
      i++;
    }
    fail();
  };
  const value = (): void => {
    ws();
    const c = t[i];
    if (c === "{") {
      i++;
      ws();
      if (t[i] === "}") return void i++;
      for (;;) {
        ws();
        if (t[i] !== '"') fail();
        string();
        ws();
        if (t[i] !== ":") fail();
        i++;
        value();
        ws();
        if (t[i] === "}") return void i++;
        if (t[i] !== ",") fail();
        i++;
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (t[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (t[i] === "]") return void i++;
        if (t[i] !== ",") fail();
        i++;
      }
    }
    if (c === '"') return string();
    for (const word of ["true", "false", "null"]) if (t.startsWith(word, i)) return void (i += word.length);
    NUMBER.lastIndex = i;
    if (!NUMBER.test(t)) fail();
    i = NUMBER.lastIndex;
  };
  try {
    value();
    ws();
    if (i < t.length) fail();
    return -1;
  } catch (err) {
    if (typeof err === "number") return err;
    return -1;
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

/** Indentation of the first indented line, line endings, final newline, byte order mark. */
export function formatOf(text: string): TextFormat {
  const body = text.replace(/^\uFEFF/, "");
  const indent = /\n([ \t]+)\S/.exec(body)?.[1];
  return {
    indent: indent ? (indent.startsWith("\t") ? "\t" : indent) : DEFAULT_FORMAT.indent,
    eol: body.includes("\r\n") ? "\r\n" : "\n",
    finalNewline: body.length === 0 || /\n$/.test(body),
    bom: text.startsWith("\uFEFF"),
  };
}

function cleanMessage(message: string): string {
  return message
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/ in JSON at position \d+.*$/, "")
    .replace(/,\s*(?:\.\.\.)?".*" is not valid JSON$/s, "")
    .trim();
}

export function parseJsonText(text: string): ParsedText {
  const body = text.replace(/^\uFEFF/, "");
  try {
    return { ok: true, value: JSON.parse(body) as unknown, format: formatOf(text) };
  } catch (err) {
    const offset = errorOffset(body);
    const at = lineColumn(body, offset < 0 ? body.length : offset);
    return { ok: false, message: cleanMessage((err as Error).message) || "not valid JSON", ...at };
  }
}

export function stringifyJson(value: unknown, f: TextFormat): string {
  let out = JSON.stringify(value, null, f.indent);
  if (f.eol === "\r\n") out = out.replace(/\n/g, "\r\n");
  return `${f.bom ? "\uFEFF" : ""}${out}${f.finalNewline ? f.eol : ""}`;
}
