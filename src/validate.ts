// The schemas' toolkit: a dozen combinators with zod's shape (`safeParse`, `parse`, inferred
// types) and none of its start-up cost. The hook is a fresh process on every turn, so what
// matters is the first parse: zod/mini spent ≈ 4–9 ms of each run building schemas and
// compiling its own code (measured against a bare `node -e 0`, see docs/performance.md), more
// than the whole budget SessionStart has. These closures cost a few microseconds.
//
// Semantics follow zod's where we relied on them: objects drop unknown keys, `optional` admits
// undefined, `fallback` (zod's `catch`) swaps any invalid value for a constant without an issue.

export type Path = Array<string | number>;
export interface Issue {
  path: Path;
  message: string;
}
export type Result<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

const FAIL: unique symbol = Symbol("invalid");
/** `path` is one stack shared by a whole parse (pushed and popped around each child), copied into an issue only on failure. */
type Run<T> = (value: unknown, path: Path, issues: Issue[]) => T | typeof FAIL;

export interface Schema<T> {
  /** Internal: validate at `path`, pushing issues; FAIL when the value is rejected. */
  readonly run: Run<T>;
  safeParse(value: unknown): Result<T>;
  parse(value: unknown): T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function schema<T>(run: Run<T>): Schema<T> {
  const safeParse = (value: unknown): Result<T> => {
    const issues: Issue[] = [];
    const out = run(value, [], issues);
    return out === FAIL ? { success: false, error: { issues } } : { success: true, data: out };
  };
  const parse = (value: unknown): T => {
    const r = safeParse(value);
    if (r.success) return r.data;
    const first = r.error.issues[0];
    throw new Error(first ? `${first.path.join(".") || "(root)"}: ${first.message}` : "invalid value");
  };
  return { run, safeParse, parse };
}

function fail(issues: Issue[], path: Path, message: string): typeof FAIL {
  issues.push({ path: [...path], message });
  return FAIL;
}

const kind = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

export function string(opts: { min?: number; max?: number } = {}): Schema<string> {
  return schema((value, path, issues) => {
    if (typeof value !== "string") return fail(issues, path, `expected string, got ${kind(value)}`);
    if (opts.min !== undefined && value.length < opts.min) return fail(issues, path, `shorter than ${opts.min}`);
    if (opts.max !== undefined && value.length > opts.max) return fail(issues, path, `longer than ${opts.max}`);
    return value;
  });
}

export function number(opts: { int?: boolean; min?: number; max?: number } = {}): Schema<number> {
  return schema((value, path, issues) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return fail(issues, path, `expected number, got ${kind(value)}`);
    if (opts.int && !Number.isInteger(value)) return fail(issues, path, "expected an integer");
    if (opts.min !== undefined && value < opts.min) return fail(issues, path, `less than ${opts.min}`);
    if (opts.max !== undefined && value > opts.max) return fail(issues, path, `more than ${opts.max}`);
    return value;
  });
}

export function boolean(): Schema<boolean> {
  return schema((value, path, issues) => (typeof value === "boolean" ? value : fail(issues, path, `expected boolean, got ${kind(value)}`)));
}

export function literal<const L extends string | number | boolean>(expected: L): Schema<L> {
  return schema((value, path, issues) => (value === expected ? expected : fail(issues, path, `expected ${JSON.stringify(expected)}`)));
}

export function enumOf<const E extends readonly [string, ...string[]]>(values: E): Schema<E[number]> {
  return schema((value, path, issues) =>
    typeof value === "string" && values.includes(value) ? (value as E[number]) : fail(issues, path, `expected one of ${values.join("|")}`),
  );
}

export function optional<T>(inner: Schema<T>): Schema<T | undefined> {
  return schema((value, path, issues) => (value === undefined ? undefined : inner.run(value, path, issues)));
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return schema((value, path, issues) => (value === null ? null : inner.run(value, path, issues)));
}

