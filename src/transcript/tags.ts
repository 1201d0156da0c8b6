// XML-ish tags that Claude Code wraps around text (<system-reminder>, <task-id>, <usage>, …), found
// with indexOf rather than lazy regular expressions: a regex like /<a>[\s\S]*?<\/a>/g rescans the
// rest of the text for every opening tag without a closing one, which is quadratic on hostile input.

/** The text of the first <name>…</name>, trimmed; undefined when there is none. */
export function tagContent(text: string, name: string): string | undefined {
  const open = `<${name}>`;
  const start = text.indexOf(open);
  if (start === -1) return undefined;
  const end = text.indexOf(`</${name}>`, start + open.length);
  return end === -1 ? undefined : text.slice(start + open.length, end).trim();
}

/** The text without any complete <name>…</name> element. */
export function stripTag(text: string, name: string): string {
  const open = `<${name}>`;
  const close = `</${name}>`;
  let out = "";
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start === -1) break;
    const end = text.indexOf(close, start + open.length);
    if (end === -1) break;
    out += text.slice(from, start);
    from = end + close.length;
  }
  return out + text.slice(from);
}

export function hasElement(text: string, name: string): boolean {
  const start = text.indexOf(`<${name}>`);
  return start !== -1 && text.indexOf(`</${name}>`, start) !== -1;
}
