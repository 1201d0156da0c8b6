// Text of the `session-state <command>` commands: the command line's own strings. The hook never
// loads this module (test/unit/layout.test.ts); what both show (ageText, stopKind, provenance) is
// in src/messages.ts.

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

// Each command's synopsis after its program, which usageOf() puts first: the runnable command
// (`node .claude/hooks/session-state.cjs`), since no `session-state` is on PATH.
const usages = {
  install:
    "install [--scope project|local|user] [--dry-run]\n\n" +
    "Copies this bundle where the hooks point and adds the SessionStart (startup|compact), Stop,\n" +
    "StopFailure, SubagentStop, PreCompact, SessionEnd and PostModelSwitch entries, each with a 10 s timeout. Running it again\n" +
    "updates the entries; every other hook and setting is kept.\n\n" +
    "  --scope project  .claude/settings.json, hook in .claude/hooks/ (default; commit both to share)\n" +
    "  --scope local    .claude/settings.local.json, hook in .claude/hooks/ (just you, this project)\n" +
    "  --scope user     <claude dir>/settings.json, hook in <claude dir>/hooks/ (you, every project)\n" +
    "  --dry-run        print the change as a unified diff; write nothing",
  uninstall:
    "uninstall [--scope project|local|user] [--dry-run]\n\n" +
    "Removes the entries install added and nothing else. If nothing else changed since install, the\n" +
    "settings file is restored byte for byte (or removed, if install created it).",
  doctor:
    "doctor\n\n" +
    "Checks Node, the hook registration in all three settings files, .claude/session-state.json,\n" +
    "the state folder, git, the last save, the last error in hook.log and the size of the next\n" +
    "injection. Exits 1 when a check fails.",
  status: "status [--json]\n\nWhat is saved now, for which session, how old and how big.",
  list: "list [--json]\n\nThe sessions this project has saved state for, newest first.",
  show: "show [n|session-id]\n\nThe saved state of one session from `list` (default: the newest).",
  load:
    "load [--json] [--source=startup|compact|resume|clear] [--session=ID] [--on-demand]\n\n" +
    "What SessionStart would inject now (--json: the exact hook output). --on-demand: as asked for now,\n" +
    "whatever the source's inject setting (the restore slash command).",
  export:
    "export [--out FILE] [--session n|session-id]\n\n" +
    "A self-contained Markdown handoff (goal, requests, plan, todos, subagent findings, git, files,\n" +
    "how to continue), with secrets redacted. Paste it into a fresh session, another model or tool.",
  clear: "clear [--yes]\n\nDeletes this project's saved state. Asks first; without a terminal, needs --yes.",
  sessions:
    "sessions [--json]\n\n" +
    "Claude Code's sessions of this project (<claude dir>/projects/<project>/), newest first: start,\n" +
    "last activity, size, model, context size at the last answer, first request.",
  "copy-session":
    "copy-session <session-id> --to <claude-config-dir>\n\n" +
    "Copies the transcript (and its subagent and tool-result files) into another Claude Code\n" +
    "configuration folder, so `CLAUDE_CONFIG_DIR=<dir> claude --resume <id>` finds it. Never\n" +
    "overwrites, never moves.",
  recover:
    "recover [--to <claude-config-dir>] [--threshold N] [--json]\n\n" +
    "After a rate limit, a model error or an account switch: which session was last active in this\n" +
    "project (in the current config folder, $CLAUDE_CONFIG_DIR, ~/.claude or ~/.ccs/instances/*),\n" +
    "how it stopped, how big its context is, and the exact command to continue. Nothing is changed\n" +
    "without --to.\n\n" +
    "  --to DIR       continue in another config folder: copy the session there first (as copy-session)\n" +
    "  --threshold N  context size in tokens above which a fresh start is advised (default 100000)\n" +
    "  --json         the same as JSON, for scripts",
} as const;

