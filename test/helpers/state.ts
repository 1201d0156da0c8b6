import { emptyState, type SessionState } from "../../src/state/schema";

export const SAVED = "2026-11-28T10:00:00.000Z";

/** A state with every section filled, as after a realistic working session. */
export function richState(): SessionState {
  const s = emptyState("3f3f19b1-cbe7-4bc5-91aa-59ba222614f6", "/work/app", "2026-11-28T09:00:00.000Z");
  s.savedAt = SAVED;
  s.lastEvent = "Stop";
  s.prompts = [
    { text: "Add CSV export to the report page", at: "2026-11-28T09:01:00.000Z" },
    { text: "Also handle empty reports", at: "2026-11-28T09:40:00.000Z" },
  ];
  s.lastMessage = { text: "CSV export works; empty reports still show a stack trace.", at: SAVED };
  s.todos = {
    at: "2026-11-28T09:50:00.000Z",
    items: [
      { content: "Write the CSV serializer", status: "completed", activeForm: "Writing the CSV serializer" },
      { content: "Handle empty reports", status: "in_progress", activeForm: "Handling empty reports" },
      { content: "Add a download button", status: "pending" },
    ],
  };
  s.plan = {
    path: "/work/app/PLAN.md",
    source: "file",
    at: "2026-11-28T09:05:00.000Z",
    title: "CSV export",
    open: ["Empty reports", "Download button"],
    done: 1,
    total: 3,
    excerpt: "# CSV export",
  };
  s.subagents = [
    { id: "a1", type: "Explore", description: "Find report code", status: "completed", excerpt: "Reports are built in src/report.ts; rows come from db.query().", at: "2026-11-28T09:10:00.000Z" },
    { id: "a2", type: "general-purpose", description: "Check CSV libraries", status: "running", at: "2026-11-28T09:55:00.000Z" },
  ];
  s.files = [
    { path: "src/csv.ts", tool: "Write", count: 1, at: "2026-11-28T09:20:00.000Z" },
    { path: "src/report.ts", tool: "Edit", count: 3, at: "2026-11-28T09:45:00.000Z" },
  ];
  s.git = {
    status: "ok",
    at: SAVED,
    branch: "feature/csv",
    head: "bf52cfb",
    headFull: "bf52cfb0000000000000000000000000000000000",
    subject: "Add CSV serializer",
    upstream: "origin/feature/csv",
    ahead: 2,
    behind: 0,
    staged: { count: 0, paths: [] },
    unstaged: { count: 1, paths: ["src/report.ts"] },
    untracked: { count: 1, paths: ["notes.txt"] },
    conflicted: { count: 0, paths: [] },
  };
  return s;
}
