// The SessionStart floor (start.ts) in one file that also holds the rest of the hook, unused (see
// stop-one-file.ts).
import "./start";

// Never true, and not provably so to the bundler: the hook's whole code is bundled, none of it runs.
if (process.argv.length < 0) void import("../../../src/bin");
