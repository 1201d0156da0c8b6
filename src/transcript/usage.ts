// The context size at a model answer: what the request that produced it held, in tokens.
import { isRec } from "./record";

export interface AnswerUsage {
  model?: string;
  /** input + cache_read + cache_creation: the whole prompt, cached or not. */
  tokens: number;
}

/** Usage of a main-conversation answer, or null (other records, subagents, Claude Code's synthetic error records). */
export function usageOf(e: unknown): AnswerUsage | null {
  if (!isRec(e) || e.type !== "assistant" || e.isSidechain === true || !isRec(e.message)) return null;
  const { model, usage } = e.message;
  if (!isRec(usage) || model === "<synthetic>") return null;
  const n = (k: string): number => (typeof usage[k] === "number" && Number.isFinite(usage[k]) ? (usage[k] as number) : 0);
  return {
    model: typeof model === "string" ? model : undefined,
    tokens: n("input_tokens") + n("cache_read_input_tokens") + n("cache_creation_input_tokens"),
  };
}

/** The context size at the last answer of `records` (file order), or undefined when none has usage. */
export function contextTokensOf(records: readonly unknown[]): AnswerUsage | undefined {
  for (let i = records.length - 1; i >= 0; i--) {
    const u = usageOf(records[i]);
    if (u) return u;
  }
  return undefined;
}
