// Reads the hook input from a stream with a size cap. The stream is handed in by the entry, which
// alone touches `process`.
import type { Readable } from "node:stream";

export type StdinResult = { data: Buffer } | { tooLarge: true };

const CLOSE_BRACE = 0x7d;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** True when the bytes so far are one whole JSON object: nothing can follow it but whitespace. */
function wholeObject(chunks: Buffer[], size: number): boolean {
  const last = chunks[chunks.length - 1];
  if (!last) return false;
  let i = last.length - 1;
  while (i >= 0 && WHITESPACE.has(last[i] as number)) i--;
  if (i < 0 || last[i] !== CLOSE_BRACE) return false;
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks, size).toString("utf8").replace(/^\uFEFF/, ""));
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Resolves at the end of the stream, or as soon as it holds one complete JSON object: a caller
 * that writes the input but never closes the pipe does not keep the hook waiting for its budget.
 */
export function readStream(stream: Readable, maxBytes: number): Promise<StdinResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: StdinResult): void => {
      if (done) return;
      done = true;
      stream.removeAllListeners("data");
      stream.pause();
      resolve(r);
    };
    stream.on("data", (chunk: Buffer | string) => {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > maxBytes) {
        stream.destroy();
        finish({ tooLarge: true });
        return;
      }
      chunks.push(buf);
      if (wholeObject(chunks, size)) finish({ data: Buffer.concat(chunks, size) });
    });
    stream.on("end", () => finish({ data: Buffer.concat(chunks, size) }));
    stream.on("error", () => finish({ data: Buffer.concat(chunks, size) }));
  });
}
