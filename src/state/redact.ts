// Secrets are removed before anything is stored or injected: state files end up in screenshots,
// commits and other models' contexts. Patterns are specific (prefixes, key names, structure) so
// look-alikes that carry meaning — git SHAs, UUIDs, lock-file hashes — survive.

import { patternProblem } from "./pattern-check";

type Rule = {
  kind: string;
  re: RegExp;
  /** 1: keep group 1 before the mark; 2: keep groups 1 and 2 around it. */
  keep?: 1 | 2;
  /** Builds the replacement itself (groups as matched); returning null keeps the match. */
  to?: (mark: string, groups: Array<string | undefined>) => string | null;
  /**
   * Literals of which every match contains at least one (lower-case ones for rules with the `i`
   * flag, checked against the lower-cased text). A text without any skips the rule: most texts hold
   * no secret, and compiling and running ~30 expressions was over a millisecond of each hook run.
   */
  hint?: string[];
};

const KEYWORD =
  "(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|client[_-]?secret|private[_-]?key|credentials?|session[_-]?key|signing[_-]?key|encryption[_-]?key)";

// Names that contain a keyword but hold no secret: counts and limits (max_tokens, token_count),
// where a secret lives rather than the secret (private_key_path, password_reset_url), its kind.
const NOT_A_SECRET_NAME =
  /(?:tokens|tokeni[sz](?:er|ed|es|ing)|count|length|len|limit|size|ttl|timeout|expiry|expires?(?:_?(?:at|in))?|url|uri|endpoint|path|file|dir|name|type|format|header|field|policy|rotation|reset\w*|hint|prompt|label|placeholder|required|enabled|mode|strategy|usage|[_.-]ids?)$|^(?:max|min|num|total)[_-]/i;

// Values that are plainly not secrets: type annotations, masks, variable references, paths.
const NOT_A_SECRET_VALUE = [
  /^(?:string|number|boolean|bigint|symbol|object|any|unknown|never|void|null|undefined|true|false|none|nil|str|int|bool|bytes|text|optional|required|include|omit|same-origin)(?:\[\])?$/i,
  /^[*\u2022xX.\-_]+$/,
  /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/,
  /^<[^<>]*>$/,
  /^(?:~|\.{1,2})?\/[\w.@-]+\/[\w.@/-]*$/,
  /^(?:process\.env|os\.environ|import\.meta\.env)\b/,
];

// Every quantifier ahead of the part that decides a match is bounded: an unbounded one rescans the
// rest of a long run of name characters from each start ("a-a-a-…", "a.a.a.…"), which is quadratic
// and took 20 s on a 100 KB prompt, blocking the hook (and its own timer) all that time.
const assignment = new RegExp(
  // 1: name, separator and any opening quote; 2: the name; then a value in double quotes (3), in
  // single quotes (4), or bare (5). Quoted values may hold spaces (a passphrase).
  `(\\b([A-Za-z0-9_.-]{0,64}${KEYWORD}[A-Za-z0-9_]{0,64})\\b["']?\\s*(?:=|:)\\s*)` +
    `(?:"((?:[^"\\\\\\n]|\\\\.){4,})"|'([^'\\n]{4,})'|(?![A-Za-z0-9_.$]+\\()([^\\s"',;()}\\]]{4,}))`,
  "gi",
);

