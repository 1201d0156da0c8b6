// zod schemas are built on first use, not when their module loads: building them is most of
// zod's cost (several ms per hook run measured with --cpu-prof), and many runs need only one of
// them — a SessionStart without saved state never builds the state schema, a project without a
// settings file never builds the settings schema.
import type * as z from "zod/mini";

export interface LazySchema<S extends z.ZodMiniType> {
  safeParse(value: unknown): ReturnType<S["safeParse"]>;
  parse(value: unknown): z.infer<S>;
  get(): S;
}

export function lazySchema<S extends z.ZodMiniType>(build: () => S): LazySchema<S> {
  let schema: S | undefined;
  const get = (): S => (schema ??= build());
  return {
    get,
    safeParse: (value) => get().safeParse(value) as ReturnType<S["safeParse"]>,
    parse: (value) => get().parse(value) as z.infer<S>,
  };
}
