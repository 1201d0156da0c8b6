import { readFileSync } from "node:fs";
import { build, type Plugin } from "esbuild";
import { defineConfig } from "tsup";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const define = { __VERSION__: JSON.stringify(pkg.version) };

/**
 * Code that only some runs need is embedded as text and compiled on first use. V8 compiles (or at
 * least pre-parses) every function of a script it loads, so in a plain bundle the command line and
 * fast-glob (~60% of the file) cost every hook run ~6 ms before any work starts; as a string they
 * cost a scan. The file stays one self-contained CommonJS file.
 *   - `require("fast-glob")`: plan discovery on PreCompact/SessionEnd only.
 *   - `require("./commands/index")` from the entry: the `session-state <command>` line only.
 */
const LAZY: Array<{ filter: RegExp; importer?: RegExp; entry: string }> = [
  { filter: /^fast-glob$/, entry: "fast-glob" },
  { filter: /^\.\/commands\/index$/, importer: /src[\\/]cli\.ts$/, entry: "./src/commands/index.ts" },
];

const lazyChunks: Plugin = {
  name: "lazy-chunks",
  setup(b) {
    for (const [i, chunk] of LAZY.entries()) {
      b.onResolve({ filter: chunk.filter }, (args) =>
        !chunk.importer || chunk.importer.test(args.importer) ? { path: `lazy-${i}`, namespace: "lazy-chunk" } : undefined,
      );
    }
    b.onLoad({ filter: /.*/, namespace: "lazy-chunk" }, async (args) => {
      const chunk = LAZY[Number(args.path.slice(5))];
      if (!chunk) throw new Error(`unknown lazy chunk ${args.path}`);
      const out = await build({
        stdin: { contents: `module.exports = require(${JSON.stringify(chunk.entry)});`, resolveDir: process.cwd(), loader: "js" },
        bundle: true,
        platform: "node",
        target: "node18",
        format: "cjs",
        minify: true,
        write: false,
        define,
        logLevel: "silent",
      });
      const code = out.outputFiles[0]?.text ?? "";
      // The chunk is plain CommonJS: run it with this file's require so node: builtins resolve.
      return {
        contents:
          `const code = ${JSON.stringify(code)};\n` +
          `const chunk = { exports: {} };\n` +
          `new Function("module", "exports", "require", code)(chunk, chunk.exports, require);\n` +
          `module.exports = chunk.exports;\n`,
        loader: "js",
        resolveDir: process.cwd(),
      };
    });
  },
};

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
  esbuildPlugins: [lazyChunks],
  // Smaller text to compile on every run; names are kept so a stack line in hook.log still reads.
  esbuildOptions(options) {
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
});
