// The hook's version, set at build time from package.json (tsup.config.ts, `define`).
declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";

// Which build this is: a hash of the sources, set at build time. A view pre-rendered by another
// build (same version number, other rendering or redaction rules) is not reused.
declare const __BUILD__: string;
export const BUILD = typeof __BUILD__ === "string" ? __BUILD__ : "dev";

/** What a pre-rendered view records as the code that rendered it. */
export const RENDERER = `${VERSION}+${BUILD}`;
