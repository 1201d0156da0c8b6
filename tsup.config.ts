import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

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
  define: { __VERSION__: JSON.stringify(pkg.version) },
});