const rules: Rule[] = [
  { kind: "private-key", re: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g, hint: ["-----BEGIN "] },
  { kind: "anthropic", re: /\bsk-ant-[A-Za-z0-9_-]{16,}/g, hint: ["sk-ant-"] },
  { kind: "openai", re: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}/g, hint: ["sk-"] },
  { kind: "github", re: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g, hint: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"] },
  { kind: "gitlab", re: /\bgl(?:pat|ptt|dt|rt|cbt|soat|ft|imt|agent|oas)-[A-Za-z0-9_-]{16,}/g, hint: ["glpat-", "glptt-", "gldt-", "glrt-", "glcbt-", "glsoat-", "glft-", "glimt-", "glagent-", "gloas-"] },
  { kind: "slack", re: /\bxox[abposre]-[A-Za-z0-9-]{10,}/g, hint: ["xox"] },
  { kind: "slack-webhook", re: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/g, hint: ["hooks.slack.com/"] },
  { kind: "aws-access-key", re: /\b(?:AKIA|ASIA|ABIA|ACCA|AROA|AIDA)[A-Z0-9]{16}\b/g, hint: ["AKIA", "ASIA", "ABIA", "ACCA", "AROA", "AIDA"] },
  { kind: "google-api-key", re: /\bAIza[0-9A-Za-z_-]{35}\b/g, hint: ["AIza"] },
  { kind: "google-oauth", re: /\bya29\.[0-9A-Za-z_-]{20,}|\bGOCSPX-[0-9A-Za-z_-]{20,}/g, hint: ["ya29.", "GOCSPX-"] },
  { kind: "stripe", re: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}|\bwhsec_[A-Za-z0-9]{20,}/g, hint: ["_live_", "_test_", "whsec_"] },
  { kind: "twilio", re: /\bSK[0-9a-fA-F]{32}\b/g, hint: ["SK"] },
  { kind: "npm", re: /\bnpm_[A-Za-z0-9]{36}\b/g, hint: ["npm_"] },
  { kind: "npmrc", re: /(_auth(?:Token)?\s*=\s*)[^\s"']+/g, keep: 1, hint: ["_auth"] },
  { kind: "huggingface", re: /\bhf_[A-Za-z0-9]{30,}\b/g, hint: ["hf_"] },
  { kind: "sendgrid", re: /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g, hint: ["SG."] },
  { kind: "pypi", re: /\bpypi-AgE[A-Za-z0-9_-]{50,}/g, hint: ["pypi-AgE"] },
  { kind: "digitalocean", re: /\bdo[pro]_v1_[a-f0-9]{64}\b/g, hint: ["_v1_"] },
  { kind: "shopify", re: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g, hint: ["shp"] },
  { kind: "databricks", re: /\bdapi[a-f0-9]{32}\b/g, hint: ["dapi"] },
  { kind: "token", re: /\b(?:lin_api_|sntrys_|glsa_|NRAK-|PMAK-|dp\.pt\.|ntn_|xapp-|figd_)[A-Za-z0-9._-]{16,}/g, hint: ["lin_api_", "sntrys_", "glsa_", "NRAK-", "PMAK-", "dp.pt.", "ntn_", "xapp-", "figd_"] },
  { kind: "azure-key", re: /((?:AccountKey|SharedAccessKey|sig)\s*=\s*)[A-Za-z0-9+/%=]{20,}/gi, keep: 1, hint: ["accountkey", "sharedaccesskey", "sig"] },
  { kind: "azure-secret", re: /\b[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}\b/g, hint: ["Q~"] },
  { kind: "jwt", re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, hint: ["eyJ"] },
  { kind: "bearer", re: /(\b(?:Bearer|Basic|Token)\s+)[A-Za-z0-9._~+/-]{16,}={0,}/g, keep: 1, hint: ["Bearer", "Basic", "Token"] },
  // scheme://user:password@host, also with an empty user (redis://:password@host).
  { kind: "url-password", re: /(\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s:/@'"]{0,256}:)[^\s@/'"]{1,256}(@)/gi, keep: 2, hint: ["://"] },
  // curl -u user:password, --user=user:password
  { kind: "cli-password", re: /((?:^|\s)(?:-u|--user)(?:\s+|=)?['"]?[^\s:'"@]+:)(?!\d+(?:\s|$))[^\s'"@]{3,}/g, keep: 1, hint: ["-u"] },
  // mysql -pPASSWORD (the password glued to -p)
  { kind: "cli-password", re: /(\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]{0,200}?\s-p)[^\s'"]{3,}/g, keep: 1, hint: ["mysql", "mariadb"] },
  // NAME_SECRET=value / "password": "value" / token: 'a pass phrase' — keep the name, drop the value.
  {
    kind: "assignment",
    re: assignment,
    hint: ["pass", "pwd", "secret", "token", "key", "credential"],
    to: (mark, [prefix, name, dq, sq, bare]) => {
      const value = dq ?? sq ?? bare ?? "";
      if (NOT_A_SECRET_NAME.test(name ?? "") || value.startsWith("[REDACTED") || NOT_A_SECRET_VALUE.some((r) => r.test(value))) return null;
      return dq !== undefined ? `${prefix}"${mark}"` : sq !== undefined ? `${prefix}'${mark}'` : `${prefix}${mark}`;
    },
  },
];

function compileExtra(patterns: readonly string[]): Rule[] {
  const out: Rule[] = [];
  // Whoever passes patterns, only checked ones run (settings have been checked already: remembered).
  for (const p of patterns) if (patternProblem(p) === null) out.push({ kind: "custom", re: new RegExp(p, "g") });
  return out;
}

/**
 * The most a user pattern sees at a time: one line, and a long line in pieces of this size. The
 * check (pattern-check.ts) stops the exponential patterns; this bounds what a polynomial one it
 * let through can cost. A match across two lines or pieces is not found: user patterns name a
 * token's shape, which fits on a line.
 */
export const PIECE_CHARS = 1000;

function applyPieces(text: string, apply: (piece: string) => string): string {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.length <= PIECE_CHARS) lines[i] = apply(l);
    else {
      let out = "";
      for (let at = 0; at < l.length; at += PIECE_CHARS) out += apply(l.slice(at, at + PIECE_CHARS));
      lines[i] = out;
    }
  }
  return lines.join("\n");
}

export type Redactor = (text: string) => string;

/** Whether `text` may hold a match of `rule` (see Rule.hint); `lower` is the text lower-cased, on demand. */
function mayMatch(rule: Rule, text: string, lower: () => string): boolean {
  if (!rule.hint) return true;
  const hay = rule.re.flags.includes("i") ? lower() : text;
  return rule.hint.some((h) => hay.includes(h));
}

/** `opts.hints: false` runs every rule on every text (tests compare both ways). */
export function makeRedactor(extra: readonly string[] = [], opts: { hints?: boolean } = {}): Redactor {
  const custom = compileExtra(extra);
  const useHints = opts.hints !== false;
  const replace = (out: string, { kind, re, keep, to }: Rule): string =>
    out.replace(re, (match: string, ...rest: unknown[]) => {
      const mark = `[REDACTED:${kind}]`;
      if (to) return to(mark, rest.slice(0, 5).map((g) => (typeof g === "string" ? g : undefined))) ?? match;
      if (!keep) return mark;
      if (keep === 2) return `${String(rest[0])}${mark}${String(rest[1])}`;
      return `${String(rest[0])}${mark}`;
    });
  return (text: string): string => {
    let out = text;
    let lowered: string | undefined;
    const lower = (): string => (lowered ??= out.toLowerCase());
    // Built-in rules first (their own tests keep them linear), on the whole text; user patterns
    // after, so they can add marks but never undo one.
    for (const rule of rules) {
      if (useHints && !mayMatch(rule, out, lower)) continue;
      rule.re.lastIndex = 0;
      if (!rule.re.test(out)) continue;
      rule.re.lastIndex = 0;
      out = replace(out, rule);
      lowered = undefined;
    }
    for (const rule of custom) out = applyPieces(out, (piece) => replace(piece, rule));
    return out;
  };
}