const cliCommands = {
  helpFooter: (self: string) => `Run \`${self} <command> --help\` for a command's options. Docs: docs/cli.md`,
  didYouMean: (name: string) => `Did you mean "${name}"?`,
  seeHelp: (self: string) => `Run \`${self} --help\` for the list of commands.`,
  badUsage: (command: string, why: string) => `session-state ${command}: ${why}`,
  usageOf: (command: keyof typeof usages, self: string) => `Usage: ${self} ${usages[command]}`,
  unexpectedArgument: (arg: string) => `unexpected argument "${arg}"`,
  badScope: (scope: string) => `unknown scope "${scope}" (use project, local or user)`,
  settingsUnreadable: (label: string, why: string) => `Cannot read ${label}: ${why}. Nothing was changed.`,
  settingsInvalid: (label: string, line: number, column: number, message: string) =>
    `${label} is not valid JSON (line ${line}, column ${column}: ${message}). Nothing was changed; fix the file and run again.`,
  settingsWrongShape: (label: string, problem: string) => `${label} cannot be edited safely: ${problem}. Nothing was changed.`,
  install: {
    dryRunHeading: "Dry run: nothing was written.",
    noBundle: (why: string) => `Cannot find the session-state bundle to copy (${why}). Run the built file: node dist/session-state.cjs install (after npm run build)`,
    alsoIn: (scope: string, command: string) =>
      `Note: session-state is also registered in the ${scope} scope, so each hook would run twice. Remove one: ${command} uninstall --scope ${scope}`,
    settingsUnchanged: (label: string) => `${label}: no change.`,
    copyPlan: (plan: "same" | "new" | "update", file: string) =>
      plan === "same" ? `${file}: up to date.` : plan === "new" ? `Would copy the hook to ${file}.` : `Would update the hook at ${file}.`,
    writeFailed: (why: string) => `Could not write: ${why}`,
    done: (label: string, scope: string) => `Installed session-state in ${label} (${scope} scope).`,
    events: (matcher: string) => `  Hooks: SessionStart (${matcher}), Stop, StopFailure, SubagentStop, PreCompact, SessionEnd, PostModelSwitch; timeout 10 s each.`,
    copied: (plan: "same" | "new" | "update", file: string) =>
      `  Hook file: ${file}${plan === "new" ? " (copied)" : plan === "update" ? " (updated)" : " (unchanged)"}.`,
    next: (command: string) => `Check it with: ${command} doctor. New sessions pick it up; restart running ones.`,
    command: (name: string, plan: "same" | "new" | "update", file: string) =>
      `  Slash command /${name}: ${file}${plan === "new" ? " (written)" : plan === "update" ? " (updated)" : " (unchanged)"}.`,
    commandForeign: (file: string) => `  ${file} exists and is not ours; left alone (that slash command is not installed).`,
    already: (label: string, scope: string) => `session-state is already installed in ${label} (${scope} scope); nothing changed.`,
  },
  uninstall: {
    commandsRemoved: (n: number) => `Removed ${plural(n, "slash command")} of session-state.`,
    notInstalled: (label: string, scope: string) => `session-state is not installed in ${label} (${scope} scope); nothing to remove.`,
    wouldRemove: (file: string) => `Would remove ${file}.`,
    done: (n: number, label: string, how: "restored" | "deleted" | "edited" | "unchanged") =>
      `Removed ${n} session-state hook ${n === 1 ? "entry" : "entries"} from ${label}` +
      (how === "restored"
        ? "; the file is back exactly as it was before install."
        : how === "deleted"
          ? "; the file did not exist before install, so it was deleted."
          : how === "edited"
            ? "; every other setting was kept."
            : "."),
    stateKept: (dir: string, clear: string) => `The saved state in ${dir} was kept. To delete it: ${clear}`,
  },
  doctor: {
    heading: (dir: string) => `session-state doctor: ${dir}`,
    summary: (failed: number, warned: number) =>
      failed ? `${plural(failed, "check")} failed, ${plural(warned, "warning")}.` : warned ? `No failures, ${plural(warned, "warning")}.` : "All checks passed.",
    nodeUnknown: "Node.js version unknown",
    node: (v: string) => `Node.js ${v} (20 or newer needed)`,
    nodeOld: (v: string) => `Node.js ${v} is too old (20 or newer needed)`,
    fixNode: "install a current Node.js LTS; Claude Code runs the hook with the `node` on its PATH",
    disabled: "SESSION_STATE_DISABLE is set: the hook does nothing",
    fixDisabled: "unset SESSION_STATE_DISABLE to turn it back on",
    notRegistered: (event: string) => `${event}: not registered in any settings file`,
    fixInstall: (self: string) => `run: ${self} install (or --scope local / --scope user)`,
    byPlugin: (event: string, plugin: string) => `${event}: registered by the plugin ${plugin}`,
    registered: (event: string, where: string, matcher: string | undefined, timeout: number) =>
      `${event}: ${where}${matcher ? `, matcher ${matcher}` : ""}, timeout ${timeout} s`,
    badMatcher: (event: string, where: string, matcher: string, missing: string[]) =>
      `${event} in ${where}: matcher "${matcher}" does not let ${missing.join(", ")} through`,
    narrowMatcher: (event: string, where: string, matcher: string) => `${event} in ${where}: matcher "${matcher}" limits when it runs`,
    fixReinstall: (self: string) => `run: ${self} install (it rewrites our entries)`,
    missingFile: (event: string, where: string, file: string) => `${event} in ${where}: the hook file ${file} does not exist`,
    noTimeout: (event: string, where: string) => `${event} in ${where}: no timeout (Claude Code would wait up to 10 minutes)`,
    longTimeout: (event: string, where: string, t: number) => `${event} in ${where}: timeout ${t} s is long for a hook that runs every turn`,
    twice: (event: string, where: string[]) => `${event}: registered ${where.length} times (${where.join(", ")}); it runs once per entry`,
    fixTwice: (self: string) => `keep one: ${self} uninstall --scope <the other scope>`,
    strayEvent: (event: string, where: string) => `${where} registers session-state on ${event}, which it does not handle`,
    fixSettingsFile: "fix the JSON: Claude Code cannot take hooks from a settings file it cannot parse",
    settingsDefault: ".claude/session-state.json: none, defaults in use",
    settingsOk: ".claude/session-state.json: valid",
    settingsUnreadable: (why: string) => `.claude/session-state.json cannot be read: ${why}`,
    settingsInvalid: (line: number, column: number, message: string) =>
      `.claude/session-state.json is not valid JSON (line ${line}, column ${column}: ${message}); the hook uses defaults`,
    settingsProblem: (p: string) => `.claude/session-state.json: ${p}`,
    fixSettings: "see docs/cli.md#configuration for the fields and their ranges",
    stateWritable: (dir: string) => `state folder writable: ${dir}`,
    stateWillCreate: (dir: string) => `state folder will be created on the first save: ${dir}`,
    stateNotWritable: (dir: string) => `state folder not writable: ${dir}`,
    stateNotDir: (dir: string) => `${dir} is not a plain folder (a file or a symbolic link); the hook will not write there`,
    fixStateDir: (dir: string) => `remove or fix ${dir}, and make .claude/ writable for your user`,
    git: (version: string) => `git ${version}`,
    notRepo: (version: string) => `git ${version}, but the project is not a git repository: no git state is saved`,
    noGit: (why: string) => `git is not available (${why}): no git state is saved`,
    fixGit: "install git and put it on the PATH Claude Code sees",
    neverSaved: "nothing saved yet",
    fixNeverSaved: "the first save happens when a turn ends in a session that has the hooks",
    saved: (age: string, id: string) => `last save ${age} ago (session ${id})`,
    saveStale: (age: string, id: string, days: number) => `last save ${age} ago (session ${id}): older than ${days} days, so a new session will not get it`,
    logClean: "hook.log: no errors",
    logError: (line: string) => `hook.log, last problem: ${line}`,
    fixLog: (file: string) => `details in ${file}`,
    injectNothing: (why: string) => `next startup injects nothing: ${why}`,
    injectSize: (n: number, max: number, cap: number) =>
      `next startup injects ${n.toLocaleString("en-US")} characters (limit ${max.toLocaleString("en-US")}; Claude Code passes up to ${cap.toLocaleString("en-US")} in full)`,
    injectTooBig: (n: number, cap: number) => `next startup would inject ${n.toLocaleString("en-US")} characters, over Claude Code's ${cap.toLocaleString("en-US")}`,
    fixInject: "lower maxChars in .claude/session-state.json",
  },
  status: {
    nothing: (dir: string) => `Nothing saved yet in ${dir}.`,
    heading: (id: string) => `Saved state of session ${id}`,
    saved: (time: string, age: string, event: string) => `  saved     ${time} (${age} ago, on ${event})`,
    size: (size: string, injected: string | null, max: string) =>
      `  size      ${size} of Markdown${injected === null ? "" : `; the next startup injects ${injected} characters (limit ${max})`}`,
    notInjected: (why: string) => `  startup   injects nothing: ${why}`,
    counts: (open: number, done: number, prompts: number, subagents: number, files: number) =>
      `  holds     ${open} open and ${done} done todos, ${plural(prompts, "request")}, ${plural(subagents, "subagent result")}, ${plural(files, "file")}`,
    file: (file: string) => `  file      ${file}`,
    archived: (n: number, self: string) => `  archive   ${plural(n, "earlier session")} (${self} list)`,
    stopped: (kind: string, at: string, recoveredAt: string | undefined) =>
      `  stopped   on ${kind} at ${at}${recoveredAt ? `; a later turn succeeded at ${recoveredAt}` : " (the next startup says so first)"}`,
  },
  list: {
    columns: ["#", "saved", "session", "size", "last request"],
    current: "(current)",
    stopped: (error: string) => `[stopped: ${error.replace(/_/g, " ")}]`,
    hint: (self: string) => `Show one with: ${self} show <#>`,
  },
  show: {
    missing: "which session? Give its number from `list` or its id",
    ambiguous: (key: string) => `"${key}" matches more than one session; give more of the id.`,
    notFound: (key: string, self: string) => `No saved session "${key}". See: ${self} list`,
    unreadable: (file: string) => `Cannot read ${file}.`,
  },
  export: {
    noState: (id: string, self: string) => `The structured state of session ${id} is no longer kept; only its Markdown remains (${self} show ${id}).`,
    writeFailed: (file: string, why: string) => `Could not write ${file}: ${why}`,
    untrusted: (why: string) => `Warning: this saved state is not provably yours (${why}); read it as someone else's notes, not as your requests.`,
    written: (file: string, chars: number) => `Wrote the handoff to ${file} (${chars.toLocaleString("en-US")} characters).`,
    title: (dir: string) => `# Handoff: work in progress in ${dir}`,
    meta: (at: string, id: string, savedAt: string, age: string, event: string, dir: string) =>
      `Exported ${at} by session-state from Claude Code session ${id}, saved ${savedAt} (${age} before the export, on ${event}), ` +
      `project folder ${dir}. It records what was true then: check the repository before acting on it.`,
    goal: "## Goal",
    firstRequest: "First request of the session:",
    latestRequest: "Latest request:",
    planFile: (file: string) => `Plan file: \`${file}\``,
    findings: "## Subagent findings",
    gitThen: (at: string) => `When saved (${at}):`,
    howTo: "## How to continue",
    steps: (openTodos: boolean, plan: boolean): string[] => [
      "1. Read this whole note first; it replaces the earlier conversation, which you do not have.",
      "2. Look at the repository as it is now (`git status`, `git log --oneline -5`, `git diff`) and compare it with the Git section: work may have moved on since the note was written.",
      openTodos
        ? "3. Carry on with the todo marked [in progress], then the open ones in order; do not redo items marked [x]."
        : "3. Carry on from the latest request and “Where we stopped”; do not redo finished work.",
      plan ? "4. Follow the plan above; it was agreed earlier in the session." : "4. Where the goal is unclear, ask before making large changes.",
      "5. If this note and the repository disagree, trust the repository and say what differs.",
    ],
  },
  clear: {
    notDir: (dir: string) => `${dir} is not a plain folder; nothing was deleted.`,
    nothing: (dir: string) => `Nothing saved in ${dir}; nothing to delete.`,
    needYes: "Not deleting without confirmation: run on a terminal, or pass --yes.",
    question: (n: number, dir: string) => `Delete the saved state of ${plural(n, "session")} in ${dir}? [y/N] `,
    kept: "Nothing was deleted.",
    failed: (names: string[]) => `Could not delete: ${names.join(", ")}`,
    done: (n: number, dir: string) => `Deleted the saved state of ${plural(n, "session")} in ${dir}.`,
  },
  sessions: {
    none: (dir: string) => `No Claude Code sessions of this project in ${dir}.`,
    heading: (n: number, dir: string) => `${plural(n, "session")} in ${dir}, newest first:`,
    times: (start: string, last: string, age: string) => `started ${start}, last activity ${last} (${age} ago)`,
    context: (n: string) => `context ${n} tokens`,
    first: (text: string) => `“${text}”`,
    hint: "Resume one with: claude --resume <id>",
  },
  copy: {
    needId: (self: string) => `which session? Give its id (see: ${self} sessions)`,
    needTo: "where to? Give the other configuration folder with --to <dir>",
    badId: (id: string) => `"${id}" is not a session id`,
    ambiguous: (key: string) => `"${key}" matches more than one session; give more of the id.`,
    notFound: (key: string, dir: string, self: string) => `No session "${key}" in ${dir}. See: ${self} sessions`,
    noDest: (dir: string) => `${dir} is not a folder. Give an existing Claude Code configuration folder (what CLAUDE_CONFIG_DIR points at).`,
    sameFolder: (dir: string) => `${dir} is the configuration folder the session is already in.`,
    exists: (file: string) => `${file} already exists; nothing was copied (copy-session never overwrites).`,
    failed: (why: string) => `Copy failed, nothing left behind: ${why}`,
    done: (id: string, dir: string, extras: number) => `Copied session ${id} to ${dir}${extras ? ` (with ${plural(extras, "file")} of subagents and tool results)` : ""}.`,
    resume: (root: string, id: string) => `Resume it there with: CLAUDE_CONFIG_DIR=${JSON.stringify(root)} claude --resume ${id}`,
  },
  recover: {
    badThreshold: (v: string) => `--threshold wants a number of tokens, not "${v}"`,
    nothing: (dir: string, dirs: string[]) =>
      `Nothing to recover in ${dir}: no Claude Code session of this project in ${dirs.join(", ") || "any config folder"}, and no saved state.`,
    heading: (id: string, name: string | undefined) => `Last active session here: ${id}${name ? ` “${name}”` : ""}`,
    when: (time: string, age: string) => `  when      ${time} (${age} ago)`,
    folder: (dir: string, origin: string) => `  folder    ${dir} (${origin})`,
    stopped: (apiError: string | null, kind: string, at: string | undefined) =>
      `  stopped   ${
        apiError ? `on ${apiError}` : kind === "interrupted" ? "interrupted (a turn without an answer: cancelled, or still running)" : kind === "ended" ? "normal end of a turn" : "unknown"
      }${at ? ` at ${at}` : ""}`,
    context: (tokens: string | null, threshold: string, healthy: boolean) =>
      tokens === null ? "  context   unknown (no answer with usage in the transcript)" : `  context   ${tokens} tokens (${healthy ? `healthy: under ${threshold}` : `bloated: ${threshold} or more`})`,
    noTranscript: "No Claude Code transcript of this project was found, but its state is saved.",
    resume: "Advice: resume it; its context is still small enough to carry on.",
    afterError: (noTo: boolean, self: string) =>
      noTo
        ? `It stopped on an API error: after a rate limit, wait for the reset or /login with another account. To continue in another account's config folder now: ${self} recover --to <dir>`
        : "The session is now in that folder too; run the command there.",
    fresh: (chars: string) =>
      `Advice: start fresh; a resumed session would carry the whole bloated context. A new claude in this project is handed the saved state by the hook (${chars} characters):`,
    forOtherTools: "For another tool or model, write the handoff note:",
  },
} as const;

