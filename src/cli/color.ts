// Colour for terminals only: off when stdout is not a terminal, when NO_COLOR is set to anything,
// or for TERM=dumb; FORCE_COLOR turns it on (tests, pagers that keep colour).
import type { Env } from "../config";

export interface Paint {
  ok: (s: string) => string;
  warn: (s: string) => string;
  fail: (s: string) => string;
  bold: (s: string) => string;
  dim: (s: string) => string;
}

export function colorOn(env: Env, tty: boolean): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return tty && env.TERM !== "dumb";
}

const sgr = (on: boolean, open: number, close: number) => (s: string): string => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);

export function paint(on: boolean): Paint {
  return {
    ok: sgr(on, 32, 39),
    warn: sgr(on, 33, 39),
    fail: sgr(on, 31, 39),
    bold: sgr(on, 1, 22),
    dim: sgr(on, 2, 22),
  };
}
