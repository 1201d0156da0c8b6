import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// One self-contained CommonJS file: users copy it into a project and Claude Code runs it with
// whatever Node is on PATH, so every dependency is bundled and nothing is resolved at run time.
export default defineConfig({
  entry: { "session-state": "src/bin.ts" },
  format: ["cjs"],
  outExtension: () => ({ js: ".cjs" }),
  platform: "node",
  target: "node18",
  noExternal: [/.*/],
  // Dynamic import() of the command line and fast-glob stays in the one file (no chunks).
  splitting: false,
  clean: true,
  banner: { js: "#!/usr/bin/env node" },
  define: { __VERSION__: JSON.stringify(pkg.version) },
});
