// Enough of POSIX shell word splitting to find the file a hook command runs: quotes, backslashes,
// $VAR and ${VAR} from a given table, and ~ at the start of a word. An unknown variable makes the
// word unknown (null) rather than wrong.

export function shellWords(command: string, vars: Record<string, string>): Array<string | null> {
  const words: Array<string | null> = [];
  let word = "";
  let inWord = false;
  let unknown = false;
  let quote: '"' | "'" | null = null;
  const end = (): void => {
    if (inWord) words.push(unknown ? null : word);
    word = "";
    inWord = false;
    unknown = false;
  };
  for (let i = 0; i < command.length; i++) {
    const c = command[i] as string;
    if (quote === "'") {
      if (c === "'") quote = null;
      else word += c;
      continue;
    }
    if (c === "\\" && i + 1 < command.length) {
      word += command[++i];
      inWord = true;
      continue;
    }
    if (c === "$") {
      const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(command.slice(i));
      if (m) {
        const name = (m[1] ?? m[2]) as string;
        const value = vars[name];
        if (value === undefined) unknown = true;
        else word += value;
        inWord = true;
        i += m[0].length - 1;
        continue;
      }
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      else word += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
      continue;
    }
    if (/\s/.test(c) || c === ";" || c === "&" || c === "|") {
      end();
      continue;
    }
    if (c === "~" && !inWord && vars.HOME !== undefined && (command[i + 1] === "/" || command[i + 1] === undefined || /\s/.test(command[i + 1] as string))) {
      word += vars.HOME;
      inWord = true;
      continue;
    }
    word += c;
    inWord = true;
  }
  end();
  return words;
}
