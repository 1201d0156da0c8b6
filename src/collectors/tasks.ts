// Task tools (TaskCreate/TaskUpdate) keep their list on disk: `<claude>/tasks/<list id>/<n>.json`.
// When that folder exists it is the truth; the transcript only fills in when it does not.
import * as path from "node:path";
import * as z from "zod/mini";
import { listDir, readJson } from "../io/fs";
import type { Redactor } from "../state/redact";
import type { Task } from "../state/schema";
import { clip } from "../clip";

const SAFE_ID = /^[A-Za-z0-9._-]{1,200}$/;
/** A field of the wrong type costs that field, not the task: Claude Code owns this format. */
const loose = <T extends z.ZodMiniType>(t: T) => z.catch(z.optional(t), undefined);
const TaskFile = z.object({
  id: loose(z.union([z.string(), z.number()])),
  subject: z.catch(z.string(), ""),
  status: z.catch(z.enum(["pending", "in_progress", "completed", "deleted"]), "pending"),
  activeForm: loose(z.string()),
  blockedBy: loose(z.array(z.unknown())),
});

export function readTaskDir(claudeDir: string, listId: string, redact: Redactor): Task[] | null {
  if (!SAFE_ID.test(listId) || listId.startsWith(".")) return null;
  const dir = path.join(claudeDir, "tasks", listId);
  const names = listDir(dir).filter((n) => n.endsWith(".json")).slice(0, 500);
  if (names.length === 0) return null;
  const tasks: Task[] = [];
  for (const name of names) {
    // Not JSON yet (Claude Code writing it) or not an object: skipped, as if absent.
    const parsed = TaskFile.safeParse(readJson(path.join(dir, name), 64 * 1024));
    if (!parsed.success) continue;
    const t = parsed.data;
    tasks.push({
      id: t.id !== undefined ? String(t.id) : name.replace(/\.json$/, ""),
      subject: clip(redact(t.subject), 300),
      status: t.status,
      activeForm: t.activeForm !== undefined ? clip(redact(t.activeForm), 200) : undefined,
      blockedBy: t.blockedBy?.filter((b): b is string => typeof b === "string").slice(0, 10),
    });
  }
  return tasks.sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));
}
