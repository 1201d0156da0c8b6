// Reads the hook input with a size cap. Plain fs reads where possible, not process.stdin: touching
// process.stdin loads Node's whole stream stack (≈ 4–5 ms of a hook run, measured with --cpu-prof),
// more than everything else the SessionStart path does.
import * as fs from "node:fs";
import type { Readable } from "node:stream";

/** `value`: the input parsed, when reading proved it one whole JSON object (it is not parsed twice). */
export type StdinResult = { data: Buffer; value?: Record<string, unknown> } | { tooLarge: true };

export const MAX_INPUT_BYTES = 8 << 20;

const CLOSE_BRACE = 0x7d;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const CHUNK = 64 * 1024;
/** An empty pipe is polled after 1, 2, 4… ms, then at this pace. */
const MAX_POLL_MS = 8;

/** The bytes so far as one whole JSON object (nothing can follow it but whitespace), or null. */
function wholeObject(chunks: Buffer[], size: number): StdinResult | null {
  const last = chunks[chunks.length - 1];
  if (!last) return null;
  let i = last.length - 1;
  while (i >= 0 && WHITESPACE.has(last[i] as number)) i--;
  if (i < 0 || last[i] !== CLOSE_BRACE) return null;
  // One read is the usual case: no copy (each first use of a Buffer method costs ~0.1 ms here).
  const data = chunks.length === 1 ? last : Buffer.concat(chunks, size);
  try {
    const text = data.toString("utf8");
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? { data, value: value as Record<string, unknown> } : null;
  } catch {
    return null;
  }
}

export type InputSource = { kind: "none" } | { kind: "fd"; fd: number } | { kind: "stream" };

/** Node's internal binding for pipes and UNIX sockets, as `process.binding("pipe_wrap")` gives it. */
export interface PipeBinding {
  Pipe: new (type: number) => { open(fd: number): number };
  constants: { SOCKET: number };
}

/**
 * How to read descriptor `fd` without ever blocking the process:
 * - a terminal or a device such as /dev/null or /dev/zero is no hook input: nothing is read;
 * - a regular file is read as it is (such reads never wait);
 * - a pipe or a socket (Claude Code hands hooks a UNIX socket) is switched to O_NONBLOCK through
 *   Node's own pipe handle, exactly what process.stdin does on first use, minus the stream stack
 *   (≈ 5 ms). A blocking read would park the process, or a thread-pool thread that process.exit
 *   then waits for, so a writer that never finishes could outlive the hard stop;
 * - when that binding is unavailable, a Node stream.
 */
export function inputSource(fd: number, pipeBinding: () => PipeBinding | undefined): InputSource {
  let st: fs.Stats;
  try {
    st = fs.fstatSync(fd);
  } catch {
    return { kind: "none" };
  }
  if (st.isCharacterDevice()) return { kind: "none" };
  if (st.isFile()) return { kind: "fd", fd };
  if (st.isFIFO() || st.isSocket()) {
    try {
      const b = pipeBinding();
      if (b && new b.Pipe(b.constants.SOCKET).open(fd) === 0) return { kind: "fd", fd };
    } catch {
      /* the stream below */
    }
  }
  return { kind: "stream" };
}

/**
 * Reads a descriptor that never blocks (see inputSource) until end of input, or until the bytes
 * hold one complete JSON object: a caller that writes the input but never closes the pipe does
 * not keep the hook waiting for its budget. An empty pipe is polled; a read error ends the input
 * where it stands.
 */
export function readFd(fd: number, maxBytes: number): Promise<StdinResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let wait = 1;
    const whole = (): StdinResult => ({ data: Buffer.concat(chunks, size) });
    const step = (): void => {
      for (;;) {
        const buf = Buffer.allocUnsafe(CHUNK);
        let n: number;
        try {
          n = fs.readSync(fd, buf, 0, CHUNK, null);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== "EAGAIN") return resolve(whole());
          setTimeout(step, wait);
          wait = Math.min(wait * 2, MAX_POLL_MS);
          return;
        }
        if (n === 0) return resolve(whole());
        size += n;
        if (size > maxBytes) return resolve({ tooLarge: true });
        chunks.push(buf.subarray(0, n));
        const done = wholeObject(chunks, size);
        if (done) return resolve(done);
      }
    };
    step();
  });
}

/** The fallback for descriptors inputSource cannot read without blocking. Same rules as readFd. */
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
      const done = wholeObject(chunks, size);
      if (done) finish(done);
    });
    stream.on("end", () => finish({ data: Buffer.concat(chunks, size) }));
    stream.on("error", () => finish({ data: Buffer.concat(chunks, size) }));
  });
}

/** What only the entry may touch: the stdin stream, and the binding that reads it without streams. */
export interface InputHost {
  stream: () => Readable;
  pipeBinding: () => PipeBinding | undefined;
}

/** The input on descriptor `fd` with the size cap; an oversized input becomes an empty one plus a log line. */
export async function readInput(fd: number, host: InputHost): Promise<StdinResult> {
  const source = inputSource(fd, host.pipeBinding);
  if (source.kind === "none") return { data: Buffer.alloc(0) };
  return source.kind === "fd" ? readFd(source.fd, MAX_INPUT_BYTES) : readStream(host.stream(), MAX_INPUT_BYTES);
}

const EVENT_HINT = /"hook_event_name"\s*:\s*"([A-Za-z]{1,40})"/;
/** The events with a handler (events/schema.ts), repeated here so the entry need not load it. */
const HANDLED = new Set(["SessionStart", "Stop", "StopFailure", "SubagentStop", "PreCompact", "SessionEnd", "PostModelSwitch"]);

/**
 * The handled event an input names, or null. Only a hint (it picks which code cache to use, and
 * whether git starts early); the input is validated properly later.
 */
export function eventHint(input: StdinResult): string | null {
  if ("tooLarge" in input) return null;
  const name = input.value ? input.value.hook_event_name : EVENT_HINT.exec(input.data.toString("utf8"))?.[1];
  return typeof name === "string" && HANDLED.has(name) ? name : null;
}
