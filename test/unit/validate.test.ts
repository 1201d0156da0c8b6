import { describe, expect, it } from "vitest";
import * as v from "../../src/validate";

describe("validate", () => {
  it("accepts matching primitives and rejects the rest with a path and a reason", () => {
    expect(v.string().safeParse("a")).toEqual({ success: true, data: "a" });
    expect(v.string({ min: 1 }).safeParse("").success).toBe(false);
    expect(v.string({ max: 2 }).safeParse("abc").success).toBe(false);
    expect(v.number({ int: true, min: 1, max: 3 }).safeParse(2.5).success).toBe(false);
    expect(v.number().safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(v.number().safeParse(Number.NaN).success).toBe(false);
    expect(v.boolean().safeParse("true").success).toBe(false);
    expect(v.literal(1).safeParse(1)).toEqual({ success: true, data: 1 });
    expect(v.enumOf(["a", "b"]).safeParse("c").success).toBe(false);
    const r = v.object({ a: v.array(v.object({ b: v.string() })) }).safeParse({ a: [{ b: "x" }, { b: 3 }] });
    expect(r).toEqual({ success: false, error: { issues: [{ path: ["a", 1, "b"], message: "expected string, got number" }] } });
  });

  it("drops unknown keys and keeps optional ones absent", () => {
    const s = v.object({ a: v.string(), b: v.optional(v.number()) });
    const r = s.safeParse({ a: "x", extra: true });
    expect(r).toEqual({ success: true, data: { a: "x" } });
    expect(r.success && "b" in r.data).toBe(false);
    expect(s.safeParse({ b: 1 }).success).toBe(false);
  });

  it("never reads inherited keys and never assigns __proto__", () => {
    const s = v.object({ a: v.optional(v.string()) });
    const proto = Object.create({ a: "inherited" }) as object;
    expect(s.parse(proto)).toEqual({});
    const rec = v.record(v.number()).parse(JSON.parse('{"__proto__":{"polluted":1},"k":1}'));
    expect(Object.getPrototypeOf(rec)).toBe(Object.prototype);
    expect(rec).toEqual({ k: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("fallback swaps an invalid value silently; withDefault fills an absent one", () => {
    const s = v.object({ n: v.fallback(v.withDefault(v.number({ max: 5 }), 3), 3) });
    expect(s.parse({})).toEqual({ n: 3 });
    expect(s.parse({ n: 9 })).toEqual({ n: 3 });
    expect(s.parse({ n: 4 })).toEqual({ n: 4 });
    expect(v.fallback(v.optional(v.string()), undefined).safeParse(1)).toEqual({ success: true, data: undefined });
  });

  it("hands out a fresh copy of an object or array default each time", () => {
    const s = v.object({ o: v.fallback(v.withDefault(v.object({ on: v.boolean() }), { on: true }), { on: true }), list: v.withDefault(v.array(v.string()), []) });
    const a = s.parse({});
    a.o.on = false;
    a.list.push("x");
    expect(s.parse({})).toEqual({ o: { on: true }, list: [] });
    const b = s.parse({ o: "not an object" });
    b.o.on = false;
    expect(s.parse({ o: 1 })).toEqual({ o: { on: true }, list: [] });
  });

  it("nullable admits null only; array items fail individually", () => {
    expect(v.nullable(v.string()).safeParse(null)).toEqual({ success: true, data: null });
    expect(v.nullable(v.string()).safeParse(undefined).success).toBe(false);
    const a = v.array(v.fallback(v.nullable(v.object({ id: v.string() })), null)).parse([{ id: "a" }, { id: 1 }, "x"]);
    expect(a).toEqual([{ id: "a" }, null, null]);
  });

  it("byKey picks the schema named by the key and reports an unknown tag", () => {
    const s = v.byKey("kind", { a: v.object({ kind: v.literal("a"), x: v.number() }), b: v.object({ kind: v.literal("b") }) });
    expect(s.parse({ kind: "a", x: 1 })).toEqual({ kind: "a", x: 1 });
    expect(s.safeParse({ kind: "a" }).success).toBe(false);
    expect(s.safeParse({ kind: "toString" })).toEqual({ success: false, error: { issues: [{ path: ["kind"], message: "expected one of a|b" }] } });
    expect(s.safeParse([]).success).toBe(false);
  });

  it("returns a valid value itself, and a copy only when a key is dropped or a value replaced", () => {
    const s = v.object({ a: v.string(), list: v.array(v.object({ n: v.number() })), tag: v.optional(v.string()), level: v.withDefault(v.number(), 3) });
    const whole = { a: "x", list: [{ n: 1 }, { n: 2 }], level: 1 };
    expect(s.parse(whole)).toBe(whole);
    const extra = { a: "x", list: [{ n: 1, junk: true }], level: 1, unknown: 1 };
    const cleaned = s.parse(extra);
    expect(cleaned).not.toBe(extra);
    expect(cleaned).toEqual({ a: "x", list: [{ n: 1 }], level: 1 });
    expect(extra.list[0]).toEqual({ n: 1, junk: true });
    const defaulted = { a: "x", list: [] };
    expect(s.parse(defaulted)).toEqual({ a: "x", list: [], level: 3 });
    expect("level" in defaulted).toBe(false);
    const own = JSON.parse('{"a":"x","list":[],"level":1,"__proto__":{"polluted":true}}') as object;
    const parsed = s.parse(own);
    expect(parsed).not.toBe(own);
    expect(Object.prototype.hasOwnProperty.call(parsed, "__proto__")).toBe(false);
  });

  it("parse throws with the first issue's path", () => {
    expect(() => v.object({ a: v.object({ b: v.boolean() }) }).parse({ a: { b: 1 } })).toThrow("a.b: expected boolean, got number");
  });
});
