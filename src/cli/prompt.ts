// A one-line question on a terminal, for commands that confirm before deleting. The entry passes
// its own streams in; commands only see the resulting function.
import type { Readable, Writable } from "node:stream";

export function makePrompt(input: Readable, output: Writable): (question: string) => Promise<string> {
  return async (question) => {
    const readline = await import("node:readline");
    const rl = readline.createInterface({ input, output, terminal: true });
    try {
      return await new Promise<string>((resolve) => {
        rl.once("close", () => resolve(""));
        rl.question(question, (answer) => resolve(answer));
      });
    } finally {
      rl.close();
    }
  };
}
