// The shared shape checks of src/transcript/record.ts, which the transcript readers, the session
// peek of the commands and the settings-file code all rely on.
import { describe, expect, it } from "vitest";
import { contentText, isRec, isToolResults } from "../../src/transcript/record";

describe("transcript record helpers", () => {
  it("isRec takes JSON objects only", () => {
    expect(isRec({})).toBe(true);
    expect(isRec({ type: "user" })).toBe(true);
    for (const v of [null, undefined, [], [{}], "x", 1, true]) expect(isRec(v), JSON.stringify(v)).toBe(false);
  });

  it("contentText is a string content as it is, or the text blocks joined by newlines", () => {
    expect(contentText("plain")).toBe("plain");
    expect(
      contentText([
        { type: "text", text: "one" },
        { type: "tool_use", name: "Bash", input: {} },
        { type: "text", text: 2 },
        null,
        { type: "text", text: "two" },
      ]),
    ).toBe("one\ntwo");
    expect(contentText(undefined)).toBe("");
    expect(contentText({ type: "text", text: "not a list" })).toBe("");
  });

  it("isToolResults is a message holding at least one tool_result block", () => {
    expect(isToolResults({ content: [{ type: "text", text: "x" }, { type: "tool_result", tool_use_id: "t" }] })).toBe(true);
    expect(isToolResults({ content: [{ type: "text", text: "x" }] })).toBe(false);
    expect(isToolResults({ content: "a prompt" })).toBe(false);
    expect(isToolResults([{ type: "tool_result" }])).toBe(false);
    expect(isToolResults(null)).toBe(false);
  });
});
