// The hook's version, set at build time from package.json (tsup.config.ts, `define`).
declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";
