// Reads the hook input with a size cap, through the stdin stream the entry hands over (Node reads
// pipes and sockets without blocking, so the hard budget can still fire). Reading stops as soon as
// the bytes hold one whole JSON object: a caller that writes the input but never closes the pipe
// does not keep the hook waiting.
import * as fs from "node:fs";
import type { Readable } from "node:stream";

/** `value`: the input parsed, when reading proved it one whole JSON object (it is not parsed twice). */
export type StdinResult = { data: Buffer; value?: Record<string, unknown> } | { tooLarge: true };

export const MAX_INPUT_BYTES = 8 << 20;

const CLOSE_BRACE = 0x7d;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * The bytes so far as one whole JSON object (nothing can follow it but whitespace), or null. Only
 * a read that ends in `}` is worth joining and parsing.
 */
function wholeObject(chunks: Buffer[], size: number): StdinResult | null {
  const last = chunks[chunks.length - 1];
  if (!last) return null;
  let i = last.length - 1;
  while (i >= 0 && WHITESPACE.has(last[i] as number)) i--;
  if (i < 0 || last[i] !== CLOSE_BRACE) return null;
  const data = chunks.length === 1 ? last : Buffer.concat(chunks, size);
  try {
    const text = data.toString("utf8");
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? { data, value: value as Record<string, unknown> } : null;
  } catch {
    return null;
  }
}

/**
 * Whether descriptor `fd` can carry hook input: a terminal, a device such as /dev/null or a closed
 * descriptor cannot (reading a terminal would wait for someone to type).
 */
function readable(fd: number): boolean {
  try {
    return !fs.fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/**
 * The input on `stream` (descriptor `fd`) until its end or a whole JSON object, whichever comes
 * first; more than `maxBytes` is reported as too large. A read error ends the input where it stands.
 */
export function readInput(fd: number, stream: () => Readable, maxBytes = MAX_INPUT_BYTES): Promise<StdinResult> {
  if (!readable(fd)) return Promise.resolve({ data: Buffer.alloc(0) });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    let input: Readable;
    const finish = (r: StdinResult): void => {
      if (done) return;
      done = true;
      input.removeAllListeners("data");
      input.pause();
      resolve(r);
    };
    try {
      input = stream();
    } catch {
      resolve({ data: Buffer.alloc(0) });
      return;
    }
    input.on("data", (chunk: Buffer | string) => {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > maxBytes) {
        finish({ tooLarge: true });
        input.destroy();
        return;
      }
      chunks.push(buf);
      const whole = wholeObject(chunks, size);
      if (whole) finish(whole);
    });
    input.on("end", () => finish({ data: Buffer.concat(chunks, size) }));
    input.on("error", () => finish({ data: Buffer.concat(chunks, size) }));
  });
}
