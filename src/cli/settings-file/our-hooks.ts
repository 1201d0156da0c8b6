// Every entry of ours in a settings object, with its event, matcher and timeout, for doctor.
import { isOurHook } from "./hook-entries";
import { isRec, type Rec } from "../../transcript/record";


export interface FoundHook {
  event: string;
  matcher: string | undefined;
  command: string;
  timeout: number | undefined;
}

/** Every entry of ours in a settings object, for doctor. */
export function ourHooks(settings: unknown): FoundHook[] {
  if (!isRec(settings) || !isRec(settings.hooks)) return [];
  const found: FoundHook[] = [];
  for (const [event, groups] of Object.entries(settings.hooks)) {
    if (!Array.isArray(groups)) continue;
    for (const g of groups) {
      if (!isRec(g) || !Array.isArray(g.hooks)) continue;
      for (const h of g.hooks) {
        if (!isOurHook(h)) continue;
        const r = h as Rec;
        found.push({
          event,
          matcher: typeof g.matcher === "string" ? g.matcher : undefined,
          command: r.command as string,
          timeout: typeof r.timeout === "number" ? r.timeout : undefined,
        });
      }
    }
  }
  return found;
}
