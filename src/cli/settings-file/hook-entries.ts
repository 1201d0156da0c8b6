// Our entries in a Claude Code settings object, as pure functions: add them (updating earlier
// ones in place), take them out (and only the groups and lists that held nothing else), compare.
// An entry is ours when its command names the bundle, whatever path leads to it.
import { EVENT_NAMES, type EventName } from "../../hook/input";
import type { Settings } from "../../settings";
import { isRec, type Rec } from "../../transcript/record";

/** What install registers: every event the hook handles, from its one list. */
export const HOOK_EVENTS = EVENT_NAMES;
export type HookEvent = EventName;
export const HOOK_TIMEOUT_S = 10;
export const BUNDLE_NAME = "session-state.cjs";


export interface Registration {
  event: HookEvent;
  matcher?: string;
  command: string;
  timeout: number;
}

export const isOurHook = (h: unknown): boolean => isRec(h) && typeof h.command === "string" && h.command.includes(BUNDLE_NAME);

/** startup and compact always; resume and clear when the project asks for injection there. */
export function sessionStartMatcher(inject: Settings["inject"]): string {
  return ["startup", "compact", ...(inject.resume ? ["resume"] : []), ...(inject.clear ? ["clear"] : [])].join("|");
}

export function registrations(command: string, startMatcher: string): Registration[] {
  return HOOK_EVENTS.map((event) => ({
    event,
    ...(event === "SessionStart" ? { matcher: startMatcher } : {}),
    command,
    timeout: HOOK_TIMEOUT_S,
  }));
}

/** Why the settings object cannot be edited safely, or null. */
export function shapeProblem(settings: unknown): string | null {
  if (!isRec(settings)) return "the file does not hold a JSON object";
  if (settings.hooks === undefined) return null;
  if (!isRec(settings.hooks)) return '"hooks" is not an object';
  for (const [event, groups] of Object.entries(settings.hooks)) {
    if (!Array.isArray(groups)) return `"hooks.${event}" is not a list`;
  }
  return null;
}

const matcherKey = (m: unknown): string => (m === undefined || m === "" || m === "*" ? "" : String(m));

function entryOf(reg: Registration, previous?: Rec): Rec {
  return { ...(previous ?? {}), type: "command", command: reg.command, timeout: reg.timeout };
}

function groupOf(reg: Registration): Rec {
  return reg.matcher ? { matcher: reg.matcher, hooks: [entryOf(reg)] } : { hooks: [entryOf(reg)] };
}

/**
 * Walks every group of every event; `keep` decides, per entry of ours, what replaces it
 * (an entry, or nothing). Groups, lists and the hooks object that held only our entries go away.
 */
function rewrite(settings: Rec, keep: (event: string, group: Rec, hook: Rec) => Rec | null): Rec {
  const out = structuredClone(settings);
  if (!isRec(out.hooks)) return out;
  const hooks = out.hooks;
  let touched = false;
  for (const [event, groups] of Object.entries(hooks)) {
    if (!Array.isArray(groups)) continue;
    const emptied = new Set<unknown>();
    for (const group of groups) {
      if (!isRec(group) || !Array.isArray(group.hooks) || !group.hooks.some(isOurHook)) continue;
      touched = true;
      const next: unknown[] = [];
      for (const h of group.hooks) {
        if (!isOurHook(h)) next.push(h);
        else {
          const replacement = keep(event, group, h as Rec);
          if (replacement) next.push(replacement);
        }
      }
      group.hooks = next;
      if (next.length === 0) emptied.add(group);
    }
    const left = groups.filter((g) => !emptied.has(g));
    if (left.length === 0 && emptied.size > 0) delete hooks[event];
    else hooks[event] = left;
  }
  if (touched && Object.keys(hooks).length === 0) delete out.hooks;
  return out;
}

export function withoutOurs(settings: Rec): Rec {
  return rewrite(settings, () => null);
}

/** Adds our registrations; an existing entry in a group with the right matcher is updated in place. */
export function withOurs(settings: Rec, regs: Registration[]): Rec {
  const placed = new Set<string>();
  const out = rewrite(settings, (event, group, hook) => {
    const reg = regs.find((r) => r.event === event);
    if (!reg || placed.has(event) || matcherKey(group.matcher) !== matcherKey(reg.matcher)) return null;
    placed.add(event);
    return entryOf(reg, hook);
  });
  const hooks: Rec = isRec(out.hooks) ? out.hooks : {};
  for (const reg of regs) {
    if (placed.has(reg.event)) continue;
    const list = Array.isArray(hooks[reg.event]) ? (hooks[reg.event] as unknown[]) : [];
    hooks[reg.event] = [...list, groupOf(reg)];
  }
  out.hooks = hooks;
  return out;
}

/** Drops empty groups, lists and hooks objects, so `{"hooks": {}}` and `{}` compare equal. */
function pruned(value: unknown): unknown {
  if (!isRec(value) || !isRec(value.hooks)) return value;
  const hooks: Rec = {};
  for (const [event, groups] of Object.entries(value.hooks)) {
    if (!Array.isArray(groups)) {
      hooks[event] = groups;
      continue;
    }
    const left = groups.filter((g) => !(isRec(g) && Array.isArray(g.hooks) && g.hooks.length === 0));
    if (left.length) hooks[event] = left;
  }
  const { hooks: _drop, ...rest } = value;
  return Object.keys(hooks).length ? { ...rest, hooks } : rest;
}

/** Same settings once empty hook containers are ignored (key order matters: it shows in the file). */
export function sameSettings(a: unknown, b: unknown): boolean {
  return JSON.stringify(pruned(a)) === JSON.stringify(pruned(b));
}