/**
 * A default as a value of its own: an object or array handed out as it is would be shared by every
 * parse, and a caller that changes its result would change the default for the next one.
 */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copyOf(v);
  return out as T;
}

/** zod's `catch`: an invalid value becomes `value`, silently. */
export function fallback<T, F extends T>(inner: Schema<T>, value: F): Schema<T> {
  return schema((input, path) => {
    const out = inner.run(input, path, []);
    return out === FAIL ? copyOf(value) : out;
  });
}

/** zod's `default`: an absent value becomes `value`. */
export function withDefault<T>(inner: Schema<T>, value: T): Schema<T> {
  return schema((input, path, issues) => (input === undefined ? copyOf(value) : inner.run(input, path, issues)));
}

export function array<T>(item: Schema<T>): Schema<T[]> {
  return schema((value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, path, `expected array, got ${kind(value)}`);
    const out: T[] = [];
    let ok = true;
    let same = true;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const r = item.run(value[i], path, issues);
      path.pop();
      if (r === FAIL) ok = false;
      else {
        out.push(r);
        same &&= r === value[i];
      }
    }
    if (!ok) return FAIL;
    // Nothing changed (the common case when reading back what we wrote): no copy.
    return same ? (value as T[]) : out;
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** String keys to values; a `__proto__` key is dropped, never assigned. */
export function record<T>(item: Schema<T>): Schema<Record<string, T>> {
  return schema((value, path, issues) => {
    if (!isPlainObject(value)) return fail(issues, path, `expected object, got ${kind(value)}`);
    const out: Record<string, T> = {};
    let ok = true;
    for (const key of Object.keys(value)) {
      if (key === "__proto__") continue;
      path.push(key);
      const r = item.run(value[key], path, issues);
      path.pop();
      if (r === FAIL) ok = false;
      else out[key] = r;
    }
    return ok ? out : FAIL;
  });
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] };
export type ObjectOf<S extends Shape> = Flatten<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** Known keys are validated; unknown keys are dropped, as zod's object does (then in a copy). */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> & { shape: S } {
  const keys = Object.keys(shape);
  const s = schema<ObjectOf<S>>((value, path, issues) => {
    if (!isPlainObject(value)) return fail(issues, path, `expected object, got ${kind(value)}`);
    const out: Record<string, unknown> = {};
    let ok = true;
    let same = true;
    let kept = 0;
    for (const key of keys) {
      const own = Object.prototype.hasOwnProperty.call(value, key);
      path.push(key);
      const r = (shape[key] as Schema<unknown>).run(own ? value[key] : undefined, path, issues);
      path.pop();
      if (r === FAIL) ok = false;
      else if (r !== undefined) {
        out[key] = r;
        kept++;
        same &&= own && r === value[key];
      } else same &&= !own;
    }
    if (!ok) return FAIL;
    // Nothing changed and no unknown key to drop (the common case when reading back what we
    // wrote): the value itself, not a copy of every object in a state of tens of KB.
    if (same) {
      let count = 0;
      for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) count++;
      if (count === kept) return value as ObjectOf<S>;
    }
    return out as ObjectOf<S>;
  });
  return { ...s, shape };
}

/** One object schema per value of `key`, chosen by that value (zod's discriminatedUnion). */
export function byKey<K extends string, M extends Record<string, Schema<unknown>>>(key: K, options: M): Schema<Infer<M[keyof M]>> {
  return schema((value, path, issues) => {
    if (!isPlainObject(value)) return fail(issues, path, `expected object, got ${kind(value)}`);
    const tag = value[key];
    const chosen = typeof tag === "string" && Object.prototype.hasOwnProperty.call(options, tag) ? options[tag] : undefined;
    if (!chosen) return fail(issues, [...path, key], `expected one of ${Object.keys(options).join("|")}`);
    return chosen.run(value, path, issues) as Infer<M[keyof M]> | typeof FAIL;
  });
}
