// Loads the hook's core (./main). In the bundle, ./main is embedded as text (tsup.config.ts) and
// compiled here with V8's code cache; run from source (tests), it is the module itself.
import type { CacheSlot, Chunk, Compiled } from "./io/code-cache";

export { runtimeKey } from "./io/code-cache";

type Main = typeof import("./main");

export function loadMain(filename: string, slot: CacheSlot | null): Compiled<Main> {
  const mod = require("./main") as Main | { chunk: Chunk };
  if ("chunk" in mod) {
    const { compileChunk } = require("./io/code-cache") as typeof import("./io/code-cache");
    return compileChunk<Main>(mod.chunk, require, filename, slot);
  }
  return { exports: mod, flush: () => undefined };
}
