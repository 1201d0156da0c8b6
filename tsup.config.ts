import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { build, type Plugin, transformSync } from "esbuild";
import { defineConfig } from "tsup";
import { wrapModule } from "./src/io/code-cache";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/**
 * A hash of the TypeScript sources, by path and text with line endings as Git stores them: the same
 * sources give the same build on any checkout, and stray files (an editor's, the OS's) do not count.
 */
function sourceHash(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = `${d}/${name}`;
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".ts")) hash.update(`${p}\0`).update(readFileSync(p, "utf8").replace(/\r\n/g, "\n")).update("\0");
    }
  };
  walk(dir);
  return hash.digest("hex").slice(0, 12);
}

const define = { __VERSION__: JSON.stringify(pkg.version), __BUILD__: JSON.stringify(sourceHash("src")) };

/**
 * esbuild turns `import * as fs from "node:fs"` into `__toESM(require("node:fs"))`, which copies
 * every property of the module into a fresh object, once per importing file: ≈ 1.5 ms of every hook
 * run over ~20 imports. Node's built-in modules are plain objects with no `default` that we use,
 * so the copy is dropped.
 */
function plainBuiltins(code: string): string {
  return code.replace(/__toESM\(require\("((?:node:)?[a-z_/]+)"\)(?:,\s*1)?\)/g, (all, name: string) =>
    builtinModules.includes(name.replace(/^node:/, "")) ? `require(${JSON.stringify(name)})` : all,
  );
}

/**
 * Code that only some runs need is embedded as text and compiled on first use. V8 pre-parses every
 * function of a script it loads, so in a plain bundle the command line and fast-glob cost every
 * hook run several ms before any work starts; as a string they cost a scan. The file stays one
 * self-contained CommonJS file.
 *   - `require("fast-glob")`: plan discovery on PreCompact/SessionEnd only ("eval": compiled with
 *     new Function when first required).
 *   - `require("./commands/index")` from the entry: the `session-state <command>` line only.
 *   - `require("./main")` from src/load-main.ts: the hook's core, handed over as `{ chunk: { code,
 *     hash } }` ("source") so that src/io/code-cache.ts compiles it with V8's code cache.
 */
const LAZY: Array<{ filter: RegExp; importer?: RegExp; entry: string; mode: "eval" | "source" }> = [
  { filter: /^fast-glob$/, entry: "fast-glob", mode: "eval" },
  { filter: /^\.\/commands\/index$/, importer: /src[\\/]cli\.ts$/, entry: "./src/commands/index.ts", mode: "eval" },
  { filter: /^\.\/main$/, importer: /src[\\/]load-main\.ts$/, entry: "./src/main.ts", mode: "source" },
];

/**
 * Chunk texts of the outer bundle are not string literals but comments inside a function, read back
 * with Function#toString (which returns a function's exact source text). V8 scans a comment about
 * twice as fast as a string literal, and a literal is scanned again, and copied, when the function
 * holding it first runs: for the core's ≈ 185 KB that was ≈ 1.5 ms of every hook run.
 *
 * A comment ends at the first `*` `/`, so that pair is written with SPLIT between its characters
 * and put back when read; the build fails if SPLIT occurs in a chunk's own text.
 */
const SPLIT = "@ss-split@";
const PLACEHOLDER = (i: number): string => `__session_state_chunk_${i}__`;
const commentPayloads = new Map<string, string>();

function asComment(code: string): string {
  if (code.includes(SPLIT)) throw new Error(`a lazy chunk contains ${SPLIT}; pick another separator`);
  return `/*${code.split("*/").join(`*${SPLIT}/`)}*/`;
}

/**
 * The core's text with each `*` `/` written `*` `\/`, so that read back it needs no copy: that is
 * only the same program where every such pair sits in a string or template literal (our regular
 * expressions avoid ending in `*`), which is checked by printing both texts through esbuild. If
 * they differ, the text is kept as it was and split (asComment).
 */
function withoutCommentEnd(code: string): string {
  if (!code.includes("*/")) return code;
  const escaped = code.replaceAll("*/", "*\\/");
  const print = (c: string): string => transformSync(c, { loader: "js", minifyWhitespace: true, logLevel: "silent" }).code;
  try {
    return print(escaped) === print(code) ? escaped : code;
  } catch {
    return code;
  }
}

/**
 * The text of a chunk kept as a comment (see above), as the bundle reads it back at run time: a
 * slice of the bundle's own source, copied only when a `*` `/` pair had to be split.
 */
const readCommentSource = (split: boolean): string =>
  `function(f){const t=f.toString(),c=t.slice(t.indexOf("/*")+2,t.lastIndexOf("*/"));return ${split ? `c.split(${JSON.stringify(SPLIT)}).join("")` : "c"}}`;