export const cli = {
  usage: (self: string) =>
    "session-state: keeps a Claude Code session's plan, todos, subagent outputs and git state across compaction and restarts.\n\n" +
    `Usage:\n  ${self}\n      hook mode: reads the hook input from stdin (what Claude Code runs)\n  ${self} <command> [options]`,
  commandsHeading: "Commands:",
  unknownCommand: (name: string) => `session-state: unknown command "${name}".`,
  nothingToLoad: (why: string) => `Nothing would be injected: ${why}.`,
  summaries: {
    install: "register the hooks in Claude Code's settings (--scope project|local|user, --dry-run)",
    uninstall: "remove exactly the entries install added (--scope …, --dry-run)",
    doctor: "check the installation, the settings and the saved state; say what to fix",
    status: "what is saved now: which session, how old, how big",
    list: "the sessions this project has saved state for, numbered",
    show: "print the saved state of one session (show [n|session-id])",
    load: "print what the next SessionStart would inject (--json: the exact hook output)",
    export: "a Markdown handoff to continue in a fresh session, another model or tool (--out FILE)",
    clear: "delete this project's saved state (asks first; --yes to skip)",
    sessions: "the Claude Code sessions of this project that can be resumed",
    "copy-session": "copy a session's transcript to another Claude Code config folder (--to DIR)",
    recover: "after a rate limit or error: which session, how it stopped, the exact command to continue",
  },
  ...cliCommands,
} as const;
