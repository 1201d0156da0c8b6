// Reads the hook input from a stream with a size cap. The stream is handed in by the entry, which
// alone touches `process`.
import type { Readable } from "node:stream";

export type StdinResult = { data: Buffer } | { tooLarge: true };

export function readStream(stream: Readable, maxBytes: number): Promise<StdinResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: StdinResult): void => {
      if (done) return;
      done = true;
      stream.removeAllListeners("data");
      resolve(r);
    };
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy();
        finish({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    stream.on("end", () => finish({ data: Buffer.concat(chunks) }));
    stream.on("error", () => finish({ data: Buffer.concat(chunks) }));
  });
}