/** Puts each chunk's comment where the build left its placeholder; each must be found exactly once. */
function insertPayloads(code: string): string {
  let out = code;
  for (const [name, payload] of commentPayloads) {
    const marker = `"${name}"`;
    const at = out.indexOf(marker);
    if (at === -1 || out.indexOf(marker, at + 1) !== -1) throw new Error(`lazy chunk placeholder ${name} not found exactly once`);
    out = out.slice(0, at) + payload + out.slice(at + marker.length);
  }
  return out;
}

/** `skip`: the chunk being built, which must not resolve its own entry to itself. `outer`: the bundle itself (comments), not a chunk (strings). */
const lazyChunks = (skip = -1, outer = false): Plugin => ({
  name: "lazy-chunks",
  setup(b) {
    for (const [i, chunk] of LAZY.entries()) {
      if (i === skip) continue;
      b.onResolve({ filter: chunk.filter }, (args) =>
        !chunk.importer || chunk.importer.test(args.importer) ? { path: `lazy-${i}`, namespace: "lazy-chunk" } : undefined,
      );
    }
    b.onLoad({ filter: /.*/, namespace: "lazy-chunk" }, async (args) => {
      const index = Number(args.path.slice(5));
      const chunk = LAZY[index];
      if (!chunk) throw new Error(`unknown lazy chunk ${args.path}`);
      const out = await build({
        stdin: { contents: `module.exports = require(${JSON.stringify(chunk.entry)});`, resolveDir: process.cwd(), loader: "js" },
        bundle: true,
        platform: "node",
        target: "node18",
        format: "cjs",
        treeShaking: true,
        // The core keeps its names, so a stack line in hook.log still reads.
        ...(chunk.mode === "source" ? { minifyWhitespace: true, minifySyntax: true } : { minify: true }),
        write: false,
        define,
        logLevel: "silent",
        // A chunk may hold chunks of its own (the core requires fast-glob).
        plugins: [lazyChunks(index)],
      });
      const code = plainBuiltins(out.outputFiles[0]?.text ?? "");
      // In the bundle itself the text is a comment inside the function that returns the
      // placeholder (swapped in by insertPayloads after the build); inside a chunk, a string.
      // "source" chunks are compiled as they are (src/io/code-cache.ts): the module wrapper is part of the text.
      let payload = chunk.mode === "source" ? wrapModule(code) : code;
      let text = JSON.stringify(payload);
      if (outer) {
        if (chunk.mode === "source") payload = withoutCommentEnd(payload);
        commentPayloads.set(PLACEHOLDER(index), asComment(payload));
        text = `(${readCommentSource(payload.includes("*/"))})(function () { return ${JSON.stringify(PLACEHOLDER(index))}; })`;
      }
      if (chunk.mode === "source") {
        const hash = createHash("sha256").update(payload).digest("hex").slice(0, 16);
        return { contents: `module.exports = { chunk: { source: ${text}, hash: ${JSON.stringify(hash)} } };\n`, loader: "js" };
      }
      // The chunk is plain CommonJS: run it with this file's require so node: builtins resolve.
      return {
        contents:
          `const code = ${text};\n` +
          `const chunk = { exports: {} };\n` +
          `new Function("module", "exports", "require", "__filename", "__dirname", code)(chunk, chunk.exports, require, __filename, __dirname);\n` +
          `module.exports = chunk.exports;\n`,
        loader: "js",
        resolveDir: process.cwd(),
      };
    });
  },
});

// One self-contained CommonJS file: users copy it into a project and Claude Code runs it with
// whatever Node is on PATH, so every dependency is bundled and nothing is resolved at run time.
export default defineConfig({
  entry: { "session-state": "src/cli.ts" },
  format: ["cjs"],
  outExtension: () => ({ js: ".cjs" }),
  platform: "node",
  target: "node18",
  bundle: true,
  noExternal: [/.*/],
  splitting: false,
  sourcemap: false,
  clean: true,
  minify: false,
  // esbuild's own tree shaking, not Rollup's: Rollup hoists every `require("node:…")` to the top of
  // the file, so crypto, util and os would load on every start even on paths that never use them
  // (+4 ms CPU per hook run, measured with scripts/bench.mjs); esbuild keeps them inside the lazy
  // module initialisers. The bundle is the same size either way.
  treeshake: false,
  banner: { js: "#!/usr/bin/env node" },
  define,
  esbuildPlugins: [lazyChunks(-1, true)],
  plugins: [{ name: "plain-builtins", renderChunk: (code) => ({ code: insertPayloads(plainBuiltins(code)) }) }],
  // Smaller text to compile on every run; names are kept so a stack line in hook.log still reads.
  esbuildOptions(options) {
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
});
