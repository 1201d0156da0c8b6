// The shape checks every reader of Claude Code's JSON needs (transcript records, their message
// content blocks, a settings object): one definition, so that "an object" means the same thing
// in the hook and in every command.

export type Rec = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);

/** A message's text: the string itself, or its text blocks joined by newlines; "" for anything else. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .filter((b): b is Rec => isRec(b) && b.type === "text" && typeof b.text === "string")
    .map((b) => b.text as string)
    .join("\n");
}

/** A user message carrying tool results rather than a prompt. */
export const isToolResults = (message: unknown): message is Rec & { content: unknown[] } =>
  isRec(message) && Array.isArray(message.content) && message.content.some((b) => isRec(b) && b.type === "tool_result");
