// Fake secrets of every common shape, assembled at run time from pieces and random characters, so
// that this file itself holds nothing a secret scanner would flag. Each secret names the fragments
// that must never appear in anything the hook writes or injects.

export interface Secret {
  name: string;
  /** The text as it would be pasted or printed. */
  text: string;
  /** Distinctive random parts; none of them may survive. */
  cores: string[];
}

let seed = 0x51ec7e7;
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const HEX = "0123456789abcdef";
const B64 = `${ALNUM}+/`;
const URLSAFE = `${ALNUM}-_`;
const DIGITS = "0123456789";

export function chars(n: number, alphabet = ALNUM): string {
  let s = "";
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}

/** The first and last 12 characters of a random part, and the whole of it. */
const frag = (core: string): string[] => [core, core.slice(0, 12), core.slice(-12)];
const j = (...parts: string[]): string => parts.join("");

function pem(label: string): Secret {
  const lines = Array.from({ length: 6 }, () => chars(64, B64));
  return {
    name: `PEM ${label} private key`,
    text: j("-----BEGIN ", label, "PRIVATE", " KEY-----\n", lines.join("\n"), "\n-----END ", label, "PRIVATE", " KEY-----"),
    cores: lines.map((l) => l.slice(8, 40)),
  };
}

export function secrets(): Secret[] {
  const list: Secret[] = [];
  const add = (name: string, build: (core: string) => string, core: string): void => {
    list.push({ name, text: build(core), cores: frag(core) });
  };
  add("Anthropic API key", (c) => j("sk-", "ant-", "api03-", c, "AA"), chars(93, URLSAFE));
  add("Anthropic admin key", (c) => j("sk-", "ant-", "admin01-", c, "AA"), chars(93, URLSAFE));
  add("OpenAI legacy key", (c) => j("sk-", c), chars(48));
  add("OpenAI project key", (c) => j("sk-", "proj-", c), chars(120, URLSAFE));
  add("OpenAI service account key", (c) => j("sk-", "svcacct-", c), chars(80, URLSAFE));
  add("GitHub classic token", (c) => j("gh", "p_", c), chars(36));
  add("GitHub OAuth token", (c) => j("gh", "o_", c), chars(36));
  add("GitHub app token", (c) => j("gh", "s_", c), chars(36));
  add("GitHub fine-grained token", (c) => j("github", "_pat_", c), `${chars(22)}_${chars(59)}`);
  add("GitLab personal token", (c) => j("gl", "pat-", c), chars(20, URLSAFE));
  add("GitLab runner token", (c) => j("gl", "rt-", c), chars(20, URLSAFE));
  add("Slack bot token", (c) => j("xo", "xb-", chars(12, DIGITS), "-", chars(13, DIGITS), "-", c), chars(24));
  add("Slack user token", (c) => j("xo", "xp-", chars(12, DIGITS), "-", chars(13, DIGITS), "-", c), chars(32));
  add("Slack webhook", (c) => j("https://hooks.", "slack.com/services/T", chars(8, UPPER), "/B", chars(8, UPPER), "/", c), chars(24));
  add("AWS access key id", (c) => j("AK", "IA", c), chars(16, UPPER));
  add("AWS secret key (credentials file)", (c) => j("aws_secret_access_key", " = ", c), chars(40, B64));
  add("AWS secret key (sts JSON)", (c) => j('"SecretAccess', 'Key": "', c, '"'), chars(40, B64));
  add("AWS session token (sts JSON)", (c) => j('"Session', 'Token": "', c, '"'), chars(200, B64));
  {
    const lines = Array.from({ length: 4 }, () => chars(64, B64));
    list.push({
      name: "Google service-account private key (JSON, escaped \\n)",
      text: j('{"type": "service_account", "private_key_id": "', chars(40, HEX), '", "private_key": "-----BEGIN ', "PRIVATE", " KEY-----\\n", lines.join("\\n"), "\\n-----END ", "PRIVATE", ' KEY-----\\n", "client_email": "bot@proj.iam.gserviceaccount.com"}'),
      cores: lines.map((l) => l.slice(8, 40)),
    });
  }
  add("Google API key", (c) => j("AI", "za", c), chars(35, URLSAFE));
  add("Google OAuth client secret", (c) => j("GOC", "SPX-", c), chars(28, URLSAFE));
  add("Azure storage connection string", (c) => j("DefaultEndpointsProtocol=https;AccountName=acct;Account", "Key=", c, "==;EndpointSuffix=core.windows.net"), chars(86, B64));
  add("Azure AD client secret", (c) => c, j(chars(3), "8Q~", chars(34, `${ALNUM}_~.-`)));
  add("Azure SAS token", (c) => j("https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&s", "ig=", c), j(chars(40), "%3D"));
  add("Stripe live secret key", (c) => j("sk", "_live_", c), chars(24));
  add("Stripe restricted key", (c) => j("rk", "_live_", c), chars(24));
  add("Stripe webhook secret", (c) => j("whsec", "_", c), chars(32));
  add("Twilio API key", (c) => j("S", "K", c), chars(32, HEX));
  add("Twilio auth token (env)", (c) => j("TWILIO_AUTH_", "TOKEN=", c), chars(32, HEX));
  add("npm token", (c) => j("np", "m_", c), chars(36));
  add(".npmrc auth line", (c) => j("//registry.npmjs.org/:_auth", "Token=", c), chars(36));
  list.push(pem("RSA "), pem("OPENSSH "), pem("EC "), pem(""), pem("ENCRYPTED "));
  {
    const b64url = (o: object): string => Buffer.from(JSON.stringify(o)).toString("base64url");
    const sig = chars(43, URLSAFE);
    const payload = b64url({ sub: chars(16), name: "fake", iat: 1700000000 });
    list.push({ name: "JWT", text: j(b64url({ alg: "HS256", typ: "JWT" }), ".", payload, ".", sig), cores: [payload.slice(0, 24), sig] });
  }
  add("Bearer header", (c) => j("Authorization: ", "Bearer ", c), chars(40, `${ALNUM}._-`));
  add("Basic auth header", (c) => j("Authorization: ", "Basic ", c), Buffer.from(`deploy:${chars(20)}`).toString("base64"));
  add("postgres URL with password", (c) => j("postgres://admin:", c, "@db.internal:5432/app"), chars(20));
  add("https URL with token", (c) => j("https://x-access-token:", c, "@github.com/org/repo.git"), chars(30));
  add("redis URL, password only", (c) => j("redis://:", c, "@cache:6379/0"), chars(24));
  add("password= assignment", (c) => j("pass", "word=", c), chars(14));
  add("token= in a query string", (c) => j("https://api.example.com/v1/items?tok", "en=", c, "&page=2"), chars(32));
  add(".env quoted", (c) => j("DB_PASS", 'WORD="', c, '"'), chars(18));
  add(".env export single-quoted", (c) => j("export API_", "KEY='", c, "'"), chars(32));
  add(".env passphrase with spaces", (c) => j("SECRET_", 'KEY="', c, '"'), `${chars(8)} ${chars(8)} ${chars(8)}`);
  add("YAML client_secret", (c) => j("client_", "secret: ", c), chars(30));
  add("JSON password", (c) => j('{"user": "svc", "pass', 'word": "', c, '"}'), chars(16));
  add("curl -u user:password", (c) => j("curl -u deploy:", c, " https://api.example.com"), chars(16));
  add("mysql -p", (c) => j("mysql -u root -", "p", c, " app"), chars(14));
  add("Hugging Face token", (c) => j("h", "f_", c), chars(34));
  add("SendGrid key", (c) => j("S", "G.", c), `${chars(22, URLSAFE)}.${chars(43, URLSAFE)}`);
  add("DigitalOcean token", (c) => j("do", "p_v1_", c), chars(64, HEX));
  return list;
}

