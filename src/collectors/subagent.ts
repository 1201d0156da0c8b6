// What a finished subagent reported (SubagentStop), and what a Stop says is still running.
import * as z from "zod/mini";
import type { Config } from "../config";
import { readJson, statSafe } from "../io/fs";
import type { InputOf } from "../hook/input";
import type { Redactor } from "../state/redact";
import type { SubagentReport } from "../state/inbox";
import type { SessionState } from "../state/schema";
import { clip } from "../clip";
import { upsertSubagent } from "../state/facts";
import { cleanReport, redactClip } from "../transcript/extract";
import { hasElement } from "../transcript/tags";
import { allowedTranscript } from "./transcript";

export const EXCERPT_CHARS = 2000;

/** Claude Code's sidecar of an agent transcript; a field of the wrong type is left out. */
const AgentMeta = z.object({
  description: z.catch(z.optional(z.string()), undefined),
  agentType: z.catch(z.optional(z.string()), undefined),
});

/** The sidecar `agent-<id>.meta.json` holds the task description the hook input lacks. */
function metaOf(agentTranscript: string | undefined, config: Config): { description?: string; agentType?: string } {
  if (!agentTranscript || !agentTranscript.endsWith(".jsonl")) return {};
  const meta = agentTranscript.replace(/\.jsonl$/, ".meta.json");
  if (!allowedTranscript(meta, config.claudeDir)) return {};
  const parsed = AgentMeta.safeParse(readJson(meta, 64 * 1024));
  return parsed.success ? parsed.data : {};
}

/**
 * Compaction runs as an agent too: its SubagentStop has no agent type, an agent transcript that is
 * never written, and the raw summary as its message. It is not a subagent the person started.
 */
export function isCompactionAgent(input: InputOf<"SubagentStop">): boolean {
  if (input.agent_type) return false;
  if (input.agent_id?.startsWith("acompact")) return true;
  const msg = input.last_assistant_message ?? "";
  if (hasElement(msg, "summary") || msg.trimStart().startsWith("<analysis>")) return true;
  return !input.agent_transcript_path || !statSafe(input.agent_transcript_path);
}

/** What a finished subagent reported, redacted, ready for the inbox. */
export function subagentReport(input: InputOf<"SubagentStop">, config: Config, redact: Redactor, at: string): SubagentReport {
  const meta = metaOf(input.agent_transcript_path, config);
  const text = input.last_assistant_message ? cleanReport(input.last_assistant_message) : undefined;
  return {
    id: redact(input.agent_id ?? `agent-${at}`),
    type: input.agent_type ?? meta.agentType,
    description: meta.description ? clip(redact(meta.description), 200) : undefined,
    excerpt: text ? redactClip(text, EXCERPT_CHARS, redact) : undefined,
    at,
  };
}

export function recordBackgroundTasks(s: SessionState, input: InputOf<"Stop">, redact: Redactor, at: string): void {
  for (const t of input.background_tasks ?? []) {
    if (!t || (t.type && t.type !== "subagent") || (t.status && t.status !== "running")) continue;
    upsertSubagent(s, redact(t.id), {
      type: t.agent_type,
      description: t.description ? clip(redact(t.description), 200) : undefined,
      status: "running",
      at,
    });
  }
}
