// The Stop floor (stop.ts) shipped the way the hook ships: in one file that also holds every other
// path of the hook — the command line, the pattern checker, fast-glob — bundled but never run. Its
// difference to the Stop floor is what a file of the hook's size costs a process (reading and
// compiling it) before it does anything: the part of the hook's ratio that no work it skips can remove.
import "./stop";

// Never true, and not provably so to the bundler: the hook's whole code is bundled, none of it runs.
if (process.argv.length < 0) void import("../../../src/bin");