/** Strings that look a little like secrets but carry meaning; they must be kept verbatim. */
export function lookAlikes(): string[] {
  const sha = chars(40, HEX);
  return [
    `commit ${sha}`,
    `short sha ${sha.slice(0, 7)}`,
    `sha256 ${chars(64, HEX)}`,
    "session 3f3f19b1-cbe7-4bc5-91aa-59ba222614f6",
    `"integrity": "sha512-${chars(86, B64)}=="`,
    `"integrity": "sha1-${chars(27, B64)}="`,
    `assets/image-${chars(12, URLSAFE)}.png`,
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "Fix the tokenizer bug",
    "tokenizer: sentencepiece",
    "Design the password reset flow",
    "password_reset_url: /account/reset",
    "passwordless login via magic link",
    "set max_tokens: 4096 and input_tokens: 2696",
    "token_count=12345",
    "token: string",
    "secret: boolean | undefined",
    "const password = getPassword()",
    "export GITHUB_TOKEN=$GITHUB_TOKEN",
    "private_key_path: ~/.ssh/id_ed25519",
    "read the api_key_rotation.md runbook",
    "The secret sauce is caching",
    "docker run -u 1000:1000 node:20",
    "https://example.com/docs/auth#tokens",
    "Bearer tokens expire after 1 h",
  ];
}
