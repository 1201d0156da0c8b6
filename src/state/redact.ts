// Secrets are removed before anything is stored or injected: state files end up in screenshots,
// commits and other models' contexts. Patterns are specific (prefixes, key names, structure) so
// look-alikes that carry meaning — git SHAs, UUIDs, lock-file hashes — survive.

type Rule = { kind: string; re: RegExp; keep?: number };

const KEYWORD =
  "(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|client[_-]?secret|private[_-]?key|credentials?|session[_-]?key|signing[_-]?key|encryption[_-]?key)";

const rules: Rule[] = [
  { kind: "private-key", re: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g },
  { kind: "anthropic", re: /\bsk-ant-[A-Za-z0-9_-]{16,}/g },
  { kind: "openai", re: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}/g },
  { kind: "github", re: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g },
  { kind: "gitlab", re: /\bgl(?:pat|ptt|dt|rt|cbt|soat|ft|imt|agent|oas)-[A-Za-z0-9_-]{16,}/g },
  { kind: "slack", re: /\bxox[abposre]-[A-Za-z0-9-]{10,}/g },
  { kind: "slack-webhook", re: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/g },
  { kind: "aws-access-key", re: /\b(?:AKIA|ASIA|ABIA|ACCA|AROA|AIDA)[A-Z0-9]{16}\b/g },
  { kind: "google-api-key", re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: "google-oauth", re: /\bya29\.[0-9A-Za-z_-]{20,}/g },
  { kind: "stripe", re: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}|\bwhsec_[A-Za-z0-9]{20,}/g },
  { kind: "twilio", re: /\bSK[0-9a-fA-F]{32}\b/g },
  { kind: "npm", re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: "npmrc", re: /(_authToken\s*=\s*)[^\s"']+/g, keep: 1 },
  { kind: "huggingface", re: /\bhf_[A-Za-z0-9]{30,}\b/g },
  { kind: "sendgrid", re: /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g },
  { kind: "pypi", re: /\bpypi-AgE[A-Za-z0-9_-]{50,}/g },
  { kind: "digitalocean", re: /\bdo[pro]_v1_[a-f0-9]{64}\b/g },
  { kind: "shopify", re: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g },
  { kind: "databricks", re: /\bdapi[a-f0-9]{32}\b/g },
  { kind: "token", re: /\b(?:lin_api_|sntrys_|glsa_|NRAK-|PMAK-|dp\.pt\.|ntn_|xapp-|figd_)[A-Za-z0-9._-]{16,}/g },
  { kind: "azure-key", re: /((?:AccountKey|SharedAccessKey|sig)\s*=\s*)[A-Za-z0-9+/%=]{20,}/gi, keep: 1 },
  { kind: "azure-secret", re: /\b[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}\b/g },
  { kind: "jwt", re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  { kind: "bearer", re: /(\b(?:Bearer|Basic|Token)\s+)[A-Za-z0-9._~+/-]{16,}=*/g, keep: 1 },
  { kind: "url-password", re: /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]+:)[^\s@/'"]+(@)/gi, keep: 2 },
  // NAME_SECRET=value / "password": "value" / token: value — keep the name, drop the value.
  {
    kind: "assignment",
    re: new RegExp(
      `((?:\\b[A-Za-z0-9_.-]*${KEYWORD}[A-Za-z0-9_]*\\b)["']?\\s*(?:=|:)\\s*["']?)(?!\\[REDACTED)(?![A-Za-z0-9_.$]+\\()([^\\s"',;()}\\]]{4,})`,
      "gi",
    ),
    keep: 1,
  },
];

function compileExtra(patterns: readonly string[]): Rule[] {
  const out: Rule[] = [];
  for (const p of patterns) {
    try {
      out.push({ kind: "custom", re: new RegExp(p, "g") });
    } catch {
      /* an invalid pattern is reported by doctor, never fatal here */
    }
  }
  return out;
}

export type Redactor = (text: string) => string;

export function makeRedactor(extra: readonly string[] = []): Redactor {
  const all = [...rules, ...compileExtra(extra)];
  return (text: string): string => {
    let out = text;
    for (const { kind, re, keep } of all) {
      re.lastIndex = 0;
      if (!re.test(out)) continue;
      re.lastIndex = 0;
      out = out.replace(re, (...m: unknown[]) => {
        const mark = `[REDACTED:${kind}]`;
        if (!keep) return mark;
        if (keep === 2) return `${String(m[1])}${mark}${String(m[2])}`;
        return `${String(m[1])}${mark}`;
      });
    }
    return out;
  };
}

export const redact: Redactor = makeRedactor();
