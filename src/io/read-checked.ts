// The one way a file we wrote earlier is read back: parsed and validated against its schema, or
// treated as absent. A file that exists but is not valid JSON or fails its schema (an older
// version, an edit by hand, a damaged disk) is logged and never trusted.
import * as path from "node:path";
import type * as z from "zod/mini";
import { log as msg } from "../messages";
import { readSmallText } from "./fs";
import type { Logger } from "./log";

/** The first few issues as `path: message`, short enough for one log line. */
export function issuesText(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`)
    .join("; ");
}

export function readChecked<S extends z.ZodMiniType>(file: string, maxBytes: number, schema: S, log: Logger): z.infer<S> | null {
  const text = readSmallText(file, maxBytes);
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    log(msg.fileInvalid(path.basename(file), "not JSON"));
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log(msg.fileInvalid(path.basename(file), issuesText(parsed.error)));
  return null;
}
