// Task tools (TaskCreate/TaskUpdate) keep their list on disk: `<claude>/tasks/<list id>/<n>.json`.
// When that folder exists it is the truth; the transcript only fills in when it does not.
import * as path from "node:path";
import { listDir, readJson } from "../io/fs";
import type { Redactor } from "../state/redact";
import type { Task } from "../state/schema";
import { clip } from "../state/facts";

const SAFE_ID = /^[A-Za-z0-9._-]{1,200}$/;
const STATUSES = new Set(["pending", "in_progress", "completed", "deleted"]);

export function readTaskDir(claudeDir: string, listId: string, redact: Redactor): Task[] | null {
  if (!SAFE_ID.test(listId) || listId.startsWith(".")) return null;
  const dir = path.join(claudeDir, "tasks", listId);
  const names = listDir(dir).filter((n) => n.endsWith(".json")).slice(0, 500);
  if (names.length === 0) return null;
  const tasks: Task[] = [];
  for (const name of names) {
    const t = readJson(path.join(dir, name), 64 * 1024) as Record<string, unknown> | null;
    if (!t || typeof t !== "object") continue;
    const id = typeof t.id === "string" || typeof t.id === "number" ? String(t.id) : name.replace(/\.json$/, "");
    const subject = typeof t.subject === "string" ? t.subject : "";
    const status = typeof t.status === "string" && STATUSES.has(t.status) ? (t.status as Task["status"]) : "pending";
    tasks.push({
      id,
      subject: clip(redact(subject), 300),
      status,
      activeForm: typeof t.activeForm === "string" ? clip(redact(t.activeForm), 200) : undefined,
      blockedBy: Array.isArray(t.blockedBy) ? t.blockedBy.filter((b): b is string => typeof b === "string").slice(0, 10) : undefined,
    });
  }
  return tasks.sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));
}
