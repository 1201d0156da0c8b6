// The fake Messages API on its own, without the CLI: if this breaks, the scenario failures are noise.
import { afterEach, describe, expect, it } from "vitest";
import { classify, pause, startFakeApi, text, tool, type FakeApi } from "./fake-api";

const TOOLS = [{ name: "Bash" }];
const userSays = (t: string) => [{ role: "user", content: [{ type: "text", text: t }] }];

function parseSse(raw: string): Array<{ event: string; data: Record<string, unknown> }> {
  return raw
    .split("\n\n")
    .filter((chunk) => chunk.trim() !== "")
    .map((chunk) => {
      const [eventLine = "", dataLine = ""] = chunk.split("\n");
      return { event: eventLine.replace("event: ", ""), data: JSON.parse(dataLine.replace("data: ", "")) as Record<string, unknown> };
    });
}

describe("fake Messages API", () => {
  let api: FakeApi | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  const post = (path: string, body: unknown) =>
    fetch(`${api!.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  it("classifies requests the way Claude Code 2.1.328 shapes them", () => {
    const system = [{ text: "x-anthropic-billing-header: cc_version=2.1.328.a47; cc_entrypoint=sdk-cli;" }];
    const subagentSystem = [{ text: "x-anthropic-billing-header: cc_version=2.1.328.a47; cc_entrypoint=sdk-cli; cc_is_subagent=true;" }];
    expect(classify({ system, tools: TOOLS, messages: userSays("hi") })).toBe("main");
    expect(classify({ system: subagentSystem, tools: TOOLS, messages: userSays("look") })).toBe("subagent");
    expect(classify({ system, tools: TOOLS, messages: userSays("CRITICAL: Respond with TEXT ONLY. Do NOT call any tools.") })).toBe("compact");
    expect(classify({ system, messages: userSays("Generate a short kebab-case name") })).toBe("side");
  });

  it("streams a queued tool call with stop_reason tool_use, then falls back to a done text", async () => {
    api = await startFakeApi({ main: [[text("Running it."), tool("Bash", { command: "ls" })]] });
    const body = { stream: true, system: [{ text: "billing" }], tools: TOOLS, messages: userSays("hi") };

    const events = parseSse(await (await post("/v1/messages", body)).text());
    expect(events.map((e) => e.event)).toEqual([
      "message_start",
      "content_block_start", "content_block_delta", "content_block_delta", "content_block_stop",
      "content_block_start", "content_block_delta", "content_block_delta", "content_block_stop",
      "message_delta", "message_stop",
    ]);
    const json = events
      .filter((e) => (e.data.delta as { type?: string } | undefined)?.type === "input_json_delta")
      .map((e) => (e.data.delta as { partial_json: string }).partial_json)
      .join("");
    expect(JSON.parse(json)).toEqual({ command: "ls" });
    expect(events.at(-2)?.data.delta).toMatchObject({ stop_reason: "tool_use" });

    const fallback = parseSse(await (await post("/v1/messages", body)).text());
    const said = fallback.map((e) => (e.data.delta as { text?: string } | undefined)?.text ?? "").join("");
    expect(said).toBe("done");
    expect(fallback.at(-2)?.data.delta).toMatchObject({ stop_reason: "end_turn" });
    expect(api.messages("main")).toHaveLength(2);
    expect(api.pending().main).toBe(0);
  });

  it("holds a reply back for a pause block and never sends the pause itself", async () => {
    api = await startFakeApi({ subagent: [[pause(300), text("late")]] });
    const system = [{ text: "x-anthropic-billing-header: cc_is_subagent=true;" }];
    const started = Date.now();
    const events = parseSse(await (await post("/v1/messages", { stream: true, system, tools: TOOLS, messages: userSays("go") })).text());
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const starts = events.filter((e) => e.event === "content_block_start").map((e) => e.data.content_block);
    expect(starts).toEqual([{ type: "text", text: "" }]);
    expect(events.at(-2)?.data.delta).toMatchObject({ stop_reason: "end_turn" });
  });

  it("tells when the nth request of a kind has arrived, before answering it", async () => {
    api = await startFakeApi({ main: [[text("one")], [pause(200), text("two")]] });
    const body = { stream: true, system: [{ text: "billing" }], tools: TOOLS, messages: userSays("hi") };
    const second = api.arrived("main", 2);
    await (await post("/v1/messages", body)).text();
    const reply = post("/v1/messages", body).then((r) => r.text());
    const seen = await second;
    expect(seen.seq).toBe(2);
    expect(api.pending().main).toBe(0);
    const said = parseSse(await reply).map((e) => (e.data.delta as { text?: string } | undefined)?.text ?? "").join("");
    expect(said).toBe("two");
    await expect(api.arrived("main", 1)).resolves.toMatchObject({ seq: 1 });
  });

  it("counts tokens, records everything and answers unknown routes with 404", async () => {
    api = await startFakeApi();
    const counted = (await (await post("/v1/messages/count_tokens", { messages: userSays("hi") })).json()) as { input_tokens: number };
    expect(counted.input_tokens).toBeGreaterThan(0);
    expect((await fetch(`${api.url}/v1/models`)).status).toBe(404);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /v1/messages/count_tokens", "GET /v1/models"]);
  });
});
