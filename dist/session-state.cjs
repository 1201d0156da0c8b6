#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn2, res) => function __init() {
  return fn2 && (res = (0, fn2[__getOwnPropNames(fn2)[0]])(fn2 = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key) && key !== except)
        __defProp(to2, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/clip.ts
function graphemes() {
  if (segmenter === void 0) {
    const Ctor = Intl.Segmenter;
    segmenter = typeof Ctor === "function" ? new Ctor(void 0, { granularity: "grapheme" }) : null;
  }
  return segmenter;
}
function isRegional(text, i) {
  const cp = text.codePointAt(isLow(text.charCodeAt(i)) && i > 0 ? i - 1 : i) ?? 0;
  return cp >= 127462 && cp <= 127487;
}
function codePointEnd(text, end) {
  return end > 0 && end < text.length && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end)) ? end - 1 : end;
}
function graphemeEnd(text, end, seg) {
  for (let width = WINDOW; ; width *= 4) {
    let from = codePointEnd(text, Math.max(0, end - width));
    while (from > 0 && isRegional(text, from)) from = codePointEnd(text, from - 1);
    const window2 = text.slice(from, Math.min(text.length, end + 2));
    const breaks = [];
    for (const { index } of seg.segment(window2)) {
      if (from + index > end) break;
      breaks.push(from + index);
    }
    if (from === 0) return breaks[breaks.length - 1] ?? 0;
    if (breaks.length > 2) return breaks[breaks.length - 1];
  }
}
function quietCodePoint(cp) {
  if (cp < 128) return true;
  const c3 = String.fromCodePoint(cp);
  if (CONTROL.test(c3)) return true;
  const plainBlock = cp < 2304 || cp >= 7680 && cp < 40960 || cp >= 63744 && cp <= 65535;
  return (plainBlock || PICTOGRAPH.test(c3)) && QUIET.test(c3) && !JOINS.test(c3);
}
function plainBoundary(text, end) {
  if (end <= 0 || end >= text.length) return true;
  const a = text.charCodeAt(end - 1);
  const b2 = text.charCodeAt(end);
  if (a === 13 && b2 === 10) return false;
  const before = isLow(a) && end > 1 && isHigh(text.charCodeAt(end - 2)) ? text.codePointAt(end - 2) : a;
  return quietCodePoint(before) && quietCodePoint(text.codePointAt(end));
}
function prefixAt(text, max) {
  if (text.length <= max) return text;
  const end = codePointEnd(text, Math.max(0, Math.floor(max)));
  if (plainBoundary(text, end)) return text.slice(0, end);
  const seg = graphemes();
  return text.slice(0, seg ? graphemeEnd(text, end, seg) : end);
}
function clip(text, max) {
  if (text.length <= max) return text;
  if (max < 1) return "";
  let head = prefixAt(text, Math.max(0, max - 1));
  for (let trimmed = head.trimEnd(); trimmed.length < head.length; trimmed = head.trimEnd()) head = prefixAt(text, trimmed.length);
  return `${head}\u2026`;
}
var segmenter, isHigh, isLow, WINDOW, QUIET, JOINS, PICTOGRAPH, CONTROL;
var init_clip = __esm({
  "src/clip.ts"() {
    "use strict";
    isHigh = (c3) => c3 >= 55296 && c3 <= 56319;
    isLow = (c3) => c3 >= 56320 && c3 <= 57343;
    WINDOW = 64;
    QUIET = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u;
    JOINS = /[\p{M}\p{RI}\p{Emoji_Modifier}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\uFF9E\uFF9F]/u;
    PICTOGRAPH = new RegExp("^\\p{Extended_Pictographic}$", "u");
    CONTROL = new RegExp("^\\p{Cc}$", "u");
  }
});

// src/io/stdin.ts
var stdin_exports = {};
__export(stdin_exports, {
  MAX_INPUT_BYTES: () => MAX_INPUT_BYTES,
  readInput: () => readInput
});
function wholeObject(chunks, size) {
  const last2 = chunks[chunks.length - 1];
  if (!last2) return null;
  let i = last2.length - 1;
  while (i >= 0 && WHITESPACE.has(last2[i])) i--;
  if (i < 0 || last2[i] !== CLOSE_BRACE) return null;
  const data = chunks.length === 1 ? last2 : Buffer.concat(chunks, size);
  try {
    const text = data.toString("utf8");
    const value = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? { data, value } : null;
  } catch {
    return null;
  }
}
function readable(fd) {
  try {
    return !fs.fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}
function readInput(fd, stream, maxBytes = MAX_INPUT_BYTES) {
  if (!readable(fd)) return Promise.resolve({ data: Buffer.alloc(0) });
  return new Promise((resolve13) => {
    const chunks = [];
    let size = 0;
    let done = false;
    let input;
    const finish = (r2) => {
      if (done) return;
      done = true;
      input.removeAllListeners("data");
      input.pause();
      resolve13(r2);
    };
    try {
      input = stream();
    } catch {
      resolve13({ data: Buffer.alloc(0) });
      return;
    }
    input.on("data", (chunk) => {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > maxBytes) {
        finish({ tooLarge: true });
        input.destroy();
        return;
      }
      chunks.push(buf);
      const whole = wholeObject(chunks, size);
      if (whole) finish(whole);
    });
    input.on("end", () => finish({ data: Buffer.concat(chunks, size) }));
    input.on("error", () => finish({ data: Buffer.concat(chunks, size) }));
  });
}
var fs, MAX_INPUT_BYTES, CLOSE_BRACE, WHITESPACE;
var init_stdin = __esm({
  "src/io/stdin.ts"() {
    "use strict";
    fs = __toESM(require("fs"), 1);
    MAX_INPUT_BYTES = 8 << 20;
    CLOSE_BRACE = 125;
    WHITESPACE = /* @__PURE__ */ new Set([32, 9, 10, 13]);
  }
});

// src/config-dirs.ts
function isDir(p2) {
  try {
    return fs2.statSync(p2, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}
function claudeConfigDirs(env) {
  const out = [];
  const add2 = (dir) => {
    const abs = path.resolve(dir);
    if (!out.includes(abs)) out.push(abs);
  };
  if (env.CLAUDE_CONFIG_DIR) add2(env.CLAUDE_CONFIG_DIR);
  const home = env.HOME || require("os").homedir();
  if (!home) return out;
  add2(path.join(home, ".claude"));
  const instances = path.join(home, CCS_INSTANCES);
  let names = [];
  try {
    names = fs2.readdirSync(instances, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const d2 of names.sort((a, b2) => a.name.localeCompare(b2.name))) {
    if (d2.isDirectory() || d2.isSymbolicLink() && isDir(path.join(instances, d2.name))) {
      add2(path.join(instances, d2.name));
    }
  }
  return out;
}
function encodeProjectDir(dir) {
  const name2 = dir.replace(/[^A-Za-z0-9]/g, "-");
  if (name2.length <= MAX_PROJECT_NAME) return name2;
  let h = 0;
  for (let i = 0; i < dir.length; i++) h = (h << 5) - h + dir.charCodeAt(i) | 0;
  return `${name2.slice(0, MAX_PROJECT_NAME)}-${Math.abs(h).toString(36)}`;
}
function labelledConfigDirs(env, current) {
  const fromEnv = env.CLAUDE_CONFIG_DIR ? path.resolve(env.CLAUDE_CONFIG_DIR) : null;
  const origin = (dir) => dir === fromEnv ? "CLAUDE_CONFIG_DIR" : path.basename(dir) === ".claude" ? "~/.claude" : "~/.ccs/instances";
  const candidates2 = [{ dir: path.resolve(current), origin: "current" }, ...claudeConfigDirs(env).map((dir) => ({ dir, origin: origin(dir) }))];
  const seen = /* @__PURE__ */ new Set();
  return candidates2.filter((c3) => {
    if (!isDir(c3.dir)) return false;
    let real = c3.dir;
    try {
      real = fs2.realpathSync(c3.dir);
    } catch {
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
var fs2, path, CCS_INSTANCES, MAX_PROJECT_NAME;
var init_config_dirs = __esm({
  "src/config-dirs.ts"() {
    "use strict";
    fs2 = __toESM(require("fs"), 1);
    path = __toESM(require("path"), 1);
    CCS_INSTANCES = path.join(".ccs", "instances");
    MAX_PROJECT_NAME = 200;
  }
});

// node_modules/signal-exit/dist/cjs/signals.js
var require_signals = __commonJS({
  "node_modules/signal-exit/dist/cjs/signals.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.signals = void 0;
    exports2.signals = [];
    exports2.signals.push("SIGHUP", "SIGINT", "SIGTERM");
    if (process.platform !== "win32") {
      exports2.signals.push(
        "SIGALRM",
        "SIGABRT",
        "SIGVTALRM",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGUSR2",
        "SIGTRAP",
        "SIGSYS",
        "SIGQUIT",
        "SIGIOT"
        // should detect profiler and enable/disable accordingly.
        // see #21
        // 'SIGPROF'
      );
    }
    if (process.platform === "linux") {
      exports2.signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
    }
  }
});

// node_modules/signal-exit/dist/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/signal-exit/dist/cjs/index.js"(exports2) {
    "use strict";
    var _a3;
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.unload = exports2.load = exports2.onExit = exports2.signals = void 0;
    var signals_js_1 = require_signals();
    Object.defineProperty(exports2, "signals", { enumerable: true, get: function() {
      return signals_js_1.signals;
    } });
    var processOk = (process3) => !!process3 && typeof process3 === "object" && typeof process3.removeListener === "function" && typeof process3.emit === "function" && typeof process3.reallyExit === "function" && typeof process3.listeners === "function" && typeof process3.kill === "function" && typeof process3.pid === "number" && typeof process3.on === "function";
    var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
    var global2 = globalThis;
    var ObjectDefineProperty = Object.defineProperty.bind(Object);
    var Emitter = class {
      emitted = {
        afterExit: false,
        exit: false
      };
      listeners = {
        afterExit: [],
        exit: []
      };
      count = 0;
      id = Math.random();
      constructor() {
        if (global2[kExitEmitter]) {
          return global2[kExitEmitter];
        }
        ObjectDefineProperty(global2, kExitEmitter, {
          value: this,
          writable: false,
          enumerable: false,
          configurable: false
        });
      }
      on(ev, fn2) {
        this.listeners[ev].push(fn2);
      }
      removeListener(ev, fn2) {
        const list2 = this.listeners[ev];
        const i = list2.indexOf(fn2);
        if (i === -1) {
          return;
        }
        if (i === 0 && list2.length === 1) {
          list2.length = 0;
        } else {
          list2.splice(i, 1);
        }
      }
      emit(ev, code, signal) {
        if (this.emitted[ev]) {
          return false;
        }
        this.emitted[ev] = true;
        let ret = false;
        for (const fn2 of this.listeners[ev]) {
          ret = fn2(code, signal) === true || ret;
        }
        if (ev === "exit") {
          ret = this.emit("afterExit", code, signal) || ret;
        }
        return ret;
      }
    };
    var SignalExitBase = class {
    };
    var signalExitWrap = (handler) => {
      return {
        onExit(cb, opts) {
          return handler.onExit(cb, opts);
        },
        load() {
          return handler.load();
        },
        unload() {
          return handler.unload();
        }
      };
    };
    var SignalExitFallback = class extends SignalExitBase {
      onExit() {
        return () => {
        };
      }
      load() {
      }
      unload() {
      }
    };
    var SignalExit = class extends SignalExitBase {
      // "SIGHUP" throws an `ENOSYS` error on Windows,
      // so use a supported signal instead
      /* c8 ignore start */
      #hupSig = process2.platform === "win32" ? "SIGINT" : "SIGHUP";
      /* c8 ignore stop */
      #emitter = new Emitter();
      #process;
      #originalProcessEmit;
      #originalProcessReallyExit;
      #sigListeners = {};
      #loaded = false;
      constructor(process3) {
        super();
        this.#process = process3;
        this.#sigListeners = {};
        for (const sig of signals_js_1.signals) {
          this.#sigListeners[sig] = () => {
            const listeners = this.#process.listeners(sig);
            let { count: count2 } = this.#emitter;
            const p2 = process3;
            if (typeof p2.__signal_exit_emitter__ === "object" && typeof p2.__signal_exit_emitter__.count === "number") {
              count2 += p2.__signal_exit_emitter__.count;
            }
            if (listeners.length === count2) {
              this.unload();
              const ret = this.#emitter.emit("exit", null, sig);
              const s = sig === "SIGHUP" ? this.#hupSig : sig;
              if (!ret)
                process3.kill(process3.pid, s);
            }
          };
        }
        this.#originalProcessReallyExit = process3.reallyExit;
        this.#originalProcessEmit = process3.emit;
      }
      onExit(cb, opts) {
        if (!processOk(this.#process)) {
          return () => {
          };
        }
        if (this.#loaded === false) {
          this.load();
        }
        const ev = opts?.alwaysLast ? "afterExit" : "exit";
        this.#emitter.on(ev, cb);
        return () => {
          this.#emitter.removeListener(ev, cb);
          if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
            this.unload();
          }
        };
      }
      load() {
        if (this.#loaded) {
          return;
        }
        this.#loaded = true;
        this.#emitter.count += 1;
        for (const sig of signals_js_1.signals) {
          try {
            const fn2 = this.#sigListeners[sig];
            if (fn2)
              this.#process.on(sig, fn2);
          } catch (_2) {
          }
        }
        this.#process.emit = (ev, ...a) => {
          return this.#processEmit(ev, ...a);
        };
        this.#process.reallyExit = (code) => {
          return this.#processReallyExit(code);
        };
      }
      unload() {
        if (!this.#loaded) {
          return;
        }
        this.#loaded = false;
        signals_js_1.signals.forEach((sig) => {
          const listener = this.#sigListeners[sig];
          if (!listener) {
            throw new Error("Listener not defined for signal: " + sig);
          }
          try {
            this.#process.removeListener(sig, listener);
          } catch (_2) {
          }
        });
        this.#process.emit = this.#originalProcessEmit;
        this.#process.reallyExit = this.#originalProcessReallyExit;
        this.#emitter.count -= 1;
      }
      #processReallyExit(code) {
        if (!processOk(this.#process)) {
          return 0;
        }
        this.#process.exitCode = code || 0;
        this.#emitter.emit("exit", this.#process.exitCode, null);
        return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
      }
      #processEmit(ev, ...args2) {
        const og = this.#originalProcessEmit;
        if (ev === "exit" && processOk(this.#process)) {
          if (typeof args2[0] === "number") {
            this.#process.exitCode = args2[0];
          }
          const ret = og.call(this.#process, ev, ...args2);
          this.#emitter.emit("exit", this.#process.exitCode, null);
          return ret;
        } else {
          return og.call(this.#process, ev, ...args2);
        }
      }
    };
    var process2 = globalThis.process;
    _a3 = signalExitWrap(processOk(process2) ? new SignalExit(process2) : new SignalExitFallback()), /**
     * Called when the process is exiting, whether via signal, explicit
     * exit, or running out of stuff to do.
     *
     * If the global process object is not suitable for instrumentation,
     * then this will be a no-op.
     *
     * Returns a function that may be used to unload signal-exit.
     */
    exports2.onExit = _a3.onExit, /**
     * Load the listeners.  Likely you never need to call this, unless
     * doing a rather deep integration with signal-exit functionality.
     * Mostly exposed for the benefit of testing.
     *
     * @internal
     */
    exports2.load = _a3.load, /**
     * Unload the listeners.  Likely you never need to call this, unless
     * doing a rather deep integration with signal-exit functionality.
     * Mostly exposed for the benefit of testing.
     *
     * @internal
     */
    exports2.unload = _a3.unload;
  }
});

// node_modules/write-file-atomic/lib/index.js
var require_lib = __commonJS({
  "node_modules/write-file-atomic/lib/index.js"(exports2, module2) {
    "use strict";
    module2.exports = writeFile;
    module2.exports.sync = writeFileSync2;
    module2.exports._getTmpname = getTmpname;
    module2.exports._cleanupOnExit = cleanupOnExit;
    var fs20 = require("fs");
    var crypto = require("crypto");
    var { onExit } = require_cjs();
    var path38 = require("path");
    var { promisify } = require("util");
    var activeFiles = {};
    var threadId = (function getId() {
      try {
        const workerThreads = require("worker_threads");
        return workerThreads.threadId;
      } catch (e) {
        return 0;
      }
    })();
    var invocations = 0;
    function getTmpname(filename) {
      return filename + "." + crypto.createHash("sha1").update(__filename).update(String(process.pid)).update(String(threadId)).update(String(++invocations)).digest().readUInt32BE(0);
    }
    function cleanupOnExit(tmpfile) {
      return () => {
        try {
          fs20.unlinkSync(typeof tmpfile === "function" ? tmpfile() : tmpfile);
        } catch {
        }
      };
    }
    function serializeActiveFile(absoluteName) {
      return new Promise((resolve13) => {
        if (!activeFiles[absoluteName]) {
          activeFiles[absoluteName] = [];
        }
        activeFiles[absoluteName].push(resolve13);
        if (activeFiles[absoluteName].length === 1) {
          resolve13();
        }
      });
    }
    function isChownErrOk(err) {
      if (err.code === "ENOSYS") {
        return true;
      }
      const nonroot = !process.getuid || process.getuid() !== 0;
      if (nonroot) {
        if (err.code === "EINVAL" || err.code === "EPERM") {
          return true;
        }
      }
      return false;
    }
    async function writeFileAsync(filename, data, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      let fd;
      let tmpfile;
      const removeOnExitHandler = onExit(cleanupOnExit(() => tmpfile));
      const absoluteName = path38.resolve(filename);
      try {
        await serializeActiveFile(absoluteName);
        const truename = await promisify(fs20.realpath)(filename).catch(() => filename);
        tmpfile = getTmpname(truename);
        if (!options.mode || !options.chown) {
          const stats = await promisify(fs20.stat)(truename).catch(() => {
          });
          if (stats) {
            if (options.mode == null) {
              options.mode = stats.mode;
            }
            if (options.chown == null && process.getuid) {
              options.chown = { uid: stats.uid, gid: stats.gid };
            }
          }
        }
        fd = await promisify(fs20.open)(tmpfile, "w", options.mode);
        if (options.tmpfileCreated) {
          await options.tmpfileCreated(tmpfile);
        }
        if (ArrayBuffer.isView(data)) {
          await promisify(fs20.write)(fd, data, 0, data.length, 0);
        } else if (data != null) {
          await promisify(fs20.write)(fd, String(data), 0, String(options.encoding || "utf8"));
        }
        if (options.fsync !== false) {
          await promisify(fs20.fsync)(fd);
        }
        await promisify(fs20.close)(fd);
        fd = null;
        if (options.chown) {
          await promisify(fs20.chown)(tmpfile, options.chown.uid, options.chown.gid).catch((err) => {
            if (!isChownErrOk(err)) {
              throw err;
            }
          });
        }
        if (options.mode) {
          await promisify(fs20.chmod)(tmpfile, options.mode).catch((err) => {
            if (!isChownErrOk(err)) {
              throw err;
            }
          });
        }
        await promisify(fs20.rename)(tmpfile, truename);
      } finally {
        if (fd) {
          await promisify(fs20.close)(fd).catch(
            /* istanbul ignore next */
            () => {
            }
          );
        }
        removeOnExitHandler();
        await promisify(fs20.unlink)(tmpfile).catch(() => {
        });
        activeFiles[absoluteName].shift();
        if (activeFiles[absoluteName].length > 0) {
          activeFiles[absoluteName][0]();
        } else {
          delete activeFiles[absoluteName];
        }
      }
    }
    async function writeFile(filename, data, options, callback) {
      if (options instanceof Function) {
        callback = options;
        options = {};
      }
      const promise = writeFileAsync(filename, data, options);
      if (callback) {
        try {
          const result = await promise;
          return callback(result);
        } catch (err) {
          return callback(err);
        }
      }
      return promise;
    }
    function writeFileSync2(filename, data, options) {
      if (typeof options === "string") {
        options = { encoding: options };
      } else if (!options) {
        options = {};
      }
      try {
        filename = fs20.realpathSync(filename);
      } catch (ex) {
      }
      const tmpfile = getTmpname(filename);
      if (!options.mode || !options.chown) {
        try {
          const stats = fs20.statSync(filename);
          options = Object.assign({}, options);
          if (!options.mode) {
            options.mode = stats.mode;
          }
          if (!options.chown && process.getuid) {
            options.chown = { uid: stats.uid, gid: stats.gid };
          }
        } catch (ex) {
        }
      }
      let fd;
      const cleanup = cleanupOnExit(tmpfile);
      const removeOnExitHandler = onExit(cleanup);
      let threw = true;
      try {
        fd = fs20.openSync(tmpfile, "w", options.mode || 438);
        if (options.tmpfileCreated) {
          options.tmpfileCreated(tmpfile);
        }
        if (ArrayBuffer.isView(data)) {
          fs20.writeSync(fd, data, 0, data.length, 0);
        } else if (data != null) {
          fs20.writeSync(fd, String(data), 0, String(options.encoding || "utf8"));
        }
        if (options.fsync !== false) {
          fs20.fsyncSync(fd);
        }
        fs20.closeSync(fd);
        fd = null;
        if (options.chown) {
          try {
            fs20.chownSync(tmpfile, options.chown.uid, options.chown.gid);
          } catch (err) {
            if (!isChownErrOk(err)) {
              throw err;
            }
          }
        }
        if (options.mode) {
          try {
            fs20.chmodSync(tmpfile, options.mode);
          } catch (err) {
            if (!isChownErrOk(err)) {
              throw err;
            }
          }
        }
        fs20.renameSync(tmpfile, filename);
        threw = false;
      } finally {
        if (fd) {
          try {
            fs20.closeSync(fd);
          } catch (ex) {
          }
        }
        removeOnExitHandler();
        if (threw) {
          cleanup();
        }
      }
    }
  }
});

// src/io/fs.ts
function openRegular(file) {
  let fd;
  if (!exists(file)) return { refused: "ENOENT" };
  try {
    fd = fs3.openSync(file, fs3.constants.O_RDONLY | O_NONBLOCK);
  } catch (err) {
    return { refused: err.code ?? "cannot open" };
  }
  try {
    const stat = fs3.fstatSync(fd);
    if (!stat.isFile()) {
      fs3.closeSync(fd);
      return { refused: "not a regular file" };
    }
    return { fd, stat };
  } catch (err) {
    closeQuietly(fd);
    return { refused: err.code ?? "cannot stat" };
  }
}
function closeQuietly(fd) {
  try {
    fs3.closeSync(fd);
  } catch {
  }
}
function readSmallText(file, maxBytes) {
  const opened = openRegular(file);
  if ("refused" in opened) return null;
  try {
    if (opened.stat.size > maxBytes) return null;
    const buf = Buffer.alloc(opened.stat.size);
    let off = 0;
    while (off < buf.length) {
      const n = fs3.readSync(opened.fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off).toString("utf8");
  } catch {
    return null;
  } finally {
    closeQuietly(opened.fd);
  }
}
function readJson(file, maxBytes) {
  const text = readSmallText(file, maxBytes);
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
function ownRegularFile(file) {
  const st = lstatSafe(file);
  return !!st && st.isFile() && ours(st);
}
function ensurePrivateDir(dir) {
  try {
    const st = fs3.lstatSync(dir);
    if (st.isSymbolicLink()) return { refused: `${dir} is a symbolic link` };
    if (!st.isDirectory()) return { refused: `${dir} is not a directory` };
    if (loose(st) && ours(st)) chmodQuietly(dir, 448);
    return true;
  } catch (err) {
    if (err.code !== "ENOENT") return { refused: String(err.message) };
  }
  try {
    fs3.mkdirSync(dir, { recursive: true, mode: 448 });
    const st = fs3.lstatSync(dir);
    if (!st.isDirectory()) return { refused: `${dir} is not a directory` };
    if (loose(st)) chmodQuietly(dir, 448);
    return true;
  } catch (err) {
    return { refused: err.code ?? "mkdir failed" };
  }
}
function exists(file) {
  try {
    return fs3.lstatSync(file, { throwIfNoEntry: false }) !== void 0;
  } catch {
    return true;
  }
}
function lstatSafe(file) {
  try {
    return fs3.lstatSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}
function fileStamp(file) {
  try {
    const st = fs3.lstatSync(file, { bigint: true, throwIfNoEntry: false });
    return st ? `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}` : "-";
  } catch {
    return null;
  }
}
function statSafe(file) {
  try {
    return fs3.statSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}
function realpathSafe(file) {
  try {
    return fs3.realpathSync.native(file);
  } catch {
    return null;
  }
}
function isInside(child, parent) {
  const rel = path2.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel);
}
function listDir(dir) {
  if (!exists(dir)) return [];
  try {
    return fs3.readdirSync(dir);
  } catch {
    return [];
  }
}
function removeEmptyDir(dir) {
  try {
    fs3.rmdirSync(dir);
  } catch {
  }
}
function removeQuietly(file) {
  try {
    fs3.unlinkSync(file);
  } catch {
  }
}
function loadWriter() {
  return writeFileAtomic ??= require_lib();
}
function writeAtomic(file, data, opts = {}) {
  const st = lstatSafe(file);
  if (st?.isSymbolicLink()) fs3.unlinkSync(file);
  loadWriter().sync(file, data, { mode: 384, fsync: opts.durable === true });
  if (opts.durable) {
    syncDir(path2.dirname(file));
    sweepTempFiles(file);
  }
}
function syncDir(dir) {
  try {
    const fd = fs3.openSync(dir, fs3.constants.O_RDONLY);
    try {
      fs3.fsyncSync(fd);
    } finally {
      fs3.closeSync(fd);
    }
  } catch {
  }
}
function sweepTempFiles(file) {
  const dir = path2.dirname(file);
  const prefix = `${path2.basename(file)}.`;
  const now = Date.now();
  for (const name2 of listDir(dir)) {
    if (!name2.startsWith(prefix) || !/^\d+$/.test(name2.slice(prefix.length))) continue;
    const full = path2.join(dir, name2);
    const st = lstatSafe(full);
    if (st?.isFile() && now - st.mtimeMs > TEMP_STALE_MS) removeQuietly(full);
  }
}
function chmodQuietly(file, mode) {
  try {
    fs3.chmodSync(file, mode);
  } catch {
  }
}
function appendBounded(file, line, maxBytes) {
  try {
    const st = lstatSafe(file);
    if (st?.isSymbolicLink()) return;
    if (st && loose(st) && ours(st)) chmodQuietly(file, 384);
    if (st && st.size + line.length > maxBytes) fs3.renameSync(file, `${file}.1`);
    fs3.appendFileSync(file, line, { mode: 384 });
  } catch {
  }
}
var fs3, path2, O_NONBLOCK, loose, ours, writeFileAtomic, TEMP_STALE_MS;
var init_fs = __esm({
  "src/io/fs.ts"() {
    "use strict";
    fs3 = __toESM(require("fs"), 1);
    path2 = __toESM(require("path"), 1);
    O_NONBLOCK = fs3.constants.O_NONBLOCK ?? 0;
    loose = (st) => (st.mode & 63) !== 0;
    ours = (st) => typeof process.getuid !== "function" || st.uid === process.getuid();
    TEMP_STALE_MS = 6e4;
  }
});

// src/messages.ts
var log, md, STOP_KINDS, stopKind, stop, inject, ageText, provenance, patterns;
var init_messages = __esm({
  "src/messages.ts"() {
    "use strict";
    init_clip();
    log = {
      badInput: (why) => `input rejected: ${why}`,
      tooLarge: (limit) => `input larger than ${limit} bytes, ignored`,
      unknownEvent: (name2) => `event ${name2} is not handled`,
      stateDirRefused: (why) => `state folder refused: ${why}`,
      transcriptRefused: (why) => `transcript ignored: ${why}`,
      transcriptReset: "transcript was truncated or replaced; reading it again from the start",
      transcriptPartial: (bytes2) => `time budget reached after ${bytes2} bytes; the rest is read next time`,
      lockTimeout: (name2) => `could not take the ${name2} lock in time; previous state kept`,
      lockStale: (name2) => `took over a stale ${name2} lock`,
      gitFailed: (why) => `git: ${why}`,
      saved: (event, sessionId, ms2) => `saved on ${event} for ${sessionId} in ${ms2} ms`,
      injected: (source, chars) => `injected ${chars} characters on SessionStart ${source}`,
      nothingToInject: (source, why) => `nothing injected on SessionStart ${source}: ${why}`,
      configInvalid: (why) => `.claude/session-state.json ignored: ${why}`,
      fileInvalid: (file, why) => `${file} ignored as if absent: ${why}`,
      modelSwitched: (from, to2) => `model switch recorded: ${from} \u2192 ${to2}`,
      patternCacheFailed: (why) => `pattern verdicts not kept (${why}); they are checked again next time`,
      compactionAgent: "SubagentStop of the compaction agent ignored (not a subagent the person started)",
      transcriptMissing: "no transcript yet (nothing said in this session so far)",
      injectOff: (source) => `injection on ${source} is off (inject.${source} in .claude/session-state.json)`
    };
    md = {
      title: "# Session state",
      savedLine: (savedAt, sessionId, event) => `Saved ${savedAt} \xB7 session \`${sessionId}\` \xB7 on ${event}`,
      todos: "## Todos",
      plan: "## Plan",
      requests: "## Your last requests",
      stoppedAt: "## Where we stopped",
      subagents: "## Subagent outputs",
      git: "## Git",
      files: "## Files touched",
      none: "_none_",
      carried: (sessionId, savedAt) => `Todos, plan and findings below were carried over from session \`${sessionId}\` (saved ${savedAt}) until this session replaces them.`,
      more: (n) => `\u2026 ${n} more`,
      planOpen: (open, total) => `${open} of ${total} checklist items open`,
      subagentRunning: "still running",
      gitUnavailable: (why) => `Git state unavailable: ${why}.`,
      gitNotRepo: "Not a git repository.",
      gitNoGit: "git is not installed or not on PATH",
      gitDetached: "detached HEAD",
      gitNoCommits: "no commits yet",
      gitClean: "working tree clean",
      truncated: "\u2026",
      /** A plan whose own title starts with "Plan" ("Plan: subtract …") is not given the prefix twice. */
      planTitled: (title) => /^plan\b/i.test(title) ? `## ${title}` : `## Plan: ${title}`,
      /** One touch per tool is no news; more touches than tools are counted in all. */
      fileTools: (tools, count2) => tools.length === 1 ? `${tools[0]}${count2 > 1 ? ` \xD7${count2}` : ""}` : `${tools.join(", ")}${count2 > tools.length ? `; ${count2} times` : ""}`,
      gitSetup: (paths) => `not committed yet: session-state's own setup (${paths}); not part of the work, commit it to share the hook`,
      fileCarried: " \u2014 carried over"
    };
    STOP_KINDS = {
      rate_limit: "a rate limit",
      overloaded: "an overloaded API",
      authentication_failed: "an authentication failure (login expired or not valid)",
      oauth_org_not_allowed: "a login whose organisation is not allowed",
      verification_required: "a verification request",
      billing_error: "a billing error",
      invalid_request: "an invalid request",
      model_not_found: "a model that was not found",
      server_error: "a server error",
      max_output_tokens: "the output token limit",
      cloud_credential_error: "a cloud credential error"
    };
    stopKind = (error, status2) => `${Object.prototype.hasOwnProperty.call(STOP_KINDS, error) ? STOP_KINDS[error] : "an API error"}${status2 ? ` (API error ${status2})` : ""}`;
    stop = {
      injected: (kind, at2, doing) => `The previous session stopped on ${kind} at ${at2}${doing ? ` while working on: ${doing}. Continue from there.` : ". Continue from where it stopped."}`,
      markdown: (kind, at2, message) => `**Stopped on ${kind}** at ${at2}${message ? `: ${message}` : "."}`,
      workingOn: (doing) => `It was working on: ${doing}`,
      models: "## Model switches",
      modelSwitch: (at2, from, to2, source) => `- ${at2}: ${from} \u2192 ${to2}${source ? ` (${source})` : ""}`,
      recovered: (at2) => `A later turn succeeded at ${at2}, so the session got past it.`
    };
    inject = {
      header: (savedAt, age, sessionId, event) => `[session-state] Restored state of session ${sessionId}, saved ${savedAt} (${age} ago, on ${event}). This is what was true then; check before acting on it.`,
      sameHead: (branch, head) => `The repository is still on ${branch} at ${head}, as when this was saved.`,
      moved: (from, to2) => `Since it was saved, the repository has MOVED: it was on ${from}, it is now on ${to2}.`,
      newCommits: (n) => ` ${n} new commit${n === 1 ? "" : "s"} since then.`,
      gitNow: (why) => `Could not compare with the repository now (${why}).`,
      footer: (path38) => `Full saved state: ${path38}`,
      cut: "(shortened to fit; the full state is in the file below)"
    };
    ageText = (ms2) => {
      const s = Math.max(0, Math.round(ms2 / 1e3));
      if (s < 90) return `${s} s`;
      const m3 = Math.round(s / 60);
      if (m3 < 90) return `${m3} min`;
      const h = Math.round(m3 / 60);
      if (h < 36) return `${h} h`;
      return `${Math.round(h / 24)} days`;
    };
    provenance = {
      foreign: (sessionId) => `session ${sessionId} has no transcript in your Claude Code folders for this project, so it was not saved by you here (it may have come with the repository)`,
      moved: (dir) => `it was saved for ${dir}, not for this folder (moved or copied here)`,
      future: (savedAt) => `the latest state says it was saved in the future (${savedAt}), which no save of yours did`,
      invalidTime: (savedAt) => `the latest state has no valid save time (${prefixAt(savedAt, 40)})`,
      fix: (self) => `${self} clear   (deletes this project's saved state, which is never injected as it is)`,
      statusMark: (self) => `  trust     NOT yours: never injected or carried over (${self} clear removes it)`
    };
    patterns = {
      dropped: (pattern, why) => `redact pattern ${JSON.stringify(prefixAt(pattern, 200))} ${why}; it is skipped`,
      invalid: (why) => `is not a valid regular expression (${why})`,
      tooLong: (max) => `is longer than ${max} characters`,
      empty: "matches the empty string",
      unsafe: (why) => `can backtrack catastrophically and hang a save (redos-detector: ${why})`,
      unchecked: (why) => `could not be checked for catastrophic backtracking (${why})`
    };
  }
});

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_2) {
}
function getEnumValues(entries2) {
  const numericValues = Object.values(entries2).filter((v) => typeof v === "number");
  const values = Object.entries(entries2).filter(([k2, _2]) => numericValues.indexOf(+k2) === -1).map(([_2, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_2, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path38) {
  if (!path38)
    return obj;
  return path38.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str3 = "";
  for (let i = 0; i < length; i++) {
    str3 += chars[Math.floor(Math.random() * chars.length)];
  }
  return str3;
}
function esc(str3) {
  return JSON.stringify(str3);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o2) {
  if (isObject(o2) === false)
    return false;
  const ctor = o2.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o2) {
  if (isPlainObject(o2))
    return { ...o2 };
  if (Array.isArray(o2))
    return [...o2];
  if (o2 instanceof Map)
    return new Map(o2);
  if (o2 instanceof Set)
    return new Set(o2);
  return o2;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
function escapeRegex(str3) {
  return str3.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_2, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_2, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_2, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_2, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_2) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_2, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_2, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k2) => {
    return shape[k2]._zod.optin !== void 0 && shape[k2]._zod.optout === "optional";
  });
}
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b2) {
  if (!b2?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b2, Reflect.ownKeys(sourceShape(b2)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b2._zod.def.catchall;
    },
    checks: b2._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name2 = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name2}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x2, startIndex = 0) {
  if (x2.aborted === true)
    return true;
  for (let i = startIndex; i < x2.issues.length; i++) {
    if (x2.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x2, startIndex = 0) {
  if (x2.aborted === true)
    return true;
  for (let i = startIndex; i < x2.issues.length; i++) {
    if (x2.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path38, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path38);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d2 = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d2.check))
      break;
    const max = d2.maximum ?? d2.length ?? d2.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k2 of Object.keys(iss)) {
    if (k2 === "inst" || k2 === "schema" || k2 === "continue" || k2 === "input" || k2 === "__proto__")
      continue;
    full[k2] = iss[k2];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
function codePointLength(str3) {
  const units = str3.length;
  if (!highSurrogate.test(str3))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str3.charCodeAt(i) & 64512) === 55296 && (str3.charCodeAt(i + 1) & 64512) === 56320) {
      count2--;
      i++;
    }
  }
  return count2;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t2 = typeof data;
  switch (t2) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t2;
}
function issue(...args2) {
  const [iss, input, inst] = args2;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k2, _2]) => {
    return Number.isNaN(Number.parseInt(k2, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base64) {
  const binaryString = atob(base64);
  const bytes2 = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes2[i] = binaryString.charCodeAt(i);
  }
  return bytes2;
}
function uint8ArrayToBase64(bytes2) {
  let binaryString = "";
  for (let i = 0; i < bytes2.length; i++) {
    binaryString += String.fromCharCode(bytes2[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base64.length % 4) % 4);
  return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes2) {
  return uint8ArrayToBase64(bytes2).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes2 = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes2[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes2;
}
function uint8ArrayToHex(bytes2) {
  return Array.from(bytes2).map((b2) => b2.toString(16).padStart(2, "0")).join("");
}
function members(proto, table2) {
  for (const key in table2) {
    const desc = Object.getOwnPropertyDescriptor(table2, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table2) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table2, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table2;
}
function defineBound(proto, key, fn2) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn2 : own(this, key, fn2.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
function constantCatch(value) {
  const fn2 = () => value;
  fn2[CONSTANT_CATCH] = true;
  return fn2;
}
var Cached, EVALUATING, captureStackTrace, allowsEval, getParsedType, propertyKeyTypes, primitiveTypes, NUMBER_FORMAT_RANGES, BIGINT_FORMAT_RANGES, highSurrogate, Class, installing, broke, breaker, CONSTANT_CATCH;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    "use strict";
    init_core();
    Cached = class {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    };
    EVALUATING = /* @__PURE__ */ Symbol("evaluating");
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    allowsEval = /* @__PURE__ */ cached(() => {
      if (globalConfig.jitless) {
        return false;
      }
      if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
      }
      try {
        const F3 = Function;
        new F3("");
        return true;
      } catch (_2) {
        return false;
      }
    });
    getParsedType = (data) => {
      const t2 = typeof data;
      switch (t2) {
        case "undefined":
          return "undefined";
        case "string":
          return "string";
        case "number":
          return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
          return "boolean";
        case "function":
          return "function";
        case "bigint":
          return "bigint";
        case "symbol":
          return "symbol";
        case "object":
          if (Array.isArray(data)) {
            return "array";
          }
          if (data === null) {
            return "null";
          }
          if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
            return "promise";
          }
          if (typeof Map !== "undefined" && data instanceof Map) {
            return "map";
          }
          if (typeof Set !== "undefined" && data instanceof Set) {
            return "set";
          }
          if (typeof Date !== "undefined" && data instanceof Date) {
            return "date";
          }
          if (typeof File !== "undefined" && data instanceof File) {
            return "file";
          }
          return "object";
        default:
          throw new Error(`Unknown data type: ${t2}`);
      }
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    primitiveTypes = /* @__PURE__ */ new Set([
      "string",
      "number",
      "bigint",
      "boolean",
      "symbol",
      "undefined"
    ]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    BIGINT_FORMAT_RANGES = {
      int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
      uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
    };
    highSurrogate = /[\uD800-\uDBFF]/;
    Class = class {
      constructor(..._args) {
      }
    };
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
    CONSTANT_CATCH = "~constantCatch";
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  const E2 = _E;
  if (E2) {
    const saved = E2.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E2.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E2.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name2, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _2;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name2)) {
      return;
    }
    inst._zod.traits.add(name2);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _2.prototype;
    for (const k2 in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k2))
        continue;
      if (!(k2 in inst)) {
        inst[k2] = proto2[k2].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name2 });
  function _2(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn2 of deferred) {
        fn2();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_2, "init", { value: init });
  Object.defineProperty(_2, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name2);
    }
  });
  Object.defineProperty(_2, "name", { value: name2 });
  return _2;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, globalConfig;
var init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    "use strict";
    init_util();
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    "use strict";
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
      inst.name = "$ZodError";
      _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          }
        });
      }
    };
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    "use strict";
    init_core();
    init_errors();
    init_util();
    _parse = (_Err) => {
      const fn2 = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
          throw new $ZodAsyncError();
        }
        if (result.issues.length) {
          const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn2);
          throw e;
        }
        return result.value;
      };
      return fn2;
    };
    parse = /* @__PURE__ */ _parse($ZodRealError);
    _parseAsync = (_Err) => {
      const fn2 = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn2);
          throw e;
        }
        return result.value;
      };
      return fn2;
    };
    parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
  }
});

// node_modules/zod/v4/core/regexes.js
var anyString, number, boolean;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    "use strict";
    anyString = /^[\s\S]{0,}$/;
    number = /^-?\d+(?:\.\d+)?$/;
    boolean = /^(?:true|false)$/i;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckNumberFormat, $ZodCheckMaxLength, $ZodCheckMinLength;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    "use strict";
    init_core();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
      def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: false,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            if (input > 0) {
              payload.issues.push({
                input,
                code: "too_big",
                maximum: Number.MAX_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            } else {
              payload.issues.push({
                input,
                code: "too_small",
                minimum: Number.MIN_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            }
            return;
          }
        }
        if (input < minimum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_small",
            minimum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
        if (input > maximum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_big",
            maximum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_big",
          maximum: def.maximum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
    "use strict";
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    "use strict";
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r2 = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r2 instanceof Promise))
          return toStandardResult(r2, ctx);
      } catch (_2) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c3) => c3[0]));
  const parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse3(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k2 of allKeys) {
    if (!def.shape?.[k2]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k2)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t2 = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t2 === "never")
        unrecognized.push(key);
      continue;
    }
    if (t2 === "never") {
      unrecognized.push(key);
      continue;
    }
    const r2 = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r2 instanceof Promise) {
      proms.push(r2.then((r3) => handlePropertyResult(r3, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r2, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r2) => !aborted(r2));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
function discriminatorMap(def) {
  const map2 = /* @__PURE__ */ new Map();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0)
      throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
    for (const value of values) {
      if (map2.has(value)) {
        if (value !== void 0)
          throw new Error(`Duplicate discriminator value "${String(value)}"`);
        map2.set(value, null);
      } else {
        map2.set(value, option);
      }
    }
  }
  return map2;
}
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodType, toStandardResult, $ZodString, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodUnknown, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodUnion, $ZodDiscriminatedUnion, $ZodRecord, $ZodEnum, $ZodLiteral, $ZodOptional, $ZodNullable, $ZodDefault, $ZodPrefault, $ZodCatch;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    "use strict";
    init_checks();
    init_core();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {});
      inst._zod.def = def;
      inst._zod.bag = inst._zod.bag || {};
      inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (const ch of checks) {
        for (const fn2 of ch._zod.onattach) {
          fn2(inst);
        }
      }
      if (checks.length === 0) {
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload))
                continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun)
                continue;
            } else if (isAborted) {
              continue;
            }
            const currLen = payload.issues.length;
            const _2 = ch._zod.check(payload);
            if (_2 instanceof Promise && ctx?.async === false) {
              throw new $ZodAsyncError();
            }
            if (asyncResult || _2 instanceof Promise) {
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _2;
                const nextLen = payload.issues.length;
                if (nextLen === currLen)
                  return;
                attachSchema(payload.issues, currLen, inst);
                if (!isAborted)
                  isAborted = aborted(payload, currLen);
              });
            } else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) {
            return asyncResult.then(() => {
              return payload;
            });
          }
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) {
            return inst._zod.parse(payload, ctx);
          }
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
            if (canary instanceof Promise) {
              return canary.then((canary2) => {
                return handleCanaryResult(canary2, payload, ctx);
              });
            }
            return handleCanaryResult(canary, payload, ctx);
          }
          const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    toStandardResult = (r2, ctx) => r2.issues.length ? { issues: r2.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r2.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _2) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch (_3) {
          }
        if (typeof payload.value === "string")
          return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch (_2) {
          }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
          return payload;
        }
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        });
        return payload;
      };
    });
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = boolean;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Boolean(payload.value);
          } catch (_2) {
          }
        const input = payload.value;
        if (typeof input === "boolean")
          return payload;
        payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      };
    });
    $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload) => payload;
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          } else {
            handleArrayResult(result, payload, i);
            if (abortEarly && result.issues.length !== 0 && aborted(result))
              break;
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
      capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        const get = () => {
          const newSh = { ...sh };
          Object.defineProperty(def, "shape", { value: newSh });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
              assignProp(propValues, key, /* @__PURE__ */ new Set());
            }
            for (const v of field.values)
              propValues[key].add(v);
            if (field.optin !== void 0)
              propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject2 = isObject;
      const catchall = def.catchall;
      let value;
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r2 = el._zod.run({ value: input[key], issues: [] }, ctx);
          if (r2 instanceof Promise) {
            proms.push(r2.then((r3) => handlePropertyResult(r3, payload, key, input, optin, optout)));
          } else {
            handlePropertyResult(r2, payload, key, input, optin, optout);
          }
        }
        if (!catchall) {
          return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o2) => o2._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o2) => o2._zod.optin !== void 0) ? "optional" : void 0);
      defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o2) => o2._zod.optout === "optional") ? "optional" : void 0);
      defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o2) => o2._zod.values)) {
          return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o2) => o2._zod.pattern)) {
          const patterns2 = zod.def.options.map((o2) => o2._zod.pattern);
          return new RegExp(`^(${patterns2.map((p2) => cleanRegex(p2.source)).join("|")})$`);
        }
        return void 0;
      });
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) {
          return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else {
            if (result.issues.length === 0)
              return result;
            results.push(result);
          }
        }
        if (!async)
          return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results2) => {
          return handleUnionResults(results2, payload, inst, ctx);
        });
      };
    });
    $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
      def.inclusive = false;
      $ZodUnion.init(inst, def);
      const _super = inst._zod.parse;
      defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
          const pv = option._zod.propValues;
          if (!pv || Object.keys(pv).length === 0)
            throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
          if (pv[zod.def.discriminator]?.has(void 0))
            undefinedCount++;
          for (const [k2, v] of Object.entries(pv)) {
            if (!Object.prototype.hasOwnProperty.call(propValues, k2)) {
              assignProp(propValues, k2, /* @__PURE__ */ new Set());
            }
            for (const val of v) {
              propValues[k2].add(val);
            }
          }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
          propValues[zod.def.discriminator]?.delete(void 0);
        return propValues;
      });
      def.options.forEach((option, i) => {
        const propShape = rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
          throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
      });
      const disc = cached(() => discriminatorMap(def));
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isObject(input)) {
          payload.issues.push({
            code: "invalid_type",
            expected: "object",
            input,
            inst
          });
          return payload;
        }
        const value = input?.[def.discriminator];
        const opt2 = disc.value.get(value);
        if (opt2 && (value !== void 0 || ctx.direction !== "backward")) {
          return opt2._zod.run(payload, ctx);
        }
        if (def.unionFallback || ctx.direction === "backward") {
          return _super(payload, ctx);
        }
        payload.issues.push({
          code: "invalid_union",
          errors: [],
          note: "No matching discriminator",
          discriminator: def.discriminator,
          options: Array.from(disc.value.keys()).filter((value2) => disc.value.get(value2) !== null),
          input,
          path: [def.discriminator],
          inst
        });
        return payload;
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo2 = globalConfig.memoizer;
      memo2?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
          const recordKeys = /* @__PURE__ */ new Set();
          for (const key of values) {
            if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
              recordKeys.add(typeof key === "number" ? key.toString() : key);
              if (key === "__proto__")
                continue;
              const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
              if (keyResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (keyResult.issues.length) {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
                continue;
              }
              const outKey = keyResult.value;
              if (outKey === "__proto__")
                continue;
              const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
              if (result instanceof Promise) {
                proms.push(result.then((result2) => {
                  if (result2.issues.length) {
                    payload.issues.push(...prefixIssues(key, result2.issues));
                  }
                  payload.value[outKey] = result2.value;
                }));
              } else {
                if (result.issues.length) {
                  payload.issues.push(...prefixIssues(key, result.issues));
                }
                payload.value[outKey] = result.value;
              }
            }
          }
          let unrecognized;
          for (const key in input) {
            if (!recordKeys.has(key)) {
              if (def.mode === "loose") {
                if (key === "__proto__")
                  continue;
                payload.value[key] = input[key];
              } else {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              }
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        } else {
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
          let unrecognized;
          for (const key of Reflect.ownKeys(input)) {
            if (key === "__proto__")
              continue;
            if (!Object.prototype.propertyIsEnumerable.call(input, key))
              continue;
            let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise) {
              throw new Error("Async schemas not supported in object keys currently");
            }
            const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
            if (checkNumericKey) {
              const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
              if (retryResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (retryResult.issues.length === 0) {
                keyResult = retryResult;
              }
            }
            if (keyResult.issues.length) {
              if (def.mode === "loose") {
                payload.value[key] = input[key];
              } else if (values) {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              } else {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
              }
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            if (result instanceof Promise) {
              proms.push(result.then((result2) => {
                if (result2.issues.length) {
                  payload.issues.push(...prefixIssues(key, result2.issues));
                }
                payload.value[outKey] = result2.value;
              }));
            } else {
              if (result.issues.length) {
                payload.issues.push(...prefixIssues(key, result.issues));
              }
              payload.value[outKey] = result.value;
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
    });
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k2) => propertyKeyTypes.has(typeof k2));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o2) => escapeRegex(o2.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      const values = new Set(def.values);
      inst._zod.values = values;
      defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        return new RegExp(vals.length ? `^(${vals.map((o2) => typeof o2 === "string" ? escapeRegex(o2) : o2 ? escapeRegex(o2.toString()) : String(o2)).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values: def.values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          if (result instanceof Promise)
            return result.then((result2) => handleOptionalResult(payload, result2));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
      });
      defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === null)
          return payload;
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
          return payload;
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleDefaultResult(result2, def));
        }
        return handleDefaultResult(result, def);
      };
    });
    $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
    "use strict";
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
    "use strict";
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    "use strict";
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta2 = _meta[0];
        this._map.set(schema, meta2);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.set(meta2.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta2 = this._map.get(schema);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.delete(meta2.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p2 = schema._zod.parent;
        if (p2) {
          const pm = { ...this.get(p2) ?? {} };
          delete pm.id;
          const f2 = { ...pm, ...this._map.get(schema) };
          return Object.keys(f2).length ? f2 : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
    "use strict";
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    "use strict";
    init_checks();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
    "use strict";
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
    "use strict";
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    "use strict";
    init_core();
    init_parse();
    init_errors();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "node_modules/zod/v4/mini/parse.js"() {
    "use strict";
    init_core2();
  }
});

// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function discriminatedUnion(discriminator, options, params) {
  return new ZodMiniDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries2 = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries: entries2,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function prefault(innerType, defaultValue) {
  return new ZodMiniPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function _catch(innerType, catchValue) {
  return new ZodMiniCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodMiniType, ZodMiniString, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniBoolean, ZodMiniUnknown, ZodMiniArray, ZodMiniObject, ZodMiniUnion, ZodMiniDiscriminatedUnion, ZodMiniRecord, ZodMiniEnum, ZodMiniLiteral, ZodMiniOptional, ZodMiniNullable, ZodMiniDefault, ZodMiniPrefault, ZodMiniCatch;
var init_schemas2 = __esm({
  "node_modules/zod/v4/mini/schemas.js"() {
    "use strict";
    init_core2();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse(this, data, params, { callee: this.parse });
      },
      parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        const def = this.def;
        return this.clone({
          ...def,
          checks: [
            ...def.checks ?? [],
            ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }, { parent: true });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        reg.add(this, meta2);
        return this;
      },
      apply(fn2, ...args2) {
        return args2.length === 0 ? fn2(this) : fn2(this, ...args2);
      }
    });
    ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodMiniNumber.init(inst, def);
    });
    ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    });
    ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodMiniDiscriminatedUnion", (inst, def) => {
      $ZodDiscriminatedUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
      $ZodRecord.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodMiniType.init(inst, def);
      inst.options = [...inst._zod.values];
    });
    ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
      $ZodNullable.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
      $ZodDefault.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniPrefault = /* @__PURE__ */ $constructor("ZodMiniPrefault", (inst, def) => {
      $ZodPrefault.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniCatch = /* @__PURE__ */ $constructor("ZodMiniCatch", (inst, def) => {
      $ZodCatch.init(inst, def);
      ZodMiniType.init(inst, def);
    });
  }
});

// node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/mini/checks.js"() {
    "use strict";
    init_core2();
  }
});

// node_modules/zod/v4/mini/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/mini/iso.js"() {
    "use strict";
  }
});

// node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/mini/coerce.js"() {
    "use strict";
  }
});

// node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "node_modules/zod/v4/mini/external.js"() {
    "use strict";
    init_core2();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/mini/index.js
var init_mini = __esm({
  "node_modules/zod/mini/index.js"() {
    "use strict";
    init_external();
  }
});

// src/io/read-checked.ts
function issuesText(error) {
  return error.issues.slice(0, 3).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`).join("; ");
}
function readChecked(file, maxBytes, schema, log2) {
  const text = readSmallText(file, maxBytes);
  if (text === null) return null;
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    log2(log.fileInvalid(path3.basename(file), "not JSON"));
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log2(log.fileInvalid(path3.basename(file), issuesText(parsed.error)));
  return null;
}
var path3;
var init_read_checked = __esm({
  "src/io/read-checked.ts"() {
    "use strict";
    path3 = __toESM(require("path"), 1);
    init_messages();
    init_fs();
  }
});

// src/version.ts
var VERSION;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = true ? "0.1.0" : "0.0.0-dev";
  }
});

// src/state/pattern-cache.ts
function settingsStamp(file) {
  if (!lstatSafe(file)?.isFile()) return null;
  const stamp2 = fileStamp(file);
  return stamp2 === "-" ? null : stamp2;
}
function readVerdicts(stateDir, stamp2, log2) {
  if (!stamp2) return {};
  const cache = readChecked(path4.join(stateDir, PATTERN_CACHE), 256 * 1024, CacheFile, log2);
  return cache && cache.stamp === stamp2 && cache.version === VERSION ? cache.verdicts : {};
}
function writeVerdicts(stateDir, stamp2, verdicts) {
  try {
    writeAtomic(path4.join(stateDir, PATTERN_CACHE), JSON.stringify({ v: 1, version: VERSION, stamp: stamp2, verdicts }));
    return null;
  } catch (err) {
    return err.code ?? String(err);
  }
}
var path4, PATTERN_CACHE, CacheFile;
var init_pattern_cache = __esm({
  "src/state/pattern-cache.ts"() {
    "use strict";
    path4 = __toESM(require("path"), 1);
    init_mini();
    init_fs();
    init_read_checked();
    init_version();
    PATTERN_CACHE = "pattern-verdicts.json";
    CacheFile = object({
      v: literal(1),
      /** The hook's version: another version may judge with other rules. */
      version: string2(),
      stamp: string2(),
      verdicts: record(string2(), nullable(string2()))
    });
  }
});

// node_modules/redos-detector/dist/redos-detector.mjs
var redos_detector_exports = {};
__export(redos_detector_exports, {
  defaultCaseInsensitive: () => defaultCaseInsensitive,
  defaultDotAll: () => defaultDotAll,
  defaultMaxScore: () => defaultMaxScore,
  defaultMaxSteps: () => defaultMaxSteps,
  defaultMultiLine: () => defaultMultiLine,
  defaultResultsLimit: () => defaultResultsLimit,
  defaultTimeout: () => defaultTimeout,
  defaultUnicode: () => defaultUnicode,
  downgradePattern: () => downgradePattern,
  isSafe: () => isSafe,
  isSafePattern: () => isSafePattern,
  toFriendly: () => toFriendly,
  version: () => version2
});
function __generator(thisArg, body) {
  var _2 = { label: 0, sent: function() {
    if (t2[0] & 1) throw t2[1];
    return t2[1];
  }, trys: [], ops: [] }, f2, y3, t2, g3 = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
  return g3.next = verb(0), g3["throw"] = verb(1), g3["return"] = verb(2), typeof Symbol === "function" && (g3[Symbol.iterator] = function() {
    return this;
  }), g3;
  function verb(n) {
    return function(v) {
      return step([n, v]);
    };
  }
  function step(op) {
    if (f2) throw new TypeError("Generator is already executing.");
    while (g3 && (g3 = 0, op[0] && (_2 = 0)), _2) try {
      if (f2 = 1, y3 && (t2 = op[0] & 2 ? y3["return"] : op[0] ? y3["throw"] || ((t2 = y3["return"]) && t2.call(y3), 0) : y3.next) && !(t2 = t2.call(y3, op[1])).done) return t2;
      if (y3 = 0, t2) op = [op[0] & 2, t2.value];
      switch (op[0]) {
        case 0:
        case 1:
          t2 = op;
          break;
        case 4:
          _2.label++;
          return { value: op[1], done: false };
        case 5:
          _2.label++;
          y3 = op[1];
          op = [0];
          continue;
        case 7:
          op = _2.ops.pop();
          _2.trys.pop();
          continue;
        default:
          if (!(t2 = _2.trys, t2 = t2.length > 0 && t2[t2.length - 1]) && (op[0] === 6 || op[0] === 2)) {
            _2 = 0;
            continue;
          }
          if (op[0] === 3 && (!t2 || op[1] > t2[0] && op[1] < t2[3])) {
            _2.label = op[1];
            break;
          }
          if (op[0] === 6 && _2.label < t2[1]) {
            _2.label = t2[1];
            t2 = op;
            break;
          }
          if (t2 && _2.label < t2[2]) {
            _2.label = t2[2];
            _2.ops.push(op);
            break;
          }
          if (t2[2]) _2.ops.pop();
          _2.trys.pop();
          continue;
      }
      op = body.call(thisArg, _2);
    } catch (e) {
      op = [6, e];
      y3 = 0;
    } finally {
      f2 = t2 = 0;
    }
    if (op[0] & 5) throw op[1];
    return { value: op[0] ? op[1] : void 0, done: true };
  }
}
function __values(o2) {
  var s = typeof Symbol === "function" && Symbol.iterator, m3 = s && o2[s], i = 0;
  if (m3) return m3.call(o2);
  if (o2 && typeof o2.length === "number") return {
    next: function() {
      if (o2 && i >= o2.length) o2 = void 0;
      return { value: o2 && o2[i++], done: !o2 };
    }
  };
  throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
}
function __read(o2, n) {
  var m3 = typeof Symbol === "function" && o2[Symbol.iterator];
  if (!m3) return o2;
  var i = m3.call(o2), r2, ar2 = [], e;
  try {
    while ((n === void 0 || n-- > 0) && !(r2 = i.next()).done) ar2.push(r2.value);
  } catch (error) {
    e = { error };
  } finally {
    try {
      if (r2 && !r2.done && (m3 = i["return"])) m3.call(i);
    } finally {
      if (e) throw e.error;
    }
  }
  return ar2;
}
function __spreadArray(to2, from, pack) {
  if (pack || arguments.length === 2) for (var i = 0, l2 = from.length, ar2; i < l2; i++) {
    if (ar2 || !(i in from)) {
      if (!ar2) ar2 = Array.prototype.slice.call(from, 0, i);
      ar2[i] = from[i];
    }
  }
  return to2.concat(ar2 || Array.prototype.slice.call(from));
}
function parse2(pattern, unicode) {
  var ast = parserExports.parse(pattern, unicode ? "u" : "", {
    lookbehind: true,
    unicodePropertyEscape: true
  });
  return ast;
}
function last(input) {
  var length = input.length;
  return length ? input[length - 1] : null;
}
function dropCommon(a, b2) {
  var commonLevels;
  for (commonLevels = 0; commonLevels < a.length && commonLevels < b2.length && a[commonLevels] === b2[commonLevels]; commonLevels++)
    ;
  return {
    a: a.slice(commonLevels),
    b: b2.slice(commonLevels)
  };
}
function replace(input, replacement, start, end) {
  return "".concat(input.slice(0, start)).concat(replacement).concat(input.slice(end));
}
function shiftOffsets(_a3) {
  var after = _a3.after, offsets = _a3.offsets, shiftAmount = _a3.shiftAmount;
  return new Set(__spreadArray([], __read(offsets), false).map(function(offset) {
    return offset > after ? offset + shiftAmount : offset;
  }));
}
function quantifierIterationsToString(quantifier) {
  if (quantifier.symbol) {
    return "".concat(quantifier.symbol).concat(quantifier.greedy ? "" : "?");
  }
  if (quantifier.min === quantifier.max) {
    return "{".concat(quantifier.min, "}");
  }
  return "{".concat(quantifier.min, ",").concat(quantifier.max || "", "}").concat(quantifier.greedy ? "" : "?");
}
function alreadyHasStartAnchorReplacement(node) {
  if (node.type !== "alternative")
    return false;
  var body = node.body;
  if (body.length < 1)
    return false;
  var _a3 = __read(body, 1), maybeQuantifier = _a3[0];
  if (maybeQuantifier.type !== "quantifier")
    return false;
  if (maybeQuantifier.min !== 0)
    return false;
  if (maybeQuantifier.max !== void 0)
    return false;
  if (maybeQuantifier.greedy)
    return false;
  var maybeCharacterClass = maybeQuantifier.body[0];
  if (maybeCharacterClass.type !== "characterClass")
    return false;
  maybeCharacterClass.kind;
  if (maybeCharacterClass.body.length !== 0)
    return false;
  if (!maybeCharacterClass.negative)
    return false;
  return true;
}
function isMissingStartAnchor(rootNode) {
  if (alreadyHasStartAnchorReplacement(rootNode))
    return false;
  var check = function(node) {
    var e_1, _a3;
    if (node.type === "anchor") {
      if (node.kind === "start")
        return "anchor";
      return null;
    }
    if (node.type === "quantifier" && node.max === 0)
      return null;
    if (node.type === "alternative" || node.type === "group" || node.type === "quantifier") {
      var mayBeSkipped = node.type === "quantifier" && node.min === 0;
      try {
        for (var _b = __values(node.body), _c = _b.next(); !_c.done; _c = _b.next()) {
          var child = _c.value;
          var res = check(child);
          if (res === "consumingNode")
            return "consumingNode";
          if (res === "anchor") {
            if (!mayBeSkipped)
              return "anchor";
            return null;
          }
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a3 = _b.return)) _a3.call(_b);
        } finally {
          if (e_1) throw e_1.error;
        }
      }
      return null;
    }
    if (node.type === "disjunction") {
      var res = node.body.map(function(child2) {
        return check(child2);
      });
      if (res.some(function(a) {
        return a === "consumingNode";
      }))
        return "consumingNode";
      if (res.every(function(a) {
        return a === "anchor";
      }))
        return "anchor";
      return null;
    }
    return "consumingNode";
  };
  return check(rootNode) === "consumingNode";
}
function getRawWithoutCapturingGroupsOrLookaheads(rootNode) {
  var referencesWithOffset = /* @__PURE__ */ new Map();
  var walk = function(node, offset) {
    var walkAll = function(nodes, startOffset) {
      var result2 = "";
      nodes.forEach(function(a) {
        result2 += walk(a, startOffset + result2.length);
      });
      return result2;
    };
    switch (node.type) {
      case "anchor":
      case "characterClass":
      case "characterClassEscape":
      case "unicodePropertyEscape":
      case "value":
      case "dot":
        return node.raw;
      case "reference": {
        referencesWithOffset.set(node, offset);
        return node.raw;
      }
      case "group": {
        switch (node.behavior) {
          case "normal":
            return "(?:".concat(walkAll(node.body, offset + 3), ")");
          case "ignore":
            return "(?:".concat(walkAll(node.body, offset + 3), ")");
          case "lookahead":
          case "lookbehind":
          case "negativeLookahead":
          case "negativeLookbehind":
            return "";
        }
      }
      // eslint-disable-next-line no-fallthrough
      case "disjunction": {
        var res_1 = "";
        node.body.forEach(function(a, i) {
          if (i > 0)
            res_1 += "|";
          res_1 += walk(a, offset + res_1.length);
        });
        return res_1;
      }
      case "alternative":
        return walkAll(node.body, offset);
      case "quantifier": {
        return "".concat(walk(node.body[0], offset)).concat(quantifierIterationsToString(node));
      }
    }
  };
  var result = walk(rootNode, 0);
  return {
    referencesWithOffset,
    result
  };
}
function downgradePattern(_a3) {
  var pattern = _a3.pattern, unicode = _a3.unicode;
  var run = function(lastResult2) {
    var ast = parse2(lastResult2.pattern, unicode);
    var actions = [];
    var needsStartAnchorReplacement = false;
    var needsWrappingInGroup = ast.type === "disjunction";
    var groups = /* @__PURE__ */ new Map();
    var infiniteGroups = /* @__PURE__ */ new Set();
    var nextGroupIndex = 1;
    var lookaheadOnlyContainsGroup = function(lookahead, group) {
      if (lookahead.body.length !== 1)
        return false;
      var node = lookahead.body[0];
      return node === group;
    };
    var walkAll = function(_a4) {
      var nodeStack = _a4.nodeStack, nodes = _a4.nodes, passedStartAnchor = _a4.passedStartAnchor, serial = _a4.serial;
      var justHadLookahead = null;
      nodes.forEach(function(expression) {
        if (serial) {
          walk({
            immediatelyPrecedingLookahead: justHadLookahead,
            node: expression,
            nodeStack,
            passedStartAnchor
          });
          justHadLookahead = expression.type === "group" && expression.behavior === "lookahead" ? expression : null;
        } else {
          walk({
            immediatelyPrecedingLookahead: justHadLookahead,
            node: expression,
            nodeStack,
            passedStartAnchor: __assign({}, passedStartAnchor)
          });
        }
      });
    };
    var walk = function(_a4) {
      var immediatelyPrecedingLookahead = _a4.immediatelyPrecedingLookahead, node = _a4.node, nodeStack = _a4.nodeStack, passedStartAnchor = _a4.passedStartAnchor;
      var onConsumingNode = function() {
        if (!passedStartAnchor.value) {
          needsStartAnchorReplacement = true;
        }
      };
      switch (node.type) {
        case "characterClass":
        case "characterClassEscape":
        case "unicodePropertyEscape":
        case "value":
        case "dot":
          onConsumingNode();
          return;
        case "anchor": {
          if (node.kind === "start") {
            passedStartAnchor.value = true;
          }
          return;
        }
        case "group": {
          var groupIndex = null;
          if (node.behavior === "normal") {
            groupIndex = nextGroupIndex;
            nextGroupIndex++;
          }
          walkAll({
            nodeStack: __spreadArray(__spreadArray([], __read(nodeStack), false), [node], false),
            nodes: node.body,
            passedStartAnchor,
            serial: true
          });
          if (groupIndex !== null && node.behavior === "normal") {
            groups.set(groupIndex, { group: node, stack: __spreadArray([], __read(nodeStack), false) });
          }
          return;
        }
        case "disjunction": {
          walkAll({
            nodeStack: __spreadArray(__spreadArray([], __read(nodeStack), false), [node], false),
            nodes: node.body,
            passedStartAnchor,
            serial: false
          });
          return;
        }
        case "alternative": {
          walkAll({
            nodeStack: __spreadArray(__spreadArray([], __read(nodeStack), false), [node], false),
            nodes: node.body,
            passedStartAnchor,
            serial: true
          });
          return;
        }
        case "quantifier": {
          if (node.max !== 0) {
            if (node.max === void 0) {
              __spreadArray([], __read(nodeStack), false).reverse().some(function(stackNode) {
                if (stackNode.type === "group") {
                  if (lookaheadBehaviours$1.indexOf(stackNode.behavior) >= 0) {
                    return true;
                  }
                  infiniteGroups.add(stackNode);
                }
                return false;
              });
            }
            walkAll({
              nodeStack: __spreadArray(__spreadArray([], __read(nodeStack), false), [node], false),
              nodes: node.body,
              passedStartAnchor: node.min === 0 ? __assign({}, passedStartAnchor) : passedStartAnchor,
              serial: true
            });
          }
          return;
        }
        case "reference": {
          onConsumingNode();
          var entry = groups.get(node.matchIndex);
          if (entry) {
            var group = entry.group, stack = entry.stack;
            var localStack = dropCommon(stack, nodeStack).a;
            var lookaheadStack = localStack.flatMap(function(stackNode) {
              return stackNode.type === "group" && lookaheadBehaviours$1.indexOf(stackNode.behavior) >= 0 ? [stackNode] : [];
            });
            var groupMayNotBeReached = localStack.some(function(stackNode) {
              return stackNode.type === "disjunction" || stackNode.type === "quantifier" && stackNode.min === 0;
            });
            var groupInLookahead = lookaheadStack.length > 0;
            var groupCouldBeSet = lookaheadStack.every(function(value) {
              return value.behavior !== "negativeLookahead" && value.behavior !== "negativeLookbehind";
            });
            if (groupCouldBeSet && (groupInLookahead || infiniteGroups.has(group))) {
              var atomic = !!immediatelyPrecedingLookahead && lookaheadOnlyContainsGroup(immediatelyPrecedingLookahead, group);
              var optional2 = groupInLookahead && groupMayNotBeReached;
              actions.push({
                atomicOrOptional: atomic ? "atomic" : optional2 ? "optional" : null,
                group,
                reference: node
              });
            }
          }
          return;
        }
      }
    };
    walk({
      immediatelyPrecedingLookahead: null,
      node: ast,
      nodeStack: [],
      passedStartAnchor: { value: false }
    });
    var newPattern = lastResult2.pattern;
    var atomicGroupOffsets = new Set(lastResult2.atomicGroupOffsets);
    var needToRerun2 = false;
    __spreadArray([], __read(actions), false).sort(function(a, b2) {
      return b2.reference.range[0] - a.reference.range[0];
    }).forEach(function(action) {
      var atomicOrOptional = action.atomicOrOptional, group = action.group, _a4 = __read(action.reference.range, 2), referenceStart = _a4[0], referenceEnd = _a4[1];
      var _b2 = getRawWithoutCapturingGroupsOrLookaheads(group), result2 = _b2.result, referencesWithOffset = _b2.referencesWithOffset;
      if (referencesWithOffset.size > 0) {
        needToRerun2 = true;
      }
      var replacement = atomicOrOptional === "optional" ? "(?:".concat(result2, "?)") : result2;
      newPattern = replace(newPattern, replacement, referenceStart, referenceEnd);
      var shiftAmount = replacement.length - (referenceEnd - referenceStart);
      atomicGroupOffsets = shiftOffsets({
        after: referenceStart,
        offsets: atomicGroupOffsets,
        shiftAmount
      });
      if (atomicOrOptional === "atomic") {
        atomicGroupOffsets.add(referenceStart);
      }
      actions.forEach(function(_a5) {
        var innerAtomicOrOptional = _a5.atomicOrOptional, innerReference = _a5.reference;
        if (innerAtomicOrOptional === "atomic") {
          var offset = referencesWithOffset.get(innerReference);
          if (offset !== void 0) {
            atomicGroupOffsets.add(referenceStart + offset);
          }
        }
      });
    });
    if (needsStartAnchorReplacement && !alreadyHasStartAnchorReplacement(ast)) {
      if (needsWrappingInGroup) {
        newPattern = "(?:".concat(newPattern, ")");
      }
      newPattern = "[^]*?".concat(newPattern);
      atomicGroupOffsets = shiftOffsets({
        after: -1,
        offsets: atomicGroupOffsets,
        shiftAmount: needsWrappingInGroup ? 8 : 5
      });
    }
    return { needToRerun: needToRerun2, result: { atomicGroupOffsets, pattern: newPattern } };
  };
  var lastResult = {
    atomicGroupOffsets: /* @__PURE__ */ new Set(),
    pattern
  };
  for (; ; ) {
    var _b = run(lastResult), result = _b.result, needToRerun = _b.needToRerun;
    lastResult = result;
    if (!needToRerun) {
      break;
    }
  }
  return lastResult;
}
function buildFinalizationRegistry(cleanupCallback) {
  return new FinalizationRegistry(cleanupCallback);
}
function buildForkableIterator(source) {
  var onResult = /* @__PURE__ */ new Set();
  var registry2 = buildFinalizationRegistry(function(onResultCallback) {
    onResult.delete(onResultCallback);
  });
  var readSource = function() {
    var result = source.next();
    onResult.forEach(function(fn2) {
      return fn2(result);
    });
  };
  var makeFork = function(initialPendingResults) {
    var _a3;
    var iterator = (_a3 = {}, _a3[forkSymbol] = function() {
      return makeFork(this[pendingResultsSymbol]);
    }, _a3[pendingResultsSymbol] = initialPendingResults.slice(0), _a3.next = function(value) {
      if (value !== void 0) {
        throw new Error("`ForkableIterator` `next()` cannot take a value");
      }
      var pendingResults = this[pendingResultsSymbol];
      if (!pendingResults.length) {
        readSource();
      }
      return pendingResults.shift();
    }, _a3);
    var ref = new WeakRef(iterator);
    var callback = function(result) {
      var maybeIterator = ref.deref();
      maybeIterator === null || maybeIterator === void 0 ? void 0 : maybeIterator[pendingResultsSymbol].push(result);
    };
    registry2.register(iterator, callback);
    onResult.add(callback);
    return iterator;
  };
  return makeFork([]);
}
function fork(forkableIterator) {
  if (!forkableIterator || !forkableIterator[forkSymbol]) {
    throw new Error("The provided value was not a `ForkableIterator` from `buildForkableIterator()`");
  }
  return forkableIterator[forkSymbol]();
}
function emptyReader() {
  return __generator(this, function(_a3) {
    return [
      2
      /*return*/
    ];
  });
}
function buildForkableReader(sourceReader) {
  return buildForkableIterator(sourceReader);
}
function chainReaders(readers) {
  var readers_1, readers_1_1, reader, next, e_1_1;
  var e_1, _a3;
  return __generator(this, function(_b) {
    switch (_b.label) {
      case 0:
        _b.trys.push([0, 6, 7, 8]);
        readers_1 = __values(readers), readers_1_1 = readers_1.next();
        _b.label = 1;
      case 1:
        if (!!readers_1_1.done) return [3, 5];
        reader = readers_1_1.value;
        next = void 0;
        _b.label = 2;
      case 2:
        if (!!(next = reader.next()).done) return [3, 4];
        return [4, next.value];
      case 3:
        _b.sent();
        return [3, 2];
      case 4:
        readers_1_1 = readers_1.next();
        return [3, 1];
      case 5:
        return [3, 8];
      case 6:
        e_1_1 = _b.sent();
        e_1 = { error: e_1_1 };
        return [3, 8];
      case 7:
        try {
          if (readers_1_1 && !readers_1_1.done && (_a3 = readers_1.return)) _a3.call(readers_1);
        } finally {
          if (e_1) throw e_1.error;
        }
        return [
          7
          /*endfinally*/
        ];
      case 8:
        return [
          2
          /*return*/
        ];
    }
  });
}
function buildArrayReader(input) {
  return __generator(this, function(_a3) {
    switch (_a3.label) {
      case 0:
        return [5, __values(input)];
      case 1:
        _a3.sent();
        return [
          2
          /*return*/
        ];
    }
  });
}
function subtractRanges(source, toSubtract) {
  var res = [];
  if (source[0] < toSubtract[0]) {
    res.push([source[0], Math.min(toSubtract[0] - 1, source[1])]);
  }
  if (source[1] > toSubtract[1]) {
    res.push([Math.max(toSubtract[1] + 1, source[0]), source[1]]);
  }
  return res;
}
function intersectRanges(a, b2) {
  var startShared = Math.max(a[0], b2[0]);
  var endShared = Math.min(a[1], b2[1]);
  if (startShared > endShared) {
    return null;
  }
  return [startShared, endShared];
}
function createRanges(set) {
  var ascending = __spreadArray([], __read(set), false).sort(function(a, b2) {
    return a - b2;
  });
  var ranges = [];
  var startIndex = 0;
  for (var i = 0; i < ascending.length; i++) {
    var startValue = ascending[startIndex];
    var currentValue = ascending[i];
    var nextValue = i + 1 < ascending.length ? ascending[i + 1] : null;
    if (nextValue === null || nextValue - startValue !== i - startIndex + 1) {
      ranges.push([startValue, currentValue]);
      startIndex = i + 1;
    }
  }
  return ranges;
}
function invertRanges(ranges) {
  var result = [];
  for (var i = 0; i < ranges.length + 1; i++) {
    var prev = i - 1 >= 0 ? ranges[i - 1] : null;
    var current = i < ranges.length ? ranges[i] : null;
    var start = prev ? prev[1] + 1 : -Infinity;
    var end = current ? current[0] - 1 : Infinity;
    if (start - end === 1)
      continue;
    if (start > end)
      throw new Error("Internal error: invalid ranges input");
    result.push([start, end]);
  }
  return result;
}
function isEmptyCharacterGroups(group) {
  return !group.rangesNegated && !group.ranges.length && !group.unicodePropertyEscapes.size;
}
function intersectCharacterGroups(a, b2) {
  var e_1, _a3;
  var _b, _c;
  var newRanges;
  var newNegated;
  if (!a.rangesNegated) {
    if (!b2.rangesNegated) {
      newNegated = false;
      newRanges = [];
      a.ranges.forEach(function(aRange) {
        b2.ranges.forEach(function(bRange) {
          var intersection = intersectRanges(aRange, bRange);
          if (intersection)
            newRanges.push(intersection);
        });
      });
    } else {
      newNegated = false;
      newRanges = __spreadArray([], __read(a.ranges), false);
      b2.ranges.forEach(function(bRange) {
        var narrowed = [];
        newRanges.forEach(function(aRange) {
          narrowed.push.apply(narrowed, __spreadArray([], __read(subtractRanges(aRange, bRange)), false));
        });
        newRanges = narrowed;
      });
    }
  } else {
    if (!b2.rangesNegated) {
      newNegated = false;
      newRanges = __spreadArray([], __read(b2.ranges), false);
      a.ranges.forEach(function(aRange) {
        var narrowed = [];
        newRanges.forEach(function(bRange) {
          narrowed.push.apply(narrowed, __spreadArray([], __read(subtractRanges(bRange, aRange)), false));
        });
        newRanges = narrowed;
      });
    } else {
      newNegated = true;
      newRanges = __spreadArray(__spreadArray([], __read(a.ranges), false), __read(b2.ranges), false);
    }
  }
  var allUnicodePropertyEscapes = new Set(__spreadArray(__spreadArray([], __read(a.unicodePropertyEscapes.keys()), false), __read(b2.unicodePropertyEscapes.keys()), false));
  var newUnicodePropertyEscapes = /* @__PURE__ */ new Map();
  try {
    for (var allUnicodePropertyEscapes_1 = __values(allUnicodePropertyEscapes), allUnicodePropertyEscapes_1_1 = allUnicodePropertyEscapes_1.next(); !allUnicodePropertyEscapes_1_1.done; allUnicodePropertyEscapes_1_1 = allUnicodePropertyEscapes_1.next()) {
      var unicodePropertyEscape = allUnicodePropertyEscapes_1_1.value;
      var aEscape = (_b = a.unicodePropertyEscapes.get(unicodePropertyEscape)) !== null && _b !== void 0 ? _b : null;
      var bEscape = (_c = b2.unicodePropertyEscapes.get(unicodePropertyEscape)) !== null && _c !== void 0 ? _c : null;
      if (aEscape !== null && bEscape === null) {
        newUnicodePropertyEscapes.set(unicodePropertyEscape, aEscape);
      } else if (aEscape === null && bEscape !== null) {
        newUnicodePropertyEscapes.set(unicodePropertyEscape, bEscape);
      } else if (aEscape !== null && bEscape !== null && aEscape === bEscape) {
        newUnicodePropertyEscapes.set(unicodePropertyEscape, aEscape);
      }
    }
  } catch (e_1_1) {
    e_1 = { error: e_1_1 };
  } finally {
    try {
      if (allUnicodePropertyEscapes_1_1 && !allUnicodePropertyEscapes_1_1.done && (_a3 = allUnicodePropertyEscapes_1.return)) _a3.call(allUnicodePropertyEscapes_1);
    } finally {
      if (e_1) throw e_1.error;
    }
  }
  return {
    ranges: newRanges,
    rangesNegated: newNegated,
    unicodePropertyEscapes: newUnicodePropertyEscapes
  };
}
function buildEndReader(offset) {
  return __generator(this, function(_a3) {
    switch (_a3.label) {
      case 0:
        return [4, {
          bounded: false,
          offset,
          stack: [],
          subType: "end",
          type: characterReaderTypeCharacterEntry
        }];
      case 1:
        _a3.sent();
        throw new Error("Internal error: should not be reading after end");
    }
  });
}
function join4(getAction, getReader) {
  var _join = function(_getAction, _getReader, timeSinceEmitSomething) {
    var i, action, emittedSomething, reader, next, _loop_1;
    if (timeSinceEmitSomething === void 0) {
      timeSinceEmitSomething = 0;
    }
    return __generator(this, function(_a3) {
      switch (_a3.label) {
        case 0:
          i = 0;
          _a3.label = 1;
        case 1:
          action = _getAction(i, timeSinceEmitSomething);
          if (!(action === "stop")) return [3, 2];
          return [
            2
            /*return*/
          ];
        case 2:
          if (!(action === "fork")) return [3, 4];
          return [4, {
            reader: function() {
              return emptyReader();
            },
            subType: null,
            type: characterReaderTypeSplit
          }];
        case 3:
          _a3.sent();
          _a3.label = 4;
        case 4:
          emittedSomething = false;
          reader = _getReader(i);
          next = void 0;
          _loop_1 = function() {
            var value, _b, _i_1, _timeSinceEmittedSomething_1;
            return __generator(this, function(_c) {
              switch (_c.label) {
                case 0:
                  value = next.value;
                  _b = value.type;
                  switch (_b) {
                    case characterReaderTypeSplit:
                      return [3, 1];
                    case characterReaderTypeCharacterEntry:
                      return [3, 3];
                  }
                  return [3, 5];
                case 1:
                  _i_1 = i;
                  _timeSinceEmittedSomething_1 = timeSinceEmitSomething;
                  return [4, {
                    reader: function() {
                      return _join(function(innerIndex, innerTimeSinceEmittedSomething) {
                        return innerIndex === 0 ? "continue" : _getAction(innerIndex + _i_1, innerTimeSinceEmittedSomething);
                      }, function(innerIndex) {
                        return innerIndex === 0 ? value.reader() : _getReader(innerIndex + _i_1);
                      }, _timeSinceEmittedSomething_1);
                    },
                    subType: value.subType,
                    type: characterReaderTypeSplit
                  }];
                case 2:
                  _c.sent();
                  return [3, 5];
                case 3:
                  if (value.subType !== "null" && value.subType !== "start" && value.subType !== "end") {
                    emittedSomething = true;
                  }
                  return [4, value];
                case 4:
                  _c.sent();
                  return [3, 5];
                case 5:
                  return [
                    2
                    /*return*/
                  ];
              }
            });
          };
          _a3.label = 5;
        case 5:
          if (!!(next = reader.next()).done) return [3, 7];
          return [5, _loop_1()];
        case 6:
          _a3.sent();
          return [3, 5];
        case 7:
          timeSinceEmitSomething = emittedSomething ? 0 : timeSinceEmitSomething + 1;
          _a3.label = 8;
        case 8:
          i++;
          return [3, 1];
        case 9:
          return [
            2
            /*return*/
          ];
      }
    });
  };
  return _join(getAction, getReader);
}
function joinArray(input) {
  var length = input.length;
  return join4(function(i) {
    return i < length ? "continue" : "stop";
  }, function(i) {
    return input[i]();
  });
}
function buildSequenceCharacterReader(_a3) {
  var caseInsensitive = _a3.caseInsensitive, dotAll = _a3.dotAll, nodes = _a3.nodes;
  return joinArray(nodes.map(function(node) {
    return function() {
      return buildCharacterReader({ caseInsensitive, dotAll, node });
    };
  }));
}
function map(reader, handle) {
  var startThread = function(innerReader) {
    var next, _loop_1;
    return __generator(this, function(_a3) {
      switch (_a3.label) {
        case 0:
          _loop_1 = function() {
            var value, _b;
            return __generator(this, function(_c) {
              switch (_c.label) {
                case 0:
                  value = next.value;
                  _b = value.type;
                  switch (_b) {
                    case characterReaderTypeSplit:
                      return [3, 1];
                    case characterReaderTypeCharacterEntry:
                      return [3, 3];
                  }
                  return [3, 5];
                case 1:
                  return [4, {
                    reader: function() {
                      return startThread(value.reader());
                    },
                    subType: value.subType,
                    type: characterReaderTypeSplit
                  }];
                case 2:
                  _c.sent();
                  return [3, 5];
                case 3:
                  return [4, handle(value)];
                case 4:
                  _c.sent();
                  return [3, 5];
                case 5:
                  return [
                    2
                    /*return*/
                  ];
              }
            });
          };
          _a3.label = 1;
        case 1:
          if (!!(next = innerReader.next()).done) return [3, 3];
          return [5, _loop_1()];
        case 2:
          _a3.sent();
          return [3, 1];
        case 3:
          return [
            2
            /*return*/
          ];
      }
    });
  };
  return startThread(reader);
}
function getGroups(stack) {
  return new Set(stack.flatMap(function(entry) {
    return entry.type === "group" ? [entry.group] : [];
  }));
}
function getLookaheadStack(stack) {
  var e_1, _a3;
  var lookaheadStack = [];
  try {
    for (var stack_1 = __values(stack), stack_1_1 = stack_1.next(); !stack_1_1.done; stack_1_1 = stack_1.next()) {
      var entry = stack_1_1.value;
      if (entry.type === "group") {
        var group = entry.group;
        var behavior = group.behavior;
        if (behavior === "lookbehind" || behavior === "negativeLookbehind" || behavior === "negativeLookahead" || behavior === "lookahead") {
          lookaheadStack.push(group);
        }
      }
    }
  } catch (e_1_1) {
    e_1 = { error: e_1_1 };
  } finally {
    try {
      if (stack_1_1 && !stack_1_1.done && (_a3 = stack_1.return)) _a3.call(stack_1);
    } finally {
      if (e_1) throw e_1.error;
    }
  }
  return lookaheadStack;
}
function buildGroupCharacterReader(_a3) {
  var caseInsensitive = _a3.caseInsensitive, dotAll = _a3.dotAll, node = _a3.node;
  switch (node.behavior) {
    case "lookbehind":
    case "negativeLookbehind":
    case "lookahead":
    case "negativeLookahead": {
      return buildArrayReader([
        {
          reader: function() {
            return joinArray([
              function() {
                return map(buildSequenceCharacterReader({
                  caseInsensitive,
                  dotAll,
                  nodes: node.body
                }), function(value) {
                  return __assign(__assign({}, value), { stack: __spreadArray([{ group: node, type: "group" }], __read(value.stack), false) });
                });
              },
              function() {
                return buildEndReader(node.range[1]);
              }
            ]);
          },
          subType: node.behavior,
          type: characterReaderTypeSplit
        }
      ]);
    }
    case "ignore":
    case "normal": {
      return map(buildSequenceCharacterReader({
        caseInsensitive,
        dotAll,
        nodes: node.body
      }), function(value) {
        return __assign(__assign({}, value), { stack: __spreadArray([{ group: node, type: "group" }], __read(value.stack), false) });
      });
    }
  }
}
function buildNullCharacterReader(offset) {
  return __generator(this, function(_a3) {
    switch (_a3.label) {
      case 0:
        return [4, {
          offset,
          stack: [],
          subType: "null",
          type: characterReaderTypeCharacterEntry
        }];
      case 1:
        _a3.sent();
        return [
          2
          /*return*/
        ];
    }
  });
}
function mustGet(map2, key) {
  if (!map2.has(key)) {
    throw new Error("Internal error: map missing key");
  }
  return map2.get(key);
}
function buildQuantifiersInInfinitePortion(stack, nodeExtra) {
  var exhaustive = stack.some(function(entry) {
    if (entry.type !== "group" || entry.group.behavior !== "normal") {
      return false;
    }
    var index = mustGet(nodeExtra.capturingGroupToIndex, entry.group);
    var hasReference = nodeExtra.reachableReferences.some(function(reference) {
      return reference.matchIndex === index;
    });
    return hasReference;
  });
  if (exhaustive)
    return /* @__PURE__ */ new Set();
  return new Set(stack.flatMap(function(entry) {
    return entry.type === "quantifier" ? [entry] : [];
  }).filter(function(_a3) {
    var iteration = _a3.iteration, quantifier = _a3.quantifier;
    return iteration >= 1 && iteration >= quantifier.min;
  }).map(function(_a3) {
    var quantifier = _a3.quantifier;
    return quantifier;
  }));
}
function buildQuantifierIterations(stack) {
  var res = /* @__PURE__ */ new Map();
  stack.flatMap(function(entry) {
    return entry.type === "quantifier" ? [entry] : [];
  }).forEach(function(_a3) {
    var iteration = _a3.iteration, quantifier = _a3.quantifier;
    return res.set(quantifier, iteration);
  });
  return res;
}
function buildQuantifierCharacterReader(_a3) {
  var caseInsensitive = _a3.caseInsensitive, dotAll = _a3.dotAll, node = _a3.node;
  var min = node.min, _b = node.max, max = _b === void 0 ? Infinity : _b;
  return joinArray([
    // always emit the null first so that we always emit something in cases where the loop is empty
    function() {
      return buildNullCharacterReader(node.body[0].range[0]);
    },
    function() {
      return join4(function(i, timeSinceEmit) {
        if (timeSinceEmit > 1)
          return "stop";
        if (i >= max)
          return "stop";
        if (i >= min)
          return "fork";
        return "continue";
      }, function(i) {
        return map(joinArray(__spreadArray(__spreadArray([], __read(i > 0 ? [
          function() {
            return buildNullCharacterReader(node.body[0].range[0]);
          }
        ] : []), false), [
          function() {
            return buildCharacterReader({
              caseInsensitive,
              dotAll,
              node: node.body[0]
            });
          }
        ], false)), function(value) {
          return __assign(__assign({}, value), { stack: __spreadArray([
            {
              iteration: i,
              quantifier: node,
              type: "quantifier"
            }
          ], __read(value.stack), false) });
        });
      });
    }
  ]);
}
function buildAnchorReader(node) {
  var _a3;
  return __generator(this, function(_b) {
    switch (_b.label) {
      case 0:
        _a3 = node.kind;
        switch (_a3) {
          case "end":
            return [3, 1];
          case "start":
            return [3, 3];
          case "boundary":
            return [3, 5];
          case "not-boundary":
            return [3, 5];
        }
        return [3, 6];
      case 1:
        return [4, {
          bounded: true,
          offset: node.range[0],
          stack: [],
          subType: "end",
          type: characterReaderTypeCharacterEntry
        }];
      case 2:
        _b.sent();
        throw new Error("Internal error: should not be reading after end");
      case 3:
        return [4, {
          offset: node.range[0],
          stack: [],
          subType: "start",
          type: characterReaderTypeCharacterEntry
        }];
      case 4:
        _b.sent();
        return [3, 6];
      case 5: {
        return [3, 6];
      }
      case 6:
        return [
          2
          /*return*/
        ];
    }
  });
}
function characterClassEscapeToRange(value) {
  switch (value) {
    case "d":
    case "D": {
      return value === "d" ? dRanges : inverseDRanges;
    }
    case "w":
    case "W": {
      return value === "w" ? wRanges : inverseWRanges;
    }
    case "s":
    case "S": {
      return value === "s" ? sRanges : inverseSRanges;
    }
  }
}
function buildCharacterClassEscapeReader(node) {
  var value, ranges;
  return __generator(this, function(_a3) {
    switch (_a3.label) {
      case 0:
        value = node.value;
        ranges = characterClassEscapeToRange(value);
        return [4, {
          characterGroups: {
            ranges,
            rangesNegated: false,
            unicodePropertyEscapes: /* @__PURE__ */ new Map()
          },
          node,
          stack: [],
          subType: "groups",
          type: characterReaderTypeCharacterEntry
        }];
      case 1:
        _a3.sent();
        return [
          2
          /*return*/
        ];
    }
  });
}
function toCodePoint(input) {
  if (input.length > 1)
    return null;
  var codePoint = input.codePointAt(0);
  if (!codePoint)
    throw new Error("Internal error: expected codepoint");
  return codePoint;
}
function toUpperCaseCodePoint(codePoint) {
  var upperCase = String.fromCodePoint(codePoint).toUpperCase();
  var upperCodePoint = toCodePoint(upperCase);
  return upperCodePoint !== null ? upperCodePoint : codePoint;
}
function buildCodePointRanges(_a3) {
  var caseInsensitive = _a3.caseInsensitive, highCodePoint = _a3.highCodePoint, lowCodePoint = _a3.lowCodePoint;
  if (!caseInsensitive) {
    return [[lowCodePoint, highCodePoint]];
  }
  var codePoints = /* @__PURE__ */ new Set();
  for (var codePoint = lowCodePoint; codePoint <= highCodePoint; codePoint++) {
    codePoints.add(toUpperCaseCodePoint(codePoint));
  }
  return createRanges(codePoints);
}
function codePointFromValue(_a3) {
  var caseInsensitive = _a3.caseInsensitive, value = _a3.value;
  var codePoint = value.codePoint;
  return caseInsensitive ? toUpperCaseCodePoint(codePoint) : codePoint;
}
function buildValueCharacterReader(_a3) {
  var caseInsensitive = _a3.caseInsensitive, node = _a3.node;
  var codePoint = codePointFromValue({ caseInsensitive, value: node });
  return buildArrayReader([
    {
      characterGroups: {
        ranges: [[codePoint, codePoint]],
        rangesNegated: false,
        unicodePropertyEscapes: /* @__PURE__ */ new Map()
      },
      node,
      stack: [],
      subType: "groups",
      type: characterReaderTypeCharacterEntry
    }
  ]);
}
function buildCharacterClassCharacterReader(_a3) {
  var e_1, _b;
  var caseInsensitive = _a3.caseInsensitive, node = _a3.node;
  var ranges = [];
  var unicodePropertyEscapes = /* @__PURE__ */ new Map();
  var matchesEverything = false;
  try {
    outer: for (var _c = __values(node.body), _d = _c.next(); !_d.done; _d = _c.next()) {
      var expression = _d.value;
      switch (expression.type) {
        case "value": {
          var codePoint = codePointFromValue({
            caseInsensitive,
            value: expression
          });
          ranges.push([codePoint, codePoint]);
          break;
        }
        case "characterClassRange": {
          ranges.push.apply(ranges, __spreadArray([], __read(buildCodePointRanges({
            caseInsensitive,
            highCodePoint: expression.max.codePoint,
            lowCodePoint: expression.min.codePoint
          })), false));
          break;
        }
        case "characterClassEscape": {
          var value = expression.value;
          ranges.push.apply(ranges, __spreadArray([], __read(characterClassEscapeToRange(value)), false));
          break;
        }
        case "unicodePropertyEscape": {
          var resolvedNegative = expression.negative !== node.negative;
          if (unicodePropertyEscapes.get(expression.value) === !resolvedNegative) {
            matchesEverything = true;
            break outer;
          }
          unicodePropertyEscapes.set(expression.value, resolvedNegative);
          break;
        }
      }
    }
  } catch (e_1_1) {
    e_1 = { error: e_1_1 };
  } finally {
    try {
      if (_d && !_d.done && (_b = _c.return)) _b.call(_c);
    } finally {
      if (e_1) throw e_1.error;
    }
  }
  return buildArrayReader([
    {
      characterGroups: matchesEverything ? { ranges: [], rangesNegated: true, unicodePropertyEscapes: /* @__PURE__ */ new Map() } : {
        ranges,
        rangesNegated: node.negative,
        unicodePropertyEscapes
      },
      node,
      stack: [],
      subType: "groups",
      type: characterReaderTypeCharacterEntry
    }
  ]);
}
function buildDisjunctionCharacterReader(_a3) {
  var caseInsensitive = _a3.caseInsensitive, dotAll = _a3.dotAll, node = _a3.node;
  return chainReaders([
    buildArrayReader(node.body.slice(0, -1).map(function(part) {
      return {
        reader: function() {
          return buildCharacterReader({ caseInsensitive, dotAll, node: part });
        },
        subType: null,
        type: characterReaderTypeSplit
      };
    })),
    buildCharacterReader({
      caseInsensitive,
      dotAll,
      node: node.body[node.body.length - 1]
    })
  ]);
}
function buildDotCharacterReader(_a3) {
  var dotAll = _a3.dotAll, node = _a3.node;
  return __generator(this, function(_b) {
    switch (_b.label) {
      case 0:
        return [4, {
          characterGroups: {
            ranges: dotAll ? [] : (
              // [\n\r\u2028-\u2029]
              [
                [10, 10],
                [13, 13],
                [8232, 8233]
              ]
            ),
            rangesNegated: true,
            unicodePropertyEscapes: /* @__PURE__ */ new Map()
          },
          node,
          stack: [],
          subType: "groups",
          type: characterReaderTypeCharacterEntry
        }];
      case 1:
        _b.sent();
        return [
          2
          /*return*/
        ];
    }
  });
}
function buildReferenceCharacterReader(node) {
  return __generator(this, function(_a3) {
    switch (_a3.label) {
      case 0:
        return [4, {
          node,
          referenceIndex: node.matchIndex,
          stack: [],
          subType: "reference",
          type: characterReaderTypeCharacterEntry
        }];
      case 1:
        _a3.sent();
        return [
          2
          /*return*/
        ];
    }
  });
}
function buildUnicodePropertyEscapeCharacterReader(node) {
  return buildArrayReader([
    {
      characterGroups: {
        ranges: [],
        rangesNegated: false,
        unicodePropertyEscapes: /* @__PURE__ */ new Map([[node.value, node.negative]])
      },
      node,
      stack: [],
      subType: "groups",
      type: characterReaderTypeCharacterEntry
    }
  ]);
}
function buildCharacterReader(_a3) {
  var caseInsensitive = _a3.caseInsensitive, dotAll = _a3.dotAll, node = _a3.node;
  switch (node.type) {
    case "anchor":
      return buildAnchorReader(node);
    case "characterClass":
      return buildCharacterClassCharacterReader({ caseInsensitive, node });
    case "characterClassEscape":
      return buildCharacterClassEscapeReader(node);
    case "unicodePropertyEscape":
      return buildUnicodePropertyEscapeCharacterReader(node);
    case "reference":
      return buildReferenceCharacterReader(node);
    case "value":
      return buildValueCharacterReader({ caseInsensitive, node });
    case "dot":
      return buildDotCharacterReader({ dotAll, node });
    case "alternative":
      return buildSequenceCharacterReader({
        caseInsensitive,
        dotAll,
        nodes: node.body
      });
    case "disjunction":
      return buildDisjunctionCharacterReader({ caseInsensitive, dotAll, node });
    case "group":
      return buildGroupCharacterReader({ caseInsensitive, dotAll, node });
    case "quantifier":
      return buildQuantifierCharacterReader({ caseInsensitive, dotAll, node });
  }
}
function buildCharacterReaderLevel1(_a3) {
  var caseInsensitive = _a3.caseInsensitive, dotAll = _a3.dotAll, node = _a3.node;
  var startThread = function(reader, precedingZeroWidthEntries) {
    var next, _loop_1, state_1;
    return __generator(this, function(_a4) {
      switch (_a4.label) {
        case 0:
          _loop_1 = function() {
            var _b, _c, value_1, _precedingZeroWidthEntries_1;
            return __generator(this, function(_d) {
              switch (_d.label) {
                case 0:
                  _b = next.value.type;
                  switch (_b) {
                    case characterReaderTypeCharacterEntry:
                      return [3, 1];
                    case characterReaderTypeSplit:
                      return [3, 10];
                  }
                  return [3, 12];
                case 1:
                  _c = next.value.subType;
                  switch (_c) {
                    case "groups":
                      return [3, 2];
                    case "reference":
                      return [3, 4];
                    case "end":
                      return [3, 6];
                    case "null":
                      return [3, 7];
                    case "start":
                      return [3, 8];
                  }
                  return [3, 9];
                case 2:
                  return [4, {
                    characterGroups: next.value.characterGroups,
                    node: next.value.node,
                    precedingZeroWidthEntries,
                    stack: next.value.stack,
                    subType: "groups",
                    type: characterReaderLevel1TypeEntry
                  }];
                case 3:
                  _d.sent();
                  precedingZeroWidthEntries = [];
                  return [3, 9];
                case 4:
                  return [4, {
                    node: next.value.node,
                    precedingZeroWidthEntries,
                    referenceIndex: next.value.referenceIndex,
                    stack: next.value.stack,
                    subType: next.value.subType,
                    type: characterReaderLevel1TypeEntry
                  }];
                case 5:
                  _d.sent();
                  precedingZeroWidthEntries = [];
                  return [3, 9];
                case 6: {
                  return [2, { value: {
                    bounded: next.value.bounded,
                    precedingZeroWidthEntries
                  } }];
                }
                case 7: {
                  precedingZeroWidthEntries = __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), [
                    {
                      offset: next.value.offset,
                      stack: next.value.stack,
                      type: "null"
                    }
                  ], false);
                  return [3, 9];
                }
                case 8: {
                  precedingZeroWidthEntries = __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), [
                    {
                      offset: next.value.offset,
                      stack: next.value.stack,
                      type: "start"
                    }
                  ], false);
                  return [3, 9];
                }
                case 9:
                  return [3, 12];
                case 10:
                  value_1 = next.value;
                  _precedingZeroWidthEntries_1 = precedingZeroWidthEntries;
                  return [4, {
                    reader: function() {
                      return startThread(value_1.reader(), _precedingZeroWidthEntries_1);
                    },
                    subType: value_1.subType,
                    type: characterReaderLevel1TypeSplit
                  }];
                case 11:
                  _d.sent();
                  return [3, 12];
                case 12:
                  return [
                    2
                    /*return*/
                  ];
              }
            });
          };
          _a4.label = 1;
        case 1:
          if (!!(next = reader.next()).done) return [3, 3];
          return [5, _loop_1()];
        case 2:
          state_1 = _a4.sent();
          if (typeof state_1 === "object")
            return [2, state_1.value];
          return [3, 1];
        case 3:
          return [2, { bounded: false, precedingZeroWidthEntries }];
      }
    });
  };
  return startThread(buildCharacterReader({ caseInsensitive, dotAll, node }), []);
}
function characterReaderLevel1ToInternalReader(characterReaderLevel1) {
  var next, _loop_1;
  return __generator(this, function(_a3) {
    switch (_a3.label) {
      case 0:
        _loop_1 = function() {
          var value, _b;
          return __generator(this, function(_c) {
            switch (_c.label) {
              case 0:
                value = next.value;
                _b = value.type;
                switch (_b) {
                  case characterReaderLevel1TypeSplit:
                    return [3, 1];
                  case characterReaderLevel1TypeEntry:
                    return [3, 3];
                }
                return [3, 5];
              case 1:
                return [4, {
                  reader: function() {
                    return characterReaderLevel1ToInternalReader(value.reader());
                  },
                  subType: value.subType,
                  type: internalReaderTypeSplit
                }];
              case 2:
                _c.sent();
                return [3, 5];
              case 3:
                return [4, __assign(__assign({}, value), { type: internalReaderTypeEntry })];
              case 4:
                _c.sent();
                return [3, 5];
              case 5:
                return [
                  2
                  /*return*/
                ];
            }
          });
        };
        _a3.label = 1;
      case 1:
        if (!!(next = characterReaderLevel1.next()).done) return [3, 3];
        return [5, _loop_1()];
      case 2:
        _a3.sent();
        return [3, 1];
      case 3:
        return [2, next.value];
    }
  });
}
function haveHadCompleteIteration(before, now) {
  var e_1, _a3;
  try {
    for (var now_1 = __values(now), now_1_1 = now_1.next(); !now_1_1.done; now_1_1 = now_1.next()) {
      var _b = __read(now_1_1.value, 2), quantifier = _b[0], iterationsNow = _b[1];
      var iterationsBefore = before.get(quantifier) || 0;
      if (iterationsNow - iterationsBefore > 1) {
        return true;
      }
    }
  } catch (e_1_1) {
    e_1 = { error: e_1_1 };
  } finally {
    try {
      if (now_1_1 && !now_1_1.done && (_a3 = now_1.return)) _a3.call(now_1);
    } finally {
      if (e_1) throw e_1.error;
    }
  }
  return false;
}
function getGroupContentsReader(_a3) {
  var group, groupContents, groupLookaheadStack, _b, _c, groupEntry, e_2_1;
  var e_2, _d;
  var groupContentsStore = _a3.groupContentsStore, groups = _a3.groups, groupsWithInfiniteSize = _a3.groupsWithInfiniteSize, nodeExtra = _a3.nodeExtra, value = _a3.value;
  return __generator(this, function(_e3) {
    switch (_e3.label) {
      case 0:
        group = mustGet(nodeExtra.indexToCapturingGroup, value.referenceIndex);
        groupContents = groupContentsStore.get(value.referenceIndex) || {
          contents: [],
          group
        };
        groupLookaheadStack = dropCommon(mustGet(nodeExtra.nodeToLookaheadStack, groupContents.group), mustGet(nodeExtra.nodeToLookaheadStack, value.node)).a;
        if (groupLookaheadStack.length) {
          if (groupLookaheadStack.some(function(_a4) {
            var behavior = _a4.behavior;
            return behavior === "negativeLookahead" || behavior === "negativeLookbehind";
          })) {
            return [2, { bounded: false, precedingZeroWidthEntries: [] }];
          }
          throw new Error("Unsupported reference (".concat(value.referenceIndex, " at position ").concat(value.node.range[0], "). Pattern needs downgrading. See the `downgradePattern` option."));
        }
        if (groups.has(groupContents.group)) {
          return [2, { bounded: false, precedingZeroWidthEntries: [] }];
        }
        if (groupsWithInfiniteSize.has(value.referenceIndex)) {
          throw new Error("Unsupported reference to group ".concat(value.referenceIndex, " as group is not a finite size. Pattern needs downgrading. See the `downgradePattern` option."));
        }
        _e3.label = 1;
      case 1:
        _e3.trys.push([1, 6, 7, 8]);
        _b = __values(groupContents.contents), _c = _b.next();
        _e3.label = 2;
      case 2:
        if (!!_c.done) return [3, 5];
        groupEntry = _c.value;
        return [4, {
          characterGroups: groupEntry.characterGroups,
          node: groupEntry.node,
          precedingZeroWidthEntries: groupEntry.precedingZeroWidthEntries,
          stack: __spreadArray(__spreadArray(__spreadArray([], __read(groupEntry.stack), false), [
            {
              reference: value.node,
              type: "reference"
            }
          ], false), __read(value.stack), false),
          subType: "groups",
          type: internalReaderTypeEntry
        }];
      case 3:
        _e3.sent();
        _e3.label = 4;
      case 4:
        _c = _b.next();
        return [3, 2];
      case 5:
        return [3, 8];
      case 6:
        e_2_1 = _e3.sent();
        e_2 = { error: e_2_1 };
        return [3, 8];
      case 7:
        try {
          if (_c && !_c.done && (_d = _b.return)) _d.call(_b);
        } finally {
          if (e_2) throw e_2.error;
        }
        return [
          7
          /*endfinally*/
        ];
      case 8:
        return [2, { bounded: false, precedingZeroWidthEntries: [] }];
    }
  });
}
function buildCharacterReaderLevel2(_a3) {
  var caseInsensitive = _a3.caseInsensitive, dotAll = _a3.dotAll, node = _a3.node, nodeExtra = _a3.nodeExtra;
  var startThread = function(state) {
    var _loop_2, state_1;
    return __generator(this, function(_a4) {
      switch (_a4.label) {
        case 0:
          _loop_2 = function() {
            var precedingZeroWidthEntries, groupsWithInfiniteSize, groupContentsStore, quantifierIterationsAtLastGroup, characterReader, referenceCharacterReaderWithReference, activeCharacterReader, result, value, _b, _groupContentsStore_1, _quantifierIterationsAtLastGroup_1, _groupsWithInfiniteSize_1, _precedingZeroWidthEntries_1, quantifierIterations, lookaheadStack, groups, _c, groupContentsReader, newGroupContentsStore, groupContentsStore_1, groupContentsStore_1_1, _d, index, group, offsets, offsets_1, offsets_1_1, offset, groupInfiniteSize, reversedStack, referenceStackIndex, noneReferenceStackPortion, _loop_3, noneReferenceStackPortion_1, noneReferenceStackPortion_1_1, stackEntry;
            var e_3, _e3, e_4, _f, e_5, _g;
            return __generator(this, function(_h) {
              switch (_h.label) {
                case 0:
                  precedingZeroWidthEntries = state.precedingZeroWidthEntries, groupsWithInfiniteSize = state.groupsWithInfiniteSize, groupContentsStore = state.groupContentsStore, quantifierIterationsAtLastGroup = state.quantifierIterationsAtLastGroup;
                  characterReader = state.characterReader, referenceCharacterReaderWithReference = state.referenceCharacterReaderWithReference;
                  activeCharacterReader = (referenceCharacterReaderWithReference === null || referenceCharacterReaderWithReference === void 0 ? void 0 : referenceCharacterReaderWithReference.reader) || characterReader;
                  result = activeCharacterReader.next();
                  if (result.done) {
                    if (referenceCharacterReaderWithReference) {
                      if (result.value.bounded) {
                        throw new Error("Internal error: end of reference reader cannot be bounded");
                      }
                      state = {
                        characterReader,
                        groupContentsStore,
                        groupsWithInfiniteSize,
                        precedingZeroWidthEntries: __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), __read(result.value.precedingZeroWidthEntries), false),
                        quantifierIterationsAtLastGroup,
                        referenceCharacterReaderWithReference: null
                      };
                      return [2, "continue-outer"];
                    }
                    return [2, { value: {
                      bounded: result.value.bounded,
                      precedingZeroWidthEntries: __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), __read(result.value.precedingZeroWidthEntries), false),
                      type: "end"
                    } }];
                  }
                  value = result.value;
                  _b = value.type;
                  switch (_b) {
                    case internalReaderTypeSplit:
                      return [3, 1];
                    case internalReaderTypeEntry:
                      return [3, 3];
                  }
                  return [3, 7];
                case 1:
                  if (referenceCharacterReaderWithReference) {
                    throw new Error("Internal error: should not be seeing a split from a reference reader");
                  }
                  _groupContentsStore_1 = groupContentsStore;
                  _quantifierIterationsAtLastGroup_1 = quantifierIterationsAtLastGroup;
                  _groupsWithInfiniteSize_1 = groupsWithInfiniteSize;
                  _precedingZeroWidthEntries_1 = precedingZeroWidthEntries;
                  return [4, {
                    reader: function() {
                      return startThread({
                        characterReader: buildForkableReader(value.reader()),
                        groupContentsStore: _groupContentsStore_1,
                        groupsWithInfiniteSize: _groupsWithInfiniteSize_1,
                        precedingZeroWidthEntries: _precedingZeroWidthEntries_1,
                        quantifierIterationsAtLastGroup: _quantifierIterationsAtLastGroup_1,
                        referenceCharacterReaderWithReference
                      });
                    },
                    subType: value.subType,
                    type: characterReaderLevel2TypeSplit
                  }];
                case 2:
                  _h.sent();
                  return [3, 7];
                case 3:
                  precedingZeroWidthEntries = __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), __read(value.precedingZeroWidthEntries), false);
                  quantifierIterations = buildQuantifierIterations(value.stack);
                  lookaheadStack = getLookaheadStack(value.stack);
                  groups = getGroups(value.stack);
                  _c = value.subType;
                  switch (_c) {
                    case "reference":
                      return [3, 4];
                    case "groups":
                      return [3, 5];
                  }
                  return [3, 7];
                case 4: {
                  if (referenceCharacterReaderWithReference) {
                    throw new Error("Internal error: should not be seeing a reference from a reference reader");
                  }
                  if (haveHadCompleteIteration(quantifierIterationsAtLastGroup, quantifierIterations)) {
                    return [2, { value: {
                      type: "abort"
                    } }];
                  }
                  groupContentsReader = buildForkableReader(getGroupContentsReader({
                    groupContentsStore,
                    groups,
                    groupsWithInfiniteSize,
                    nodeExtra,
                    value
                  }));
                  state = {
                    characterReader,
                    groupContentsStore,
                    groupsWithInfiniteSize,
                    precedingZeroWidthEntries,
                    quantifierIterationsAtLastGroup,
                    referenceCharacterReaderWithReference: {
                      reader: groupContentsReader,
                      reference: value.node
                    }
                  };
                  return [3, 7];
                }
                case 5:
                  newGroupContentsStore = new Map(groupContentsStore);
                  if (!referenceCharacterReaderWithReference) {
                    try {
                      for (groupContentsStore_1 = (e_3 = void 0, __values(groupContentsStore)), groupContentsStore_1_1 = groupContentsStore_1.next(); !groupContentsStore_1_1.done; groupContentsStore_1_1 = groupContentsStore_1.next()) {
                        _d = __read(groupContentsStore_1_1.value, 2), index = _d[0], group = _d[1].group;
                        offsets = __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries.map(function(_a5) {
                          var offset2 = _a5.offset;
                          return offset2;
                        })), false), [
                          value.node.range[0]
                        ], false);
                        try {
                          for (offsets_1 = (e_4 = void 0, __values(offsets)), offsets_1_1 = offsets_1.next(); !offsets_1_1.done; offsets_1_1 = offsets_1.next()) {
                            offset = offsets_1_1.value;
                            if (group.range[0] >= offset) {
                              newGroupContentsStore.delete(index);
                              break;
                            }
                          }
                        } catch (e_4_1) {
                          e_4 = { error: e_4_1 };
                        } finally {
                          try {
                            if (offsets_1_1 && !offsets_1_1.done && (_f = offsets_1.return)) _f.call(offsets_1);
                          } finally {
                            if (e_4) throw e_4.error;
                          }
                        }
                      }
                    } catch (e_3_1) {
                      e_3 = { error: e_3_1 };
                    } finally {
                      try {
                        if (groupContentsStore_1_1 && !groupContentsStore_1_1.done && (_e3 = groupContentsStore_1.return)) _e3.call(groupContentsStore_1);
                      } finally {
                        if (e_3) throw e_3.error;
                      }
                    }
                  }
                  groupInfiniteSize = false;
                  reversedStack = __spreadArray([], __read(value.stack), false).reverse();
                  referenceStackIndex = reversedStack.findIndex(function(_a5) {
                    var type = _a5.type;
                    return type === "reference";
                  });
                  noneReferenceStackPortion = reversedStack.slice(0, referenceStackIndex >= 0 ? referenceStackIndex : value.stack.length);
                  _loop_3 = function(stackEntry2) {
                    if (stackEntry2.type === "quantifier" && stackEntry2.quantifier.max === void 0) {
                      groupInfiniteSize = true;
                      return "continue";
                    } else if (stackEntry2.type !== "group") {
                      return "continue";
                    }
                    var group2 = stackEntry2.group;
                    if (group2.behavior === "lookbehind" || group2.behavior === "negativeLookbehind" || group2.behavior === "negativeLookahead" || group2.behavior === "lookahead") {
                      groupInfiniteSize = false;
                      return "continue";
                    }
                    if (group2.behavior !== "normal") {
                      return "continue";
                    }
                    var index2 = mustGet(nodeExtra.capturingGroupToIndex, group2);
                    if (groupInfiniteSize) {
                      var newGroupsWithInfiniteSize = new Set(groupsWithInfiniteSize);
                      newGroupsWithInfiniteSize.add(index2);
                      groupsWithInfiniteSize = newGroupsWithInfiniteSize;
                    }
                    var contents = newGroupContentsStore.get(index2) || {
                      contents: [],
                      group: group2
                    };
                    newGroupContentsStore.set(index2, __assign(__assign({}, contents), { contents: __spreadArray(__spreadArray([], __read(contents.contents), false), [
                      __assign(__assign({}, value), { precedingZeroWidthEntries: precedingZeroWidthEntries.filter(function(_a5) {
                        var offset2 = _a5.offset;
                        return offset2 >= group2.range[0] && offset2 <= group2.range[1];
                      }) })
                    ], false) }));
                  };
                  try {
                    for (noneReferenceStackPortion_1 = (e_5 = void 0, __values(noneReferenceStackPortion)), noneReferenceStackPortion_1_1 = noneReferenceStackPortion_1.next(); !noneReferenceStackPortion_1_1.done; noneReferenceStackPortion_1_1 = noneReferenceStackPortion_1.next()) {
                      stackEntry = noneReferenceStackPortion_1_1.value;
                      _loop_3(stackEntry);
                    }
                  } catch (e_5_1) {
                    e_5 = { error: e_5_1 };
                  } finally {
                    try {
                      if (noneReferenceStackPortion_1_1 && !noneReferenceStackPortion_1_1.done && (_g = noneReferenceStackPortion_1.return)) _g.call(noneReferenceStackPortion_1);
                    } finally {
                      if (e_5) throw e_5.error;
                    }
                  }
                  groupContentsStore = newGroupContentsStore;
                  quantifierIterationsAtLastGroup = quantifierIterations;
                  return [4, {
                    characterGroups: value.characterGroups,
                    groups,
                    lookaheadStack,
                    node: value.node,
                    precedingZeroWidthEntries,
                    stack: value.stack,
                    type: characterReaderLevel2TypeEntry
                  }];
                case 6:
                  _h.sent();
                  precedingZeroWidthEntries = [];
                  state = {
                    characterReader,
                    groupContentsStore,
                    groupsWithInfiniteSize,
                    precedingZeroWidthEntries,
                    quantifierIterationsAtLastGroup,
                    referenceCharacterReaderWithReference
                  };
                  return [3, 7];
                case 7:
                  return [
                    2
                    /*return*/
                  ];
              }
            });
          };
          _a4.label = 1;
        case 1:
          return [5, _loop_2()];
        case 2:
          state_1 = _a4.sent();
          if (typeof state_1 === "object")
            return [2, state_1.value];
          switch (state_1) {
            case "continue-outer":
              return [3, 3];
          }
          _a4.label = 3;
        case 3:
          return [3, 1];
        case 4:
          return [
            2
            /*return*/
          ];
      }
    });
  };
  return startThread({
    characterReader: buildForkableReader(characterReaderLevel1ToInternalReader(buildCharacterReaderLevel1({ caseInsensitive, dotAll, node }))),
    groupContentsStore: /* @__PURE__ */ new Map(),
    groupsWithInfiniteSize: /* @__PURE__ */ new Set(),
    precedingZeroWidthEntries: [],
    quantifierIterationsAtLastGroup: /* @__PURE__ */ new Map(),
    referenceCharacterReaderWithReference: null
  });
}
function once(fn2) {
  var done = false;
  var res;
  return function() {
    if (!done) {
      done = true;
      res = fn2();
    }
    return res;
  };
}
function isUnboundedReader(_a3) {
  var reader, stack, _loop_1, state_1;
  var multiLine = _a3.multiLine, inputReader = _a3.reader;
  return __generator(this, function(_b) {
    switch (_b.label) {
      case 0:
        reader = fork(inputReader);
        stack = [{ get: once(function() {
          return reader.next();
        }), reader }];
        _loop_1 = function() {
          var frame, next, value, splitReader_1, isNewLine;
          return __generator(this, function(_c) {
            switch (_c.label) {
              case 0:
                frame = stack.pop();
                if (!frame)
                  return [2, "break"];
                return [4, {
                  type: isUnboundedReaderTypeStep
                }];
              case 1:
                _c.sent();
                next = frame.get();
                if (next.done) {
                  if (next.value.type === "end" && !next.value.bounded) {
                    return [2, { value: true }];
                  }
                } else {
                  switch (next.value.type) {
                    case characterReaderLevel2TypeSplit: {
                      value = next.value;
                      stack.push({
                        get: once(function() {
                          return frame.reader.next();
                        }),
                        reader: frame.reader
                      });
                      if (value.subType === null) {
                        splitReader_1 = value.reader();
                        stack.push({
                          get: once(function() {
                            return splitReader_1.next();
                          }),
                          reader: splitReader_1
                        });
                      }
                      break;
                    }
                    case characterReaderLevel2TypeEntry: {
                      if (multiLine) {
                        isNewLine = isEmptyCharacterGroups(intersectCharacterGroups(notNewLine, next.value.characterGroups));
                        if (isNewLine) {
                          stack.push({
                            get: once(function() {
                              return frame.reader.next();
                            }),
                            reader: frame.reader
                          });
                        }
                      }
                      break;
                    }
                  }
                }
                return [
                  2
                  /*return*/
                ];
            }
          });
        };
        _b.label = 1;
      case 1:
        return [5, _loop_1()];
      case 2:
        state_1 = _b.sent();
        if (typeof state_1 === "object")
          return [2, state_1.value];
        if (state_1 === "break")
          return [3, 4];
        _b.label = 3;
      case 3:
        return [3, 1];
      case 4:
        return [2, false];
    }
  });
}
function mergeSets(a, b2) {
  return new Set(__spreadArray(__spreadArray([], __read(a), false), __read(b2), false));
}
function areSetsEqual(a, b2) {
  return a.size === b2.size && mergeSets(a, b2).size === a.size;
}
function areInfiniteLoopTrackerEntriesEqual(left, right) {
  return left === right;
}
function buildContextTrail(stack, asteriskInfinite) {
  return stack.map(function(entry) {
    switch (entry.type) {
      case "quantifier": {
        return "q:".concat(entry.quantifier.range[0], ":").concat(asteriskInfinite && entry.quantifier.max === void 0 && entry.iteration >= entry.quantifier.min ? "*" : "".concat(entry.iteration));
      }
      case "reference": {
        return "r:".concat(entry.reference.range[0]);
      }
      case "group": {
        return "g:".concat(entry.group.range[0]);
      }
    }
  }).filter(Boolean).join(",");
}
function atomicGroupHashesFromStack(stack, atomicGroupOffsets) {
  var res = /* @__PURE__ */ new Set();
  for (var i = 0; i < stack.length; i++) {
    var stackEntry = stack[i];
    if (stackEntry.type === "group" && atomicGroupOffsets.has(stackEntry.group.range[0])) {
      res.add(buildContextTrail(stack.slice(0, i + 1), false));
    }
  }
  return res;
}
function buildZeroWidthHash(zeroWidthEntry) {
  return [
    zeroWidthEntry.type,
    zeroWidthEntry.offset,
    buildContextTrail(zeroWidthEntry.stack, false)
  ].join(":");
}
function getStackSequence(value, hash) {
  return __spreadArray(__spreadArray([], __read(value.precedingZeroWidthEntries.map(function(a) {
    return {
      hash: ["zw", buildZeroWidthHash(a)].join(":"),
      stack: a.stack
    };
  })), false), [
    { hash: ["s", hash].join(":"), stack: value.stack }
  ], false);
}
function areSidesEqual(a, b2) {
  return a.hash === b2.hash;
}
function buildCheckerReader(input) {
  var trails, trailEntriesAtStartOfLoop, infiniteLoopTrackerEntryToTrailEntry, stepCount, latestEndTime, timedOut, infinite, initialLeftStreamReader, initialRightStreamReader, stack, _loop_1, state_1, trails_1, trails_1_1, trail, error;
  var e_1, _a3;
  return __generator(this, function(_b) {
    switch (_b.label) {
      case 0:
        trails = /* @__PURE__ */ new Set();
        trailEntriesAtStartOfLoop = /* @__PURE__ */ new Set();
        infiniteLoopTrackerEntryToTrailEntry = /* @__PURE__ */ new Map();
        stepCount = 0;
        latestEndTime = Date.now() + input.timeout;
        timedOut = false;
        infinite = false;
        initialLeftStreamReader = buildForkableReader(input.leftStreamReader);
        initialRightStreamReader = buildForkableReader(input.rightStreamReader);
        stack = [
          {
            infiniteLoopTracker: new InfiniteLoopTracker(areInfiniteLoopTrackerEntriesEqual),
            streamReadersWithGetters: [
              {
                get: once(function() {
                  return initialLeftStreamReader.next();
                }),
                reader: initialLeftStreamReader
              },
              {
                get: once(function() {
                  return initialRightStreamReader.next();
                }),
                reader: initialRightStreamReader
              }
            ],
            trail: []
          }
        ];
        _loop_1 = function() {
          var entry, streamReadersWithGetters, infiniteLoopTracker, trail2, nextValues, _loop_2, i, state_2, _c, leftNextValue, rightNextValue, leftValue, rightValue, leftPassedStartAnchor, rightPassedStartAnchor, somethingPassedStartAnchor, leftLookahead, rightLookahead, intersection, leftContextTrail, rightContextTrail, newEntryLeftHash, newEntryRightHash, lastTrailEntry, atomicGroupsEnteredTogetherLeft, atomicGroupsEnteredTogetherRight, diverged, leftStackSequence, rightStackSequence, i, leftStack, rightStack, atomicGroupsNow, atomicGroupsNow_1, atomicGroupsNow_1_1, group, atomicGroupsNowLeft, atomicGroupsEnteredTogetherLeft_1, atomicGroupsEnteredTogetherLeft_1_1, group, atomicGroupsNowRight, atomicGroupsEnteredTogetherRight_1, atomicGroupsEnteredTogetherRight_1_1, group, newEntryLeft, newEntryRight, newEntry, leftQuantifiersInInfiniteProportion, leftAndRightIdentical, infiniteLoopTrackerEntry, repeatingEntries, entryAtStartOfLoop, sidesEqual, leftUnboundedReader, leftUnboundedCheckReaderNext, leftUnbounded, rightUnboundedReader, rightUnboundedCheckReaderNext, rightUnbounded, shouldEmitTrail;
          var e_2, _d, e_3, _e3, e_4, _f;
          return __generator(this, function(_g) {
            switch (_g.label) {
              case 0:
                timedOut = Date.now() > latestEndTime;
                if (timedOut || stepCount > input.maxSteps) {
                  return [2, "break"];
                }
                entry = stack.pop();
                if (!entry)
                  return [2, "break"];
                streamReadersWithGetters = entry.streamReadersWithGetters;
                infiniteLoopTracker = entry.infiniteLoopTracker;
                trail2 = entry.trail;
                nextValues = [];
                _loop_2 = function(i2) {
                  stepCount += 0.5;
                  var result = streamReadersWithGetters[i2].get();
                  if (!result.done && result.value.type === characterReaderLevel2TypeSplit) {
                    var value_1 = result.value;
                    stack.push({
                      infiniteLoopTracker,
                      streamReadersWithGetters: streamReadersWithGetters.map(function(_a4, j3) {
                        var reader = _a4.reader, get = _a4.get;
                        return {
                          get: j3 === i2 ? once(function() {
                            return reader.next();
                          }) : get,
                          reader
                        };
                      }),
                      trail: trail2
                    });
                    var newStreamReadersWithGetters = streamReadersWithGetters.map(function(_a4, j3) {
                      var reader = _a4.reader, get = _a4.get;
                      var newReader = j3 === i2 ? buildForkableReader(value_1.reader()) : fork(reader);
                      return {
                        get: j3 < i2 ? get : once(function() {
                          return newReader.next();
                        }),
                        reader: newReader
                      };
                    });
                    stack.push({
                      infiniteLoopTracker: infiniteLoopTracker.clone(),
                      streamReadersWithGetters: newStreamReadersWithGetters,
                      trail: trail2
                    });
                    return "continue-outer";
                  } else {
                    nextValues.push(result);
                  }
                };
                for (i = 0; i < streamReadersWithGetters.length; i++) {
                  state_2 = _loop_2(i);
                  switch (state_2) {
                    case "continue-outer":
                      return [2, state_2];
                  }
                }
                _c = __read(nextValues, 2), leftNextValue = _c[0], rightNextValue = _c[1];
                if (stepCount > input.maxSteps || leftNextValue.done || rightNextValue.done) {
                  return [2, "continue"];
                }
                if (leftNextValue.value.type !== characterReaderLevel2TypeEntry || rightNextValue.value.type !== characterReaderLevel2TypeEntry) {
                  throw new Error("Internal error: impossible leftValue/rightValue type");
                }
                leftValue = leftNextValue.value;
                rightValue = rightNextValue.value;
                leftPassedStartAnchor = leftValue.precedingZeroWidthEntries.some(function(_a4) {
                  var type = _a4.type;
                  return type === "start";
                });
                rightPassedStartAnchor = rightValue.precedingZeroWidthEntries.some(function(_a4) {
                  var type = _a4.type;
                  return type === "start";
                });
                somethingPassedStartAnchor = leftPassedStartAnchor || rightPassedStartAnchor;
                if (trail2.length > 0 && somethingPassedStartAnchor) {
                  return [2, "continue"];
                }
                leftLookahead = last(leftValue.lookaheadStack);
                rightLookahead = last(rightValue.lookaheadStack);
                if (leftLookahead !== rightLookahead) {
                  return [2, "continue"];
                }
                intersection = intersectCharacterGroups(leftValue.characterGroups, rightValue.characterGroups);
                if (isEmptyCharacterGroups(intersection)) {
                  return [2, "continue"];
                }
                leftContextTrail = buildContextTrail(leftValue.stack, false);
                rightContextTrail = buildContextTrail(rightValue.stack, false);
                newEntryLeftHash = [leftValue.node.range[0], leftContextTrail].join(":");
                newEntryRightHash = [
                  rightValue.node.range[0],
                  rightContextTrail
                ].join(":");
                lastTrailEntry = last(trail2);
                atomicGroupsEnteredTogetherLeft = new Set(lastTrailEntry === null || lastTrailEntry === void 0 ? void 0 : lastTrailEntry.left.atomicGroupsEnteredTogether);
                atomicGroupsEnteredTogetherRight = new Set(lastTrailEntry === null || lastTrailEntry === void 0 ? void 0 : lastTrailEntry.right.atomicGroupsEnteredTogether);
                diverged = !!(lastTrailEntry === null || lastTrailEntry === void 0 ? void 0 : lastTrailEntry.diverged);
                if (!diverged) {
                  leftStackSequence = getStackSequence(leftValue, newEntryLeftHash);
                  rightStackSequence = getStackSequence(rightValue, newEntryRightHash);
                  for (
                    i = 0;
                    // if they are different lengths the last hashes should never match because will be comparing a zero width with normal entry
                    i < Math.min(leftStackSequence.length, rightStackSequence.length);
                    i++
                  ) {
                    leftStack = leftStackSequence[i];
                    rightStack = rightStackSequence[i];
                    if (leftStack.hash !== rightStack.hash) {
                      diverged = true;
                      break;
                    }
                    atomicGroupsNow = atomicGroupHashesFromStack(leftStack.stack, input.atomicGroupOffsets);
                    try {
                      for (atomicGroupsNow_1 = (e_2 = void 0, __values(atomicGroupsNow)), atomicGroupsNow_1_1 = atomicGroupsNow_1.next(); !atomicGroupsNow_1_1.done; atomicGroupsNow_1_1 = atomicGroupsNow_1.next()) {
                        group = atomicGroupsNow_1_1.value;
                        atomicGroupsEnteredTogetherLeft.add(group);
                        atomicGroupsEnteredTogetherRight.add(group);
                      }
                    } catch (e_2_1) {
                      e_2 = { error: e_2_1 };
                    } finally {
                      try {
                        if (atomicGroupsNow_1_1 && !atomicGroupsNow_1_1.done && (_d = atomicGroupsNow_1.return)) _d.call(atomicGroupsNow_1);
                      } finally {
                        if (e_2) throw e_2.error;
                      }
                    }
                  }
                }
                atomicGroupsNowLeft = atomicGroupHashesFromStack(leftValue.stack, input.atomicGroupOffsets);
                try {
                  for (atomicGroupsEnteredTogetherLeft_1 = (e_3 = void 0, __values(atomicGroupsEnteredTogetherLeft)), atomicGroupsEnteredTogetherLeft_1_1 = atomicGroupsEnteredTogetherLeft_1.next(); !atomicGroupsEnteredTogetherLeft_1_1.done; atomicGroupsEnteredTogetherLeft_1_1 = atomicGroupsEnteredTogetherLeft_1.next()) {
                    group = atomicGroupsEnteredTogetherLeft_1_1.value;
                    if (!atomicGroupsNowLeft.has(group)) {
                      atomicGroupsEnteredTogetherLeft.delete(group);
                    }
                  }
                } catch (e_3_1) {
                  e_3 = { error: e_3_1 };
                } finally {
                  try {
                    if (atomicGroupsEnteredTogetherLeft_1_1 && !atomicGroupsEnteredTogetherLeft_1_1.done && (_e3 = atomicGroupsEnteredTogetherLeft_1.return)) _e3.call(atomicGroupsEnteredTogetherLeft_1);
                  } finally {
                    if (e_3) throw e_3.error;
                  }
                }
                atomicGroupsNowRight = atomicGroupHashesFromStack(rightValue.stack, input.atomicGroupOffsets);
                try {
                  for (atomicGroupsEnteredTogetherRight_1 = (e_4 = void 0, __values(atomicGroupsEnteredTogetherRight)), atomicGroupsEnteredTogetherRight_1_1 = atomicGroupsEnteredTogetherRight_1.next(); !atomicGroupsEnteredTogetherRight_1_1.done; atomicGroupsEnteredTogetherRight_1_1 = atomicGroupsEnteredTogetherRight_1.next()) {
                    group = atomicGroupsEnteredTogetherRight_1_1.value;
                    if (!atomicGroupsNowRight.has(group)) {
                      atomicGroupsEnteredTogetherRight.delete(group);
                    }
                  }
                } catch (e_4_1) {
                  e_4 = { error: e_4_1 };
                } finally {
                  try {
                    if (atomicGroupsEnteredTogetherRight_1_1 && !atomicGroupsEnteredTogetherRight_1_1.done && (_f = atomicGroupsEnteredTogetherRight_1.return)) _f.call(atomicGroupsEnteredTogetherRight_1);
                  } finally {
                    if (e_4) throw e_4.error;
                  }
                }
                newEntryLeft = {
                  atomicGroupsEnteredTogether: atomicGroupsEnteredTogetherLeft,
                  characterGroups: leftValue.characterGroups,
                  contextTrail: leftContextTrail,
                  hash: newEntryLeftHash,
                  node: leftValue.node,
                  stack: leftValue.stack
                };
                newEntryRight = {
                  atomicGroupsEnteredTogether: atomicGroupsEnteredTogetherRight,
                  characterGroups: rightValue.characterGroups,
                  contextTrail: rightContextTrail,
                  hash: newEntryRightHash,
                  node: rightValue.node,
                  stack: rightValue.stack
                };
                newEntry = {
                  diverged,
                  intersection,
                  left: newEntryLeft,
                  right: newEntryRight
                };
                trail2 = __spreadArray(__spreadArray([], __read(trail2), false), [newEntry], false);
                leftQuantifiersInInfiniteProportion = buildQuantifiersInInfinitePortion(leftValue.stack, input.nodeExtra);
                if (leftQuantifiersInInfiniteProportion.size > 0) {
                  leftAndRightIdentical = trail2.every(function(_a4) {
                    var left = _a4.left, right = _a4.right;
                    return areSidesEqual(left, right);
                  });
                  if (leftAndRightIdentical) {
                    return [2, "continue"];
                  }
                }
                infiniteLoopTrackerEntry = {
                  left: [
                    leftValue.node.range[0],
                    buildContextTrail(leftValue.stack, true)
                  ].join(":"),
                  right: [
                    rightValue.node.range[0],
                    buildContextTrail(leftValue.stack, true)
                  ].join(":")
                };
                infiniteLoopTrackerEntryToTrailEntry.set(infiniteLoopTrackerEntry, newEntry);
                infiniteLoopTracker.append(infiniteLoopTrackerEntry);
                repeatingEntries = infiniteLoopTracker.getRepeatingEntries();
                if (repeatingEntries) {
                  entryAtStartOfLoop = infiniteLoopTrackerEntryToTrailEntry.get(repeatingEntries[0]);
                  if (!entryAtStartOfLoop) {
                    throw new Error("Internal error: missing entry at start of loop");
                  }
                  trailEntriesAtStartOfLoop.add(entryAtStartOfLoop);
                  return [2, "continue"];
                }
                if (!areSetsEqual(newEntry.left.atomicGroupsEnteredTogether, newEntry.right.atomicGroupsEnteredTogether)) {
                  return [2, "continue-outer"];
                }
                sidesEqual = areSidesEqual(newEntry.left, newEntry.right);
                if (!!sidesEqual) return [3, 2];
                {
                  leftUnboundedReader = isUnboundedReader({
                    multiLine: input.multiLine,
                    reader: fork(streamReadersWithGetters[0].reader)
                  });
                  leftUnboundedCheckReaderNext = void 0;
                  while (!(leftUnboundedCheckReaderNext = leftUnboundedReader.next()).done) {
                    switch (leftUnboundedCheckReaderNext.value.type) {
                      case isUnboundedReaderTypeStep: {
                        stepCount += 0.5;
                        if (stepCount > input.maxSteps) {
                          return [2, "break-outer"];
                        }
                        break;
                      }
                    }
                  }
                  leftUnbounded = leftUnboundedCheckReaderNext.value;
                  if (leftUnbounded)
                    return [2, "continue"];
                }
                {
                  rightUnboundedReader = isUnboundedReader({
                    multiLine: input.multiLine,
                    reader: fork(streamReadersWithGetters[1].reader)
                  });
                  rightUnboundedCheckReaderNext = void 0;
                  while (!(rightUnboundedCheckReaderNext = rightUnboundedReader.next()).done) {
                    switch (rightUnboundedCheckReaderNext.value.type) {
                      case isUnboundedReaderTypeStep: {
                        stepCount += 0.5;
                        if (stepCount > input.maxSteps) {
                          return [2, "break-outer"];
                        }
                        break;
                      }
                    }
                  }
                  rightUnbounded = rightUnboundedCheckReaderNext.value;
                  if (rightUnbounded)
                    return [2, "continue"];
                }
                shouldEmitTrail = function() {
                  var alreadyExists = __spreadArray([], __read(trails), false).some(function(existingTrail) {
                    if (existingTrail.length !== trail2.length)
                      return false;
                    return existingTrail.every(function(existingEntry, i2) {
                      return areSidesEqual(existingEntry.left, trail2[i2].left) && areSidesEqual(existingEntry.right, trail2[i2].right);
                    }) || existingTrail.every(function(existingEntry, i2) {
                      return areSidesEqual(existingEntry.left, trail2[i2].right) && areSidesEqual(existingEntry.right, trail2[i2].left);
                    });
                  });
                  return !alreadyExists;
                };
                if (!shouldEmitTrail()) return [3, 2];
                trails.add(trail2);
                return [4, { trail: trail2, type: checkerReaderTypeTrail }];
              case 1:
                _g.sent();
                _g.label = 2;
              case 2:
                stack.push({
                  infiniteLoopTracker,
                  streamReadersWithGetters: streamReadersWithGetters.map(function(_a4) {
                    var reader = _a4.reader;
                    return {
                      get: once(function() {
                        return reader.next();
                      }),
                      reader
                    };
                  }),
                  trail: trail2
                });
                return [
                  2
                  /*return*/
                ];
            }
          });
        };
        _b.label = 1;
      case 1:
        return [5, _loop_1()];
      case 2:
        state_1 = _b.sent();
        if (state_1 === "break")
          return [3, 4];
        switch (state_1) {
          case "break-outer":
            return [3, 4];
          case "continue-outer":
            return [3, 3];
        }
        _b.label = 3;
      case 3:
        return [3, 1];
      case 4:
        if (trailEntriesAtStartOfLoop.size > 0) {
          try {
            for (trails_1 = __values(trails), trails_1_1 = trails_1.next(); !trails_1_1.done; trails_1_1 = trails_1.next()) {
              trail = trails_1_1.value;
              if (trail.some(function(entry) {
                return trailEntriesAtStartOfLoop.has(entry);
              })) {
                infinite = true;
                break;
              }
            }
          } catch (e_1_1) {
            e_1 = { error: e_1_1 };
          } finally {
            try {
              if (trails_1_1 && !trails_1_1.done && (_a3 = trails_1.return)) _a3.call(trails_1);
            } finally {
              if (e_1) throw e_1.error;
            }
          }
        }
        error = stepCount > input.maxSteps ? "hitMaxSteps" : timedOut ? "timedOut" : null;
        return [2, error ? { error } : { error: null, infinite }];
    }
  });
}
function buildNodeExtra(regexp) {
  var capturingGroupToIndex = /* @__PURE__ */ new Map();
  var indexToCapturingGroup = /* @__PURE__ */ new Map();
  var nodeToLookaheadStack = /* @__PURE__ */ new Map();
  var reachableReferences = [];
  var visit = function(node, lookaheadStack, reachable) {
    switch (node.type) {
      case "anchor":
      case "characterClass":
      case "characterClassEscape":
      case "characterClassRange":
      case "unicodePropertyEscape":
      case "value":
      case "dot":
        return;
      case "reference": {
        nodeToLookaheadStack.set(node, lookaheadStack);
        if (reachable)
          reachableReferences.push(node);
        break;
      }
      case "alternative":
      case "disjunction": {
        node.body.forEach(function(expression) {
          return visit(expression, lookaheadStack, reachable);
        });
        return;
      }
      case "group": {
        if (node.behavior === "normal") {
          var index = capturingGroupToIndex.size + 1;
          capturingGroupToIndex.set(node, index);
          indexToCapturingGroup.set(index, node);
          nodeToLookaheadStack.set(node, lookaheadStack);
        }
        var newLookaheadStack_1 = __spreadArray([], __read(lookaheadStack), false);
        if (node.behavior !== "normal" && lookaheadBehaviours.indexOf(node.behavior) >= 0) {
          newLookaheadStack_1.push(node);
        }
        node.body.forEach(function(expression) {
          return visit(expression, newLookaheadStack_1, reachable);
        });
        return;
      }
      case "quantifier": {
        node.body.forEach(function(expression) {
          return visit(expression, lookaheadStack, reachable && node.max !== 0);
        });
        return;
      }
    }
  };
  visit(regexp, [], true);
  return {
    capturingGroupToIndex,
    indexToCapturingGroup,
    nodeToLookaheadStack,
    reachableReferences
  };
}
function collectResults(_a3) {
  var e_2, _b;
  var atomicGroupOffsets = _a3.atomicGroupOffsets, node = _a3.node, maxScore = _a3.maxScore, maxSteps = _a3.maxSteps, multiLine = _a3.multiLine, timeout = _a3.timeout, caseInsensitive = _a3.caseInsensitive, dotAll = _a3.dotAll;
  var isEmptyCache = new ResultCache();
  var nodeExtra = buildNodeExtra(node);
  var input = {
    caseInsensitive,
    dotAll,
    node,
    nodeExtra
  };
  var leftStreamReader = buildCharacterReaderLevel2(input);
  var rightStreamReader = buildCharacterReaderLevel2(input);
  var reader = buildCheckerReader({
    atomicGroupOffsets,
    leftStreamReader,
    maxSteps,
    multiLine,
    nodeExtra,
    rightStreamReader,
    timeout
  });
  var trailsTree = new Tree(function(_a4) {
    var trail2 = _a4.trail;
    return trail2;
  });
  var score = 1;
  var work = 0;
  var next;
  outer: while (!(next = reader.next()).done) {
    switch (next.value.type) {
      case checkerReaderTypeTrail: {
        var trail = new EnhancedTrail(next.value.trail, isEmptyCache);
        var updateScore = function(_a4) {
          var matches = _a4.matches;
          var length = matches.length;
          if (length > score) {
            score = length;
          }
        };
        if (work < workLimit) {
          try {
            for (var _c = (e_2 = void 0, __values(trailsTree.items)), _d = _c.next(); !_d.done; _d = _c.next()) {
              var existingTrail = _d.value;
              if (existingTrail.length === trail.length) {
                work += trail.length;
                if (work >= workLimit)
                  break;
                trail.onNewTrail(existingTrail);
                existingTrail.onNewTrail(trail);
                updateScore(existingTrail);
              }
            }
          } catch (e_2_1) {
            e_2 = { error: e_2_1 };
          } finally {
            try {
              if (_d && !_d.done && (_b = _c.return)) _b.call(_c);
            } finally {
              if (e_2) throw e_2.error;
            }
          }
          updateScore(trail);
        }
        if (work >= workLimit) {
          score += 1;
        }
        trailsTree.add(trail);
        if (score > maxScore) {
          break outer;
        }
        break;
      }
    }
  }
  var error = null;
  if (next.done) {
    if (next.value.error) {
      score = Infinity;
      error = next.value.error;
    } else if (next.value.infinite) {
      score = Infinity;
      error = "hitMaxScore";
    }
  } else {
    score = Infinity;
    error = "hitMaxScore";
  }
  return {
    error,
    score,
    trails: trailsTree.items.map(function(_a4) {
      var trail2 = _a4.trail;
      return trail2;
    })
  };
}
function getBreadcrumbs(side) {
  return "".concat(__spreadArray(__spreadArray([], __read(side.backreferenceStack.map(function(_a3) {
    var node = _a3.node;
    return node.start.offset;
  }).reverse()), false), [
    side.node.start.offset
  ], false).join("\u2192"));
}
function toFriendly(result, _a3) {
  var _b = _a3 === void 0 ? {} : _a3, _c = _b.resultsLimit, resultsLimit = _c === void 0 ? defaultResultsLimit : _c, _d = _b.alwaysIncludeTrails, alwaysIncludeTrails = _d === void 0 ? false : _d;
  if (resultsLimit < 0) {
    throw new Error("`resultsLimit` must be > 0.");
  }
  var scoreString = result.score.infinite ? "There could be infinite backtracks." : "Score: ".concat(result.score.value);
  if (result.safe && !alwaysIncludeTrails) {
    return "Regex is safe. ".concat(scoreString);
  }
  var outputLines = [];
  if (result.patternDowngraded) {
    outputLines.push("Pattern was downgraded to `".concat(result.pattern, "`."));
  }
  if (!result.trails.length) {
    var parts = [];
    parts.push(result.safe ? "Regex is safe. ".concat(scoreString) : "Regex may not be safe. ".concat(scoreString));
    if (result.error === "timedOut") {
      parts.push("Timed out.");
    }
    if (result.error === "hitMaxSteps") {
      parts.push("Reached steps limit.");
    }
    if (!result.safe) {
      parts.push("The pattern may have too many variations.");
    }
    outputLines.push(parts.join(" "));
  } else {
    var resultBlocks = result.trails.slice(0, resultsLimit).map(function(_a4) {
      var trail = _a4.trail;
      var rowContents = trail.slice(0, truncateLength).map(function(_a5) {
        var a = _a5.a, b2 = _a5.b;
        return [
          getBreadcrumbs(a),
          "`".concat(a.node.source, "`"),
          getBreadcrumbs(b2),
          "`".concat(b2.node.source, "`")
        ];
      });
      var maxCol1Length = Math.max.apply(Math, __spreadArray([], __read(rowContents.map(function(_a5) {
        var _b2 = __read(_a5, 1), col = _b2[0];
        return col.length;
      })), false));
      var maxCol2Length = Math.max.apply(Math, __spreadArray([], __read(rowContents.map(function(_a5) {
        var _b2 = __read(_a5, 2), col = _b2[1];
        return col.length;
      })), false));
      var maxCol3Length = Math.max.apply(Math, __spreadArray([], __read(rowContents.map(function(_a5) {
        var _b2 = __read(_a5, 3), col = _b2[2];
        return col.length;
      })), false));
      var rows = rowContents.map(function(_a5) {
        var _b2 = __read(_a5, 4), col1 = _b2[0], col2 = _b2[1], col3 = _b2[2], col4 = _b2[3];
        return "".concat(col1.padStart(maxCol1Length), ": ").concat(col2.padEnd(maxCol2Length), " | ").concat(col3.padStart(maxCol3Length), ": ").concat(col4);
      });
      if (trail.length > truncateLength) {
        rows.push("\u2026");
      }
      var maxRowLength = Math.max.apply(Math, __spreadArray([], __read(rows.map(function(row) {
        return row.length;
      })), false));
      rows.push("=".repeat(maxRowLength));
      return rows.join("\n");
    });
    var errorToMessage = {
      hitMaxScore: "Hit the max score so there may be more results than shown here.",
      hitMaxSteps: "Hit maximum number of steps so there may be more results than shown here.",
      timedOut: "Timed out so there may be more results than shown here."
    };
    outputLines.push.apply(outputLines, __spreadArray([], __read(__spreadArray([
      "Regex is ".concat(!result.safe ? "not " : "", "safe. ").concat(scoreString)
    ], __read(resultsLimit > 0 ? __spreadArray(__spreadArray(__spreadArray(__spreadArray([
      "",
      "The following trail".concat(result.trails.length > 1 ? "s" : "", " show").concat(result.trails.length === 1 ? "s" : "", " how the same input can be matched multiple ways.")
    ], __read(resultBlocks), false), [
      ""
    ], false), __read(result.error ? [errorToMessage[result.error]] : []), false), __read(result.trails.length > resultsLimit ? ["There are more results than this but hit results limit."] : []), false) : []), false)), false));
  }
  return outputLines.join("\n");
}
function toRedosDetectorNode(node) {
  return {
    end: { offset: node.range[1] },
    source: node.raw,
    start: { offset: node.range[0] }
  };
}
function toRedosDetectorBackReferenceStack(stack) {
  return stack.flatMap(function(stackEntry) {
    return stackEntry.type === "reference" ? [stackEntry.reference] : [];
  }).reverse().map(function(reference) {
    return {
      index: reference.matchIndex,
      node: toRedosDetectorNode(reference)
    };
  });
}
function toRedosDetectorQuantifierIterations(stack) {
  var reversedStack = __spreadArray([], __read(stack), false).reverse();
  var referenceStackIndex = reversedStack.findIndex(function(_a3) {
    var type = _a3.type;
    return type === "reference";
  });
  var noneReferenceStackPortion = reversedStack.slice(0, referenceStackIndex >= 0 ? referenceStackIndex : stack.length).reverse();
  return noneReferenceStackPortion.flatMap(function(entry) {
    return entry.type === "quantifier" ? [entry] : [];
  }).map(function(_a3) {
    var quantifier = _a3.quantifier, iteration = _a3.iteration;
    return {
      iteration,
      node: toRedosDetectorNode(quantifier)
    };
  });
}
function isSafePattern(inputPattern, _a3) {
  var _b = _a3 === void 0 ? {} : _a3, atomicGroupOffsetsInput = _b.atomicGroupOffsets, _c = _b.maxScore, maxScore = _c === void 0 ? defaultMaxScore : _c, _d = _b.maxSteps, maxSteps = _d === void 0 ? defaultMaxSteps : _d, _e3 = _b.multiLine, multiLine = _e3 === void 0 ? defaultMultiLine : _e3, _f = _b.timeout, timeout = _f === void 0 ? defaultTimeout : _f, _g = _b.caseInsensitive, caseInsensitive = _g === void 0 ? defaultCaseInsensitive : _g, _h = _b.dotAll, dotAll = _h === void 0 ? defaultDotAll : _h, _j = _b.unicode, unicode = _j === void 0 ? defaultUnicode : _j, _k = _b.downgradePattern, downgradePattern$1 = _k === void 0 ? true : _k;
  if (caseInsensitive && unicode) {
    throw new Error("`caseInsensitive` cannot be used with `unicode`.");
  }
  if (downgradePattern$1 && atomicGroupOffsetsInput) {
    throw new Error("`atomicGroupOffsets` cannot be used with `downgradePattern: true`.");
  }
  if (timeout <= 0) {
    throw new Error("`timeout` must be a positive number.");
  }
  if (maxScore < 0) {
    throw new Error("`maxScore` must be a positive number or 0.");
  }
  if (maxSteps <= 0) {
    throw new Error("`maxSteps` must be a positive number.");
  }
  var _l = downgradePattern$1 ? downgradePattern({ pattern: inputPattern, unicode }) : {
    atomicGroupOffsets: new Set(atomicGroupOffsetsInput || []),
    pattern: inputPattern
  }, pattern = _l.pattern, atomicGroupOffsets = _l.atomicGroupOffsets;
  var patternDowngraded = downgradePattern$1 && inputPattern !== pattern;
  var ast = parse2(pattern, unicode);
  if (!downgradePattern$1 && isMissingStartAnchor(ast)) {
    throw new Error("Pattern is not bounded at the start and needs downgrading. See the `downgradePattern` option.");
  }
  var result = collectResults({
    atomicGroupOffsets,
    caseInsensitive,
    dotAll,
    maxScore,
    maxSteps,
    multiLine,
    node: ast,
    timeout
  });
  return __assign(__assign({}, result.error ? {
    error: result.error,
    safe: false
  } : {
    error: null,
    safe: true
  }), { pattern, patternDowngraded, score: result.score === Infinity ? { infinite: true } : { infinite: false, value: result.score }, trails: result.trails.map(function(trail) {
    var safeRegexTrail = {
      trail: trail.map(function(_a4) {
        var left = _a4.left, right = _a4.right;
        var entry = {
          a: {
            backreferenceStack: toRedosDetectorBackReferenceStack(right.stack),
            node: toRedosDetectorNode(right.node),
            quantifierIterations: toRedosDetectorQuantifierIterations(right.stack)
          },
          b: {
            backreferenceStack: toRedosDetectorBackReferenceStack(left.stack),
            node: toRedosDetectorNode(left.node),
            quantifierIterations: toRedosDetectorQuantifierIterations(left.stack)
          }
        };
        return entry;
      })
    };
    return safeRegexTrail;
  }) });
}
function isSafe(regexp, config2) {
  var e_1, _a3;
  var unicode = false;
  var caseInsensitive = false;
  var dotAll = false;
  var multiLine = false;
  try {
    for (var _b = __values(regexp.flags.split("")), _c = _b.next(); !_c.done; _c = _b.next()) {
      var flag = _c.value;
      if (!supportedJSFlags.has(flag)) {
        throw new Error("Unsupported flag: ".concat(flag));
      }
      if (flag === "u")
        unicode = true;
      if (flag === "i")
        caseInsensitive = true;
      if (flag === "s")
        dotAll = true;
      if (flag === "m")
        multiLine = true;
    }
  } catch (e_1_1) {
    e_1 = { error: e_1_1 };
  } finally {
    try {
      if (_c && !_c.done && (_a3 = _b.return)) _a3.call(_b);
    } finally {
      if (e_1) throw e_1.error;
    }
  }
  return isSafePattern(regexp.source, __assign(__assign({}, config2), { caseInsensitive, dotAll, multiLine, unicode }));
}
var __assign, parser, parserExports, lookaheadBehaviours$1, _version, forkSymbol, pendingResultsSymbol, dRanges, inverseDRanges, wRanges, inverseWRanges, sRanges, inverseSRanges, characterReaderTypeCharacterEntry, characterReaderTypeSplit, characterReaderLevel1TypeSplit, characterReaderLevel1TypeEntry, characterReaderLevel2TypeSplit, characterReaderLevel2TypeEntry, internalReaderTypeSplit, internalReaderTypeEntry, InfiniteLoopTracker, isUnboundedReaderTypeStep, notNewLine, checkerReaderTypeTrail, lookaheadBehaviours, ResultCache, Tree, workLimit, EnhancedTrail, truncateLength, defaultResultsLimit, version2, defaultTimeout, defaultMaxScore, defaultMaxSteps, defaultMultiLine, defaultUnicode, defaultCaseInsensitive, defaultDotAll, supportedJSFlags;
var init_redos_detector = __esm({
  "node_modules/redos-detector/dist/redos-detector.mjs"() {
    "use strict";
    __assign = function() {
      __assign = Object.assign || function __assign2(t2) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p2 in s) if (Object.prototype.hasOwnProperty.call(s, p2)) t2[p2] = s[p2];
        }
        return t2;
      };
      return __assign.apply(this, arguments);
    };
    parser = { exports: {} };
    (function(module2) {
      (function() {
        var fromCodePoint = String.fromCodePoint || (function() {
          var stringFromCharCode = String.fromCharCode;
          var floor = Math.floor;
          return function fromCodePoint2() {
            var MAX_SIZE = 16384;
            var codeUnits = [];
            var highSurrogate2;
            var lowSurrogate;
            var index = -1;
            var length = arguments.length;
            if (!length) {
              return "";
            }
            var result = "";
            while (++index < length) {
              var codePoint = Number(arguments[index]);
              if (!isFinite(codePoint) || // `NaN`, `+Infinity`, or `-Infinity`
              codePoint < 0 || // not a valid Unicode code point
              codePoint > 1114111 || // not a valid Unicode code point
              floor(codePoint) != codePoint) {
                throw RangeError("Invalid code point: " + codePoint);
              }
              if (codePoint <= 65535) {
                codeUnits.push(codePoint);
              } else {
                codePoint -= 65536;
                highSurrogate2 = (codePoint >> 10) + 55296;
                lowSurrogate = codePoint % 1024 + 56320;
                codeUnits.push(highSurrogate2, lowSurrogate);
              }
              if (index + 1 == length || codeUnits.length > MAX_SIZE) {
                result += stringFromCharCode.apply(null, codeUnits);
                codeUnits.length = 0;
              }
            }
            return result;
          };
        })();
        function parse3(str3, flags, features) {
          if (!features) {
            features = {};
          }
          function updateRawStart(node, start) {
            node.range[0] = start;
            node.raw = str3.substring(start, node.range[1]);
            return node;
          }
          function createAnchor(kind, rawLength) {
            return {
              type: "anchor",
              kind,
              range: [
                pos - rawLength,
                pos
              ],
              raw: str3.substring(pos - rawLength, pos)
            };
          }
          function createValue(kind, codePoint, from, to2) {
            return {
              type: "value",
              kind,
              codePoint,
              range: [from, to2],
              raw: str3.substring(from, to2)
            };
          }
          function createEscaped(kind, codePoint, value, fromOffset) {
            fromOffset = fromOffset || 0;
            return createValue(kind, codePoint, pos - (value.length + fromOffset), pos);
          }
          function createCharacter(matches) {
            var _char = matches[0];
            var first = _char.charCodeAt(0);
            if (isUnicodeMode) {
              var second;
              if (_char.length === 1 && first >= 55296 && first <= 56319) {
                second = lookahead().charCodeAt(0);
                if (second >= 56320 && second <= 57343) {
                  pos++;
                  return createValue(
                    "symbol",
                    (first - 55296) * 1024 + second - 56320 + 65536,
                    pos - 2,
                    pos
                  );
                }
              }
            }
            return createValue("symbol", first, pos - 1, pos);
          }
          function createDisjunction(alternatives, from, to2) {
            return {
              type: "disjunction",
              body: alternatives,
              range: [
                from,
                to2
              ],
              raw: str3.substring(from, to2)
            };
          }
          function createDot() {
            return {
              type: "dot",
              range: [
                pos - 1,
                pos
              ],
              raw: "."
            };
          }
          function createCharacterClassEscape(value) {
            return {
              type: "characterClassEscape",
              value,
              range: [
                pos - 2,
                pos
              ],
              raw: str3.substring(pos - 2, pos)
            };
          }
          function createReference(matchIndex) {
            var start = pos - 1 - matchIndex.length;
            return {
              type: "reference",
              matchIndex: parseInt(matchIndex, 10),
              range: [
                start,
                pos
              ],
              raw: str3.substring(start, pos)
            };
          }
          function createNamedReference(name2) {
            var start = name2.range[0] - 3;
            return {
              type: "reference",
              name: name2,
              range: [
                start,
                pos
              ],
              raw: str3.substring(start, pos)
            };
          }
          function createGroup(behavior, disjunction, from, to2) {
            return {
              type: "group",
              behavior,
              body: disjunction,
              range: [
                from,
                to2
              ],
              raw: str3.substring(from, to2)
            };
          }
          function createQuantifier(min, max, from, to2, symbol) {
            if (to2 == null) {
              from = pos - 1;
              to2 = pos;
            }
            return {
              type: "quantifier",
              min,
              max,
              greedy: true,
              body: null,
              // set later on
              symbol,
              range: [
                from,
                to2
              ],
              raw: str3.substring(from, to2)
            };
          }
          function createAlternative(terms, from, to2) {
            return {
              type: "alternative",
              body: terms,
              range: [
                from,
                to2
              ],
              raw: str3.substring(from, to2)
            };
          }
          function createCharacterClass(contents, negative, from, to2) {
            return {
              type: "characterClass",
              kind: contents.kind,
              body: contents.body,
              negative,
              range: [
                from,
                to2
              ],
              raw: str3.substring(from, to2)
            };
          }
          function createClassRange(min, max, from, to2) {
            if (min.codePoint > max.codePoint) {
              bail("invalid range in character class", min.raw + "-" + max.raw, from, to2);
            }
            return {
              type: "characterClassRange",
              min,
              max,
              range: [
                from,
                to2
              ],
              raw: str3.substring(from, to2)
            };
          }
          function createClassStrings(strings, from, to2) {
            return {
              type: "classStrings",
              strings,
              range: [from, to2],
              raw: str3.substring(from, to2)
            };
          }
          function createClassString(characters, from, to2) {
            return {
              type: "classString",
              characters,
              range: [from, to2],
              raw: str3.substring(from, to2)
            };
          }
          function flattenBody(body) {
            if (body.type === "alternative") {
              return body.body;
            } else {
              return [body];
            }
          }
          function incr(amount) {
            amount = amount || 1;
            pos += amount;
          }
          function consume(amount) {
            var res = str3.substring(pos, pos += amount);
            return res;
          }
          function skip(value) {
            if (!match(value)) {
              bail("character", value);
            }
          }
          function match(value) {
            var len = value.length;
            if (str3.substring(pos, pos + len) === value) {
              incr(len);
              return value;
            }
          }
          function matchOne(value) {
            if (str3[pos] === value) {
              pos++;
              return value;
            }
          }
          function lookahead() {
            return str3[pos];
          }
          function currentOne(value) {
            return str3[pos] === value;
          }
          function current(value) {
            var len = value.length;
            return str3.substring(pos, pos + len) === value;
          }
          function next(value) {
            return str3[pos + 1] === value;
          }
          function matchReg(regExp) {
            var subStr = str3.substring(pos);
            var res = subStr.match(regExp);
            if (res) {
              pos += res[0].length;
            }
            return res;
          }
          function parseDisjunction() {
            var res = [], from = pos;
            res.push(parseAlternative());
            while (matchOne("|")) {
              res.push(parseAlternative());
            }
            if (res.length === 1) {
              return res[0];
            }
            return createDisjunction(res, from, pos);
          }
          function parseAlternative() {
            var res = [], from = pos;
            var term;
            while (term = parseTerm()) {
              res.push(term);
            }
            if (res.length === 1) {
              return res[0];
            }
            return createAlternative(res, from, pos);
          }
          function parseTerm() {
            if (pos >= str3.length || currentOne("|") || currentOne(")")) {
              return null;
            }
            var anchor = parseAnchor();
            var quantifier;
            if (anchor) {
              var pos_backup = pos;
              quantifier = parseQuantifier() || false;
              if (quantifier) {
                if (!isUnicodeMode && anchor.type === "group") {
                  quantifier.body = flattenBody(anchor);
                  updateRawStart(quantifier, anchor.range[0]);
                  return quantifier;
                }
                pos = pos_backup;
                bail("Expected atom");
              }
              return anchor;
            }
            var atom = parseAtomAndExtendedAtom();
            if (!atom) {
              pos_backup = pos;
              quantifier = parseQuantifier() || false;
              if (quantifier) {
                pos = pos_backup;
                bail("Expected atom");
              }
              if (!isUnicodeMode && matchOne("{")) {
                atom = createCharacter("{");
              } else {
                bail("Expected atom");
              }
            }
            quantifier = parseQuantifier() || false;
            if (quantifier) {
              var type = atom.type, behavior = atom.behavior;
              if (type === "group" && (behavior === "negativeLookbehind" || behavior === "lookbehind")) {
                bail(
                  "Invalid quantifier",
                  "",
                  quantifier.range[0],
                  quantifier.range[1]
                );
              }
              quantifier.body = flattenBody(atom);
              updateRawStart(quantifier, atom.range[0]);
              return quantifier;
            }
            return atom;
          }
          function parseGroup(matchA, typeA, matchB, typeB) {
            var type = null, from = pos;
            if (match(matchA)) {
              type = typeA;
            } else if (match(matchB)) {
              type = typeB;
            } else {
              return false;
            }
            return finishGroup(type, from);
          }
          function finishGroup(type, from) {
            var body = parseDisjunction();
            if (!body) {
              bail("Expected disjunction");
            }
            skip(")");
            var group = createGroup(type, flattenBody(body), from, pos);
            if (type == "normal") {
              if (firstIteration) {
                closedCaptureCounter++;
              }
            }
            return group;
          }
          function parseAnchor() {
            switch (lookahead()) {
              case "^":
                incr();
                return createAnchor(
                  "start",
                  1
                  /* rawLength */
                );
              case "$":
                incr();
                return createAnchor(
                  "end",
                  1
                  /* rawLength */
                );
              case "\\": {
                if (next("b")) {
                  incr(2);
                  return createAnchor(
                    "boundary",
                    2
                    /* rawLength */
                  );
                } else if (next("B")) {
                  incr(2);
                  return createAnchor(
                    "not-boundary",
                    2
                    /* rawLength */
                  );
                }
                break;
              }
              case "(":
                return parseGroup("(?=", "lookahead", "(?!", "negativeLookahead");
              default:
                return;
            }
          }
          function parseQuantifier() {
            var res, from = pos;
            var quantifier;
            var min, max;
            switch (lookahead()) {
              case "*":
                incr();
                quantifier = createQuantifier(0, void 0, void 0, void 0, "*");
                break;
              case "+":
                incr();
                quantifier = createQuantifier(1, void 0, void 0, void 0, "+");
                break;
              case "?":
                incr();
                quantifier = createQuantifier(0, 1, void 0, void 0, "?");
                break;
              case "{": {
                if (res = matchReg(/^\{(\d+)\}/)) {
                  min = parseInt(res[1], 10);
                  quantifier = createQuantifier(min, min, from, pos);
                } else if (res = matchReg(/^\{(\d+),\}/)) {
                  min = parseInt(res[1], 10);
                  quantifier = createQuantifier(min, void 0, from, pos);
                } else if (res = matchReg(/^\{(\d+),(\d+)\}/)) {
                  min = parseInt(res[1], 10);
                  max = parseInt(res[2], 10);
                  if (min > max) {
                    bail("numbers out of order in {} quantifier", "", from, pos);
                  }
                  quantifier = createQuantifier(min, max, from, pos);
                }
                if (min && !Number.isSafeInteger(min) || max && !Number.isSafeInteger(max)) {
                  bail("iterations outside JS safe integer range in quantifier", "", from, pos);
                }
              }
            }
            if (quantifier) {
              if (matchOne("?")) {
                quantifier.greedy = false;
                quantifier.range[1] += 1;
              }
            }
            return quantifier;
          }
          function parseAtomAndExtendedAtom() {
            var res;
            switch (res = lookahead()) {
              case ".":
                incr();
                return createDot();
              case "\\": {
                incr();
                res = parseAtomEscape();
                if (!res) {
                  if (!isUnicodeMode && lookahead() == "c") {
                    return createValue("symbol", 92, pos - 1, pos);
                  }
                  bail("atomEscape");
                }
                return res;
              }
              case "[":
                return parseCharacterClass();
              case "(": {
                if (features.lookbehind && (res = parseGroup("(?<=", "lookbehind", "(?<!", "negativeLookbehind"))) {
                  return res;
                } else if (features.namedGroups && match("(?<")) {
                  var name2 = parseIdentifier();
                  skip(">");
                  var group = finishGroup("normal", name2.range[0] - 3);
                  group.name = name2;
                  return group;
                } else if (features.modifiers && current("(?") && str3[pos + 2] != ":") {
                  return parseModifiersGroup();
                } else {
                  return parseGroup("(?:", "ignore", "(", "normal");
                }
              }
              case "]":
              case "}":
                if (!isUnicodeMode) {
                  incr();
                  return createCharacter(res);
                }
                break;
              case "^":
              case "$":
              case "*":
              case "+":
              case "?":
              case "{":
              case ")":
              case "|":
                break;
              default:
                incr();
                return createCharacter(res);
            }
          }
          function parseModifiersGroup() {
            function hasDupChar(str4) {
              var i = 0;
              while (i < str4.length) {
                if (str4.indexOf(str4[i], i + 1) != -1) {
                  return true;
                }
                i++;
              }
              return false;
            }
            var from = pos;
            incr(2);
            var enablingFlags = matchReg(/^[sim]+/);
            var disablingFlags;
            if (matchOne("-") && lookahead() !== ":") {
              disablingFlags = matchReg(/^[sim]+/);
              if (!disablingFlags) {
                bail("Invalid flags for modifiers group");
              }
            } else if (!enablingFlags) {
              bail("Invalid flags for modifiers group");
            }
            enablingFlags = enablingFlags ? enablingFlags[0] : "";
            disablingFlags = disablingFlags ? disablingFlags[0] : "";
            var flags2 = enablingFlags + disablingFlags;
            if (flags2.length > 3 || hasDupChar(flags2)) {
              bail("flags cannot be duplicated for modifiers group");
            }
            if (!matchOne(":")) {
              bail("Invalid flags for modifiers group");
            }
            var modifiersGroup = finishGroup("ignore", from);
            modifiersGroup.modifierFlags = {
              enabling: enablingFlags,
              disabling: disablingFlags
            };
            return modifiersGroup;
          }
          function parseUnicodeSurrogatePairEscape(firstEscape, isUnicodeMode2) {
            if (isUnicodeMode2) {
              var first, second;
              if (firstEscape.kind == "unicodeEscape" && (first = firstEscape.codePoint) >= 55296 && first <= 56319 && currentOne("\\") && next("u")) {
                var prevPos = pos;
                pos++;
                var secondEscape = parseClassEscape();
                if (secondEscape.kind == "unicodeEscape" && (second = secondEscape.codePoint) >= 56320 && second <= 57343) {
                  firstEscape.kind = "unicodeCodePointEscape";
                  firstEscape.codePoint = (first - 55296) * 1024 + second - 56320 + 65536;
                  firstEscape.range[1] = pos;
                  firstEscape.raw = str3.substring(firstEscape.range[0], pos);
                } else {
                  pos = prevPos;
                }
              }
            }
            return firstEscape;
          }
          function parseClassEscape() {
            return parseAtomEscape(true);
          }
          function parseAtomEscape(insideCharacterClass) {
            var res, from = pos, ch;
            switch (ch = lookahead()) {
              case "0":
              case "1":
              case "2":
              case "3":
              case "4":
              case "5":
              case "6":
              case "7":
              case "8":
              case "9":
                return parseDecimalEscape(insideCharacterClass);
              case "B": {
                if (insideCharacterClass) {
                  bail("\\B not possible inside of CharacterClass", "", from);
                  break;
                } else {
                  return parseIdentityEscape();
                }
              }
              case "b": {
                if (insideCharacterClass) {
                  incr();
                  return createEscaped("singleEscape", 8, "\\b");
                } else {
                  return parseIdentityEscape();
                }
              }
              case "c": {
                if (insideCharacterClass) {
                  if (!isUnicodeMode && (res = matchReg(/^c(\d)/))) {
                    return createEscaped("controlLetter", res[1] + 16, res[1], 2);
                  } else if (!isUnicodeMode && match("c_")) {
                    return createEscaped("controlLetter", 31, "_", 2);
                  }
                }
                return parseCharacterEscape();
              }
              // CharacterClassEscape :: one of d D s S w W
              case "d":
              case "D":
              case "w":
              case "W":
              case "s":
              case "S":
                incr();
                return createCharacterClassEscape(ch);
              case "k":
                return parseNamedReference() || parseIdentityEscape();
              case "p":
              case "P":
                return parseUnicodePropertyEscape() || parseIdentityEscape();
              case "-": {
                if (insideCharacterClass && isUnicodeMode) {
                  incr();
                  return createEscaped("singleEscape", 45, "\\-");
                }
                return parseIdentityEscape();
              }
              default:
                return parseCharacterEscape();
            }
          }
          function parseDecimalEscape(insideCharacterClass) {
            var res, match2, from = pos;
            if (res = matchReg(/^(?!0)\d+/)) {
              match2 = res[0];
              var refIdx = parseInt(res[0], 10);
              if (refIdx <= closedCaptureCounter && !insideCharacterClass) {
                return createReference(res[0]);
              } else {
                backrefDenied.push(refIdx);
                if (firstIteration) {
                  shouldReparse = true;
                } else {
                  bailOctalEscapeIfUnicode(from, pos);
                }
                incr(-res[0].length);
                if (res = matchReg(/^[0-7]{1,3}/)) {
                  return createEscaped("octal", parseInt(res[0], 8), res[0], 1);
                } else {
                  var start = pos;
                  res = createCharacter(matchReg(/^[89]/));
                  return updateRawStart(res, start - 1);
                }
              }
            } else if (res = matchReg(/^[0-7]{1,3}/)) {
              match2 = res[0];
              if (match2 !== "0") {
                bailOctalEscapeIfUnicode(from, pos);
              }
              if (/^0{1,3}$/.test(match2)) {
                return createEscaped("null", 0, "0", match2.length);
              } else {
                return createEscaped("octal", parseInt(match2, 8), match2, 1);
              }
            }
            return false;
          }
          function bailOctalEscapeIfUnicode(from, pos2) {
            if (isUnicodeMode) {
              bail("Invalid decimal escape in unicode mode", null, from, pos2);
            }
          }
          function parseUnicodePropertyEscape() {
            var res, from = pos;
            if (features.unicodePropertyEscape && isUnicodeMode && (res = matchReg(/^([pP])\{([^}]+)\}/))) {
              return {
                type: "unicodePropertyEscape",
                negative: res[1] === "P",
                value: res[2],
                range: [from - 1, pos],
                raw: str3.substring(from - 1, pos)
              };
            }
            return false;
          }
          function parseNamedReference() {
            if (features.namedGroups && matchReg(/^k<(?=.*?>)/)) {
              var name2 = parseIdentifier();
              skip(">");
              return createNamedReference(name2);
            }
          }
          function parseRegExpUnicodeEscapeSequence(isUnicodeMode2) {
            var res;
            if (res = matchReg(/^u([0-9a-fA-F]{4})/)) {
              return parseUnicodeSurrogatePairEscape(
                createEscaped("unicodeEscape", parseInt(res[1], 16), res[1], 2),
                isUnicodeMode2
              );
            } else if (isUnicodeMode2 && (res = matchReg(/^u\{([0-9a-fA-F]+)\}/))) {
              return createEscaped("unicodeCodePointEscape", parseInt(res[1], 16), res[1], 4);
            }
          }
          function parseCharacterEscape() {
            var res;
            var from = pos;
            switch (lookahead()) {
              case "t":
                incr();
                return createEscaped("singleEscape", 9, "\\t");
              case "n":
                incr();
                return createEscaped("singleEscape", 10, "\\n");
              case "v":
                incr();
                return createEscaped("singleEscape", 11, "\\v");
              case "f":
                incr();
                return createEscaped("singleEscape", 12, "\\f");
              case "r":
                incr();
                return createEscaped("singleEscape", 13, "\\r");
              case "c":
                if (res = matchReg(/^c([a-zA-Z])/)) {
                  return createEscaped("controlLetter", res[1].charCodeAt(0) % 32, res[1], 2);
                }
                break;
              case "x":
                if (res = matchReg(/^x([0-9a-fA-F]{2})/)) {
                  return createEscaped("hexadecimalEscape", parseInt(res[1], 16), res[1], 2);
                }
                break;
              case "u":
                if (res = parseRegExpUnicodeEscapeSequence(isUnicodeMode)) {
                  if (!res || res.codePoint > 1114111) {
                    bail("Invalid escape sequence", null, from, pos);
                  }
                  return res;
                }
                break;
            }
            return parseIdentityEscape();
          }
          function parseIdentifierAtom(check) {
            var ch = lookahead();
            var from = pos;
            if (ch === "\\") {
              incr();
              var esc2 = parseRegExpUnicodeEscapeSequence(true);
              if (!esc2 || !check(esc2.codePoint)) {
                bail("Invalid escape sequence", null, from, pos);
              }
              return fromCodePoint(esc2.codePoint);
            }
            var code = ch.charCodeAt(0);
            if (code >= 55296 && code <= 56319) {
              ch += str3[pos + 1];
              var second = ch.charCodeAt(1);
              if (second >= 56320 && second <= 57343) {
                code = (code - 55296) * 1024 + second - 56320 + 65536;
              }
            }
            if (!check(code)) return;
            incr();
            if (code > 65535) incr();
            return ch;
          }
          function parseIdentifier() {
            var start = pos;
            var res = parseIdentifierAtom(isIdentifierStart);
            if (!res) {
              bail("Invalid identifier");
            }
            var ch;
            while (ch = parseIdentifierAtom(isIdentifierPart)) {
              res += ch;
            }
            return {
              type: "identifier",
              value: res,
              range: [start, pos],
              raw: str3.substring(start, pos)
            };
          }
          function isIdentifierStart(ch) {
            var NonAsciiIdentifierStart = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0560-\u0588\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DC\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDD70-\uDD7A\uDD7C-\uDD8A\uDD8C-\uDD92\uDD94\uDD95\uDD97-\uDDA1\uDDA3-\uDDB1\uDDB3-\uDDB9\uDDBB\uDDBC\uDDC0-\uDDF3\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67\uDF80-\uDF85\uDF87-\uDFB0\uDFB2-\uDFBA]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD40-\uDD59\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE35\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2\uDD00-\uDD23\uDD4A-\uDD65\uDD6F-\uDD85\uDE80-\uDEA9\uDEB0\uDEB1\uDEC2-\uDEC7\uDF00-\uDF1C\uDF27\uDF30-\uDF45\uDF70-\uDF81\uDFB0-\uDFC4\uDFE0-\uDFF6]|\uD804[\uDC03-\uDC37\uDC71\uDC72\uDC75\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD44\uDD47\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE3F\uDE40\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61\uDF80-\uDF89\uDF8B\uDF8E\uDF90-\uDFB5\uDFB7\uDFD1\uDFD3]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC5F-\uDC61\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDEB8\uDF00-\uDF1A\uDF40-\uDF46]|\uD806[\uDC00-\uDC2B\uDCA0-\uDCDF\uDCFF-\uDD06\uDD09\uDD0C-\uDD13\uDD15\uDD16\uDD18-\uDD2F\uDD3F\uDD41\uDDA0-\uDDA7\uDDAA-\uDDD0\uDDE1\uDDE3\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE89\uDE9D\uDEB0-\uDEF8\uDFC0-\uDFE0]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46\uDD60-\uDD65\uDD67\uDD68\uDD6A-\uDD89\uDD98\uDDB0-\uDDDB\uDEE0-\uDEF2\uDF02\uDF04-\uDF10\uDF12-\uDF33\uDFB0]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|\uD80B[\uDF90-\uDFF0]|[\uD80C\uD80E\uD80F\uD81C-\uD822\uD840-\uD868\uD86A-\uD86D\uD86F-\uD872\uD874-\uD879\uD880-\uD883\uD885-\uD88C][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2F\uDC41-\uDC46\uDC60-\uDFFF]|\uD810[\uDC00-\uDFFA]|\uD811[\uDC00-\uDE46]|\uD818[\uDD00-\uDD1D]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE70-\uDEBE\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDD40-\uDD6C\uDE40-\uDE7F\uDEA0-\uDEB8\uDEBB-\uDED3\uDF00-\uDF4A\uDF50\uDF93-\uDF9F\uDFE0\uDFE1\uDFE3\uDFF2-\uDFF6]|\uD823[\uDC00-\uDCD5\uDCFF-\uDD1E\uDD80-\uDDF2]|\uD82B[\uDFF0-\uDFF3\uDFF5-\uDFFB\uDFFD\uDFFE]|\uD82C[\uDC00-\uDD22\uDD32\uDD50-\uDD52\uDD55\uDD64-\uDD67\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD837[\uDF00-\uDF1E\uDF25-\uDF2A]|\uD838[\uDC30-\uDC6D\uDD00-\uDD2C\uDD37-\uDD3D\uDD4E\uDE90-\uDEAD\uDEC0-\uDEEB]|\uD839[\uDCD0-\uDCEB\uDDD0-\uDDED\uDDF0\uDEC0-\uDEDE\uDEE0-\uDEE2\uDEE4\uDEE5\uDEE7-\uDEED\uDEF0-\uDEF4\uDEFE\uDEFF\uDFE0-\uDFE6\uDFE8-\uDFEB\uDFED\uDFEE\uDFF0-\uDFFE]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43\uDD4B]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDEDF\uDF00-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEAD\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0\uDFF0-\uDFFF]|\uD87B[\uDC00-\uDE5D]|\uD87E[\uDC00-\uDE1D]|\uD884[\uDC00-\uDF4A\uDF50-\uDFFF]|\uD88D[\uDC00-\uDC79]/;
            return ch === 36 || ch === 95 || // $ (dollar) and _ (underscore)
            ch >= 65 && ch <= 90 || // A..Z
            ch >= 97 && ch <= 122 || // a..z
            ch >= 128 && NonAsciiIdentifierStart.test(fromCodePoint(ch));
          }
          function isIdentifierPart(ch) {
            var NonAsciiIdentifierPartOnly = /[\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B55-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1ADD\u1AE0-\u1AEB\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65]|\uD800[\uDDFD\uDEE0\uDF76-\uDF7A]|\uD801[\uDCA0-\uDCA9]|\uD802[\uDE01-\uDE03\uDE05\uDE06\uDE0C-\uDE0F\uDE38-\uDE3A\uDE3F\uDEE5\uDEE6]|\uD803[\uDD24-\uDD27\uDD30-\uDD39\uDD40-\uDD49\uDD69-\uDD6D\uDEAB\uDEAC\uDEFA-\uDEFF\uDF46-\uDF50\uDF82-\uDF85]|\uD804[\uDC00-\uDC02\uDC38-\uDC46\uDC66-\uDC70\uDC73\uDC74\uDC7F-\uDC82\uDCB0-\uDCBA\uDCC2\uDCF0-\uDCF9\uDD00-\uDD02\uDD27-\uDD34\uDD36-\uDD3F\uDD45\uDD46\uDD73\uDD80-\uDD82\uDDB3-\uDDC0\uDDC9-\uDDCC\uDDCE-\uDDD9\uDE2C-\uDE37\uDE3E\uDE41\uDEDF-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF3B\uDF3C\uDF3E-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF57\uDF62\uDF63\uDF66-\uDF6C\uDF70-\uDF74\uDFB8-\uDFC0\uDFC2\uDFC5\uDFC7-\uDFCA\uDFCC-\uDFD0\uDFD2\uDFE1\uDFE2]|\uD805[\uDC35-\uDC46\uDC50-\uDC59\uDC5E\uDCB0-\uDCC3\uDCD0-\uDCD9\uDDAF-\uDDB5\uDDB8-\uDDC0\uDDDC\uDDDD\uDE30-\uDE40\uDE50-\uDE59\uDEAB-\uDEB7\uDEC0-\uDEC9\uDED0-\uDEE3\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDC2C-\uDC3A\uDCE0-\uDCE9\uDD30-\uDD35\uDD37\uDD38\uDD3B-\uDD3E\uDD40\uDD42\uDD43\uDD50-\uDD59\uDDD1-\uDDD7\uDDDA-\uDDE0\uDDE4\uDE01-\uDE0A\uDE33-\uDE39\uDE3B-\uDE3E\uDE47\uDE51-\uDE5B\uDE8A-\uDE99\uDF60-\uDF67\uDFF0-\uDFF9]|\uD807[\uDC2F-\uDC36\uDC38-\uDC3F\uDC50-\uDC59\uDC92-\uDCA7\uDCA9-\uDCB6\uDD31-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD45\uDD47\uDD50-\uDD59\uDD8A-\uDD8E\uDD90\uDD91\uDD93-\uDD97\uDDA0-\uDDA9\uDDE0-\uDDE9\uDEF3-\uDEF6\uDF00\uDF01\uDF03\uDF34-\uDF3A\uDF3E-\uDF42\uDF50-\uDF5A]|\uD80D[\uDC40\uDC47-\uDC55]|\uD818[\uDD1E-\uDD39]|\uD81A[\uDE60-\uDE69\uDEC0-\uDEC9\uDEF0-\uDEF4\uDF30-\uDF36\uDF50-\uDF59]|\uD81B[\uDD70-\uDD79\uDF4F\uDF51-\uDF87\uDF8F-\uDF92\uDFE4\uDFF0\uDFF1]|\uD82F[\uDC9D\uDC9E]|\uD833[\uDCF0-\uDCF9\uDF00-\uDF2D\uDF30-\uDF46]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A\uDC8F\uDD30-\uDD36\uDD40-\uDD49\uDEAE\uDEEC-\uDEF9]|\uD839[\uDCEC-\uDCF9\uDDEE\uDDEF\uDDF1-\uDDFA\uDEE3\uDEE6\uDEEE\uDEEF\uDEF5]|\uD83A[\uDCD0-\uDCD6\uDD44-\uDD4A\uDD50-\uDD59]|\uD83E[\uDFF0-\uDFF9]|\uDB40[\uDD00-\uDDEF]/;
            return isIdentifierStart(ch) || ch >= 48 && ch <= 57 || // 0..9
            ch >= 128 && NonAsciiIdentifierPartOnly.test(fromCodePoint(ch));
          }
          function parseIdentityEscape() {
            var tmp;
            var l2 = lookahead();
            if (isUnicodeMode && /[\^$.*+?()\\[\]{}|/]/.test(l2) || !isUnicodeMode && l2 !== "c") {
              if (l2 === "k" && features.lookbehind) {
                return null;
              }
              tmp = consume(1);
              return createEscaped("identifier", tmp.charCodeAt(0), tmp, 1);
            }
            return null;
          }
          function parseCharacterClass() {
            var res, from = pos;
            if (res = match("[^")) {
              res = parseClassContents();
              skip("]");
              return createCharacterClass(res, true, from, pos);
            } else if (matchOne("[")) {
              res = parseClassContents();
              skip("]");
              return createCharacterClass(res, false, from, pos);
            }
            return null;
          }
          function parseClassContents() {
            var res;
            if (currentOne("]")) {
              return { kind: "union", body: [] };
            } else if (hasUnicodeSetFlag) {
              return parseClassSetExpression();
            } else {
              res = parseNonemptyClassRanges();
              if (!res) {
                bail("nonEmptyClassRanges");
              }
              return { kind: "union", body: res };
            }
          }
          function parseHelperClassContents(atom) {
            var from, to2, res, atomTo, dash;
            if (currentOne("-") && !next("]")) {
              from = atom.range[0];
              incr();
              dash = createCharacter("-");
              atomTo = parseClassAtom();
              if (!atomTo) {
                bail("classAtom");
              }
              to2 = pos;
              var classContents = parseClassContents();
              if (!classContents) {
                bail("classContents");
              }
              if (!("codePoint" in atom) || !("codePoint" in atomTo)) {
                if (!isUnicodeMode) {
                  res = [atom, dash, atomTo];
                } else {
                  bail("invalid character class");
                }
              } else {
                res = [createClassRange(atom, atomTo, from, to2)];
              }
              if (classContents.type === "empty") {
                return res;
              }
              return res.concat(classContents.body);
            }
            res = parseNonemptyClassRangesNoDash();
            if (!res) {
              bail("nonEmptyClassRangesNoDash");
            }
            return [atom].concat(res);
          }
          function parseNonemptyClassRanges() {
            var atom = parseClassAtom();
            if (!atom) {
              bail("classAtom");
            }
            if (currentOne("]")) {
              return [atom];
            }
            return parseHelperClassContents(atom);
          }
          function parseNonemptyClassRangesNoDash() {
            var res = parseClassAtom();
            if (!res) {
              bail("classAtom");
            }
            if (currentOne("]")) {
              return res;
            }
            return parseHelperClassContents(res);
          }
          function parseClassAtom() {
            if (matchOne("-")) {
              return createCharacter("-");
            } else {
              return parseClassAtomNoDash();
            }
          }
          function parseClassAtomNoDash() {
            var res;
            switch (res = lookahead()) {
              case "\\": {
                incr();
                res = parseClassEscape();
                if (!res) {
                  if (!isUnicodeMode && lookahead() == "c") {
                    return createCharacter("\\");
                  }
                  bail("classEscape");
                }
                return parseUnicodeSurrogatePairEscape(res, isUnicodeMode);
              }
              case "]":
              case "-":
                break;
              default:
                incr();
                return createCharacter(res);
            }
          }
          function parseClassSetExpression() {
            var body = [];
            var kind;
            var operand = parseClassSetOperand(
              /* allowRanges*/
              true
            );
            body.push(operand);
            if (operand.type === "classRange") {
              kind = "union";
            } else if (currentOne("&")) {
              kind = "intersection";
            } else if (currentOne("-")) {
              kind = "subtraction";
            } else {
              kind = "union";
            }
            while (!currentOne("]")) {
              if (kind === "intersection") {
                skip("&");
                skip("&");
                if (currentOne("&")) {
                  bail("&& cannot be followed by &. Wrap it in brackets: &&[&].");
                }
              } else if (kind === "subtraction") {
                skip("-");
                skip("-");
              }
              operand = parseClassSetOperand(
                /* allowRanges*/
                kind === "union"
              );
              body.push(operand);
            }
            return { kind, body };
          }
          function parseClassSetOperand(allowRanges) {
            var from = pos;
            var start, res;
            if (matchOne("\\")) {
              if (match("q{")) {
                return parseClassStringDisjunction();
              } else if (res = parseClassEscape()) {
                start = res;
              } else if (res = parseClassSetCharacterEscapedHelper()) {
                return res;
              } else {
                bail("Invalid escape", "\\" + lookahead(), from);
              }
            } else if (res = parseClassSetCharacterUnescapedHelper()) {
              start = res;
            } else if (res = parseCharacterClass()) {
              return res;
            } else {
              bail("Invalid character", lookahead());
            }
            if (allowRanges && currentOne("-") && !next("-")) {
              incr();
              if (res = parseClassSetCharacter()) {
                return createClassRange(start, res, from, pos);
              }
              bail("Invalid range end", lookahead());
            }
            return start;
          }
          function parseClassSetCharacter() {
            if (matchOne("\\")) {
              var res, from = pos;
              if (res = parseClassSetCharacterEscapedHelper()) {
                return res;
              } else {
                bail("Invalid escape", "\\" + lookahead(), from);
              }
            }
            return parseClassSetCharacterUnescapedHelper();
          }
          function parseClassSetCharacterUnescapedHelper() {
            var res;
            if (matchReg(/^(?:&&|!!|##|\$\$|%%|\*\*|\+\+|,,|\.\.|::|;;|<<|==|>>|\?\?|@@|\^\^|``|~~)/)) {
              bail("Invalid set operation in character class");
            }
            if (res = matchReg(/^[^()[\]{}/\-\\|]/)) {
              return createCharacter(res);
            }
          }
          function parseClassSetCharacterEscapedHelper() {
            var res;
            if (matchOne("b")) {
              return createEscaped("singleEscape", 8, "\\b");
            } else if (matchOne("B")) {
              bail("\\B not possible inside of ClassContents", "", pos - 2);
            } else if (res = matchReg(/^[&\-!#%,:;<=>@`~]/)) {
              return createEscaped("identifier", res[0].codePointAt(0), res[0]);
            } else if (res = parseCharacterEscape()) {
              return res;
            } else {
              return null;
            }
          }
          function parseClassStringDisjunction() {
            var from = pos - 3;
            var res = [];
            do {
              res.push(parseClassString());
            } while (matchOne("|"));
            skip("}");
            return createClassStrings(res, from, pos);
          }
          function parseClassString() {
            var res = [], from = pos;
            var char;
            while (char = parseClassSetCharacter()) {
              res.push(char);
            }
            return createClassString(res, from, pos);
          }
          function bail(message, details, from, to2) {
            from = from == null ? pos : from;
            to2 = to2 == null ? from : to2;
            var contextStart = Math.max(0, from - 10);
            var contextEnd = Math.min(to2 + 10, str3.length);
            var context = "    " + str3.substring(contextStart, contextEnd);
            var pointer = "    " + new Array(from - contextStart + 1).join(" ") + "^";
            throw SyntaxError(message + " at position " + from + (details ? ": " + details : "") + "\n" + context + "\n" + pointer);
          }
          var backrefDenied = [];
          var closedCaptureCounter = 0;
          var firstIteration = true;
          var shouldReparse = false;
          var hasUnicodeFlag = (flags || "").indexOf("u") !== -1;
          var hasUnicodeSetFlag = (flags || "").indexOf("v") !== -1;
          var isUnicodeMode = hasUnicodeFlag || hasUnicodeSetFlag;
          var pos = 0;
          if (hasUnicodeSetFlag && !features.unicodeSet) {
            throw new Error('The "v" flag is only supported when the .unicodeSet option is enabled.');
          }
          if (hasUnicodeFlag && hasUnicodeSetFlag) {
            throw new Error('The "u" and "v" flags are mutually exclusive.');
          }
          str3 = String(str3);
          if (str3 === "") {
            str3 = "(?:)";
          }
          var result = parseDisjunction();
          if (result.range[1] !== str3.length) {
            bail("Could not parse entire input - got stuck", "", result.range[1]);
          }
          shouldReparse = shouldReparse || backrefDenied.some(function(ref) {
            return ref <= closedCaptureCounter;
          });
          if (shouldReparse) {
            pos = 0;
            firstIteration = false;
            return parseDisjunction();
          }
          return result;
        }
        var regjsparser = {
          parse: parse3
        };
        if (module2.exports) {
          module2.exports = regjsparser;
        } else {
          window.regjsparser = regjsparser;
        }
      })();
    })(parser);
    parserExports = parser.exports;
    lookaheadBehaviours$1 = [
      "lookahead",
      "lookbehind",
      "negativeLookahead",
      "negativeLookbehind"
    ];
    _version = "6.1.4";
    forkSymbol = /* @__PURE__ */ Symbol("fork");
    pendingResultsSymbol = /* @__PURE__ */ Symbol("pendingResults");
    dRanges = [[48, 57]];
    inverseDRanges = invertRanges(dRanges);
    wRanges = [
      [48, 57],
      [65, 90],
      [95, 95],
      [97, 122]
    ];
    inverseWRanges = invertRanges(wRanges);
    sRanges = [
      [9, 9],
      [10, 10],
      [11, 11],
      [12, 12],
      [13, 13],
      [32, 32],
      [160, 160],
      [5760, 5760],
      [8192, 8202],
      [8232, 8233],
      [8239, 8239],
      [8287, 8287],
      [12288, 12288],
      [65279, 65279]
    ];
    inverseSRanges = invertRanges(sRanges);
    characterReaderTypeCharacterEntry = /* @__PURE__ */ Symbol("characterReaderTypeCharacterEntry");
    characterReaderTypeSplit = /* @__PURE__ */ Symbol("characterReaderTypeSplit");
    characterReaderLevel1TypeSplit = /* @__PURE__ */ Symbol("characterReaderLevel2TypeSplit");
    characterReaderLevel1TypeEntry = /* @__PURE__ */ Symbol("characterReaderLevel1TypeEntry");
    characterReaderLevel2TypeSplit = /* @__PURE__ */ Symbol("characterReaderLevel2TypeSplit");
    characterReaderLevel2TypeEntry = /* @__PURE__ */ Symbol("characterReaderLevel2TypeEntry");
    internalReaderTypeSplit = /* @__PURE__ */ Symbol("internalReaderTypeSplit");
    internalReaderTypeEntry = /* @__PURE__ */ Symbol("internalReaderTypeEntry");
    InfiniteLoopTracker = /** @class */
    (function() {
      function InfiniteLoopTracker2(isEqual, source) {
        this._history = [];
        this._isEqual = isEqual;
        if (source) {
          this._history = __spreadArray([], __read(source.getHistory()), false);
        }
      }
      InfiniteLoopTracker2.prototype._isEntryEqual = function(a, b2) {
        return this._isEqual(a.left, b2.left) && this._isEqual(a.right, b2.right);
      };
      InfiniteLoopTracker2.prototype.append = function(entry) {
        this._history.push(entry);
      };
      InfiniteLoopTracker2.prototype.clone = function() {
        return new InfiniteLoopTracker2(this._isEqual, this);
      };
      InfiniteLoopTracker2.prototype.getHistory = function() {
        return __spreadArray([], __read(this._history), false);
      };
      InfiniteLoopTracker2.prototype.getRepeatingEntries = function() {
        var length = this._history.length;
        outer: for (var candidateSize = 1; candidateSize <= length / 2; candidateSize++) {
          var candidateStart = length - candidateSize * 2;
          for (var i = 0; i < candidateSize; i++) {
            if (!this._isEntryEqual(this._history[candidateStart + i], this._history[candidateStart + candidateSize + i])) {
              continue outer;
            }
          }
          return this._history.slice(candidateStart, candidateStart + candidateSize);
        }
        return null;
      };
      return InfiniteLoopTracker2;
    })();
    isUnboundedReaderTypeStep = /* @__PURE__ */ Symbol("isUnboundedReaderTypeStep");
    notNewLine = {
      ranges: (
        // [\n\r\u2028-\u2029]
        [
          [10, 10],
          [13, 13],
          [8232, 8233]
        ]
      ),
      rangesNegated: true,
      unicodePropertyEscapes: /* @__PURE__ */ new Map()
    };
    checkerReaderTypeTrail = /* @__PURE__ */ Symbol("checkerReaderTypeTrail");
    lookaheadBehaviours = [
      "lookahead",
      "lookbehind",
      "negativeLookahead",
      "negativeLookbehind"
    ];
    ResultCache = /** @class */
    (function() {
      function ResultCache2() {
        this._cache = /* @__PURE__ */ new Map();
      }
      ResultCache2.prototype.addResult = function(a, b2, result) {
        var mapA = this._cache.get(a) || /* @__PURE__ */ new Map();
        mapA.set(b2, result);
        this._cache.set(a, mapA);
        var mapB = this._cache.get(b2) || /* @__PURE__ */ new Map();
        mapB.set(a, result);
        this._cache.set(b2, mapB);
      };
      ResultCache2.prototype.getResult = function(a, b2) {
        var _a3;
        return (_a3 = this._cache.get(a)) === null || _a3 === void 0 ? void 0 : _a3.get(b2);
      };
      return ResultCache2;
    })();
    Tree = /** @class */
    (function() {
      function Tree2(decode2) {
        this.decode = decode2;
        this.root = /* @__PURE__ */ new Map();
        this.results = /* @__PURE__ */ new Map();
        this._items = function() {
          return [];
        };
      }
      Tree2.prototype.add = function(input) {
        var values = this.decode(input);
        if (values.length === 0)
          return;
        var results = this.results;
        var current = {
          children: this.root
        };
        var numValues = values.length;
        for (var i = 0; i < numValues; i++) {
          var value = values[i];
          var last2 = i === numValues - 1;
          var existing = current.children.get(value);
          if (existing) {
            current = existing;
            if (!last2) {
              results.delete(existing);
            }
          } else {
            var newChild = { children: /* @__PURE__ */ new Map(), value };
            current.children.set(value, newChild);
            current = newChild;
            if (last2) {
              results.set(newChild, input);
            }
          }
        }
        this._items = once(function() {
          return Array.from(results.values());
        });
      };
      Object.defineProperty(Tree2.prototype, "items", {
        get: function() {
          return this._items();
        },
        enumerable: false,
        configurable: true
      });
      return Tree2;
    })();
    workLimit = 25e3;
    EnhancedTrail = /** @class */
    (function() {
      function EnhancedTrail2(trail, isEmptyCache) {
        this.trail = trail;
        this.isEmptyCache = isEmptyCache;
        this.tree = new Tree(function(trail2) {
          return trail2.map(function(_a3) {
            var hash = _a3.hash;
            return hash;
          });
        });
        this.inputStringSchema = trail.map(function(_a3) {
          var intersection = _a3.intersection;
          return intersection;
        });
        this.length = trail.length;
        this.onNewTrail(this);
      }
      Object.defineProperty(EnhancedTrail2.prototype, "matches", {
        get: function() {
          return this.tree.items;
        },
        enumerable: false,
        configurable: true
      });
      EnhancedTrail2.prototype.getLongestMatch = function(inputStringSchema, trailSides) {
        var _this = this;
        if (trailSides.length > inputStringSchema.length) {
          throw new Error("Internal error: trail should be <= than input string schema");
        }
        var noMatchOffset = trailSides.findIndex(function(side, i) {
          var res = _this.isEmptyCache.getResult(side.characterGroups, inputStringSchema[i]);
          if (res !== void 0)
            return res;
          var isEmpty = isEmptyCharacterGroups(intersectCharacterGroups(side.characterGroups, inputStringSchema[i]));
          _this.isEmptyCache.addResult(side.characterGroups, inputStringSchema[i], isEmpty);
          return isEmpty;
        });
        return noMatchOffset === -1 ? trailSides : trailSides.slice(0, noMatchOffset);
      };
      EnhancedTrail2.prototype.onNewTrail = function(otherTrail) {
        var e_1, _a3;
        var leftSide = [];
        var rightSide = [];
        try {
          for (var _b = __values(otherTrail.trail), _c = _b.next(); !_c.done; _c = _b.next()) {
            var entry = _c.value;
            leftSide.push(entry.left);
            rightSide.push(entry.right);
          }
        } catch (e_1_1) {
          e_1 = { error: e_1_1 };
        } finally {
          try {
            if (_c && !_c.done && (_a3 = _b.return)) _a3.call(_b);
          } finally {
            if (e_1) throw e_1.error;
          }
        }
        var leftMatch = this.getLongestMatch(this.inputStringSchema, leftSide);
        if (leftMatch.length === this.length)
          this.tree.add(leftMatch);
        var rightMatch = this.getLongestMatch(this.inputStringSchema, rightSide);
        if (rightMatch.length === this.length)
          this.tree.add(rightMatch);
      };
      return EnhancedTrail2;
    })();
    truncateLength = 100;
    defaultResultsLimit = 15;
    version2 = _version;
    defaultTimeout = Infinity;
    defaultMaxScore = 200;
    defaultMaxSteps = 2e4;
    defaultMultiLine = false;
    defaultUnicode = false;
    defaultCaseInsensitive = false;
    defaultDotAll = false;
    supportedJSFlags = /* @__PURE__ */ new Set([
      "u",
      "g",
      "s",
      "y",
      "i",
      "d",
      "m"
    ]);
  }
});

// src/state/pattern-check.ts
function patternProblem(pattern) {
  const known = memo.get(pattern);
  if (known !== void 0) return known;
  const why = judge(pattern);
  memo.set(pattern, why);
  return why;
}
function judge(pattern) {
  let re3;
  try {
    re3 = new RegExp(pattern, "g");
  } catch (err) {
    return patterns.invalid(err.message);
  }
  if (pattern.length > MAX_PATTERN) return patterns.tooLong(MAX_PATTERN);
  detector ??= (init_redos_detector(), __toCommonJS(redos_detector_exports));
  try {
    const r2 = detector.isSafePattern(pattern, { maxSteps: MAX_STEPS });
    if (!r2.safe) return patterns.unsafe(r2.error ?? "unsafe");
  } catch (err) {
    return patterns.unchecked(err.message.slice(0, 120));
  }
  return re3.test("") ? patterns.empty : null;
}
function checkPatterns(patterns2, known = {}) {
  const safe = [];
  const dropped = [];
  const verdicts = {};
  let judged = false;
  for (const pattern of patterns2) {
    const earlier = Object.hasOwn(known, pattern) ? known[pattern] : void 0;
    if (earlier !== void 0) memo.set(pattern, earlier);
    else judged = true;
    const why = patternProblem(pattern);
    verdicts[pattern] = why;
    if (why === null) safe.push(pattern);
    else dropped.push({ pattern, why });
  }
  return { safe, dropped, verdicts, judged };
}
var MAX_PATTERN, MAX_STEPS, detector, memo;
var init_pattern_check = __esm({
  "src/state/pattern-check.ts"() {
    "use strict";
    init_messages();
    MAX_PATTERN = 500;
    MAX_STEPS = 2e3;
    memo = /* @__PURE__ */ new Map();
  }
});

// src/settings.ts
var MAX_BUDGET_MS, sources, bool, int2, Inject, Collectors, SettingsSchema, defaultSettings;
var init_settings = __esm({
  "src/settings.ts"() {
    "use strict";
    init_mini();
    MAX_BUDGET_MS = 6500;
    sources = ["startup", "compact", "resume", "clear"];
    bool = (d2) => _catch(_default(boolean2(), d2), d2);
    int2 = (d2, min, max) => _catch(_default(int().check(_gte(min), _lte(max)), d2), d2);
    Inject = object({ startup: bool(true), compact: bool(true), resume: bool(false), clear: bool(false) });
    Collectors = object({
      prompts: bool(true),
      plan: bool(true),
      todos: bool(true),
      subagents: bool(true),
      git: bool(true),
      files: bool(true),
      lastMessage: bool(true)
    });
    SettingsSchema = object({
      keep: int2(10, 1, 100),
      inject: _catch(prefault(Inject, {}), () => Inject.parse({})),
      maxChars: int2(9e3, 1e3, 9500),
      staleDays: _catch(_default(number2().check(_gte(0)), 7), 7),
      // Work must end before the entry's hard stop (8 s), itself under Claude Code's 10 s timeout:
      // the synchronous transcript read cannot be interrupted by a timer.
      budgetMs: int2(5e3, 500, MAX_BUDGET_MS),
      collectors: _catch(prefault(Collectors, {}), () => Collectors.parse({})),
      redact: _catch(
        _default(array(string2()), () => []),
        () => []
      )
    });
    defaultSettings = () => SettingsSchema.parse({});
  }
});

// src/config.ts
function clockFrom(env) {
  const offset = Number(env.SESSION_STATE_CLOCK_OFFSET_MS ?? 0);
  return Number.isFinite(offset) && offset !== 0 ? () => Date.now() + offset : () => Date.now();
}
function claudeDirFrom(env) {
  if (env.CLAUDE_CONFIG_DIR) return path5.resolve(env.CLAUDE_CONFIG_DIR);
  return path5.join(env.HOME || require("os").homedir(), ".claude");
}
function projectDirFrom(env, inputCwd, processCwd) {
  const dir = env.CLAUDE_PROJECT_DIR || inputCwd || processCwd;
  return path5.resolve(processCwd, dir);
}
function diffSettings(raw, parsed, prefix, problems) {
  for (const [key, value] of Object.entries(raw)) {
    const name2 = `${prefix}${key}`;
    if (!(key in parsed)) {
      problems.push(`unknown setting "${name2}"`);
      continue;
    }
    const got = parsed[key];
    const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    if (isObj(value) && isObj(got)) diffSettings(value, got, `${name2}.`, problems);
    else if (JSON.stringify(got) !== JSON.stringify(value))
      problems.push(`setting "${name2}" has a wrong value; using ${JSON.stringify(got)}`);
  }
}
function loadSettings(projectDir, env) {
  const problems = [];
  const raw = readJson(path5.join(projectDir, SETTINGS_FILE), 256 * 1024);
  const base = raw && typeof raw === "object" && !Array.isArray(raw) ? raw : null;
  const settings = base ? SettingsSchema.parse(base) : defaultSettings();
  if (base) diffSettings(base, settings, "", problems);
  const num2 = (name2) => {
    const v = env[name2];
    if (v === void 0 || v === "") return void 0;
    const n = Number(v);
    return Number.isFinite(n) ? n : void 0;
  };
  const keep = num2("SESSION_STATE_KEEP");
  if (keep !== void 0) settings.keep = Math.min(100, Math.max(1, Math.round(keep)));
  const maxChars = num2("SESSION_STATE_MAX_CHARS");
  if (maxChars !== void 0) settings.maxChars = Math.min(9500, Math.max(1e3, Math.round(maxChars)));
  const stale = num2("SESSION_STATE_STALE_DAYS");
  if (stale !== void 0 && stale >= 0) settings.staleDays = stale;
  const budget = num2("SESSION_STATE_BUDGET_MS");
  if (budget !== void 0) settings.budgetMs = Math.min(MAX_BUDGET_MS, Math.max(500, Math.round(budget)));
  let patternVerdicts;
  if (settings.redact.length) {
    const stamp2 = settingsStamp(path5.join(projectDir, SETTINGS_FILE));
    const known = readVerdicts(path5.join(projectDir, STATE_DIR), stamp2, () => void 0);
    const { safe, dropped, verdicts, judged } = checkPatterns(settings.redact, known);
    settings.redact = safe;
    for (const d2 of dropped) problems.push(patterns.dropped(d2.pattern, d2.why));
    if (stamp2 && judged) patternVerdicts = { stamp: stamp2, verdicts };
  }
  const injectList = env.SESSION_STATE_INJECT;
  if (injectList !== void 0) {
    const wanted = new Set(injectList.split(/[\s,|]+/).filter(Boolean));
    for (const s of sources) settings.inject[s] = wanted.has(s);
  }
  return { settings, problems, patternVerdicts };
}
function resolveConfig(env, processCwd, inputCwd) {
  const projectDir = projectDirFrom(env, inputCwd, processCwd);
  const { settings, problems, patternVerdicts } = loadSettings(projectDir, env);
  return {
    projectDir,
    stateDir: path5.join(projectDir, STATE_DIR),
    claudeDir: claudeDirFrom(env),
    claudeDirs: once2(() => claudeConfigDirs(env)),
    settings,
    settingsProblems: problems,
    taskListId: env.CLAUDE_CODE_TASK_LIST_ID || void 0,
    now: clockFrom(env),
    patternVerdicts
  };
}
var path5, STATE_DIR, SETTINGS_FILE, isDisabled, once2;
var init_config = __esm({
  "src/config.ts"() {
    "use strict";
    path5 = __toESM(require("path"), 1);
    init_config_dirs();
    init_fs();
    init_messages();
    init_pattern_cache();
    init_pattern_check();
    init_settings();
    STATE_DIR = path5.join(".claude", "session-state");
    SETTINGS_FILE = path5.join(".claude", "session-state.json");
    isDisabled = (env) => /^(1|true|yes|on)$/i.test(env.SESSION_STATE_DISABLE ?? "");
    once2 = (f2) => {
      let v;
      return () => (v ??= { value: f2() }).value;
    };
  }
});

// node_modules/@simple-git/args-pathspec/dist/index.mjs
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}
var t;
var init_dist = __esm({
  "node_modules/@simple-git/args-pathspec/dist/index.mjs"() {
    "use strict";
    t = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* L(e, t2) {
  const n = t2 === "global";
  for (const o2 of e)
    o2.isGlobal === n && (yield o2);
}
function B(e, t2) {
  for (const { name: o2 } of L(e, "task")) {
    if (K.has(o2))
      return w(true, t2, o2 === "--rename-section");
    if (I.has(o2))
      return w(false, t2);
  }
  const n = t2.at(0)?.toLowerCase();
  return n === void 0 ? null : j.has(n) ? w(true, t2.slice(1), n === "rename-section") : D.has(n) ? w(false, t2.slice(1)) : t2.length === 1 ? w(false, t2) : w(true, t2);
}
function w(e = false, t2 = [], n = false) {
  const o2 = t2.at(0)?.toLowerCase();
  return o2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: o2,
    value: t2.at(1),
    rename: n
  };
}
function V(e, t2) {
  return t2.isWrite && t2.value !== void 0 ? {
    scope: e,
    key: t2.key,
    value: t2.value,
    rename: t2.rename
  } : { key: t2.key, scope: e };
}
function q(e) {
  const t2 = e?.indexOf("=") || -1;
  return !e || t2 < 0 ? null : {
    key: e.slice(0, t2).trim().toLowerCase(),
    value: e.slice(t2 + 1)
  };
}
function z(e) {
  for (const { name: t2 } of L(e, "task"))
    switch (t2) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function Y({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* H(e) {
  for (const t2 of e) {
    const n = Y(t2), o2 = n && q(t2.value);
    o2 && (yield {
      ...o2,
      scope: n
    });
  }
}
function J(e, t2, n) {
  const o2 = {
    read: [],
    write: [...H(t2)]
  };
  return e === "config" && X(
    o2,
    z(t2),
    B(t2, n)
  ), o2;
}
function X(e, t2, n) {
  if (n === null)
    return;
  const o2 = V(t2, n);
  n.isWrite ? e.write.push(o2) : e.read.push(o2);
}
function ee(e) {
  const t2 = Q[e ?? ""] ?? Z;
  return {
    short: new Map([...R.short.entries(), ...t2.short.entries()]),
    long: t2.long
  };
}
function F(e, t2 = S) {
  if (e.startsWith("--")) {
    const n = e.indexOf("=");
    if (n > 2)
      return [{ name: e.slice(0, n), value: e.slice(n + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: t2.long.has(o2) }];
  }
  if (e.length === 2) {
    const n = e.charAt(1), o2 = t2.short.get(n);
    return [{ name: e, needsNext: o2 === true }];
  }
  return te(e, t2.short);
}
function te(e, t2) {
  const n = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < n.length; a++) {
    const s = n[a], r2 = t2.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const f2 = n.slice(a + 1).join("");
      if (f2 && ![...f2].every((v) => t2.has(v)))
        return o2.push({ name: `-${s}`, value: f2, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function ne(e, t2 = []) {
  let n = 0;
  for (; n < e.length; ) {
    const o2 = String(e[n]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = F(o2);
    let s = n + 1;
    for (const r2 of a) {
      const f2 = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && f2.value === void 0 && s < e.length && (f2.value = String(e[s]), f2.absorbedNext = true, s++), t2.push(f2);
    }
    n = s;
  }
  return { flags: t2, taskIndex: n };
}
function oe(e, t2, n = []) {
  const o2 = ee(t2), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const f2 = e[r2];
    if (r(f2)) {
      s.push(...o(f2)), r2++;
      continue;
    }
    const p2 = String(f2);
    if (p2 === "--") {
      for (let i = r2 + 1; i < e.length; i++) {
        const d2 = e[i];
        r(d2) ? s.push(...o(d2)) : s.push(String(d2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const v = F(p2, o2);
    let h = r2 + 1;
    for (const i of v) {
      const d2 = {
        name: i.name,
        value: i.value,
        absorbedNext: false,
        isGlobal: false
      };
      i.needsNext && d2.value === void 0 && h < e.length && !r(e[h]) && (d2.value = String(e[h]), d2.absorbedNext = true, h++), n.push(d2);
    }
    r2 = h;
  }
  return { flags: n, positionals: a, pathspecs: s };
}
function* ae({
  write: e
}) {
  for (const t2 of e) {
    if (t2.rename) {
      yield {
        category: "allowUnsafeConfigRename",
        level: "default",
        message: `Renaming config section ${t2.key} is not permitted without enabling allowUnsafeConfigRename`
      };
      continue;
    }
    for (const n of fe) {
      const o2 = n(t2.key);
      if (o2) {
        yield o2;
        break;
      }
    }
  }
}
function u(e, t2, n = String(e), o2 = "default") {
  const a = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(r2) {
    if (a.test(r2))
      return {
        category: t2,
        level: o2,
        message: `Configuring ${n} is not permitted without enabling ${t2}`,
        configKey: r2
      };
  };
}
function c2(e, t2) {
  const n = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return u(n, t2, e);
}
function* ue(e, t2) {
  for (const n of t2)
    for (const o2 of de) {
      const a = o2(e, n);
      a && (yield a);
    }
}
function g(e, t2, n, {
  name: o2 = String(t2),
  exceptTask: a,
  globalOnly: s = false,
  withValue: r2 = false
} = {}) {
  const f2 = typeof t2 == "string" ? new RegExp(`\\s*${t2.toLowerCase()}`) : t2, p2 = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${n}`;
  return function(h, i) {
    if (!(e && h !== e) && !(a && h === a) && !(s && !i.isGlobal) && !(r2 && i.value === void 0) && f2.test(i.name))
      return {
        category: n,
        level: "default",
        message: p2
      };
  };
}
function G(e, t2, n) {
  return [...ue(e, t2), ...ae(n)];
}
function Ae(...e) {
  const { flags: t2, taskIndex: n } = ne(e), o2 = n < e.length ? String(e[n]).toLowerCase() : null, a = o2 !== null ? e.slice(n + 1) : [], { positionals: s, pathspecs: r2 } = oe(a, o2, t2), f2 = J(o2, t2, s);
  return {
    task: o2,
    flags: t2.map(ge),
    paths: r2,
    config: f2,
    vulnerabilities: me(G(o2, t2, f2))
  };
}
function me(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function ge({ value: e, name: t2 }) {
  return e !== void 0 ? { name: t2, value: e } : { name: t2 };
}
function he(e) {
  const t2 = /* @__PURE__ */ new Set(), n = [];
  for (const o2 of e) {
    const a = String(o2).trim().toLowerCase();
    a && (a.includes("*") ? n.push(
      new RegExp(
        `^${a.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`
      )
    ) : t2.add(a));
  }
  return (o2) => {
    const a = o2.trim().toLowerCase();
    return t2.has(a) || n.some((s) => s.test(a));
  };
}
function W(e) {
  return Object.hasOwn(T, e);
}
function* we(e) {
  const t2 = parseInt(e.git_config_count ?? "0", 10);
  for (let n = 0; n < t2; n++) {
    const o2 = e[`git_config_key_${n}`], a = e[`git_config_value_${n}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* ve(e, t2) {
  for (const n of Object.keys(e))
    if (W(n) && e[n] !== t2[n]) {
      const o2 = T[n];
      yield {
        category: o2,
        level: "recommended",
        message: `Use of "${n.toUpperCase()}" with a value other than the inherited one is not permitted without enabling ${o2}`,
        envKey: n
      };
    }
}
function* be(e) {
  for (const t2 of Object.keys(e))
    if (M(t2)) {
      const n = N[t2];
      yield {
        category: n,
        level: "default",
        message: `Use of "${t2.toUpperCase()}" is not permitted without enabling ${n}`,
        envKey: t2
      };
    }
}
function M(e) {
  return Object.hasOwn(N, e);
}
function Ue(e) {
  const t2 = String(e).toLowerCase().trim();
  return t2.startsWith("git_") || M(t2);
}
function $(e) {
  const t2 = {};
  for (const [n, o2] of Object.entries(e)) {
    const a = n.toLowerCase().trim();
    (Ue(a) || W(a)) && (t2[a] = String(o2));
  }
  return t2;
}
function Re(e, t2 = {}) {
  const n = $(e), o2 = {
    read: [],
    write: [...we(n)]
  }, a = [
    ...be(n),
    ...ve(n, $(t2)),
    ...G(null, [], o2)
  ];
  return {
    config: o2,
    vulnerabilities: a
  };
}
function Fe(e) {
  return new k(String(e), (t2) => {
    if (!t2 || t2 === "@" || t2.includes("..") || t2.includes("@{") || t2.includes("//") || /[\s~^:?*[\\]/.test(t2) || t2.endsWith("/") || t2.endsWith(".") || t2.split("/").some((n) => n.startsWith(".") || n.endsWith(".lock")))
      return "not a valid ref name";
  });
}
function Ge(e, { protocols: t2 } = {}) {
  const n = t2 ? new Set(t2) : xe;
  return new k(String(e), (o2) => {
    const a = Ce.exec(o2)?.[1]?.toLowerCase();
    if (a !== void 0) {
      if (!n.has(a))
        return `protocol "${a}" is not permitted`;
      let r2;
      try {
        r2 = new URL(o2);
      } catch {
        return "not a valid url";
      }
      return r2.hostname.startsWith("-") || decodeURIComponent(r2.username).startsWith("-") ? 'host and user names must not start with "-"' : void 0;
    }
    const s = Se.exec(o2);
    return s && !/^[a-z]:[\\/]/i.test(o2) ? n.has("scp") ? s[1]?.startsWith("-") || s[2].startsWith("-") ? 'host and user names must not start with "-"' : void 0 : "scp-like urls are not permitted" : n.has("local") ? void 0 : "local paths are not permitted";
  });
}
function m(e) {
  throw new ke(e);
}
function $e(e) {
  return Array.isArray(e) && Array.isArray(e.raw) && Object.isFrozen(e);
}
function U(e) {
  return JSON.stringify(String(e));
}
function A(e) {
  let t2;
  if (e instanceof k) {
    t2 = e.value;
    const n = e.validate(t2);
    n && m(`interpolated value ${U(t2)} is rejected: ${n}`);
  } else typeof e == "string" ? t2 = e : typeof e == "number" && Number.isFinite(e) ? t2 = String(e) : m(
    `interpolated values must be strings, finite numbers or arrays of them, received ${typeof e}`
  );
  return Ee.test(t2) && m(`interpolated value ${U(t2)} contains control characters`), _e.test(t2) && m(`interpolated value ${U(t2)} would select a git remote helper transport`), t2;
}
function Pe(e, t2) {
  const n = [];
  let o2 = [];
  const a = () => {
    o2.length && (n.push(o2), o2 = []);
  };
  return e.forEach((s, r2) => {
    for (const f2 of s.split(/(\s+)/))
      /^\s+$/.test(f2) ? a() : f2 && o2.push({ text: f2 });
    r2 < t2.length && o2.push({ text: "", value: t2[r2] });
  }), a(), n;
}
function Ne(e, t2) {
  $e(e) || m("must be used as a tagged template literal");
  const n = [];
  let o2, a = false, s;
  for (const r2 of Pe(e, t2)) {
    if (r2.every((l2) => !("value" in l2))) {
      const l2 = r2.map((x2) => x2.text).join("");
      n.push(l2), s = l2, a || (a = o2 !== void 0 && l2 === "--"), o2 === void 0 && !l2.startsWith("-") && !O.has(n.at(-2) ?? "") && (o2 = l2);
      continue;
    }
    const p2 = !("value" in r2[0]);
    s !== void 0 && P.has(s) && !p2 && m(
      'configuration keys must be written literally, use "-c some.key=${value}" rather than "-c ${value}"'
    );
    const h = p2 && (r2[0].text.startsWith("-") || s !== void 0 && O.has(s));
    if (o2 === void 0 && !h && m(
      'the git sub-command must be written literally, interpolated values before it can only be used as option values, for example "-c user.name=${name}"'
    ), r2.length === 1) {
      const { value: l2 } = r2[0];
      if (r(l2))
        n.push(l2);
      else
        for (const x2 of Array.isArray(l2) ? l2 : [l2]) {
          const C2 = A(x2);
          C2.startsWith("-") && !a && m(
            `interpolated value ${U(C2)} would be read as an option, values that may start with "-" must follow "--" or be wrapped with pathspec()`
          ), n.push(C2);
        }
      s = void 0;
      continue;
    }
    let i = "", d2 = -1;
    for (const l2 of r2)
      "value" in l2 ? ((Array.isArray(l2.value) || r(l2.value)) && m("arrays and pathspecs must be interpolated as a standalone argument"), d2 < 0 && (d2 = i.length), i += A(l2.value)) : i += l2.text;
    if (d2 === 0 && i.startsWith("-") && !a && m(`interpolated value ${U(i)} would be read as an option`), d2 > 0 && i.startsWith("-") && !a) {
      const l2 = i.indexOf("=");
      (l2 < 0 || l2 >= d2) && m(
        'interpolated values in options must follow "=", for example "--message=${value}"'
      );
    }
    if (s !== void 0 && P.has(s)) {
      const l2 = i.indexOf("=");
      (l2 < 0 || l2 >= d2) && m(
        'configuration keys must be written literally, use "-c some.key=${value}" rather than "-c ${value}"'
      );
    }
    const E2 = /^(?:--config(?:-env)?=|-c(?=.))/.exec(i)?.[0];
    if (E2 && !a) {
      const l2 = i.indexOf("=", E2.length);
      (l2 < 0 || l2 >= d2) && m('configuration keys must be written literally, use "--config=some.key=${value}"');
    }
    n.push(i), s = void 0;
  }
  return o2 === void 0 && m("no git sub-command supplied"), n;
}
var K, I, j, D, R, S, Q, Z, se, re, le, ie, ce, fe, y, de, pe, Le, N, T, k, ye, xe, Ce, Se, ke, Ee, _e, P, O;
var init_dist2 = __esm({
  "node_modules/@simple-git/argv-parser/dist/index.mjs"() {
    "use strict";
    init_dist();
    K = /* @__PURE__ */ new Set([
      "--add",
      "--edit",
      "--remove-section",
      "--rename-section",
      "--replace-all",
      "--unset",
      "--unset-all",
      "-e"
    ]);
    I = /* @__PURE__ */ new Set([
      "--get",
      "--get-all",
      "--get-color",
      "--get-colorbool",
      "--get-regexp",
      "--get-urlmatch",
      "--list",
      "-l"
    ]);
    j = /* @__PURE__ */ new Set([
      "edit",
      "remove-section",
      "rename-section",
      "set",
      "unset"
    ]);
    D = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
    R = {
      short: /* @__PURE__ */ new Map([
        ["c", true]
        //  -c <k=v>    set config key for this invocation
      ])
    };
    S = {
      short: new Map([
        ["C", true],
        //  -C <path>   change working directory
        ["P", false],
        // -P          no pager (alias for --no-pager)
        ["h", false],
        // -h          help
        ["p", false],
        // -p          paginate
        ["v", false],
        // -v          version
        ...R.short.entries()
      ]),
      long: /* @__PURE__ */ new Set([
        "attr-source",
        "config-env",
        "exec-path",
        "git-dir",
        "list-cmds",
        "namespace",
        "super-prefix",
        "work-tree"
      ])
    };
    Q = {
      clone: {
        short: /* @__PURE__ */ new Map([
          ["b", true],
          // -b <branch>
          ["j", true],
          // -j <n>          parallel jobs
          ["l", false],
          // -l local
          ["n", false],
          // -n no-checkout
          ["o", true],
          // -o <name>       remote name
          ["q", false],
          // -q quiet
          ["s", false],
          // -s shared
          ["u", true]
          // -u <upload-pack>
        ]),
        long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
      },
      commit: {
        short: /* @__PURE__ */ new Map([
          ["C", true],
          // -C <commit>  reuse message
          ["F", true],
          // -F <file>    read message from file
          ["c", true],
          // -c <commit>  reedit message
          ["m", true],
          // -m <msg>
          ["t", true]
          // -t <template>
        ]),
        long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
      },
      config: {
        short: /* @__PURE__ */ new Map([
          ["e", false],
          // -e  open editor
          ["f", true],
          //  -f <file>
          ["l", false]
          // -l  list
        ]),
        long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
      },
      fetch: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["upload-pack"])
      },
      init: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["template"])
      },
      pull: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["upload-pack"])
      },
      push: {
        short: /* @__PURE__ */ new Map(),
        long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
      },
      rebase: {
        short: /* @__PURE__ */ new Map([
          ["X", true],
          // -X <option>   strategy option
          ["f", false],
          // -f force-rebase
          ["i", false],
          // -i interactive
          ["k", false],
          // -k keep-base
          ["m", false],
          // -m merge
          ["n", false],
          // -n no-stat
          ["q", false],
          // -q quiet
          ["r", false],
          // -r rebase-merges
          ["s", true],
          // -s <strategy>
          ["v", false],
          // -v verbose
          ["x", true]
          // -x <cmd>      exec
        ]),
        long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
      }
    };
    Z = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
    se = /^sendemail\.(.+\.)?(sendmailcmd|tocmd|cccmd|headercmd|smtpserver|smtpserveroption|smtpsslcertpath|smtpsslclientcert|smtpsslclientkey|aliasesfile|mailmap\.file)$/;
    re = /^imap\.(tunnel|host|sslverify)$/;
    le = /^instaweb\.(httpd|modulepath|gitwebdir)$/;
    ie = /^(browser|man)\..+\.(path|cmd)$/;
    ce = /^gpg\.(ssh\.(allowedsignersfile|revocationfile)|mintrustlevel)$/;
    fe = [
      u(se, "allowUnsafeSendEmailConfig", "sendemail.*"),
      u(re, "allowUnsafeSendEmailConfig", "imap.*"),
      u(le, "allowUnsafeWebServerConfig", "instaweb.*"),
      u(ie, "allowUnsafeBrowser", "browser.* / man.*"),
      u(ce, "allowUnsafeSignatureTrust", "gpg.* signature trust"),
      u("alias", "allowUnsafeAlias"),
      u("core.askPass", "allowUnsafeAskPass"),
      u("core.editor", "allowUnsafeEditor"),
      u("core.fsmonitor", "allowUnsafeFsMonitor"),
      u("core.gitProxy", "allowUnsafeGitProxy"),
      u("core.hooksPath", "allowUnsafeHooksPath"),
      u("core.pager", "allowUnsafePager"),
      u("core.sshCommand", "allowUnsafeSshCommand"),
      c2("credential.helper", "allowUnsafeCredentialHelper"),
      c2("diff.command", "allowUnsafeDiffExternal"),
      u("diff.external", "allowUnsafeDiffExternal"),
      c2("difftool.cmd", "allowUnsafeDiffExternal"),
      c2("difftool.path", "allowUnsafeDiffExternal"),
      c2("diff.textconv", "allowUnsafeDiffTextConv"),
      c2("filter.clean", "allowUnsafeFilter"),
      c2("filter.process", "allowUnsafeFilter"),
      c2("filter.smudge", "allowUnsafeFilter"),
      c2("gpg.program", "allowUnsafeGpgProgram"),
      c2("gpg.defaultKeyCommand", "allowUnsafeGpgProgram"),
      u("include.path", "allowUnsafeInclude"),
      c2("includeIf", "allowUnsafeInclude"),
      u("init.templateDir", "allowUnsafeTemplateDir"),
      u("interactive.diffFilter", "allowUnsafePager"),
      c2("pager.", "allowUnsafePager"),
      c2("merge.driver", "allowUnsafeMergeDriver"),
      c2("mergetool.path", "allowUnsafeMergeDriver"),
      c2("mergetool.cmd", "allowUnsafeMergeDriver"),
      c2("protocol.allow", "allowUnsafeProtocolOverride"),
      c2("remote.receivepack", "allowUnsafePack"),
      c2("remote.uploadpack", "allowUnsafePack"),
      u("uploadpack.packObjectsHook", "allowUnsafePack"),
      u("sequence.editor", "allowUnsafeEditor"),
      c2("submodule.update", "allowUnsafeSubmodule"),
      c2("tar.command", "allowUnsafeCommandBinaries"),
      c2("trailer.cmd", "allowUnsafeCommandBinaries"),
      c2("trailer.command", "allowUnsafeCommandBinaries"),
      c2("url.insteadOf", "allowUnsafeUrlRewrite"),
      // catch-all configuration using the "foo.command" or "bar.cmd" naming convention, only blocked
      // when the `recommended` checks are enabled
      u(/command$/, "allowUnsafeCommandBinaries", "/command$/", "recommended"),
      u(/\.cmd$/, "allowUnsafeCommandBinaries", "/\\.cmd$/", "recommended")
    ];
    y = { globalOnly: true, withValue: true };
    de = [
      g(null, /--(upload|receive)-pack/, "allowUnsafePack", {
        name: "--upload-pack or --receive-pack"
      }),
      g("clone", /^-\w*u/, "allowUnsafePack"),
      g("clone", "--u", "allowUnsafePack"),
      // `--exec` names the program run on the remote end of `push`, `send-pack`, `fetch-pack`, `archive` and
      // (undocumented) `ls-remote`, `rebase` uses it for a command run after each commit
      g(null, /^--exec$/, "allowUnsafePack", {
        name: "--exec",
        exceptTask: "rebase"
      }),
      // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
      g("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
      // `git filter-branch` runs the value of each of these through `eval`
      g(
        "filter-branch",
        /^--(setup|(env|tree|index|parent|msg|commit|tag-name)-filter)$/,
        "allowUnsafeExec",
        { name: "--setup or --<type>-filter" }
      ),
      // `git grep` configures a pager with `-O<cmd>` (potentially clustered as `-iO<cmd>`), or through the long-form
      // `--open-files-in-pager`. Without a value both use the configured pager, so are permitted.
      g("grep", /^-\w*O./, "allowUnsafePager", { name: "-O" }),
      g("grep", "--open-files-in-pager", "allowUnsafePager", { withValue: true }),
      g(null, "--template", "allowUnsafeTemplateDir"),
      g(null, "--exec-path", "allowUnsafeExec", y),
      // `git` reads the configuration of whichever repository these name, so the
      // directory alone is enough to deliver config the argv guards never see
      g(null, "--git-dir", "allowUnsafeConfigPaths", y),
      g(null, "--work-tree", "allowUnsafeConfigPaths", y),
      g(null, /^-C$/, "allowUnsafeConfigPaths", { ...y, name: "-C" })
    ];
    pe = Object.freeze([
      // identity
      "user.name",
      "user.email",
      "user.useconfigonly",
      "author.name",
      "author.email",
      "committer.name",
      "committer.email",
      // line endings, file system and display behaviour
      "core.abbrev",
      "core.autocrlf",
      "core.bigfilethreshold",
      "core.commentchar",
      "core.commentstring",
      "core.compression",
      "core.eol",
      "core.filemode",
      "core.ignorecase",
      "core.logallrefupdates",
      "core.longpaths",
      "core.precomposeunicode",
      "core.preloadindex",
      "core.quotepath",
      "core.safecrlf",
      "core.untrackedcache",
      "core.whitespace",
      "advice.*",
      "color.*",
      "column.ui",
      "i18n.commitencoding",
      "i18n.logoutputencoding",
      "init.defaultbranch",
      // branch / merge / rebase / pull / push defaults
      "branch.autosetupmerge",
      "branch.autosetuprebase",
      "branch.sort",
      "checkout.defaultremote",
      "clone.defaultremotename",
      "fetch.prune",
      "fetch.prunetags",
      "merge.conflictstyle",
      "merge.ff",
      "merge.renamelimit",
      "pull.ff",
      "pull.rebase",
      "push.autosetupremote",
      "push.default",
      "push.followtags",
      "rebase.autosquash",
      "rebase.autostash",
      "rerere.enabled",
      "tag.sort",
      "versionsort.suffix",
      // output formatting of diff / log / status / grep
      "diff.algorithm",
      "diff.colormoved",
      "diff.context",
      "diff.interhunkcontext",
      "diff.mnemonicprefix",
      "diff.noprefix",
      "diff.relative",
      "diff.renamelimit",
      "diff.renames",
      "grep.extendedregexp",
      "grep.linenumber",
      "grep.patterntype",
      "log.abbrevcommit",
      "log.date",
      "log.decorate",
      "log.follow",
      "status.branch",
      "status.renames",
      "status.short",
      "status.showuntrackedfiles",
      // performance and transfer tuning
      "feature.manyfiles",
      "gc.auto",
      "gc.autodetach",
      "http.lowspeedlimit",
      "http.lowspeedtime",
      "http.postbuffer",
      "http.version",
      "index.version",
      "pack.threads",
      "pack.windowmemory",
      "protocol.version",
      // extra request headers, commonly used for CI authentication tokens
      "http.extraheader",
      "http.*.extraheader",
      // integrity checks - these only ever make git stricter
      "fetch.fsckobjects",
      "receive.fsckobjects",
      "transfer.fsckobjects"
    ]);
    Le = he(pe);
    N = {
      editor: "allowUnsafeEditor",
      git_askpass: "allowUnsafeAskPass",
      git_config_global: "allowUnsafeConfigPaths",
      git_config_system: "allowUnsafeConfigPaths",
      git_config_count: "allowUnsafeConfigEnvCount",
      git_config_parameters: "allowUnsafeConfigEnvCount",
      git_config: "allowUnsafeConfigPaths",
      git_editor: "allowUnsafeEditor",
      git_exec_path: "allowUnsafeExec",
      git_external_diff: "allowUnsafeDiffExternal",
      git_pager: "allowUnsafePager",
      git_proxy_command: "allowUnsafeGitProxy",
      git_template_dir: "allowUnsafeTemplateDir",
      git_sequence_editor: "allowUnsafeEditor",
      git_ssh: "allowUnsafeSshCommand",
      git_ssh_command: "allowUnsafeSshCommand",
      pager: "allowUnsafePager",
      prefix: "allowUnsafeConfigPaths",
      ssh_askpass: "allowUnsafeAskPass",
      visual: "allowUnsafeEditor"
    };
    T = {
      home: "allowUnsafeConfigPaths",
      xdg_config_home: "allowUnsafeConfigPaths"
    };
    k = class {
      constructor(t2, n) {
        this.value = t2, this.validate = n;
      }
    };
    ye = [
      "https",
      "http",
      "ssh",
      "git+ssh",
      "ssh+git",
      "git",
      "file",
      "scp",
      "local"
    ];
    xe = new Set(ye);
    Ce = /^([a-z][a-z0-9+.-]*):\/\//i;
    Se = /^(?:([^@/]+)@)?([^/:]+):(?!\/\/)/;
    ke = class extends Error {
    };
    Ee = /[\u0000-\u001f\u007f]/;
    _e = /^[a-z][a-z0-9+.-]*::/i;
    P = /* @__PURE__ */ new Set(["-c", "--config", "--config-env"]);
    O = /* @__PURE__ */ new Set([
      ...[...S.short].filter(([, e]) => e).map(([e]) => `-${e}`),
      ...[...S.long].map((e) => `--${e}`)
    ]);
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports2, module2) {
    "use strict";
    var s = 1e3;
    var m3 = s * 60;
    var h = m3 * 60;
    var d2 = h * 24;
    var w2 = d2 * 7;
    var y3 = d2 * 365.25;
    module2.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse3(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse3(str3) {
      str3 = String(str3);
      if (str3.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str3
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y3;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m3;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms2 / h) + "h";
      }
      if (msAbs >= m3) {
        return Math.round(ms2 / m3) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural2(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h) {
        return plural2(ms2, msAbs, h, "hour");
      }
      if (msAbs >= m3) {
        return plural2(ms2, msAbs, m3, "minute");
      }
      if (msAbs >= s) {
        return plural2(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural2(ms2, msAbs, n, name2) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name2 + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports2, module2) {
    "use strict";
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args2) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args2[0] = createDebug.coerce(args2[0]);
          if (typeof args2[0] !== "string") {
            args2.unshift("%O");
          }
          let index = 0;
          args2[0] = args2[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args2[index];
              match = formatter.call(self, val);
              args2.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args2);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args2);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend2;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v) => {
            enableOverride = v;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend2(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name2) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name2, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name2, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module2.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports2, module2) {
    "use strict";
    exports2.formatArgs = formatArgs;
    exports2.save = save3;
    exports2.load = load2;
    exports2.useColors = useColors;
    exports2.storage = localstorage();
    exports2.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports2.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m3;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m3 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m3[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args2) {
      args2[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args2[0] + (this.useColors ? "%c " : " ") + "+" + module2.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args2.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args2[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args2.splice(lastC, 0, c3);
    }
    exports2.log = console.debug || console.log || (() => {
    });
    function save3(namespaces) {
      try {
        if (namespaces) {
          exports2.storage.setItem("debug", namespaces);
        } else {
          exports2.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load2() {
      let r2;
      try {
        r2 = exports2.storage.getItem("debug") || exports2.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module2.exports = require_common()(exports2);
    var { formatters } = module2.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports2, module2) {
    "use strict";
    var tty = require("tty");
    var util = require("util");
    exports2.init = init;
    exports2.log = log2;
    exports2.formatArgs = formatArgs;
    exports2.save = save3;
    exports2.load = load2;
    exports2.useColors = useColors;
    exports2.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports2.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports2.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports2.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_2, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports2.inspectOpts ? Boolean(exports2.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args2) {
      const { namespace: name2, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name2} \x1B[0m`;
        args2[0] = prefix + args2[0].split("\n").join("\n" + prefix);
        args2.push(colorCode + "m+" + module2.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args2[0] = getDate() + name2 + " " + args2[0];
      }
    }
    function getDate() {
      if (exports2.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log2(...args2) {
      return process.stderr.write(util.formatWithOptions(exports2.inspectOpts, ...args2) + "\n");
    }
    function save3(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load2() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports2.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports2.inspectOpts[keys[i]];
      }
    }
    module2.exports = require_common()(exports2);
    var { formatters } = module2.exports;
    formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts).split("\n").map((str3) => str3.trim()).join(" ");
    };
    formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports2, module2) {
    "use strict";
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module2.exports = require_browser();
    } else {
      module2.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fs_1 = require("fs");
    var debug_1 = __importDefault(require_src());
    var log2 = debug_1.default("@kwsites/file-exists");
    function check(path38, isFile, isDirectory) {
      log2(`checking %s`, path38);
      try {
        const stat = fs_1.statSync(path38);
        if (stat.isFile() && isFile) {
          log2(`[OK] path represents a file`);
          return true;
        }
        if (stat.isDirectory() && isDirectory) {
          log2(`[OK] path represents a directory`);
          return true;
        }
        log2(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log2(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log2(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists2(path38, type = exports2.READABLE) {
      return check(path38, (type & exports2.FILE) > 0, (type & exports2.FOLDER) > 0);
    }
    exports2.exists = exists2;
    exports2.FILE = 1;
    exports2.FOLDER = 2;
    exports2.READABLE = exports2.FILE + exports2.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports2) {
    "use strict";
    function __export2(m3) {
      for (var p2 in m3) if (!exports2.hasOwnProperty(p2)) exports2[p2] = m3[p2];
    }
    Object.defineProperty(exports2, "__esModule", { value: true });
    __export2(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createDeferred = exports2.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status2 = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status2 === "pending") {
            status2 = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status2 === "pending") {
            status2 = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status2 !== "pending";
        },
        get status() {
          return status2;
        }
      };
    }
    exports2.deferred = deferred;
    exports2.createDeferred = deferred;
    exports2.default = deferred;
  }
});

// node_modules/simple-git/dist/index.mjs
var dist_exports = {};
__export(dist_exports, {
  CheckRepoActions: () => Ze,
  CleanOptions: () => Wt,
  DiffNameStatus: () => Qt,
  GitConfigScope: () => Yt,
  GitConstructError: () => Be,
  GitError: () => A2,
  GitPluginError: () => x,
  GitResponseError: () => ut,
  ResetMode: () => Xt,
  TaskConfigurationError: () => Ie,
  grepQueryBuilder: () => Mn,
  pathspec: () => c,
  refName: () => Fe,
  remoteUrl: () => Ge,
  simpleGit: () => No
});
function Ue2(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function Fe2(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Ge2(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function ze(t2, e = 0) {
  return Bt(t2) && t2.length > e ? t2[e] : void 0;
}
function P2(t2, e = 0) {
  if (Bt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Bt(t2) {
  return Ft(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ct(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function It(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function O2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function qe(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ft(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
function _(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function Ut(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function j2(t2) {
  return _(t2).map((e) => e instanceof String ? e : String(e));
}
function d(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function F2(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function G2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Ke(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function We(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function bt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function Tt(t2) {
  if (t2 !== false)
    return t2;
}
function y2(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
function ot(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
function ht(t2) {
  return !!t2 && lt(t2) === "[object Object]";
}
function Ve(t2) {
  return typeof t2 == "function";
}
function Ye() {
  throw new Error("LineParser:useMatches not implemented");
}
function Xe(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Qe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function Gt(t2, e = []) {
  return ht(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (ot(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        ot(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function m2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return Gt(mt(t2), r2), n || r2.push(...Je(t2)), r2;
}
function Je(t2) {
  const e = typeof P2(t2) == "function";
  return j2(y2(P2(t2, e ? 1 : 0), V2, []));
}
function mt(t2) {
  const e = Ve(P2(t2));
  return y2(P2(t2, e ? 1 : 0), ht);
}
function u2(t2, e = true) {
  const n = Ue2(P2(t2));
  return e || Fe2(n) ? n : void 0;
}
function kt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function S2(t2, e, n, r2 = true) {
  return _(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (h = 0) => {
        if (!(i + h >= a))
          return o2[i + h];
      };
      e.some(({ parse: h }) => h(c3, t2));
    }
  }), t2;
}
function tn(t2) {
  switch (t2) {
    case "bare":
      return nn();
    case "root":
      return en();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: pt,
    parser: zt
  };
}
function en() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: pt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function nn() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: pt,
    parser: zt
  };
}
function rn(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
function cn(t2, e) {
  const n = new sn(t2), r2 = t2 ? an : on;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (un.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
function fn(t2) {
  return {
    commands: qt,
    format: "empty",
    parser: t2
  };
}
function b(t2) {
  return {
    commands: qt,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new Ie(t2) : t2;
    }
  };
}
function g2(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Kt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function ln(t2) {
  return t2.format === "buffer";
}
function _t(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
function dn(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = wn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(kn) ? b(hn) : gn(n, r2)) : b(pn + JSON.stringify(t2)) : b(mn);
}
function gn(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return cn(t2 === "n", r2);
    }
  };
}
function yn(t2) {
  return Array.isArray(t2) && t2.every((e) => Ht.has(e));
}
function wn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    bn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && Tn(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function bn(t2) {
  return t2 === "f" || t2 === "n";
}
function Tn(t2) {
  return /^-[a-z]$/i.test(t2) && Ht.has(t2.charAt(1));
}
function kn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
function vn(t2) {
  const e = new _n();
  for (const n of Vt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function En(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Vt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function Sn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Vt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = Sn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Ge2(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
function X2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Yt, t2) ? t2 : e;
}
function Rn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function On(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return En(r2, t2);
    }
  };
}
function Cn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return vn(n);
    }
  };
}
function An() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        Rn(
          t2,
          e,
          n[0] === true,
          X2(
            n[1],
            "local"
            /* local */
          )
        ),
        u2(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        On(t2, X2(e, void 0)),
        u2(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        Cn(X2(t2[0], void 0)),
        u2(arguments)
      );
    }
  };
}
function $n(t2) {
  return xn.has(t2);
}
function Mn(...t2) {
  return new Pn().param(...t2);
}
function Dn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ct(t2, (r2) => {
    const [s, o2, i] = r2.split(U2);
    e.add(s), (n[s] = n[s] || []).push({
      line: d(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function Ln() {
  return {
    grep(t2) {
      const e = u2(arguments), n = m2(arguments);
      for (const s of Nn)
        if (n.includes(s))
          return this._runTask(
            b(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Mn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Dn(s);
          }
        },
        e
      );
    }
  };
}
function Bn(t2, e) {
  const n = ["reset"];
  return Jt(t2) && n.push(`--${t2}`), n.push(...e), g2(n);
}
function In(t2) {
  if (Jt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Jt(t2) {
  return typeof t2 == "string" && jn.includes(t2);
}
function Un() {
  return (0, import_debug.default)("simple-git");
}
function Et(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function Fn(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Un()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = Fn(y2(e, p), i, r2);
  return h(n);
  function c3(w2, T2) {
    return O2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function h(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && Et(i, T2) || W2, R2 = Et(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : R2, {
      label: t2,
      sibling: c3,
      info: R2,
      step: h
    });
  }
}
function zn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function St(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
function Kn(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function Rt(t2, e) {
  return fn((n) => {
    if (!It(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function J2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ft(e, "-B")), g2(e);
}
function Wn() {
  return {
    checkout() {
      return this._runTask(
        J2(m2(arguments, 1)),
        u2(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        J2(["-b", t2, e, ...m2(arguments)]),
        u2(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        J2(["-b", t2, ...m2(arguments)]),
        u2(arguments)
      );
    }
  };
}
function Ot(t2, e, n, ...r2) {
  return p(n) ? e(n, y2(r2[0], p), m2(arguments)) : b(`git.${t2}() requires a string 'repoPath'`);
}
function Vn() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Ot("clone", Zt, y2(t2, p), ...e),
        u2(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Ot("mirror", Hn, y2(t2, p), ...e),
        u2(arguments)
      );
    }
  };
}
function Yn(t2, e, n = false) {
  if (!$e(t2))
    return b(
      "git.cmd must be used as a tagged template literal, for example git.cmd`status`, use git.raw to supply an array of arguments"
    );
  try {
    return g2(Ne(t2, e), n);
  } catch (r2) {
    if (r2 instanceof ke)
      return b(`git.cmd: ${r2.message}`);
    throw r2;
  }
}
function Xn(t2) {
  return S2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Qn, t2);
}
function Jn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...F2(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Xn
  };
}
function Zn() {
  return {
    commit(e, ...n) {
      const r2 = u2(arguments), s = t2(e) || Jn(
        _(e),
        _(y2(n[0], z2, [])),
        [
          ...j2(y2(n[1], V2, [])),
          ...m2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !z2(e) && b(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function tr() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
function nr() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return S2(tr(), [er], t2);
        }
      });
    }
  };
}
function rr() {
  return {
    firstCommit() {
      return this._runTask(
        g2(["rev-list", "--max-parents=0", "HEAD"], true),
        u2(arguments)
      );
    }
  };
}
function sr(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g2(n, true);
}
function ar(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = or.exec(r2))
    return new Z2(t2, e, false, s[1]);
  if (s = ir.exec(r2))
    return new Z2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new Z2(t2, e, /^re/i.test(r2), o2);
}
function ur(t2) {
  return t2.includes(te2);
}
function cr(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !ur(r2) && r2.splice(1, 0, te2), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return ar(r2.includes("--bare"), e, s);
    }
  };
}
function fr(t2) {
  return t2 === void 0 ? b("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ct(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            Ut(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function lr() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        fr(y2(t2, He)),
        u2(arguments)
      );
    }
  };
}
function dt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = ee2.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function hr(t2) {
  return ee2.test(t2);
}
function ne2(t2 = C.NONE) {
  const e = yr[t2];
  return (n) => S2(new mr(), e, n, false);
}
function br(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function ie2(t2 = oe2, e = wr, n = C.NONE) {
  const r2 = ne2(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      re2
    ).map(function(i) {
      const a = i.split(se2), c3 = br(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function Tr(t2) {
  let e = dt(t2);
  const n = ["diff"];
  return e === C.NONE && (e = C.STAT, n.push("--stat=4096")), n.push(...t2), gt(n) || {
    commands: n,
    format: "utf-8",
    parser: ne2(e)
  };
}
function gt(t2) {
  const e = t2.filter(hr);
  if (e.length > 1)
    return b(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
function kr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function _r(t2) {
  return Object.keys(t2).reduce((e, n) => (n in ae2 || (e[n] = t2[n]), e), {});
}
function ue2(t2 = {}, e = []) {
  const n = y2(t2.splitter, p, oe2), r2 = ht(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = kr(r2, n), i = [], a = [
    `--pretty=format:${re2}${o2}${se2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const h = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${h}${t2.to || ""}`);
  }
  return p(t2.file) && a.push("--follow", c(t2.file)), Gt(_r(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function vr(t2, e, n) {
  const r2 = ie2(t2, e, dt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function Er() {
  return {
    log(...n) {
      const r2 = u2(arguments), s = ue2(
        mt(arguments),
        j2(y2(arguments[0], V2, []))
      ), o2 = e(...n) || gt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return vr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return p(n) && p(r2) && b(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
function et(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function At(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: d(e && e[1] || "0"),
    delta: d(n && n[1] || "0")
  };
}
function fe2(t2, e) {
  return S2({ remoteMessages: new Ar() }, Cr, e);
}
function Lr(t2, e) {
  const n = S2(new Rr(), Mr, [t2, e]);
  return n.message && n;
}
function xt(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Br(e, n);
      if (r2.failed)
        throw new ut(r2);
      return r2;
    }
  } : b("Git.merge requires at least one option");
}
function Ur(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
function qr(t2 = {}, e) {
  return O2(e, "--tags"), he2(t2, e);
}
function he2(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ft(n, "-v"), O2(n, "--verbose"), O2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: Gr
  };
}
function Kr() {
  return {
    showBuffer() {
      const t2 = ["show", ...m2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Kt(t2),
        u2(arguments)
      );
    },
    show() {
      const t2 = ["show", ...m2(arguments, 1)];
      return this._runTask(
        g2(t2),
        u2(arguments)
      );
    }
  };
}
function $t(t2) {
  const [e, n] = t2.split(U2);
  return {
    from: n || e,
    to: e
  };
}
function E(t2, e, n) {
  return [`${t2}${e}`, n];
}
function nt(t2, ...e) {
  return e.map((n) => E(t2, n, (r2, s) => r2.conflicted.push(s)));
}
function Xr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Yr.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new Hr(i, s, o2));
  }
}
function Zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Jr.includes(n))
    ],
    parser(n) {
      return Qr(n);
    }
  };
}
function K2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function ts() {
  return K2(0, 0, 0, "", false);
}
function es() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: rs,
        onError(t2, e, n, r2) {
          if (t2.exitCode === Y2.NOT_FOUND)
            return n(Buffer.from(me2));
          r2(e);
        }
      });
    }
  };
}
function rs(t2) {
  return t2 === me2 ? ts() : S2(K2(0, 0, 0, t2), ns, t2);
}
function is(t2, e) {
  return g2(["apply", ...e, ...t2]);
}
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function ge2(t2, e = false) {
  return S2(
    new as(),
    e ? [cs] : us,
    t2
  );
}
function ls(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function hs(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
function we2(t2, e) {
  return e === Y2.ERROR && ye2.test(t2);
}
function ds(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function gs(t2) {
  const e = ds(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? yt(s, o2).all[0] : ge2(s, n);
    }
  };
}
function ys() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return ge2(t2);
    }
  };
}
function ws(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return yt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!we2(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function bs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return yt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!we2(String(i), r2))
        return c3(i);
      throw new ut(
        n.parser(G2(o2), G2(s)),
        String(i)
      );
    }
  };
  return n;
}
function Ts(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ks
  };
}
function ks(t2) {
  return t2.split(/\n/g).map(_s).filter(Boolean);
}
function _s(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && (0, import_node_path.normalize)(e);
}
function Es(t2, e) {
  return S2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, vs, [t2, e]);
}
function Ss(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function Rs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(Ss) ? b("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: Es
  };
}
function Cs(t2) {
  return S2({ moves: [] }, Os, t2);
}
function As(t2, e) {
  return {
    commands: ["mv", "-v", ..._(t2), e],
    format: "utf-8",
    parser: Cs
  };
}
function xs(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return le2(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Lr(
        G2(s.stdOut),
        G2(s.stdErr)
      );
      if (c3)
        return a(new ut(c3));
      a(o2);
    }
  };
}
function $s(t2) {
  const e = {};
  return be2(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function Ns(t2) {
  const e = {};
  return be2(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function be2(t2, e) {
  ct(t2, (n) => e(n.split(/\s+/)));
}
function Ps(t2, e, n) {
  return g2(["remote", "add", ...n, t2, e]);
}
function Ms(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? Ns : $s
  };
}
function Ds(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g2(e);
}
function Ls(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g2(e);
}
function js(t2) {
  return g2(["remote", "remove", t2]);
}
function Bs(t2 = {}, e) {
  const n = ue2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = ie2(
    n.splitter,
    n.fields,
    dt(r2)
  );
  return gt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function Is(t2, e) {
  return Q2(["add", t2, e]);
}
function Us(t2) {
  return Q2(["init", ...t2]);
}
function Q2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g2(e);
}
function Fs(t2) {
  return Q2(["update", ...t2]);
}
function qs(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? Te(t2, e) : 0;
}
function Te(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ks(t2) {
  return t2.trim();
}
function I2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ws(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return zs(n, e);
    }
  };
}
function Hs(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Vs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f(t2, e) {
  this._plugins = e, this._executor = new qn(
    t2.baseDir,
    new os(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
function Ys(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new x(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new x(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
function Xs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Ue(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new x(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Qs("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Zs({
  unsafe: t2 = {},
  allowConfig: e = [],
  allowEnvironment: n = [],
  strict: r2
}) {
  const s = he(Mt(e)), o2 = new Set(Mt(n, (h) => h.toLowerCase())), i = t2.recommended === true || r2;
  function a(h) {
    return h.level !== "recommended" || i;
  }
  function c3(h) {
    return t2[h.category] === true ? true : h.configKey !== void 0 ? s(h.configKey) : h.envKey !== void 0 ? !ke2.has(h.envKey) && o2.has(h.envKey) : false;
  }
  return {
    type: "spawn.args",
    action(h, { env: w2 }) {
      const T2 = Ae(...h), k2 = Re(w2 ?? {}, process.env), R2 = /* @__PURE__ */ new Set();
      for (const v of [...T2.vulnerabilities, ...k2.vulnerabilities]) {
        if (!c3(v)) {
          if (!a(v))
            continue;
          throw new x(void 0, "unsafe", to(v));
        }
        v.configKey !== void 0 && R2.add(v.configKey);
      }
      for (const { key: v } of [...T2.config.write, ...k2.config.write])
        if (!(R2.has(v) || Le(v) || s(v))) {
          if (r2)
            throw new x(
              void 0,
              "allowConfig",
              `Configuring "${v}" is not permitted without adding it to the allowConfig option`
            );
          eo(v);
        }
      return h;
    }
  };
}
function Mt(t2, e = (n) => n) {
  return _(t2 ?? []).flatMap((n) => e(String(n ?? "").trim()) || []);
}
function to({ message: t2, configKey: e, envKey: n }) {
  return e !== void 0 ? `${t2} or adding "${e}" to the allowConfig option` : n !== void 0 && !ke2.has(n) ? `${t2} or adding "${n.toUpperCase()}" to the allowEnvironment option` : t2;
}
function eo(t2) {
  Js("config key %s is not in the allowConfig list", t2), !Pt.has(t2) && (Pt.add(t2), process.emitWarning(
    `simple-git: configuration key "${t2}" is not in the list of known-safe keys. Add it to the allowConfig option to keep using it, it will be blocked by default in the next major version.`,
    { code: "SIMPLE_GIT_UNLISTED_CONFIG" }
  ));
}
function no(t2) {
  const e = F2(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
function ro({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? Dt : o2.closeTimeout.promise,
      e === false ? Dt : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => bt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, h = () => {
        c3 = false;
      };
      o2.stdout?.on("data", h), o2.stderr?.on("data", h), o2.on("error", h), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await bt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
function uo(t2, e) {
  return !t2 || !(io.test(t2) || e === 0 && ao.test(t2));
}
function Lt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new x(void 0, "binary", so);
  if (t2.some(uo))
    if (e)
      _e2("permitted unsafe binary %o", t2);
    else
      throw new x(void 0, "binary", oo);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function co(t2, e = ["git"], n = false) {
  let r2 = Lt(_(e), n);
  t2.on("binary", (s) => {
    r2 = Lt(_(s), n), _e2.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
function fo(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(ve2))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
function ho(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function mo(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function po(t2 = false, e = ho, n = mo) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function go(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new lo(e) : new A2(void 0, e);
}
function jt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: go(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
function yo(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return rt("generated zero length content, not writing to stdin");
      rt("writing %s bytes to stdin", Ke(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && rt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
function bo(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? qe(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: To(c3[1]),
          progress: d(c3[2]),
          processed: d(c3[3]),
          total: d(c3[4])
        });
      });
    }
  }];
}
function To(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function ko(t2) {
  const e = We(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function _o() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function vo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new x(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var import_file_exists, import_node_child_process, import_debug, import_promise_deferred, import_node_path, import_node_events, A2, Be, x, ut, Ie, U2, W2, lt, V2, p, He, z2, Ft, Y2, q2, l, N2, Qe, Ze, pt, zt, sn, on, an, un, qt, hn, mn, pn, Wt, Ht, _n, Yt, Qt, xn, vt, Nn, B2, Pn, Xt, jn, D2, it, Gn, qn, Zt, Hn, Qn, er, Z2, or, ir, te2, C, ee2, mr, Ct, pr, dr, gr, yr, re2, se2, oe2, wr, ae2, tt, Sr, ce2, Rr, Or, Cr, Ar, xr, $r, Nr, Pr, Mr, Dr, le2, jr, Br, Ir, Fr, Gr, zr, Wr, Hr, Vr, Yr, Qr, Jr, me2, ns, pe2, ss, os, de2, as, us, cs, fs4, ms, ye2, ps, yt, vs, Os, Gs, zs, Qs, Js, ke2, Pt, Dt, _e2, so, oo, io, ao, ve2, lo, rt, wo, No;
var init_dist3 = __esm({
  "node_modules/simple-git/dist/index.mjs"() {
    "use strict";
    init_dist();
    init_dist();
    init_dist2();
    init_dist2();
    import_file_exists = __toESM(require_dist(), 1);
    import_node_child_process = require("child_process");
    import_debug = __toESM(require_src(), 1);
    import_promise_deferred = __toESM(require_dist2(), 1);
    import_node_path = require("path");
    import_node_events = require("events");
    A2 = class extends Error {
      constructor(e, n) {
        super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    Be = class extends A2 {
      constructor(e, n) {
        super(void 0, n), this.config = e;
      }
    };
    x = class extends A2 {
      constructor(e, n, r2) {
        super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    ut = class extends A2 {
      constructor(e, n) {
        super(void 0, n || String(e)), this.git = e;
      }
    };
    Ie = class extends A2 {
      constructor(e) {
        super(void 0, e);
      }
    };
    U2 = "\0";
    W2 = () => {
    };
    lt = Object.prototype.toString.call.bind(Object.prototype.toString);
    V2 = (t2) => Array.isArray(t2);
    p = (t2) => typeof t2 == "string" || r(t2);
    He = (t2) => p(t2) || Buffer.isBuffer(t2);
    z2 = (t2) => p(t2) || Array.isArray(t2) && t2.every(p);
    Ft = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
    Y2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(Y2 || {});
    q2 = class _q {
      constructor(e, n) {
        this.stdOut = e, this.stdErr = n;
      }
      asStrings() {
        return new _q(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
      }
    };
    l = class {
      constructor(e, n) {
        this.matches = [], this.useMatches = Ye, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
      }
      resetMatches() {
        this.matches.length = 0;
      }
      prepareMatches() {
        return this.matches;
      }
      addMatch(e, n, r2) {
        const s = r2 && e.exec(r2);
        return s && this.pushMatch(n, s), !!s;
      }
      pushMatch(e, n) {
        this.matches.push(...n.slice(1));
      }
    };
    N2 = class extends l {
      addMatch(e, n, r2) {
        return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
      }
      pushMatch(e, n) {
        (e > 0 || n.length > 1) && super.pushMatch(e, n);
      }
    };
    Qe = {
      binary: "git",
      maxConcurrentProcesses: 5,
      config: [],
      trimmed: false
    };
    Ze = /* @__PURE__ */ ((t2) => (t2.BARE = "bare", t2.IN_TREE = "tree", t2.IS_REPO_ROOT = "root", t2))(Ze || {});
    pt = ({ exitCode: t2 }, e, n, r2) => {
      if (t2 === Y2.UNCLEAN && rn(e))
        return n(Buffer.from("false"));
      r2(e);
    };
    zt = (t2) => t2.trim() === "true";
    sn = class {
      constructor(e) {
        this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
      }
    };
    on = /^[a-z]+\s*/i;
    an = /^[a-z]+\s+[a-z]+\s*/i;
    un = /\/$/;
    qt = [];
    hn = "Git clean interactive mode is not supported";
    mn = 'Git clean mode parameter ("n" or "f") is required';
    pn = "Git clean unknown option found in: ";
    Wt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(Wt || {});
    Ht = /* @__PURE__ */ new Set([
      "i",
      ...j2(Object.values(Wt))
    ]);
    _n = class {
      constructor() {
        this.files = [], this.values = /* @__PURE__ */ Object.create(null);
      }
      get all() {
        return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
      }
      addFile(e) {
        if (!(e in this.values)) {
          const n = P2(this.files);
          this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
        }
        return this.values[e];
      }
      addValue(e, n, r2) {
        const s = this.addFile(e);
        Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
      }
    };
    Yt = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Yt || {});
    Qt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Qt || {});
    xn = new Set(Object.values(Qt));
    Nn = ["-h"];
    B2 = /* @__PURE__ */ Symbol("grepQuery");
    Pn = class {
      constructor() {
        this[vt] = [];
      }
      *[(vt = B2, Symbol.iterator)]() {
        for (const e of this[B2])
          yield e;
      }
      and(...e) {
        return e.length && this[B2].push("--and", "(", ...F2(e, "-e"), ")"), this;
      }
      param(...e) {
        return this[B2].push(...F2(e, "-e")), this;
      }
    };
    Xt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Xt || {});
    jn = j2(Object.values(Xt));
    import_debug.default.formatters.L = (t2) => String(Ft(t2) ? t2.length : "-");
    import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : lt(t2);
    D2 = class D3 {
      constructor(e = "GitExecutor") {
        this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
      }
      withProgress(e) {
        return this._queue.get(e);
      }
      createProgress(e) {
        const n = D3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
        return {
          task: e,
          logger: r2,
          name: n
        };
      }
      push(e) {
        const n = this.createProgress(e);
        return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
      }
      fatal(e) {
        for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
          n === e.task ? (r2.info("Failed %o", e), r2(
            "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
          )) : r2.info(
            "A fatal exception occurred in a previous task, the queue has been purged: %o",
            e.message
          ), this.complete(n);
        if (this._queue.size !== 0)
          throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
      }
      complete(e) {
        this.withProgress(e) && this._queue.delete(e);
      }
      attempt(e) {
        const n = this.withProgress(e);
        if (!n)
          throw new A2(void 0, "TasksPendingQueue: attempt called for an unknown task");
        return n.logger("Starting task"), n;
      }
      static getName(e = "empty") {
        return `task:${e}:${++D3.counter}`;
      }
    };
    D2.counter = 0;
    it = D2;
    Gn = class {
      constructor(e, n, r2) {
        this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new it();
      }
      get cwd() {
        return this._cwd || this._executor.cwd;
      }
      set cwd(e) {
        this._cwd = e;
      }
      get env() {
        return this._executor.env;
      }
      get outputHandler() {
        return this._executor.outputHandler;
      }
      chain() {
        return this;
      }
      push(e) {
        return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
      }
      async attemptTask(e) {
        const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
        try {
          const { logger: s } = this._queue.attempt(e);
          return await (_t(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
        } catch (s) {
          throw this.onFatalException(e, s);
        } finally {
          r2(), n();
        }
      }
      onFatalException(e, n) {
        const r2 = n instanceof A2 ? Object.assign(n, { task: e }) : new A2(e, n && String(n));
        return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
      }
      async attemptRemoteTask(e, n) {
        const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
          "spawn.args",
          [...e.commands],
          this.taskContext(e, e.commands)
        ), o2 = await this.gitResponse(
          e,
          r2,
          s,
          this.outputHandler,
          n.step("SPAWN")
        ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
        return n("passing response to task's parser as a %s", e.format), ln(e) ? kt(e.parser, i) : kt(e.parser, i.asStrings());
      }
      async attemptEmptyTask(e, n) {
        return n("empty task bypassing child process to call to task's parser"), e.parser(this);
      }
      handleTaskData(e, n, r2, s) {
        const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
        return new Promise((h, w2) => {
          s("Preparing to handle process response exitCode=%d stdOut=", o2);
          const { error: T2 } = this._plugins.exec(
            "task.error",
            { error: i },
            {
              ...this.taskContext(e, n),
              ...r2
            }
          );
          if (T2 && e.onError)
            return s.info("exitCode=%s handling with custom error handler"), e.onError(
              r2,
              T2,
              (k2) => {
                s.info("custom error handler treated as success"), s("custom error returned a %s", lt(k2)), h(
                  new q2(
                    Array.isArray(k2) ? Buffer.concat(k2) : k2,
                    Buffer.concat(c3)
                  )
                );
              },
              w2
            );
          if (T2)
            return s.info(
              "handling as error: exitCode=%s stdErr=%s rejection=%o",
              o2,
              c3.length,
              i
            ), w2(T2);
          s.info("retrieving task output complete"), h(new q2(Buffer.concat(a), Buffer.concat(c3)));
        });
      }
      async gitResponse(e, n, r2, s, o2) {
        const i = o2.sibling("output"), a = this._plugins.exec(
          "spawn.options",
          {
            cwd: this.cwd,
            env: this.env,
            windowsHide: true
          },
          this.taskContext(e, e.commands)
        );
        return new Promise((c3) => {
          const h = [], w2 = [];
          o2.info("%s %o", n, r2), o2("%O", a);
          let T2 = this._beforeSpawn(e, r2);
          if (T2)
            return c3({
              stdOut: h,
              stdErr: w2,
              exitCode: 9901,
              rejection: T2
            });
          this._plugins.exec("spawn.before", void 0, {
            ...this.taskContext(e, r2),
            kill(R2) {
              T2 = R2 || T2;
            }
          });
          const k2 = (0, import_node_child_process.spawn)(n, r2, a);
          k2.stdout.on(
            "data",
            St(h, "stdOut", o2, i.step("stdOut"))
          ), k2.stderr.on(
            "data",
            St(w2, "stdErr", o2, i.step("stdErr"))
          ), k2.on("error", zn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
            ...this.taskContext(e, r2),
            spawned: k2,
            close(R2, v) {
              c3({
                stdOut: h,
                stdErr: w2,
                exitCode: R2,
                rejection: T2 || v
              });
            },
            kill(R2) {
              k2.killed || (T2 = R2, k2.kill("SIGINT"));
            }
          });
        });
      }
      _beforeSpawn(e, n) {
        let r2;
        return this._plugins.exec("spawn.before", void 0, {
          ...this.taskContext(e, n),
          kill(s) {
            r2 = s || r2;
          }
        }), r2;
      }
      taskContext(e, n) {
        return {
          method: String(ze(e.commands) || ""),
          commands: n,
          env: { ...this.env },
          input: _t(e) ? void 0 : e.input
        };
      }
    };
    qn = class {
      constructor(e, n, r2) {
        this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
      }
      chain() {
        return new Gn(this, this._scheduler, this._plugins);
      }
      push(e) {
        return this._chain.push(e);
      }
    };
    Zt = (t2, e, n) => {
      const r2 = ["clone", ...n];
      return p(t2) && r2.push(c(t2)), p(e) && r2.push(c(e)), g2(r2);
    };
    Hn = (t2, e, n) => (O2(n, "--mirror"), Zt(t2, e, n));
    Qn = [
      new l(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
        t2.branch = e, t2.commit = r2, t2.root = !!n;
      }),
      new l(/\s*Author:\s(.+)/i, (t2, [e]) => {
        const n = e.split("<"), r2 = n.pop();
        !r2 || !r2.includes("@") || (t2.author = {
          email: r2.substr(0, r2.length - 1),
          name: n.join("<").trim()
        });
      }),
      new l(
        /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
        (t2, [e, n, r2]) => {
          t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
        }
      ),
      new l(
        /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
        (t2, [e, n, r2]) => {
          t2.summary.changes = parseInt(e, 10) || 0;
          const s = parseInt(n, 10) || 0;
          r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
        }
      )
    ];
    er = new l(
      /([a-z-]+): (\d+)$/,
      (t2, [e, n]) => {
        const r2 = Ut(e);
        Object.hasOwn(t2, r2) && (t2[r2] = d(n));
      }
    );
    Z2 = class {
      constructor(e, n, r2, s) {
        this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
      }
    };
    or = /^Init.+ repository in (.+)$/;
    ir = /^Rein.+ in (.+)$/;
    te2 = "--bare";
    C = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(C || {});
    ee2 = /^--(stat|numstat|name-only|name-status)(=|$)/;
    mr = class {
      constructor() {
        this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
      }
    };
    Ct = [
      new l(
        /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
        (t2, [e, n, r2 = ""]) => {
          t2.files.push({
            file: e.trim(),
            changes: d(n),
            insertions: r2.replace(/[^+]/g, "").length,
            deletions: r2.replace(/[^-]/g, "").length,
            binary: false
          });
        }
      ),
      new l(
        /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
        (t2, [e, n, r2]) => {
          t2.files.push({
            file: e.trim(),
            before: d(n),
            after: d(r2),
            binary: true
          });
        }
      ),
      new l(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
        t2.files.push({
          file: e.trim(),
          before: 0,
          after: 0,
          binary: true
        });
      }),
      new l(
        /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
        (t2, [e, n]) => {
          const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
          t2.changed = d(e), t2.insertions = d(r2?.[1]), t2.deletions = d(s?.[1]);
        }
      )
    ];
    pr = [
      new l(
        /(\d+)\t(\d+)\t(.+)$/,
        (t2, [e, n, r2]) => {
          const s = d(e), o2 = d(n);
          t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
            file: r2,
            changes: s + o2,
            insertions: s,
            deletions: o2,
            binary: false
          });
        }
      ),
      new l(/-\t-\t(.+)$/, (t2, [e]) => {
        t2.changed++, t2.files.push({
          file: e,
          after: 0,
          before: 0,
          binary: true
        });
      })
    ];
    dr = [
      new l(/(.+)$/, (t2, [e]) => {
        t2.changed++, t2.files.push({
          file: e,
          changes: 0,
          insertions: 0,
          deletions: 0,
          binary: false
        });
      })
    ];
    gr = [
      new l(
        /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
        (t2, [e, n, r2, s, o2]) => {
          t2.changed++, t2.files.push({
            file: o2 ?? r2,
            changes: 0,
            insertions: 0,
            deletions: 0,
            binary: false,
            status: Tt($n(e) && e),
            from: Tt(!!o2 && r2 !== o2 && r2),
            similarity: d(n)
          });
        }
      )
    ];
    yr = {
      [C.NONE]: Ct,
      [C.STAT]: Ct,
      [C.NUM_STAT]: pr,
      [C.NAME_STATUS]: gr,
      [C.NAME_ONLY]: dr
    };
    re2 = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
    se2 = " \xF2\xF2";
    oe2 = " \xF2 ";
    wr = ["hash", "date", "message", "refs", "author_name", "author_email"];
    ae2 = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(ae2 || {});
    tt = class {
      constructor(e, n = null, r2) {
        this.reason = e, this.file = n, this.meta = r2;
      }
      toString() {
        return `${this.file}:${this.reason}`;
      }
    };
    Sr = class {
      constructor() {
        this.conflicts = [], this.merges = [], this.result = "success";
      }
      get failed() {
        return this.conflicts.length > 0;
      }
      get reason() {
        return this.result;
      }
      toString() {
        return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
      }
    };
    ce2 = class {
      constructor() {
        this.remoteMessages = {
          all: []
        }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
          changes: 0,
          deletions: 0,
          insertions: 0
        };
      }
    };
    Rr = class {
      constructor() {
        this.remote = "", this.hash = {
          local: "",
          remote: ""
        }, this.branch = {
          local: "",
          remote: ""
        }, this.message = "";
      }
      toString() {
        return this.message;
      }
    };
    Or = [
      new N2(
        /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
        (t2, [e, n]) => {
          const r2 = e.toLowerCase(), s = et(t2.remoteMessages);
          Object.assign(s, { [r2]: d(n) });
        }
      ),
      new N2(
        /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
        (t2, [e, n]) => {
          const r2 = e.toLowerCase(), s = et(t2.remoteMessages);
          Object.assign(s, { [r2]: d(n) });
        }
      ),
      new N2(
        /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
        (t2, [e, n, r2]) => {
          const s = et(t2.remoteMessages);
          s.total = At(e), s.reused = At(n), s.packReused = d(r2);
        }
      )
    ];
    Cr = [
      new N2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
      ...Or,
      new N2(
        [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
        (t2, [e]) => {
          t2.remoteMessages.pullRequestUrl = e;
        }
      ),
      new N2(
        [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
        (t2, [e, n, r2]) => {
          t2.remoteMessages.vulnerabilities = {
            count: d(e),
            summary: n,
            url: r2
          };
        }
      )
    ];
    Ar = class {
      constructor() {
        this.all = [];
      }
    };
    xr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
    $r = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
    Nr = /^(create|delete) mode \d+ (.+)/;
    Pr = [
      new l(xr, (t2, [e, n, r2]) => {
        t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
      }),
      new l($r, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
      new l(Nr, (t2, [e, n]) => {
        O2(t2.files, n), O2(e === "create" ? t2.created : t2.deleted, n);
      })
    ];
    Mr = [
      new l(/^from\s(.+)$/i, (t2, [e]) => {
        t2.remote = e;
      }),
      new l(/^fatal:\s(.+)$/, (t2, [e]) => {
        t2.message = e;
      }),
      new l(
        /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
        (t2, [e, n, r2, s]) => {
          t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
        }
      )
    ];
    Dr = (t2, e) => S2(new ce2(), Pr, [t2, e]);
    le2 = (t2, e) => Object.assign(
      new ce2(),
      Dr(t2, e),
      fe2(t2, e)
    );
    jr = [
      new l(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
        t2.merges.push(e);
      }),
      new l(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
        t2.conflicts.push(new tt(e, n));
      }),
      new l(
        /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
        (t2, [e, n, r2]) => {
          t2.conflicts.push(new tt(e, n, { deleteRef: r2 }));
        }
      ),
      new l(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
        t2.conflicts.push(new tt(e, null));
      }),
      new l(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
        t2.result = e;
      })
    ];
    Br = (t2, e) => Object.assign(Ir(t2), le2(t2, e));
    Ir = (t2) => S2(new Sr(), jr, t2);
    Fr = [
      new l(/^Pushing to (.+)$/, (t2, [e]) => {
        t2.repo = e;
      }),
      new l(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
        t2.ref = {
          ...t2.ref || {},
          local: e
        };
      }),
      new l(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
        t2.pushed.push(Ur(e, n, r2));
      }),
      new l(
        /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
        (t2, [e, n, r2]) => {
          t2.branch = {
            ...t2.branch || {},
            local: e,
            remote: n,
            remoteName: r2
          };
        }
      ),
      new l(
        /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
        (t2, [e, n, r2, s]) => {
          t2.update = {
            head: {
              local: e,
              remote: n
            },
            hash: {
              from: r2,
              to: s
            }
          };
        }
      )
    ];
    Gr = (t2, e) => {
      const n = zr(t2, e), r2 = fe2(t2, e);
      return {
        ...n,
        ...r2
      };
    };
    zr = (t2, e) => S2({ pushed: [] }, Fr, [t2, e]);
    Wr = /^(.+)\0(.+)$/;
    Hr = class {
      constructor(e, n, r2) {
        if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
          const s = Wr.exec(e) || [null, e, e];
          this.from = s[2] || "", this.path = s[1] || "";
        }
      }
    };
    Vr = class {
      constructor() {
        this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
      }
    };
    Yr = new Map([
      E(
        " ",
        "A",
        (t2, e) => t2.created.push(e)
      ),
      E(
        " ",
        "D",
        (t2, e) => t2.deleted.push(e)
      ),
      E(
        " ",
        "M",
        (t2, e) => t2.modified.push(e)
      ),
      E("A", " ", (t2, e) => {
        t2.created.push(e), t2.staged.push(e);
      }),
      E("A", "M", (t2, e) => {
        t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
      }),
      E("D", " ", (t2, e) => {
        t2.deleted.push(e), t2.staged.push(e);
      }),
      E("M", " ", (t2, e) => {
        t2.modified.push(e), t2.staged.push(e);
      }),
      E("M", "M", (t2, e) => {
        t2.modified.push(e), t2.staged.push(e);
      }),
      E("R", " ", (t2, e) => {
        t2.renamed.push($t(e));
      }),
      E("R", "M", (t2, e) => {
        const n = $t(e);
        t2.renamed.push(n), t2.modified.push(n.to);
      }),
      E("!", "!", (t2, e) => {
        (t2.ignored = t2.ignored || []).push(e);
      }),
      E(
        "?",
        "?",
        (t2, e) => t2.not_added.push(e)
      ),
      ...nt(
        "A",
        "A",
        "U"
        /* UNMERGED */
      ),
      ...nt(
        "D",
        "D",
        "U"
        /* UNMERGED */
      ),
      ...nt(
        "U",
        "A",
        "D",
        "U"
        /* UNMERGED */
      ),
      [
        "##",
        (t2, e) => {
          const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
          let a = n.exec(e);
          t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = y2(a?.[1], p, null), a = o2.exec(e), t2.tracking = y2(a?.[1], p, null), a = i.exec(e), a && (t2.current = y2(a?.[1], p, t2.current)), t2.detached = /\(no branch\)/.test(e);
        }
      ]
    ]);
    Qr = function(t2) {
      const e = t2.split(U2), n = new Vr();
      for (let r2 = 0, s = e.length; r2 < s; ) {
        let o2 = e[r2++].trim();
        o2 && (o2.charAt(0) === "R" && (o2 += U2 + (e[r2++] || "")), Xr(n, o2));
      }
      return n;
    };
    Jr = ["--null", "-z"];
    me2 = "installed=false";
    ns = [
      new l(
        /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
        (t2, [e, n, r2, s = ""]) => {
          Object.assign(
            t2,
            K2(d(e), d(n), d(r2), s)
          );
        }
      ),
      new l(
        /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
        (t2, [e, n, r2, s = ""]) => {
          Object.assign(t2, K2(d(e), d(n), r2, s));
        }
      )
    ];
    pe2 = class {
      constructor(e) {
        this._executor = e, this._trimmed = false;
      }
      _runTask(e, n) {
        const r2 = this._executor.chain(), s = r2.push(e);
        return n && Kn(e, s, n), Object.create(this, {
          then: { value: s.then.bind(s) },
          catch: { value: s.catch.bind(s) },
          _executor: { value: r2 }
        });
      }
      add(e) {
        return this._runTask(
          g2(["add", ..._(e)]),
          u2(arguments)
        );
      }
      cmd(e, ...n) {
        return this._runTask(Yn(e, n, this._trimmed));
      }
      cwd(e) {
        const n = u2(arguments);
        return typeof e == "string" ? this._runTask(Rt(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
          Rt(
            e.path,
            e.root && this._executor || void 0
          ),
          n
        ) : this._runTask(
          b("Git.cwd: workingDirectory must be supplied as a string"),
          n
        );
      }
      hashObject(e, n) {
        return this._runTask(
          sr(e, n === true),
          u2(arguments)
        );
      }
      init(e) {
        return this._runTask(
          cr(e === true, this._executor.cwd, m2(arguments)),
          u2(arguments)
        );
      }
      merge() {
        return this._runTask(
          xt(m2(arguments)),
          u2(arguments)
        );
      }
      mergeFromTo(e, n) {
        return p(e) && p(n) ? this._runTask(
          xt([e, n, ...m2(arguments)]),
          u2(arguments, false)
        ) : this._runTask(
          b(
            "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
          )
        );
      }
      outputHandler(e) {
        return this._executor.outputHandler = e, this;
      }
      push() {
        const e = he2(
          {
            remote: y2(arguments[0], p),
            branch: y2(arguments[1], p)
          },
          m2(arguments)
        );
        return this._runTask(e, u2(arguments));
      }
      stash() {
        return this._runTask(
          g2(["stash", ...m2(arguments)]),
          u2(arguments)
        );
      }
      status() {
        return this._runTask(
          Zr(m2(arguments)),
          u2(arguments)
        );
      }
    };
    Object.assign(
      pe2.prototype,
      Wn(),
      Vn(),
      Zn(),
      An(),
      nr(),
      rr(),
      Ln(),
      lr(),
      Er(),
      Kr(),
      es()
    );
    ss = /* @__PURE__ */ (() => {
      let t2 = 0;
      return () => {
        t2++;
        const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
        return {
          promise: e,
          done: n,
          id: t2
        };
      };
    })();
    os = class {
      constructor(e = 2) {
        this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
      }
      schedule() {
        if (!this.pending.length || this.running.length >= this.concurrency) {
          this.logger(
            "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
            this.pending.length,
            this.running.length,
            this.concurrency
          );
          return;
        }
        const e = O2(this.running, this.pending.shift());
        this.logger("Attempting id=%s", e.id), e.done(() => {
          this.logger("Completing id=", e.id), ft(this.running, e), this.schedule();
        });
      }
      next() {
        const { promise: e, id: n } = O2(this.pending, ss());
        return this.logger("Scheduling id=%s", n), this.schedule(), e;
      }
    };
    de2 = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(de2 || {});
    as = class {
      constructor() {
        this.all = [], this.branches = {}, this.current = "", this.detached = false;
      }
      push(e, n, r2, s, o2) {
        e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
          current: e === "*",
          linkedWorkTree: e === "+",
          name: r2,
          commit: s,
          label: o2
        };
      }
    };
    us = [
      new l(
        /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
        (t2, [e, n, r2, s]) => {
          t2.push(Nt(e), true, n, r2, s);
        }
      ),
      new l(
        /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
        (t2, [e, n, r2, s]) => {
          t2.push(Nt(e), false, n, r2, s);
        }
      )
    ];
    cs = new l(/^(\S+)$/s, (t2, [e]) => {
      t2.push(de2.CURRENT, false, e, "", "");
    });
    fs4 = class {
      constructor() {
        this.all = [], this.branches = {}, this.errors = [];
      }
      get success() {
        return !this.errors.length;
      }
    };
    ms = /(\S+)\s+\(\S+\s([^)]+)\)/;
    ye2 = /^error[^']+'([^']+)'/m;
    ps = [
      new l(ms, (t2, [e, n]) => {
        const r2 = ls(e, n);
        t2.all.push(r2), t2.branches[e] = r2;
      }),
      new l(ye2, (t2, [e]) => {
        const n = hs(e);
        t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
      })
    ];
    yt = (t2, e) => S2(new fs4(), ps, [t2, e]);
    vs = [
      new l(/From (.+)$/, (t2, [e]) => {
        t2.remote = e;
      }),
      new l(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
        t2.branches.push({
          name: e,
          tracking: n
        });
      }),
      new l(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
        t2.tags.push({
          name: e,
          tracking: n
        });
      }),
      new l(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
        t2.deleted.push({
          tracking: e
        });
      }),
      new l(
        /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
        (t2, [e, n, r2, s]) => {
          t2.updated.push({
            name: r2,
            tracking: s,
            to: n,
            from: e
          });
        }
      )
    ];
    Os = [
      new l(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
        t2.moves.push({ from: e, to: n });
      })
    ];
    Gs = class {
      constructor(e, n) {
        this.all = e, this.latest = n;
      }
    };
    zs = function(t2, e = false) {
      const n = t2.split(`
`).map(Ks).filter(Boolean);
      e || n.sort(function(s, o2) {
        const i = s.split("."), a = o2.split(".");
        if (i.length === 1 || a.length === 1)
          return qs(I2(i[0]), I2(a[0]));
        for (let c3 = 0, h = Math.max(i.length, a.length); c3 < h; c3++) {
          const w2 = Te(I2(i[c3]), I2(a[c3]));
          if (w2)
            return w2;
        }
        return 0;
      });
      const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
      return new Gs(n, r2);
    };
    (f.prototype = Object.create(pe2.prototype)).constructor = f;
    f.prototype.customBinary = function(t2) {
      return this._plugins.reconfigure("binary", t2), this;
    };
    f.prototype.env = function(t2, e) {
      return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
    };
    f.prototype.stashList = function(t2) {
      return this._runTask(
        Bs(
          mt(arguments) || {},
          V2(t2) && t2 || []
        ),
        u2(arguments)
      );
    };
    f.prototype.mv = function(t2, e) {
      return this._runTask(As(t2, e), u2(arguments));
    };
    f.prototype.checkoutLatestTag = function(t2) {
      var e = this;
      return this.pull(function() {
        e.tags(function(n, r2) {
          e.checkout(r2.latest, t2);
        });
      });
    };
    f.prototype.pull = function(t2, e, n, r2) {
      return this._runTask(
        xs(
          y2(t2, p),
          y2(e, p),
          m2(arguments)
        ),
        u2(arguments)
      );
    };
    f.prototype.fetch = function(t2, e) {
      return this._runTask(
        Rs(
          y2(t2, p),
          y2(e, p),
          m2(arguments)
        ),
        u2(arguments)
      );
    };
    f.prototype.tags = function(t2, e) {
      return this._runTask(
        Ws(m2(arguments)),
        u2(arguments)
      );
    };
    f.prototype.rebase = function() {
      return this._runTask(
        g2(["rebase", ...m2(arguments)]),
        u2(arguments)
      );
    };
    f.prototype.reset = function(t2) {
      return this._runTask(
        Bn(In(t2), m2(arguments)),
        u2(arguments)
      );
    };
    f.prototype.revert = function(t2) {
      const e = u2(arguments);
      return typeof t2 != "string" ? this._runTask(b("Commit must be a string"), e) : this._runTask(
        g2(["revert", ...m2(arguments, 0, true), t2]),
        e
      );
    };
    f.prototype.addTag = function(t2) {
      const e = typeof t2 == "string" ? Hs(t2) : b("Git.addTag requires a tag name");
      return this._runTask(e, u2(arguments));
    };
    f.prototype.addAnnotatedTag = function(t2, e) {
      return this._runTask(
        Vs(t2, e),
        u2(arguments)
      );
    };
    f.prototype.deleteLocalBranch = function(t2, e, n) {
      return this._runTask(
        bs(t2, typeof e == "boolean" ? e : false),
        u2(arguments)
      );
    };
    f.prototype.deleteLocalBranches = function(t2, e, n) {
      return this._runTask(
        ws(t2, typeof e == "boolean" ? e : false),
        u2(arguments)
      );
    };
    f.prototype.branch = function(t2, e) {
      return this._runTask(
        gs(m2(arguments)),
        u2(arguments)
      );
    };
    f.prototype.branchLocal = function(t2) {
      return this._runTask(ys(), u2(arguments));
    };
    f.prototype.raw = function(t2) {
      const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
      for (let s = 0; s < n.length && e; s++)
        if (!ot(n[s])) {
          n.splice(s, n.length - s);
          break;
        }
      n.push(...m2(arguments, 0, true));
      var r2 = u2(arguments);
      return n.length ? this._runTask(g2(n, this._trimmed), r2) : this._runTask(
        b("Raw: must supply one or more command to execute"),
        r2
      );
    };
    f.prototype.submoduleAdd = function(t2, e, n) {
      return this._runTask(Is(t2, e), u2(arguments));
    };
    f.prototype.submoduleUpdate = function(t2, e) {
      return this._runTask(
        Fs(m2(arguments, true)),
        u2(arguments)
      );
    };
    f.prototype.submoduleInit = function(t2, e) {
      return this._runTask(
        Us(m2(arguments, true)),
        u2(arguments)
      );
    };
    f.prototype.subModule = function(t2, e) {
      return this._runTask(
        Q2(m2(arguments)),
        u2(arguments)
      );
    };
    f.prototype.listRemote = function() {
      return this._runTask(
        Ds(m2(arguments)),
        u2(arguments)
      );
    };
    f.prototype.addRemote = function(t2, e, n) {
      return this._runTask(
        Ps(t2, e, m2(arguments)),
        u2(arguments)
      );
    };
    f.prototype.removeRemote = function(t2, e) {
      return this._runTask(js(t2), u2(arguments));
    };
    f.prototype.getRemotes = function(t2, e) {
      return this._runTask(Ms(t2 === true), u2(arguments));
    };
    f.prototype.remote = function(t2, e) {
      return this._runTask(
        Ls(m2(arguments)),
        u2(arguments)
      );
    };
    f.prototype.tag = function(t2, e) {
      const n = m2(arguments);
      return n[0] !== "tag" && n.unshift("tag"), this._runTask(g2(n), u2(arguments));
    };
    f.prototype.updateServerInfo = function(t2) {
      return this._runTask(
        g2(["update-server-info"]),
        u2(arguments)
      );
    };
    f.prototype.pushTags = function(t2, e) {
      const n = qr(
        { remote: y2(t2, p) },
        m2(arguments)
      );
      return this._runTask(n, u2(arguments));
    };
    f.prototype.rm = function(t2) {
      return this._runTask(
        g2(["rm", "-f", ..._(t2)]),
        u2(arguments)
      );
    };
    f.prototype.rmKeepLocal = function(t2) {
      return this._runTask(
        g2(["rm", "--cached", ..._(t2)]),
        u2(arguments)
      );
    };
    f.prototype.catFile = function(t2, e) {
      return this._catFile("utf-8", arguments);
    };
    f.prototype.binaryCatFile = function() {
      return this._catFile("buffer", arguments);
    };
    f.prototype._catFile = function(t2, e) {
      var n = u2(e), r2 = ["cat-file"], s = e[0];
      if (typeof s == "string")
        return this._runTask(
          b("Git.catFile: options must be supplied as an array of strings"),
          n
        );
      Array.isArray(s) && r2.push.apply(r2, s);
      const o2 = t2 === "buffer" ? Kt(r2) : g2(r2);
      return this._runTask(o2, n);
    };
    f.prototype.diff = function(t2, e) {
      const n = p(t2) ? b(
        "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
      ) : g2(["diff", ...m2(arguments)]);
      return this._runTask(n, u2(arguments));
    };
    f.prototype.diffSummary = function() {
      return this._runTask(
        Tr(m2(arguments, 1)),
        u2(arguments)
      );
    };
    f.prototype.applyPatch = function(t2) {
      const e = z2(t2) ? is(_(t2), m2([].slice.call(arguments, 1))) : b(
        "git.applyPatch requires one or more string patches as the first argument"
      );
      return this._runTask(e, u2(arguments));
    };
    f.prototype.revparse = function() {
      const t2 = ["rev-parse", ...m2(arguments, true)];
      return this._runTask(
        g2(t2, true),
        u2(arguments)
      );
    };
    f.prototype.clean = function(t2, e, n) {
      const r2 = yn(t2), s = r2 && t2.join("") || y2(t2, p) || "", o2 = m2([].slice.call(arguments, r2 ? 1 : 0));
      return this._runTask(
        dn(s, o2),
        u2(arguments)
      );
    };
    f.prototype.exec = function(t2) {
      const e = {
        commands: [],
        format: "utf-8",
        parser() {
          typeof t2 == "function" && t2();
        }
      };
      return this._runTask(e);
    };
    f.prototype.checkIgnore = function(t2, e) {
      return this._runTask(
        Ts(_(y2(t2, z2, []))),
        u2(arguments)
      );
    };
    f.prototype.checkIsRepo = function(t2, e) {
      return this._runTask(
        tn(y2(t2, p)),
        u2(arguments)
      );
    };
    Qs = $2("", "plugin:allowEnvironment");
    Js = $2("", "plugin:unsafe");
    ke2 = /* @__PURE__ */ new Set(["git_config_parameters"]);
    Pt = /* @__PURE__ */ new Set();
    Dt = (0, import_promise_deferred.deferred)().promise;
    _e2 = $2("", "plugin:binary");
    so = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
    oo = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
    io = /^([a-z]:)?([a-z0-9/.\\_~-]+)$/i;
    ao = /^([a-z]:)?([a-z0-9._~-]+( [a-z0-9._~-]+)*)?([/\\][a-z0-9._~-]+( [a-z0-9._~-]+)*)+$/i;
    ve2 = {
      DISALLOWED_ABBREVIATED: {
        text: "disallowed abbreviated or ambiguous option",
        solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
      },
      UNKNOWN: {
        text: "~ unknown ~",
        solution: void 0
      }
    };
    lo = class extends A2 {
      constructor(e = "") {
        const n = fo(e);
        super(void 0, ve2[n].solution?.replace("{message}", e) ?? e), this.reason = n;
      }
    };
    rt = $2("", "plugin:input");
    wo = class {
      constructor() {
        this.plugins = /* @__PURE__ */ new Set(), this.events = new import_node_events.EventEmitter();
      }
      on(e, n) {
        this.events.on(e, n);
      }
      reconfigure(e, n) {
        this.events.emit(e, n);
      }
      append(e, n) {
        const r2 = O2(this.plugins, { type: e, action: n });
        return () => this.plugins.delete(r2);
      }
      add(e) {
        const n = [];
        return _(e).forEach(
          (r2) => {
            r2 && this.plugins.add(O2(n, r2));
          }
        ), () => {
          n.forEach((r2) => {
            this.plugins.delete(r2);
          });
        };
      }
      exec(e, n, r2) {
        let s = n;
        const o2 = Object.freeze(Object.create(r2));
        for (const i of this.plugins)
          i.type === e && (s = i.action(s, o2));
        return s;
      }
    };
    No = (t2, e) => {
      const n = new wo(), r2 = Xe(
        t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
        e
      );
      if (!It(r2.baseDir))
        throw new Be(
          r2,
          "Cannot use simple-git on a directory that does not exist"
        );
      return Array.isArray(r2.config) && n.add(no(r2.config)), n.add(
        Zs({
          unsafe: r2.unsafe,
          allowConfig: r2.allowConfig,
          allowEnvironment: r2.allowEnvironment,
          strict: r2.strict === true
        })
      ), n.add(ro(r2.completion)), r2.abort && n.add(Ys(r2.abort)), r2.progress && n.add(bo(r2.progress)), r2.timeout && n.add(vo(r2.timeout)), r2.spawnOptions && n.add(ko(r2.spawnOptions)), n.add(_o()), n.add(yo(r2.input)), n.add(jt(po(true))), r2.errors && n.add(jt(r2.errors)), co(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
        Xs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
      ), new f(r2, n);
    };
  }
});

// src/io/git.ts
function gitEnv() {
  const env = {};
  for (const [k2, v] of Object.entries(process.env)) {
    const key = k2.toLowerCase().trim();
    if (!key.startsWith("git_") && !GUARDED.has(key)) env[k2] = v;
  }
  return { ...env, ...OURS };
}
function classify(err) {
  const e = err;
  const message = String(e?.message ?? err).split("\n")[0] ?? "";
  if (e?.plugin === "timeout") return { ok: false, reason: "timeout", message: "git timed out" };
  if (e?.code === "ENOENT" || /spawn .*ENOENT/.test(message)) return { ok: false, reason: "no-git", message };
  if (/not a git repository/i.test(message)) return { ok: false, reason: "not-a-repo", message };
  return { ok: false, reason: "error", message };
}
async function client(dir, timeoutMs, abort) {
  const { simpleGit } = await (lib ??= Promise.resolve().then(() => (init_dist3(), dist_exports)));
  let size = 0;
  return simpleGit({
    baseDir: dir,
    maxConcurrentProcesses: MAX_PROCESSES,
    timeout: { block: Math.max(1, Math.floor(timeoutMs)), stdOut: false, stdErr: false },
    completion: { onExit: false, onClose: true },
    allowEnvironment: Object.keys(OURS),
    abort: abort.signal
  }).env(gitEnv()).outputHandler((_cmd, stdout) => {
    stdout.on("data", (d2) => {
      size += d2.length;
      if (size > MAX_OUTPUT) abort.abort();
    });
  });
}
async function runGit(dir, args2, timeoutMs) {
  if (!statSafe(dir)?.isDirectory()) return { ok: false, reason: "error", message: `${dir} is not a directory` };
  const abort = new AbortController();
  try {
    const git = await client(dir, timeoutMs, abort);
    return { ok: true, out: await git.raw(args2) };
  } catch (err) {
    if (abort.signal.aborted) return { ok: false, reason: "error", message: `git ${args2[0] ?? ""} printed more than ${MAX_OUTPUT} bytes` };
    return classify(err);
  }
}
async function headNow(dir, timeoutMs) {
  const r2 = await runGit(dir, ["rev-parse", "HEAD", "--abbrev-ref", "HEAD"], timeoutMs);
  if (!r2.ok) return r2;
  const [sha, ref] = r2.out.trim().split("\n");
  return { ok: true, head: { branch: ref && ref !== "HEAD" ? ref : void 0, sha: sha && OBJECT_NAME.test(sha) ? sha : void 0 } };
}
async function commitsBetween(dir, from, to2, timeoutMs) {
  if (!OBJECT_NAME.test(from) || !OBJECT_NAME.test(to2)) return null;
  const r2 = await runGit(dir, ["rev-list", "--count", `${from}..${to2}`], timeoutMs);
  return r2.ok ? Number(r2.out.trim()) || 0 : null;
}
async function gitInstall(dir, timeoutMs) {
  const v = await runGit(dir, ["--version"], timeoutMs);
  if (!v.ok) return v;
  const inside = await runGit(dir, ["rev-parse", "--is-inside-work-tree"], timeoutMs);
  return { ok: true, version: v.out.trim().replace(/^git version\s*/, ""), repo: inside.ok && inside.out.trim() === "true" };
}
async function gitPaths(dir, timeoutMs) {
  const names = [...WATCHED, ...OPERATION_FILES.map(([f2]) => f2)];
  const args2 = ["rev-parse", ...names.flatMap((n) => ["--git-path", n]), "--symbolic-full-name", "HEAD"];
  const r2 = await runGit(dir, args2, timeoutMs);
  if (!r2.ok) return null;
  const lines = r2.out.split("\n").map((l2) => l2.trim());
  if (lines.length < names.length + 1 || lines.slice(0, names.length + 1).some((l2) => !l2)) return null;
  const abs = (p2) => path6.resolve(dir, p2);
  const watch = lines.slice(0, WATCHED.length).map(abs);
  const operations = OPERATION_FILES.map(([, name2], i) => ({ path: abs(lines[WATCHED.length + i]), name: name2 }));
  const ref = lines[names.length];
  if (/^refs\/heads\/[^\0]+$/.test(ref) && !ref.includes("..")) watch.push(path6.join(path6.dirname(watch[2]), ref));
  return { watch, operations };
}
var path6, STATUS_ARGS, MAX_OUTPUT, GUARDED, OURS, MAX_PROCESSES, lib, OBJECT_NAME, OPERATION_FILES, WATCHED;
var init_git = __esm({
  "src/io/git.ts"() {
    "use strict";
    path6 = __toESM(require("path"), 1);
    init_fs();
    STATUS_ARGS = ["status", "--porcelain=v2", "--branch", "--untracked-files=normal"];
    MAX_OUTPUT = 32 << 20;
    GUARDED = /* @__PURE__ */ new Set(["editor", "pager", "prefix", "ssh_askpass", "visual"]);
    OURS = { GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat", GIT_EDITOR: ":" };
    MAX_PROCESSES = 1;
    OBJECT_NAME = /^[0-9a-f]{40,64}$/;
    OPERATION_FILES = [
      ["rebase-merge", "rebase"],
      ["rebase-apply", "rebase"],
      ["MERGE_HEAD", "merge"],
      ["CHERRY_PICK_HEAD", "cherry-pick"],
      ["REVERT_HEAD", "revert"],
      ["BISECT_LOG", "bisect"]
    ];
    WATCHED = ["index", "HEAD", "packed-refs", "reftable/tables.list"];
  }
});

// src/collectors/git.ts
function parseStatus(out) {
  const g3 = {
    staged: { count: 0, paths: [] },
    unstaged: { count: 0, paths: [] },
    untracked: { count: 0, paths: [] },
    conflicted: { count: 0, paths: [] }
  };
  const setup = /* @__PURE__ */ new Set();
  const work = (p2) => {
    if (STATE_FILES.test(p2)) return false;
    if (!SETUP_FILES.test(p2)) return true;
    setup.add(p2);
    return false;
  };
  for (const line of out.split("\n")) {
    if (line.startsWith("# branch.head ")) {
      const b2 = line.slice(14).trim();
      if (b2 === "(detached)") g3.detached = true;
      else g3.branch = b2;
    } else if (line.startsWith("# branch.oid ")) {
      const oid = line.slice(13).trim();
      if (oid !== "(initial)") g3.headFull = oid;
    } else if (line.startsWith("# branch.upstream ")) g3.upstream = line.slice(18).trim();
    else if (line.startsWith("# branch.ab ")) {
      const m3 = /\+(\d+) -(\d+)/.exec(line);
      if (m3) {
        g3.ahead = Number(m3[1]);
        g3.behind = Number(m3[2]);
      }
    } else if (line.startsWith("1 ") || line.startsWith("2 ")) {
      const parts = line.split(" ");
      const xy = parts[1] ?? "..";
      const p2 = (line.startsWith("1 ") ? parts.slice(8) : parts.slice(9)).join(" ").split("	")[0] ?? "";
      if (!work(p2)) continue;
      if (xy[0] !== ".") add(g3.staged, p2);
      if (xy[1] !== ".") add(g3.unstaged, p2);
    } else if (line.startsWith("u ")) add(g3.conflicted, line.split(" ").slice(10).join(" "));
    else if (line.startsWith("? ") && work(line.slice(2))) add(g3.untracked, line.slice(2));
  }
  if (setup.size) g3.setup = [...setup];
  return g3;
}
function stampsOf(paths) {
  const out = [];
  for (const p2 of [...paths.watch, ...paths.operations.map((o2) => o2.path)]) {
    const st = fileStamp(p2);
    if (st === null) return null;
    out.push(st);
  }
  return out;
}
function usable(seen) {
  if (!seen || seen.watch.length < 4) return false;
  const paths = [...seen.watch, ...seen.operations.map((o2) => o2.path)];
  return seen.stamps.length === paths.length && paths.every((p2) => path7.isAbsolute(p2));
}
function fitsBranch(paths, git) {
  const ref = paths.watch[4];
  if (git.detached || !git.branch) return ref === void 0;
  return ref !== void 0 && ref.split(path7.sep).join("/").endsWith(`/refs/heads/${git.branch}`);
}
function headUnmoved(git, seen) {
  if (git?.status !== "ok" || !git.headFull || !usable(seen) || !seen.stampedBefore) return null;
  const now = stampsOf(seen);
  if (!now || !seen.watch.every((_2, i) => i === 0 || now[i] === seen.stamps[i])) return null;
  return { branch: git.detached ? void 0 : git.branch, sha: git.headFull };
}
async function collectGit(dir, timeoutMs, redact, at2, before, quiet) {
  const prev = await before;
  const pg = prev?.git;
  const seen = usable(prev?.seen) ? prev.seen : void 0;
  const now = seen ? stampsOf(seen) : null;
  const same = (i) => !!seen && !!now && now[i] === seen.stamps[i];
  const untouched = !!now && now.every((_2, i) => same(i));
  if (seen?.stampedBefore && untouched && pg?.status === "ok" && await quiet) return { git: pg, seen, reused: true };
  const keep = seen && now && same(HEAD) ? seen : null;
  const refsSame = !!keep && keep.watch.every((_2, i) => i === 0 || same(i));
  const known = refsSame && pg?.status === "ok" && !!pg.headFull && pg.subject !== void 0;
  const pendingStatus = runGit(dir, STATUS_ARGS, timeoutMs);
  const afterStatus = (then, otherwise) => pg && pg.status !== "ok" ? pendingStatus.then((r2) => r2.ok ? then() : otherwise) : then();
  const learning = keep ? null : afterStatus(() => gitPaths(dir, timeoutMs), null);
  const learned = learning?.then((p2) => p2 ? { paths: p2, stamps: stampsOf(p2) } : null);
  const pendingLog = known ? Promise.resolve(NO_LOG) : afterStatus(() => runGit(dir, LOG_ARGS, timeoutMs), NO_LOG);
  const [status2, log2, fresh] = await Promise.all([pendingStatus, pendingLog, learned]);
  if (!status2.ok) {
    const kind = status2.reason === "no-git" ? "no-git" : status2.reason === "not-a-repo" ? "not-a-repo" : "error";
    return { git: { status: kind, reason: clip(status2.message, 200), at: at2 }, reused: false };
  }
  const parsed = parseStatus(status2.out);
  const git = { status: "ok", at: at2, ...parsed };
  for (const c3 of [git.staged, git.unstaged, git.untracked, git.conflicted]) if (c3) c3.paths = c3.paths.map(redact);
  let last2 = log2;
  if (known && pg && git.headFull === pg.headFull) {
    git.head = pg.head;
    git.subject = pg.subject;
  } else if (known) last2 = await runGit(dir, LOG_ARGS, timeoutMs);
  if (last2.ok) {
    const [short, subject] = last2.out.trim().split("");
    git.head = short;
    git.subject = subject ? clip(redact(subject), 200) : void 0;
  } else if (git.headFull && git.head === void 0) git.head = git.headFull.slice(0, 7);
  const paths = keep ?? fresh?.paths ?? null;
  const op = paths?.operations.find((o2) => lstatSafe(o2.path));
  if (op) git.operation = op.name;
  const stamps = keep ? now : fresh?.stamps;
  const next = paths && stamps && fitsBranch(paths, git) ? { watch: paths.watch, operations: paths.operations, stamps, stampedBefore: !!keep } : void 0;
  return { git, seen: next, reused: false };
}
var path7, FIRST_PATHS, add, STATE_FILES, SETUP_FILES, NO_LOG, LOG_ARGS, HEAD;
var init_git2 = __esm({
  "src/collectors/git.ts"() {
    "use strict";
    path7 = __toESM(require("path"), 1);
    init_fs();
    init_git();
    init_clip();
    FIRST_PATHS = 8;
    add = (c3, p2) => {
      c3.count++;
      if (c3.paths.length < FIRST_PATHS) c3.paths.push(p2);
    };
    STATE_FILES = /(?:^|\/)\.claude\/session-state(?:\/|$)/;
    SETUP_FILES = /(?:^|\/)\.claude\/(?:hooks\/(?:session-state\.cjs)?|settings\.json)?$/;
    NO_LOG = { ok: false, reason: "error", message: "skipped" };
    LOG_ARGS = ["log", "-1", "--format=%h%x1f%s"];
    HEAD = 1;
  }
});

// src/state/provenance.ts
function sameDir(a, b2) {
  if (path8.resolve(a) === path8.resolve(b2)) return true;
  const ra = realpathSafe(a);
  return ra !== null && ra === realpathSafe(b2);
}
function candidates(sessionId, where2) {
  const projects = [where2.projectDir, realpathSafe(where2.projectDir)].filter((d2) => !!d2);
  const dirs = where2.claudeDirs.flatMap((d2) => [d2, realpathSafe(d2)]).filter((d2) => !!d2);
  const out = /* @__PURE__ */ new Set();
  for (const d2 of dirs) for (const p2 of projects) out.add(path8.join(d2, "projects", encodeProjectDir(p2), `${sessionId}.jsonl`));
  return [...out];
}
function proveOwnState(s, where2) {
  if (!sameDir(s.projectDir, where2.projectDir)) return { ok: false, kind: "moved", why: provenance.moved(s.projectDir) };
  if (!SESSION_ID.test(s.sessionId)) return { ok: false, kind: "foreign", why: provenance.foreign(prefixAt(s.sessionId, 100)) };
  for (const file of candidates(s.sessionId, where2)) if (ownRegularFile(file)) return { ok: true, transcript: file };
  return { ok: false, kind: "foreign", why: provenance.foreign(s.sessionId) };
}
function freshness(savedAt, now, staleDays) {
  const t2 = Date.parse(savedAt);
  if (!Number.isFinite(t2)) return "invalid";
  if (t2 > now + FUTURE_SKEW_MS) return "future";
  return staleDays > 0 && now - t2 > staleDays * 864e5 ? "stale" : "fresh";
}
var path8, SESSION_ID, FUTURE_SKEW_MS;
var init_provenance = __esm({
  "src/state/provenance.ts"() {
    "use strict";
    path8 = __toESM(require("path"), 1);
    init_config_dirs();
    init_clip();
    init_fs();
    init_messages();
    SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
    FUTURE_SKEW_MS = 6e4;
  }
});

// src/state/render.ts
function todoItems(s) {
  const todos = (s.todos?.items ?? []).map((t2) => ({
    text: t2.status === "in_progress" && addsInformation(t2.content, t2.activeForm) ? `${t2.content} (${t2.activeForm})` : t2.content,
    status: t2.status
  }));
  const tasks = s.tasks.filter((t2) => t2.status !== "deleted").map((t2) => ({
    text: `#${t2.id} ${t2.subject}${t2.blockedBy?.length ? ` (blocked by ${t2.blockedBy.map((b2) => `#${b2}`).join(", ")})` : ""}`,
    status: t2.status
  }));
  const tasksFirst = (s.tasksAt ?? "") > (s.todos?.at ?? "");
  const all = tasksFirst ? [...tasks, ...todos] : [...todos, ...tasks];
  return all.map((item, i) => ({ item, i })).sort((a, b2) => (ORDER[a.item.status] ?? 9) - (ORDER[b2.item.status] ?? 9) || a.i - b2.i).map(({ item }) => item);
}
function gitLines(g3) {
  if (!g3) return [];
  if (g3.status === "not-a-repo") return [md.gitNotRepo];
  if (g3.status === "no-git") return [md.gitUnavailable(md.gitNoGit)];
  if (g3.status !== "ok") return [md.gitUnavailable(g3.reason ?? "unknown error")];
  const out = [];
  const where2 = g3.detached ? md.gitDetached : `branch \`${g3.branch ?? "?"}\``;
  const head = g3.head ? `\`${g3.head}\` ${g3.subject ?? ""}`.trim() : md.gitNoCommits;
  out.push(`- ${where2} at ${head}`);
  if (g3.upstream) out.push(`- upstream \`${g3.upstream}\`: ${g3.ahead ?? 0} ahead, ${g3.behind ?? 0} behind`);
  if (g3.operation) out.push(`- **${g3.operation} in progress**`);
  const changes = [
    ["conflicted", g3.conflicted],
    ["staged", g3.staged],
    ["unstaged", g3.unstaged],
    ["untracked", g3.untracked]
  ];
  let dirty = false;
  for (const [label, c3] of changes) {
    if (!c3 || c3.count === 0) continue;
    dirty = true;
    const more = c3.count > c3.paths.length ? `, ${md.more(c3.count - c3.paths.length)}` : "";
    out.push(`- ${c3.count} ${label}: ${c3.paths.map((p2) => `\`${p2}\``).join(", ")}${more}`);
  }
  if (!dirty) out.push(`- ${md.gitClean}`);
  if (g3.setup?.length) out.push(`- ${md.gitSetup(g3.setup.map((p2) => `\`${p2}\``).join(", "))}`);
  return out;
}
function planLines(s, full) {
  const p2 = s.plan;
  if (!p2) return null;
  const heading = planHeading(p2.title);
  const lines = [];
  if (p2.path) lines.push(`File: \`${p2.path}\``);
  if (p2.total && p2.total > 0) {
    lines.push(md.planOpen(p2.open?.length ?? 0, p2.total));
    for (const o2 of p2.open ?? []) lines.push(`- [ ] ${o2}`);
  } else if (p2.excerpt) {
    const ex = full ? p2.excerpt : clip(p2.excerpt, 1500);
    lines.push(...ex.split("\n").map((l2) => `> ${l2}`.trimEnd()));
  }
  return { heading, lines };
}
function subagentLine(a, excerptMax) {
  const who = [a.type, a.description ? `\u201C${a.description}\u201D` : void 0].filter(Boolean).join(" ") || a.id;
  if (a.status === "running") return `- ${who} \u2014 ${md.subagentRunning} (since ${when(a.at)})`;
  const ex = a.excerpt ? `: ${oneLine(clip(a.excerpt, excerptMax))}` : "";
  return `- ${who} (${when(a.at)})${ex}`;
}
function renderMarkdown(s) {
  const out = [md.title, "", md.savedLine(when(s.savedAt), s.sessionId, s.lastEvent), ""];
  if (s.carriedFrom) out.push(md.carried(s.carriedFrom.sessionId, when(s.carriedFrom.savedAt)), "");
  if (s.stopped) out.push(...stoppedLines(s.stopped), "");
  if (s.models?.length) out.push(stop.models, "", ...s.models.map((m3) => stop.modelSwitch(when(m3.at), m3.from ?? "?", m3.to ?? "?", m3.source)), "");
  const items = todoItems(s);
  out.push(md.todos, "", ...items.length ? items.map((t2) => `- ${MARK[t2.status]} ${oneLine(t2.text)}`) : [md.none], "");
  const plan = planLines(s, true);
  if (plan) out.push(plan.heading, "", ...plan.lines, "");
  out.push(md.requests, "");
  if (s.prompts.length) s.prompts.forEach((p2, i) => out.push(`${i + 1}. ${oneLine(p2.text)} _(${when(p2.at)})_`));
  else out.push(md.none);
  out.push("");
  if (s.lastMessage) out.push(md.stoppedAt, "", ...s.lastMessage.text.split("\n").map((l2) => `> ${l2}`), "");
  out.push(md.subagents, "", ...s.subagents.length ? s.subagents.map((a) => subagentLine(a, 2e3)) : [md.none], "");
  out.push(md.git, "", ...s.git ? gitLines(s.git) : [md.none], "");
  out.push(md.files, "", ...s.files.length ? [...s.files].reverse().map(fileLine) : [md.none], "");
  return `${out.join("\n").trimEnd()}
`;
}
function stoppedLines(st) {
  const out = [stop.markdown(stopKind(st.error, st.status), when(st.at), st.message)];
  if (st.doing) out.push(stop.workingOn(st.doing));
  if (st.recoveredAt) out.push(stop.recovered(when(st.recoveredAt)));
  return [out.join(" ")];
}
function shortWhen(iso, now) {
  const full = when(iso);
  return iso.slice(0, 10) === new Date(now).toISOString().slice(0, 10) ? full.slice(11).replace(/:\d\d UTC$/, " UTC") : full;
}
function stoppedNotice(st, now) {
  if (!st || st.recoveredAt) return null;
  return stop.injected(stopKind(st.error, st.status), shortWhen(st.at, now), st.doing ? oneLine(st.doing) : void 0);
}
function gitCompareLine(saved, cmp) {
  if (!saved || saved.status !== "ok" || !cmp) return null;
  if (!cmp.now) return inject.gitNow(cmp.reason ?? "not readable");
  const then = `${saved.detached ? "detached HEAD" : saved.branch ?? "?"} at ${saved.head ?? "no commit"}`;
  const nowSha = cmp.now.sha?.slice(0, saved.head?.length ?? 7);
  const nowText = `${cmp.now.branch ?? "detached HEAD"} at ${nowSha ?? "no commit"}`;
  const sameBranch = (cmp.now.branch ?? "") === (saved.detached ? "" : saved.branch ?? "");
  const sameHead = !!saved.headFull && !!cmp.now.sha ? saved.headFull === cmp.now.sha : (saved.head ?? "") === (nowSha ?? "");
  if (sameBranch && sameHead) return inject.sameHead(saved.branch ?? "detached HEAD", saved.head ?? "no commit");
  const n = cmp.newCommits !== void 0 && cmp.newCommits > 0 ? inject.newCommits(cmp.newCommits) : "";
  return `${inject.moved(then, nowText)}${n}`;
}
function fit(sec, room) {
  const budget = Math.min(sec.cap, room);
  const out = [sec.heading];
  let len = sec.heading.length;
  let used = 0;
  const tail = (rest) => rest > 0 ? md.more(rest).length + 1 : 0;
  for (const line of sec.lines) {
    if (len + 1 + line.length + tail(sec.lines.length - used - 1) > budget) break;
    out.push(line);
    len += 1 + line.length;
    used++;
  }
  if (used === 0) {
    const space = budget - len - 1 - tail(sec.lines.length - 1);
    if (space < 40 || !sec.lines[0]) return null;
    out.push(clip(sec.lines[0], space));
    used = 1;
  }
  if (used < sec.lines.length) out.push(md.more(sec.lines.length - used));
  return { text: out.join("\n"), dropped: sec.lines.length - used };
}
function renderInjectionHeader(h, now, git, maxChars) {
  const age = ageText(now - Date.parse(h.savedAt));
  const notice = stoppedNotice(h.stopped, now);
  const head = [...notice ? [notice] : [], inject.header(when(h.savedAt), age, clip(h.sessionId, 100), h.lastEvent)];
  const cmp = gitCompareLine(h.git, git);
  if (cmp) head.push(cmp);
  if (h.carriedFrom) head.push(md.carried(clip(h.carriedFrom.sessionId, 100), when(h.carriedFrom.savedAt)));
  return clip(head.join("\n"), headerRoom(maxChars));
}
function renderInjectionBody(s, opt2) {
  const limit = opt2.maxChars - headerRoom(opt2.maxChars) - footerRoom(opt2.maxChars) - inject.cut.length - 4;
  let body = "";
  let cut = false;
  for (const sec of injectionSections(s)) {
    if (sec.lines.length === 0) continue;
    const fitted = fit(sec, limit - body.length - 2);
    if (!fitted) {
      cut = true;
      continue;
    }
    cut ||= fitted.dropped > 0;
    body += `

${fitted.text}`;
  }
  return cut ? `${body}
${inject.cut}` : body;
}
function injectionSections(s) {
  const items = todoItems(s);
  const open = items.filter((t2) => t2.status !== "completed");
  const done = items.filter((t2) => t2.status === "completed");
  const todoLines = [
    ...open.map((t2) => `- ${MARK[t2.status]} ${clip(oneLine(t2.text), 300)}`),
    ...done.map((t2) => `- ${MARK.completed} ${clip(oneLine(t2.text), 160)}`)
  ];
  const plan = planLines(s, false);
  return [
    { heading: `${md.todos} (${open.length} open, ${done.length} done)`, lines: todoLines, cap: 2800 },
    ...plan ? [{ heading: plan.heading, lines: plan.lines, cap: 1800 }] : [],
    {
      heading: md.requests,
      lines: s.prompts.map((p2, i) => `${i + 1}. ${clip(oneLine(p2.text), 600)}`),
      cap: 1600
    },
    ...s.lastMessage ? [{ heading: md.stoppedAt, lines: [clip(oneLine(s.lastMessage.text), 600)], cap: 700 }] : [],
    {
      heading: md.subagents,
      lines: [...s.subagents].reverse().map((a) => subagentLine(a, 450)),
      cap: 2400
    },
    ...s.git ? [{ heading: `${md.git} (when saved)`, lines: gitLines(s.git), cap: 800 }] : [],
    { heading: md.files, lines: [...s.files].reverse().map((f2) => `- \`${f2.path}\`${f2.carried ? md.fileCarried : ""}`), cap: 600 }
  ];
}
function renderInjection(s, opt2) {
  const header = renderInjectionHeader(s, opt2.now, opt2.git, opt2.maxChars);
  return prefixAt(`${header}${renderInjectionBody(s, opt2)}

${inject.footer(opt2.statePath)}`, opt2.maxChars);
}
var ORDER, MARK, when, oneLine, stem, gist, addsInformation, planHeading, fileLine, headerRoom, footerRoom;
var init_render = __esm({
  "src/state/render.ts"() {
    "use strict";
    init_messages();
    init_clip();
    ORDER = { in_progress: 0, pending: 1, completed: 2, deleted: 3 };
    MARK = { in_progress: "[in progress]", pending: "[ ]", completed: "[x]", deleted: "[deleted]" };
    when = (iso) => iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");
    oneLine = (t2) => t2.replace(/\s*\n\s*/g, " \u23CE ");
    stem = (w2) => w2.replace(/(?:ing|ed|es|s|e)$/, "").replace(/([b-df-hj-np-tv-z])\1$/, "$1");
    gist = (t2) => (t2.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w2) => w2 !== "the" && w2 !== "a" && w2 !== "an").map(stem).join(" ");
    addsInformation = (content, activeForm) => !!activeForm && gist(activeForm) !== gist(content);
    planHeading = (title) => title ? md.planTitled(title) : md.plan;
    fileLine = (f2) => `- \`${f2.path}\` (${md.fileTools(f2.tool.split(", "), f2.count)})${f2.carried ? md.fileCarried : ""}`;
    headerRoom = (maxChars) => Math.min(700, Math.floor(maxChars * 0.3));
    footerRoom = (maxChars) => Math.min(400, Math.floor(maxChars * 0.15));
  }
});

// src/state/redact.ts
function compileExtra(patterns2) {
  const out = [];
  for (const p2 of patterns2) if (patternProblem(p2) === null) out.push({ kind: "custom", re: new RegExp(p2, "g") });
  return out;
}
function applyPieces(text, apply) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const l2 = lines[i];
    if (l2.length <= PIECE_CHARS) lines[i] = apply(l2);
    else {
      let out = "";
      for (let at2 = 0; at2 < l2.length; at2 += PIECE_CHARS) out += apply(l2.slice(at2, at2 + PIECE_CHARS));
      lines[i] = out;
    }
  }
  return lines.join("\n");
}
function mayMatch(rule, text, lower) {
  if (!rule.hint) return true;
  const hay = rule.re.flags.includes("i") ? lower() : text;
  return rule.hint.some((h) => hay.includes(h));
}
function makeRedactor(extra = [], opts = {}) {
  const custom = compileExtra(extra);
  const useHints = opts.hints !== false;
  const replace2 = (out, { kind, re: re3, keep, to: to2 }) => out.replace(re3, (match, ...rest) => {
    const mark = `[REDACTED:${kind}]`;
    if (to2) return to2(mark, rest.slice(0, 5).map((g3) => typeof g3 === "string" ? g3 : void 0)) ?? match;
    if (!keep) return mark;
    if (keep === 2) return `${String(rest[0])}${mark}${String(rest[1])}`;
    return `${String(rest[0])}${mark}`;
  });
  return (text) => {
    let out = text;
    let lowered;
    const lower = () => lowered ??= out.toLowerCase();
    for (const rule of rules) {
      if (useHints && !mayMatch(rule, out, lower)) continue;
      rule.re.lastIndex = 0;
      if (!rule.re.test(out)) continue;
      rule.re.lastIndex = 0;
      out = replace2(out, rule);
      lowered = void 0;
    }
    for (const rule of custom) out = applyPieces(out, (piece) => replace2(piece, rule));
    return out;
  };
}
var KEYWORD, NOT_A_SECRET_NAME, NOT_A_SECRET_VALUE, assignment, rules, PIECE_CHARS;
var init_redact = __esm({
  "src/state/redact.ts"() {
    "use strict";
    init_pattern_check();
    KEYWORD = "(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|client[_-]?secret|private[_-]?key|credentials?|session[_-]?key|signing[_-]?key|encryption[_-]?key)";
    NOT_A_SECRET_NAME = /(?:tokens|tokeni[sz](?:er|ed|es|ing)|count|length|len|limit|size|ttl|timeout|expiry|expires?(?:_?(?:at|in))?|url|uri|endpoint|path|file|dir|name|type|format|header|field|policy|rotation|reset\w*|hint|prompt|label|placeholder|required|enabled|mode|strategy|usage|[_.-]ids?)$|^(?:max|min|num|total)[_-]/i;
    NOT_A_SECRET_VALUE = [
      /^(?:string|number|boolean|bigint|symbol|object|any|unknown|never|void|null|undefined|true|false|none|nil|str|int|bool|bytes|text|optional|required|include|omit|same-origin)(?:\[\])?$/i,
      /^[*\u2022xX.\-_]+$/,
      /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/,
      /^<[^<>]*>$/,
      /^(?:~|\.{1,2})?\/[\w.@-]+\/[\w.@/-]*$/,
      /^(?:process\.env|os\.environ|import\.meta\.env)\b/
    ];
    assignment = new RegExp(
      // 1: name, separator and any opening quote; 2: the name; then a value in double quotes (3), in
      // single quotes (4), or bare (5). Quoted values may hold spaces (a passphrase).
      `(\\b([A-Za-z0-9_.-]{0,64}${KEYWORD}[A-Za-z0-9_]{0,64})\\b["']?\\s*(?:=|:)\\s*)(?:"((?:[^"\\\\\\n]|\\\\.){4,})"|'([^'\\n]{4,})'|(?![A-Za-z0-9_.$]+\\()([^\\s"',;()}\\]]{4,}))`,
      "gi"
    );
    rules = [
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
        to: (mark, [prefix, name2, dq, sq, bare]) => {
          const value = dq ?? sq ?? bare ?? "";
          if (NOT_A_SECRET_NAME.test(name2 ?? "") || value.startsWith("[REDACTED") || NOT_A_SECRET_VALUE.some((r2) => r2.test(value))) return null;
          return dq !== void 0 ? `${prefix}"${mark}"` : sq !== void 0 ? `${prefix}'${mark}'` : `${prefix}${mark}`;
        }
      }
    ];
    PIECE_CHARS = 1e3;
  }
});

// src/io/log.ts
function logLine(at2, level, tag2, line) {
  return `${new Date(at2).toISOString()} ${level} ${tag2} ${prefixAt(line.replace(/\s+/g, " "), 500)}
`;
}
function fileLogger(stateDir, now, tag2) {
  return (line, level = "info") => {
    if (!stateDir || !lstatSafe(stateDir)?.isDirectory()) return;
    const text = logLine(now(), level, tag2, line);
    appendBounded(path9.join(stateDir, LOG_FILE), text, MAX_BYTES);
  };
}
var path9, LOG_FILE, MAX_BYTES;
var init_log = __esm({
  "src/io/log.ts"() {
    "use strict";
    path9 = __toESM(require("path"), 1);
    init_clip();
    init_fs();
    LOG_FILE = "hook.log";
    MAX_BYTES = 64 * 1024;
  }
});

// src/state/paths.ts
function statePaths(dir, log2 = fileLogger(dir, Date.now, "read")) {
  return {
    dir,
    sessions: path10.join(dir, "sessions"),
    archive: path10.join(dir, "archive"),
    latest: path10.join(dir, "latest.json"),
    lastState: path10.join(dir, ".last-state.md"),
    gitignore: path10.join(dir, ".gitignore"),
    projectLock: path10.join(dir, "project.lock"),
    log: log2
  };
}
function fileIdOf(sessionId) {
  if (SAFE.test(sessionId) && !sessionId.includes("..") && !WINDOWS_RESERVED.test(sessionId)) return sessionId;
  const { createHash } = require("crypto");
  return `h-${createHash("sha256").update(sessionId).digest("hex").slice(0, 32)}`;
}
var path10, SAFE, WINDOWS_RESERVED, sessionJson, sessionLock;
var init_paths = __esm({
  "src/state/paths.ts"() {
    "use strict";
    path10 = __toESM(require("path"), 1);
    init_log();
    SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
    WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/i;
    sessionJson = (p2, id) => path10.join(p2.sessions, `${fileIdOf(id)}.json`);
    sessionLock = (p2, id) => path10.join(p2.sessions, `${fileIdOf(id)}.lock`);
  }
});

// src/state/facts.ts
function bounded(rec, max) {
  const keys = Object.keys(rec);
  for (let i = 0; i < keys.length - max; i++) delete rec[keys[i]];
}
function pushPrompt(s, text, at2, cut = true) {
  const kept = cut ? clip(text, LIMITS.promptChars) : text;
  const last2 = s.prompts[s.prompts.length - 1];
  if (last2 && last2.text === kept) return null;
  const entry = { text: kept, at: at2 };
  s.prompts.push(entry);
  if (s.prompts.length > LIMITS.prompts) s.prompts.splice(0, s.prompts.length - LIMITS.prompts);
  return entry;
}
function recordFile(s, file, tool, at2) {
  const i = s.files.findIndex((f2) => f2.path === file);
  const prev = i >= 0 ? s.files.splice(i, 1)[0] : void 0;
  const tools = prev && !prev.tool.split(", ").includes(tool) ? `${prev.tool}, ${tool}` : prev?.tool ?? tool;
  s.files.push({ path: file, tool: tools, count: (prev?.count ?? 0) + 1, at: at2 });
  if (s.files.length > LIMITS.files) s.files.splice(0, s.files.length - LIMITS.files);
}
function upsertSubagent(s, id, patch) {
  const cur = s.subagents.find((a) => a.id === id);
  if (!cur) {
    s.subagents.push({
      id,
      type: patch.type,
      description: patch.description,
      status: patch.status ?? "running",
      excerpt: patch.excerpt,
      at: patch.at
    });
    if (s.subagents.length > LIMITS.subagents) s.subagents.splice(0, s.subagents.length - LIMITS.subagents);
    return;
  }
  if (cur.status === "completed" && patch.status === "running") {
    cur.type ??= patch.type;
    cur.description ??= patch.description;
    return;
  }
  const reported = patch.status === "completed" && cur.status !== "completed" || patch.excerpt !== void 0 && cur.excerpt === void 0;
  cur.type = patch.type ?? cur.type;
  cur.description = patch.description ?? cur.description;
  cur.status = patch.status ?? cur.status;
  cur.excerpt = patch.excerpt ?? cur.excerpt;
  cur.at = patch.at;
  if (reported && s.subagents[s.subagents.length - 1] !== cur) {
    s.subagents.splice(s.subagents.indexOf(cur), 1);
    s.subagents.push(cur);
  }
}
function compactSubagents(s) {
  const old = s.subagents.length - LIMITS.fullExcerpts;
  for (let i = 0; i < old; i++) {
    const a = s.subagents[i];
    if (a.excerpt && a.excerpt.length > LIMITS.oldExcerptChars) a.excerpt = clip(a.excerpt, LIMITS.oldExcerptChars);
  }
}
function upsertTask(s, id, patch) {
  s.tasksCarried = void 0;
  const cur = s.tasks.find((t2) => t2.id === id);
  if (!cur) {
    s.tasks.push({ id, subject: patch.subject ?? `Task #${id}`, status: patch.status ?? "pending", activeForm: patch.activeForm });
    if (s.tasks.length > LIMITS.tasks) s.tasks.splice(0, s.tasks.length - LIMITS.tasks);
    return;
  }
  if (patch.subject) cur.subject = patch.subject;
  if (patch.status) cur.status = patch.status;
  if (patch.activeForm) cur.activeForm = patch.activeForm;
}
function hasOwnWork(s) {
  return s.prompts.some((p2) => !p2.carried) || !!s.todos && !s.todos.carried || s.tasks.length > 0 && !s.tasksCarried || !!s.plan && !s.plan.carried || s.subagents.some((a) => !a.carried) || s.files.some((f2) => !f2.carried) || !!s.lastMessage;
}
var LIMITS;
var init_facts = __esm({
  "src/state/facts.ts"() {
    "use strict";
    init_clip();
    LIMITS = { prompts: 5, files: 60, subagents: 40, tasks: 200, promptChars: 1500, fullExcerpts: 10, oldExcerptChars: 400 };
  }
});

// src/state/inbox.ts
function postReport(p2, sessionId, report) {
  const dir = inboxDir(p2, sessionId);
  const name2 = `${fileIdOf(report.id)}-${process.pid}-${Math.random().toString(36).slice(2, 10)}.json`;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (ensurePrivateDir(dir) !== true) return false;
    try {
      writeAtomic(path11.join(dir, name2), JSON.stringify(report));
      return true;
    } catch {
      removeEmptyDir(dir);
    }
  }
  return false;
}
function takeReports(p2, s) {
  const dir = inboxDir(p2, s.sessionId);
  const files = listDir(dir).filter((n) => n.endsWith(".json")).slice(0, MAX_FILES).map((n) => path11.join(dir, n));
  const reports = files.map((f2) => readChecked(f2, 64 * 1024, SubagentReport, p2.log)).filter((r2) => r2 !== null).sort((a, b2) => a.at < b2.at ? -1 : a.at > b2.at ? 1 : 0);
  for (const r2 of reports) upsertSubagent(s, r2.id, { type: r2.type, description: r2.description, excerpt: r2.excerpt, status: "completed", at: r2.at });
  return files;
}
function clearReports(files) {
  for (const f2 of files) removeQuietly(f2);
  if (files[0]) removeEmptyDir(path11.dirname(files[0]));
}
var path11, SubagentReport, MAX_FILES, inboxDir;
var init_inbox = __esm({
  "src/state/inbox.ts"() {
    "use strict";
    path11 = __toESM(require("path"), 1);
    init_mini();
    init_fs();
    init_read_checked();
    init_facts();
    init_paths();
    SubagentReport = object({
      id: string2(),
      type: optional(string2()),
      description: optional(string2()),
      excerpt: optional(string2()),
      at: string2()
    });
    MAX_FILES = 200;
    inboxDir = (p2, sessionId) => path11.join(p2.sessions, `${fileIdOf(sessionId)}.inbox`);
  }
});

// src/state/schema.ts
function emptyState(sessionId, projectDir, at2) {
  return {
    v: STATE_VERSION,
    sessionId,
    projectDir,
    startedAt: at2,
    savedAt: at2,
    lastEvent: "new",
    prompts: [],
    tasks: [],
    subagents: [],
    files: [],
    compactions: 0,
    pending: {}
  };
}
function resetTranscriptFacts(s) {
  s.cursor = void 0;
  s.prompts = [];
  s.lastMessage = void 0;
  s.todos = void 0;
  s.files = [];
  s.pending = {};
  s.plan = s.plan?.source === "plan-mode" ? s.plan : void 0;
  s.subagents = s.subagents.filter((a) => a.status === "completed" && a.excerpt);
}
var STATE_VERSION, str, num, opt, TodoStatus, Todo, Task, carried, Prompt, Subagent, FileTouch, Plan, CarriedFrom, Changes, Git, GitSeen, Stopped, ModelSwitch, Cursor, Pending, SessionState, Latest;
var init_schema = __esm({
  "src/state/schema.ts"() {
    "use strict";
    init_mini();
    STATE_VERSION = 1;
    str = string2();
    num = number2();
    opt = optional;
    TodoStatus = _enum(["pending", "in_progress", "completed"]);
    Todo = object({ content: str, status: TodoStatus, activeForm: opt(str) });
    Task = object({
      id: str,
      subject: str,
      status: _enum(["pending", "in_progress", "completed", "deleted"]),
      activeForm: opt(str),
      blockedBy: opt(array(str))
    });
    carried = opt(boolean2());
    Prompt = object({ text: str, at: str, carried });
    Subagent = object({
      id: str,
      type: opt(str),
      description: opt(str),
      status: _enum(["running", "completed"]),
      excerpt: opt(str),
      at: str,
      carried
    });
    FileTouch = object({ path: str, tool: str, count: num, at: str, carried });
    Plan = object({
      path: opt(str),
      text: opt(str),
      source: _enum(["plan-mode", "file"]),
      at: str,
      title: opt(str),
      open: opt(array(str)),
      done: opt(num),
      total: opt(num),
      excerpt: opt(str),
      carried
    });
    CarriedFrom = object({ sessionId: str, savedAt: str });
    Changes = object({ count: num, paths: array(str) });
    Git = object({
      status: _enum(["ok", "not-a-repo", "no-git", "error"]),
      reason: opt(str),
      branch: opt(str),
      detached: opt(boolean2()),
      head: opt(str),
      headFull: opt(str),
      subject: opt(str),
      upstream: opt(str),
      ahead: opt(num),
      behind: opt(num),
      staged: opt(Changes),
      unstaged: opt(Changes),
      untracked: opt(Changes),
      conflicted: opt(Changes),
      /** session-state's own files that are not committed (settings, hook copy), kept out of the changes. */
      setup: opt(array(str)),
      operation: opt(str),
      at: str
    });
    GitSeen = object({
      watch: array(str),
      operations: array(object({ path: str, name: str })),
      stamps: array(str),
      /** Taken before git started (a skip may trust them), not only after it learnt the paths. */
      stampedBefore: boolean2()
    });
    Stopped = object({
      error: str,
      status: opt(num),
      message: opt(str),
      at: str,
      via: str,
      doing: opt(str),
      recoveredAt: opt(str)
    });
    ModelSwitch = object({ from: opt(str), to: opt(str), source: opt(str), at: str });
    Cursor = object({ offset: num, ino: num, head: str });
    Pending = object({ name: str, description: opt(str), agentType: opt(str), subject: opt(str) });
    SessionState = object({
      v: literal(STATE_VERSION),
      sessionId: str,
      projectDir: str,
      transcriptPath: opt(str),
      startedAt: str,
      savedAt: str,
      lastEvent: str,
      slug: opt(str),
      cursor: opt(Cursor),
      prompts: array(Prompt),
      lastMessage: opt(object({ text: str, at: str })),
      todos: opt(object({ items: array(Todo), at: str, carried })),
      tasks: array(Task),
      tasksAt: opt(str),
      tasksCarried: carried,
      plan: opt(Plan),
      subagents: array(Subagent),
      files: array(FileTouch),
      git: opt(Git),
      gitSeen: opt(GitSeen),
      compactions: num,
      pending: record(string2(), Pending),
      endReason: opt(str),
      /** The session this one continued from (startup after another session): its open work. */
      carriedFrom: opt(CarriedFrom),
      /** issue 14: set when an API error ended a turn (see Stopped). */
      stopped: opt(Stopped),
      /** issue 14: the session's model switches, oldest first (the last few). */
      models: opt(array(ModelSwitch))
    });
    Latest = object({ sessionId: str, savedAt: str });
  }
});

// src/state/store.ts
function prepareStateDir(p2) {
  const parent = path12.dirname(p2.dir);
  const pst = lstatSafe(parent);
  if (pst && !pst.isDirectory() && !statSafe(parent)?.isDirectory()) return { refused: `${parent} is not a directory` };
  for (const dir of [p2.dir, p2.sessions, p2.archive]) {
    const ok = ensurePrivateDir(dir);
    if (ok !== true) return ok;
  }
  if (!lstatSafe(p2.gitignore)) {
    try {
      writeAtomic(p2.gitignore, "# Written by session-state: saved session state is private; never commit it.\n*\n");
    } catch {
    }
  }
  return true;
}
function readSession(p2, sessionId) {
  return readChecked(sessionJson(p2, sessionId), MAX_STATE_BYTES, SessionState, p2.log);
}
function readSessionView(p2, sessionId) {
  const s = readSession(p2, sessionId);
  if (s) takeReports(p2, s);
  return s;
}
function readSessionStamped(p2, sessionId) {
  const stamp2 = fileStamp(sessionJson(p2, sessionId));
  return { state: readSession(p2, sessionId), stamp: stamp2 };
}
function sessionUnchanged(p2, sessionId, stamp2) {
  return stamp2 !== null && fileStamp(sessionJson(p2, sessionId)) === stamp2;
}
function writeSession(p2, s, durable = false) {
  const file = sessionJson(p2, s.sessionId);
  writeAtomic(file, JSON.stringify(s), { durable });
  return fileStamp(file);
}
function carryOver(p2, s, config2, isOwn) {
  const latest = readLatest(p2);
  if (!latest || latest.sessionId === s.sessionId) return;
  const prev = readSessionView(p2, latest.sessionId);
  if (!prev || !(Date.parse(prev.savedAt) <= Date.parse(s.startedAt))) return;
  if (freshness(prev.savedAt, config2.now(), config2.settings.staleDays) !== "fresh") return;
  if (!isOwn(prev)) return;
  s.carriedFrom = { sessionId: prev.sessionId, savedAt: prev.savedAt };
  if (!s.todos && prev.todos) s.todos = { ...prev.todos, carried: true };
  if (s.tasks.length === 0 && prev.tasks.length > 0) {
    s.tasks = prev.tasks;
    s.tasksAt = prev.tasksAt;
    s.tasksCarried = true;
  }
  if (!s.plan && prev.plan) s.plan = { ...prev.plan, carried: true };
  const own2 = new Set(s.subagents.map((a) => a.id));
  const agents = prev.subagents.filter((a) => a.status === "completed" && !own2.has(a.id)).map((a) => ({ ...a, carried: true }));
  s.subagents = [...agents, ...s.subagents].slice(-LIMITS.subagents);
  s.prompts = [...prev.prompts.slice(-2).map((p3) => ({ ...p3, carried: true })), ...s.prompts].slice(-LIMITS.prompts);
  const mine = new Set(s.files.map((f2) => f2.path));
  const files = prev.files.filter((f2) => !mine.has(f2.path)).map((f2) => ({ ...f2, carried: true }));
  s.files = [...files, ...s.files].slice(-LIMITS.files);
}
function readLatest(p2) {
  return readChecked(p2.latest, 64 * 1024, Latest, p2.log);
}
function archiveSession(p2, s, keep) {
  const id = fileIdOf(s.sessionId);
  const name2 = `${stamp(s.savedAt)}_${id}.md`;
  if (lstatSafe(path12.join(p2.archive, name2))) return;
  for (const old of listDir(p2.archive)) if (old.endsWith(`_${id}.md`)) removeQuietly(path12.join(p2.archive, old));
  writeAtomic(path12.join(p2.archive, name2), renderMarkdown(s), { durable: true });
  const names = listDir(p2.archive).filter((n) => n.endsWith(".md")).sort();
  for (const name3 of names.slice(0, Math.max(0, names.length - keep))) removeQuietly(path12.join(p2.archive, name3));
}
function pruneSessions(p2, keep, live) {
  const files = listDir(p2.sessions).filter((n) => n.endsWith(".json")).map((n) => ({ n, t: statSafe(path12.join(p2.sessions, n))?.mtimeMs ?? 0 })).sort((a, b2) => b2.t - a.t);
  const keepIds = new Set(live.map((id) => `${fileIdOf(id)}.json`));
  for (const { n } of files.slice(keep)) {
    if (keepIds.has(n)) continue;
    removeQuietly(path12.join(p2.sessions, n));
    const inbox = path12.join(p2.sessions, n.replace(/\.json$/, ".inbox"));
    for (const r2 of listDir(inbox)) if (r2.endsWith(".json")) removeQuietly(path12.join(inbox, r2));
    removeEmptyDir(inbox);
  }
}
function publish(p2, saved, opt2) {
  const onDisk = sessionUnchanged(p2, saved.sessionId, opt2.written ?? null) ? saved : readSession(p2, saved.sessionId);
  const s = onDisk && onDisk.savedAt > saved.savedAt ? onDisk : saved;
  const latest = readLatest(p2);
  if (latest && latest.sessionId === s.sessionId && latest.savedAt > s.savedAt) return false;
  if (latest && latest.sessionId !== s.sessionId) {
    pruneSessions(p2, opt2.keep, [s.sessionId, latest.sessionId]);
    if (!hasOwnWork(s) && readSession(p2, latest.sessionId)) return false;
    const prev = readSessionView(p2, latest.sessionId);
    if (prev) archiveSession(p2, prev, opt2.keep);
  }
  writeAtomic(p2.latest, JSON.stringify({ sessionId: s.sessionId, savedAt: s.savedAt, v: STATE_VERSION }), { durable: opt2.durable });
  writeAtomic(p2.lastState, renderMarkdown(s), { durable: opt2.durable });
  return true;
}
var path12, MAX_STATE_BYTES, stamp;
var init_store = __esm({
  "src/state/store.ts"() {
    "use strict";
    path12 = __toESM(require("path"), 1);
    init_fs();
    init_render();
    init_facts();
    init_inbox();
    init_read_checked();
    init_provenance();
    init_schema();
    init_paths();
    MAX_STATE_BYTES = 4 << 20;
    stamp = (iso) => iso.replace(/[:.]/g, "-");
  }
});

// src/hook/restore.ts
var restore_exports = {};
__export(restore_exports, {
  buildInjection: () => buildInjection,
  chooseState: () => chooseState,
  decideInjection: () => decideInjection,
  hookOutput: () => hookOutput,
  restore: () => restore
});
function chooseState(config2, source, sessionId) {
  const paths = statePaths(config2.stateDir);
  if (!lstatSafe(paths.dir)?.isDirectory()) return { skipped: "no saved state in this project" };
  const latest = readLatest(paths);
  let state = null;
  const own2 = (source === "compact" || source === "resume") && !!sessionId;
  if (own2) {
    state = readSessionView(paths, sessionId);
    if (!state) return { skipped: `no saved state for session ${sessionId}` };
  } else {
    if (!latest) return { skipped: "no saved state in this project" };
    state = readSessionView(paths, latest.sessionId);
    if (!state) return { skipped: "the latest saved state is unreadable" };
  }
  const proof = proveOwnState(state, where(config2));
  if (!proof.ok) return { skipped: proof.why, untrusted: proof.kind };
  if (!own2) {
    const fresh = freshness(state.savedAt, config2.now(), config2.settings.staleDays);
    if (fresh === "future") return { skipped: provenance.future(state.savedAt), untrusted: "future" };
    if (fresh === "invalid") return { skipped: provenance.invalidTime(state.savedAt), untrusted: "future" };
    if (fresh === "stale") return { skipped: `the latest state is older than ${config2.settings.staleDays} days` };
  }
  const statePath = latest?.sessionId === state.sessionId ? paths.lastState : sessionJson(paths, state.sessionId);
  return { state, statePath };
}
async function compareGit(config2, state) {
  const saved = state.git;
  if (!saved || saved.status !== "ok") return null;
  const unmoved = headUnmoved(saved, state.gitSeen);
  if (unmoved) return { now: unmoved };
  const r2 = await headNow(config2.projectDir, 1500);
  if (!r2.ok) return { now: null, reason: r2.reason };
  const now = r2.head;
  const cmp = { now };
  if (saved.headFull && now.sha && saved.headFull !== now.sha) {
    const n = await commitsBetween(config2.projectDir, saved.headFull, now.sha, 1500);
    if (n !== null) cmp.newCommits = n;
  }
  return cmp;
}
async function buildInjection(config2, source, sessionId) {
  const choice = chooseState(config2, source, sessionId);
  if ("skipped" in choice) return choice;
  const git = await compareGit(config2, choice.state);
  const redact = makeRedactor(config2.settings.redact);
  const text = redact(
    renderInjection(choice.state, {
      now: config2.now(),
      maxChars: config2.settings.maxChars,
      statePath: path13.resolve(choice.statePath),
      git
    })
  );
  return { text: prefixAt(text, config2.settings.maxChars), state: choice.state };
}
function hookOutput(text) {
  return JSON.stringify({ hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: text } });
}
async function decideInjection(config2, source, sessionId, opt2 = {}) {
  const enabled = opt2.onDemand === true || config2.settings.inject[source] === true;
  if (!enabled) return { skipped: log.injectOff(source), off: true };
  const built = await buildInjection(config2, source, sessionId);
  if ("skipped" in built) return built;
  return { text: built.text, stdout: hookOutput(built.text) };
}
async function restore(input, ctx) {
  const { config: config2, log: log2 } = ctx;
  const source = input.source;
  const decided = await decideInjection(config2, source, input.session_id);
  if ("skipped" in decided) {
    if (!decided.off && lstatSafe(config2.stateDir)) log2(log.nothingToInject(source, decided.skipped));
    return {};
  }
  log2(log.injected(source, decided.text.length));
  return { stdout: decided.stdout };
}
var path13, where;
var init_restore = __esm({
  "src/hook/restore.ts"() {
    "use strict";
    path13 = __toESM(require("path"), 1);
    init_clip();
    init_fs();
    init_git2();
    init_git();
    init_messages();
    init_provenance();
    init_render();
    init_redact();
    init_paths();
    init_store();
    where = (config2) => ({ projectDir: config2.projectDir, claudeDirs: config2.claudeDirs() });
  }
});

// src/state/lock.ts
function hostName() {
  try {
    const name2 = fs5.readFileSync("/proc/sys/kernel/hostname", "utf8").trim();
    if (name2) return name2;
  } catch {
  }
  return require("os").hostname();
}
function alive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function isStale(file, now) {
  let st;
  try {
    st = fs5.lstatSync(file);
  } catch {
    return null;
  }
  if (!st.isFile()) return nonFile(st);
  let text;
  try {
    text = fs5.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const age = now - st.mtimeMs;
  if (age > MAX_HOLD_MS) return text;
  if (!text) return age > STALE_MS ? text : null;
  const [pidText, , , owner] = text.split(" ");
  if (owner !== void 0 && owner !== HOST()) return null;
  return alive(Number(pidText)) ? null : text;
}
function contentOf(file) {
  try {
    const st = fs5.lstatSync(file);
    return st.isFile() ? fs5.readFileSync(file, "utf8") : nonFile(st);
  } catch {
    return null;
  }
}
function takeOver(file, seen, now) {
  const guard = `${file}.takeover`;
  let fd;
  try {
    fd = fs5.openSync(guard, fs5.constants.O_CREAT | fs5.constants.O_EXCL | fs5.constants.O_WRONLY, 384);
  } catch (err) {
    if (err.code !== "EEXIST") return "never";
    const st = fs5.lstatSync(guard, { throwIfNoEntry: false });
    if (st && now - st.mtimeMs > STALE_MS) removeQuietly(guard);
    return "busy";
  }
  closeQuietly(fd);
  try {
    if (contentOf(file) !== seen) return "moved";
    const aside = `${file}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
      fs5.renameSync(file, aside);
    } catch (err) {
      return err.code === "ENOENT" ? "moved" : "never";
    }
    try {
      fs5.rmSync(aside, { recursive: true, force: true });
    } catch {
      removeQuietly(aside);
    }
    return "moved";
  } finally {
    removeQuietly(guard);
  }
}
async function acquire(file, opt2) {
  const deadline = opt2.now() + opt2.timeoutMs;
  const token = `${process.pid} ${opt2.now()} ${Math.random().toString(36).slice(2)} ${HOST()}`;
  for (let attempt = 0; ; attempt++) {
    let fd;
    try {
      fd = fs5.openSync(file, fs5.constants.O_CREAT | fs5.constants.O_EXCL | fs5.constants.O_WRONLY, 384);
    } catch (err) {
      if (err.code !== "EEXIST") return null;
      fd = -1;
    }
    if (fd >= 0) {
      try {
        fs5.writeSync(fd, token);
      } catch {
        closeQuietly(fd);
        removeQuietly(file);
        return null;
      }
      closeQuietly(fd);
      return () => {
        try {
          if (fs5.readFileSync(file, "utf8") === token) fs5.unlinkSync(file);
        } catch {
        }
      };
    }
    const stale = isStale(file, opt2.now());
    if (stale !== null) {
      const took = takeOver(file, stale, opt2.now());
      if (took === "never") return null;
      if (took === "moved") {
        opt2.onStale?.();
        continue;
      }
    }
    if (opt2.now() > deadline) return null;
    await sleep(Math.min(25, 2 + attempt * 2) + Math.random() * 5);
  }
}
var fs5, STALE_MS, MAX_HOLD_MS, host, HOST, nonFile, sleep;
var init_lock = __esm({
  "src/state/lock.ts"() {
    "use strict";
    fs5 = __toESM(require("fs"), 1);
    init_fs();
    STALE_MS = 1e3;
    MAX_HOLD_MS = 1e4;
    HOST = () => {
      if (host === void 0) {
        try {
          host = hostName().replace(/\s+/g, "_") || "-";
        } catch {
          host = "-";
        }
      }
      return host;
    };
    nonFile = (st) => `<${st.isDirectory() ? "dir" : "other"} ${st.ino} ${st.mtimeMs}>`;
    sleep = (ms2) => new Promise((r2) => setTimeout(r2, ms2));
  }
});

// src/hook/context.ts
var remaining;
var init_context = __esm({
  "src/hook/context.ts"() {
    "use strict";
    remaining = (ctx) => Math.max(0, ctx.deadline - ctx.config.now());
  }
});

// src/hook/model-switch.ts
var model_switch_exports = {};
__export(model_switch_exports, {
  modelSwitch: () => modelSwitch
});
async function modelSwitch(input, ctx) {
  const { config: config2, log: log2 } = ctx;
  const paths = statePaths(config2.stateDir, log2);
  if (!lstatSafe(paths.dir)?.isDirectory() || prepareStateDir(paths) !== true) return {};
  const release = await acquire(sessionLock(paths, input.session_id), { timeoutMs: Math.max(500, remaining(ctx) - 1500), now: config2.now });
  if (!release) {
    log2(log.lockTimeout("session"), "warn");
    return {};
  }
  try {
    const s = readSession(paths, input.session_id);
    if (!s) return {};
    const redact = makeRedactor(config2.settings.redact);
    const name2 = (m3) => m3 ? clip(redact(m3), 100) : void 0;
    const entry = { from: name2(input.from_model), to: name2(input.to_model), source: name2(input.source), at: new Date(config2.now()).toISOString() };
    s.models = [...s.models ?? [], entry].slice(-KEEP);
    writeSession(paths, s);
    log2(log.modelSwitched(entry.from ?? "?", entry.to ?? "?"));
  } finally {
    release();
  }
  return {};
}
var KEEP;
var init_model_switch = __esm({
  "src/hook/model-switch.ts"() {
    "use strict";
    init_fs();
    init_lock();
    init_messages();
    init_paths();
    init_redact();
    init_store();
    init_clip();
    init_context();
    KEEP = 20;
  }
});

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.splitWhen = exports2.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports2.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports2.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports2.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name2, stats) {
        this.name = name2;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name2, stats) {
      return new DirentFromStats(name2, stats);
    }
    exports2.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertPosixPathToPattern = exports2.convertWindowsPathToPattern = exports2.convertPathToPattern = exports2.escapePosixPath = exports2.escapeWindowsPath = exports2.escape = exports2.removeLeadingDotSegment = exports2.makeAbsolute = exports2.unixify = void 0;
    var os3 = require("os");
    var path38 = require("path");
    var IS_WINDOWS_PLATFORM = os3.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports2.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path38.resolve(cwd, filepath);
    }
    exports2.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports2.removeLeadingDotSegment = removeLeadingDotSegment;
    exports2.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports2.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports2.escapePosixPath = escapePosixPath;
    exports2.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports2.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports2.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function isExtglob(str3) {
      if (typeof str3 !== "string" || str3 === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str3)) {
        if (match[2]) return true;
        str3 = str3.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports2, module2) {
    "use strict";
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str3) {
      if (str3[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str3.length) {
        if (str3[index] === "*") {
          return true;
        }
        if (str3[index + 1] === "?" && /[\].+)]/.test(str3[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str3[index] === "[" && str3[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str3.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str3.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str3[index] === "{" && str3[index + 1] !== "}") {
          closeCurlyIndex = str3.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str3.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str3[index] === "(" && str3[index + 1] === "?" && /[:!=]/.test(str3[index + 2]) && str3[index + 3] !== ")") {
          closeParenIndex = str3.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str3.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str3[index] === "(" && str3[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str3.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str3[pipeIndex + 1] !== ")") {
            closeParenIndex = str3.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str3.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str3[index] === "\\") {
          var open = str3[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str3.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str3[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str3) {
      if (str3[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str3.length) {
        if (/[*?{}()[\]]/.test(str3[index])) {
          return true;
        }
        if (str3[index] === "\\") {
          var open = str3[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str3.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str3[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module2.exports = function isGlob(str3, options) {
      if (typeof str3 !== "string" || str3 === "") {
        return false;
      }
      if (isExtglob(str3)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str3);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports2, module2) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = require("path").posix.dirname;
    var isWin32 = require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped2 = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module2.exports = function globParent(str3, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str3.indexOf(slash) < 0) {
        str3 = str3.replace(backslash, slash);
      }
      if (enclosure.test(str3)) {
        str3 += slash;
      }
      str3 += "a";
      do {
        str3 = pathPosixDirname(str3);
      } while (isGlob(str3) || globby.test(str3));
      return str3.replace(escaped2, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports2) {
    "use strict";
    exports2.isInteger = (num2) => {
      if (typeof num2 === "number") {
        return Number.isInteger(num2);
      }
      if (typeof num2 === "string" && num2.trim() !== "") {
        return Number.isInteger(Number(num2));
      }
      return false;
    };
    exports2.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports2.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports2.isInteger(min) || !exports2.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports2.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports2.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports2.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports2.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports2.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports2.flatten = (...args2) => {
      const result = [];
      const flat2 = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat2(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat2(args2);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    module2.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(num2) {
      if (typeof num2 === "number") {
        return num2 - num2 === 0;
      }
      if (typeof num2 === "string" && num2.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num2) : isFinite(+num2);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports2, module2) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b2 = Math.max(min, max);
      if (Math.abs(a - b2) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b: b2 };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b2 < 0 ? Math.abs(b2) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b2 >= 0) {
        positives = splitToPatterns(a, b2, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop2 = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop2 && stop2 <= max) {
        stops.add(stop2);
        nines += 1;
        stop2 = countNines(min, nines);
      }
      stop2 = countZeros(max + 1, zeros) - 1;
      while (min < stop2 && stop2 <= max) {
        stops.add(stop2);
        zeros += 1;
        stop2 = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop2, options) {
      if (start === stop2) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop2);
      let digits = zipped.length;
      let pattern = "";
      let count2 = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count2++;
        }
      }
      if (count2) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count2], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string: string3 } = ele;
        if (!intersection && !contains(comparison, "string", string3)) {
          result.push(prefix + string3);
        }
        if (intersection && contains(comparison, "string", string3)) {
          result.push(prefix + string3);
        }
      }
      return result;
    }
    function zip(a, b2) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b2[i]]);
      return arr;
    }
    function compare(a, b2) {
      return a > b2 ? 1 : b2 > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer2, zeros) {
      return integer2 - integer2 % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop2 = ""] = digits;
      if (stop2 || start > 1) {
        return `{${start + (stop2 ? "," + stop2 : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b2, options) {
      return `[${a}${b2 - a === 1 ? "" : "-"}${b2}]`;
    }
    function hasPadding(str3) {
      return /^-?(0+)\d/.test(str3);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module2.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports2, module2) {
    "use strict";
    var util = require("util");
    var toRegexRange = require_to_regex_range();
    var isObject2 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num2) => Number.isInteger(+num2);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b2) => a < b2 ? -1 : a > b2 ? 1 : 0);
      parts.positives.sort((a, b2) => a < b2 ? -1 : a > b2 ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b2, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b2, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b2) return start;
      let stop2 = String.fromCharCode(b2);
      return `[${start}-${stop2}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args2) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args2));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b2 = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b2)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b2 === 0) b2 = 0;
      let descending = a > b2;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num2) => parts[num2 < 0 ? "negatives" : "positives"].push(Math.abs(num2));
      let range2 = [];
      let index = 0;
      while (descending ? a >= b2 : a <= b2) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range2.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range2, null, { wrap: false, ...options });
      }
      return range2;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b2 = `${end}`.charCodeAt(0);
      let descending = a > b2;
      let min = Math.min(a, b2);
      let max = Math.max(a, b2);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range2 = [];
      let index = 0;
      while (descending ? a >= b2 : a <= b2) {
        range2.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range2, null, { wrap: false, options });
      }
      return range2;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject2(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject2(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module2.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args2 = utils.reduce(node.nodes);
          const range2 = fill(...args2, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range2.length !== 0) {
            return args2.length > 1 && range2.length > 1 ? `(${range2})` : range2;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module2.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p2 = parent;
        let q3 = parent.queue;
        while (p2.type !== "brace" && p2.type !== "root" && p2.parent) {
          p2 = p2.parent;
          q3 = p2.queue;
        }
        if (node.invalid || node.dollar) {
          q3.push(append(q3.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q3.push(append(q3.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args2 = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args2, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range2 = fill(...args2, options);
          if (range2.length === 0) {
            range2 = stringify(node, options);
          }
          q3.push(append(q3.pop(), range2));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q3.push(append(q3.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module2.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports2, module2) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse3 = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module2.exports = parse3;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports2, module2) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse3 = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse3(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module2.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var path38 = require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path38.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var path38 = require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str3) => REGEX_SPECIAL_CHARS.test(str3);
    exports2.isRegexChar = (str3) => str3.length === 1 && exports2.hasRegexChars(str3);
    exports2.escapeRegex = (str3) => str3.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str3) => str3.replace(REGEX_BACKSLASH, "/");
    exports2.removeBackslashes = (str3) => {
      return str3.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports2.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path38.sep === "\\";
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str3 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str3.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str3.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str3;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str3.slice(0, start);
        str3 = str3.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str3.slice(0, lastIndex);
        glob = str3.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str3;
      } else {
        base = str3;
      }
      if (base && base !== "" && base !== "/" && base !== str3) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants5 = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants5;
    var expandRange = (args2, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args2, options);
      }
      args2.sort();
      const value = `[${args2.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args2.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped2 = false;
      for (const ch of input) {
        if (escaped2 === true) {
          value += ch;
          escaped2 = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped2 = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped2 = false;
      for (const ch of branch) {
        if (escaped2 === true) {
          escaped2 = false;
          continue;
        }
        if (ch === "\\") {
          escaped2 = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j3 = i + 1; j3 < values.length; j3++) {
          const a = values[i];
          const b2 = values[j3];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b2 !== char.repeat(b2.length)) {
            continue;
          }
          if (a === b2 || a.startsWith(b2) || b2.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped2 = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped2 === true) {
          escaped2 = false;
          continue;
        }
        if (ch === "\\") {
          escaped2 = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants5.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants5.globChars(win32);
      const EXTGLOB_CHARS = constants5.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining2 = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal2;
          open.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining2())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining2()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m3, esc2, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m3;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc2) {
              return esc2 + first + (rest ? star : "");
            }
            return star;
          }
          return esc2 ? m3 : `\\${m3}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m3) => {
              return m3.length % 2 === 0 ? "\\\\" : m3 ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining2());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining2().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped2 = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped2;
            prev.value = escaped2;
            continue;
          }
          prev.value = `(${capture}${escaped2}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t2 of toks) {
              state.output += t2.output || t2.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining2())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining2());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining2();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants5.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str3) => {
        switch (str3) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str3);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var path38 = require("path");
    var scan = require_scan();
    var parse3 = require_parse2();
    var utils = require_utils2();
    var constants5 = require_constants2();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str3) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str3);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path38.basename(input));
    };
    picomatch.isMatch = (str3, patterns2, options) => picomatch(patterns2, options)(str3);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p2) => picomatch.parse(p2, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants5;
    module2.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    module2.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports2, module2) {
    "use strict";
    var util = require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list2, patterns2, options) => {
      patterns2 = [].concat(patterns2);
      list2 = [].concat(list2);
      let omit2 = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns2.length; i++) {
        let isMatch = picomatch(String(patterns2[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list2) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit2.add(matched.output);
          } else {
            omit2.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns2.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit2.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns2.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns2.map((p2) => p2.replace(/\\/g, "")) : patterns2;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str3, patterns2, options) => picomatch(patterns2, options)(str3);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list2, patterns2, options = {}) => {
      patterns2 = [].concat(patterns2).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list2, patterns2, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str3, pattern, options) => {
      if (typeof str3 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str3)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p2) => micromatch.contains(str3, p2, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str3) || isEmptyString(pattern)) {
          return false;
        }
        if (str3.includes(pattern) || str3.startsWith("./") && str3.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str3, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns2, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns2, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list2, patterns2, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns2)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list2, patterns2, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns2)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str3, patterns2, options) => {
      if (typeof str3 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str3)}"`);
      }
      return [].concat(patterns2).every((p2) => picomatch(p2, options)(str3));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args2) => picomatch.makeRe(...args2);
    micromatch.scan = (...args2) => picomatch.scan(...args2);
    micromatch.parse = (patterns2, options) => {
      let res = [];
      for (let pattern of [].concat(patterns2 || [])) {
        for (let str3 of braces(String(pattern), options)) {
          res.push(picomatch.parse(str3, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module2.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isAbsolute = exports2.partitionAbsoluteAndRelative = exports2.removeDuplicateSlashes = exports2.matchAny = exports2.convertPatternsToRe = exports2.makeRe = exports2.getPatternParts = exports2.expandBraceExpansion = exports2.expandPatternsWithBraceExpansion = exports2.isAffectDepthOfReadingPattern = exports2.endsWithSlashGlobStar = exports2.hasGlobStar = exports2.getBaseDirectory = exports2.isPatternRelatedToParentDirectory = exports2.getPatternsOutsideCurrentDirectory = exports2.getPatternsInsideCurrentDirectory = exports2.getPositivePatterns = exports2.getNegativePatterns = exports2.isPositivePattern = exports2.isNegativePattern = exports2.convertToNegativePattern = exports2.convertToPositivePattern = exports2.isDynamicPattern = exports2.isStaticPattern = void 0;
    var path38 = require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports2.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports2.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports2.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports2.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports2.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports2.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns2) {
      return patterns2.filter(isNegativePattern);
    }
    exports2.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns2) {
      return patterns2.filter(isPositivePattern);
    }
    exports2.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns2) {
      return patterns2.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports2.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns2) {
      return patterns2.filter(isPatternRelatedToParentDirectory);
    }
    exports2.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports2.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports2.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports2.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports2.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename5 = path38.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename5);
    }
    exports2.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns2) {
      return patterns2.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports2.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns2 = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns2.sort((a, b2) => a.length - b2.length);
      return patterns2.filter((pattern2) => pattern2 !== "");
    }
    exports2.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports2.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports2.makeRe = makeRe;
    function convertPatternsToRe(patterns2, options) {
      return patterns2.map((pattern) => makeRe(pattern, options));
    }
    exports2.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports2.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports2.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns2) {
      const absolute = [];
      const relative6 = [];
      for (const pattern of patterns2) {
        if (isAbsolute8(pattern)) {
          absolute.push(pattern);
        } else {
          relative6.push(pattern);
        }
      }
      return [absolute, relative6];
    }
    exports2.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute8(pattern) {
      return path38.isAbsolute(pattern);
    }
    exports2.isAbsolute = isAbsolute8;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports2, module2) {
    "use strict";
    var Stream = require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module2.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args2 = slice.call(arguments);
      let merging = false;
      let options = args2[args2.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args2.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args2.length) {
        addStream.apply(null, args2);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.merge = void 0;
    var merge2 = require_merge2();
    function merge3(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports2.merge = merge3;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isEmpty = exports2.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports2.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports2.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.string = exports2.stream = exports2.pattern = exports2.path = exports2.fs = exports2.errno = exports2.array = void 0;
    var array2 = require_array();
    exports2.array = array2;
    var errno = require_errno();
    exports2.errno = errno;
    var fs20 = require_fs();
    exports2.fs = fs20;
    var path38 = require_path();
    exports2.path = path38;
    var pattern = require_pattern();
    exports2.pattern = pattern;
    var stream = require_stream();
    exports2.stream = stream;
    var string3 = require_string();
    exports2.string = string3;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertPatternGroupToTask = exports2.convertPatternGroupsToTasks = exports2.groupPatternsByBaseDirectory = exports2.getNegativePatternsAsPositive = exports2.getPositivePatterns = exports2.convertPatternsToTasks = exports2.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns2 = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns2);
      const negativePatterns = getNegativePatternsAsPositive(patterns2, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports2.generate = generate;
    function processPatterns(input, settings) {
      let patterns2 = input;
      if (settings.braceExpansion) {
        patterns2 = utils.pattern.expandPatternsWithBraceExpansion(patterns2);
      }
      if (settings.baseNameMatch) {
        patterns2 = patterns2.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns2.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports2.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns2) {
      return utils.pattern.getPositivePatterns(patterns2);
    }
    exports2.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns2, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns2).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports2.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns2) {
      const group = {};
      return patterns2.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports2.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports2.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports2.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.read = void 0;
    function read(path38, settings, callback) {
      settings.fs.lstat(path38, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path38, (statError, stat) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat);
        });
      });
    }
    exports2.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.read = void 0;
    function read(path38, settings) {
      const lstat = settings.fs.lstatSync(path38);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat = settings.fs.statSync(path38);
        if (settings.markSymbolicLink) {
          stat.isSymbolicLink = () => true;
        }
        return stat;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports2.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createFileSystemAdapter = exports2.FILE_SYSTEM_ADAPTER = void 0;
    var fs20 = require("fs");
    exports2.FILE_SYSTEM_ADAPTER = {
      lstat: fs20.lstat,
      stat: fs20.stat,
      lstatSync: fs20.lstatSync,
      statSync: fs20.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports2.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports2.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports2.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fs20 = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs20.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.statSync = exports2.stat = exports2.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports2.Settings = settings_1.default;
    function stat(path38, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path38, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path38, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports2.stat = stat;
    function statSync6(path38, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path38, settings);
    }
    exports2.statSync = statSync6;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports2, module2) {
    "use strict";
    var promise;
    module2.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports2, module2) {
    "use strict";
    module2.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports2.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name2, stats) {
        this.name = name2;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name2, stats) {
      return new DirentFromStats(name2, stats);
    }
    exports2.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.fs = void 0;
    var fs20 = require_fs3();
    exports2.fs = fs20;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.joinPathSegments = void 0;
    function joinPathSegments(a, b2, separator) {
      if (a.endsWith(separator)) {
        return a + b2;
      }
      return a + separator + b2;
    }
    exports2.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.readdir = exports2.readdirWithFileTypes = exports2.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common2 = require_common2();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports2.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries2 = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common2.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries2);
          return;
        }
        const tasks = entries2.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports2.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name2) => {
          const path38 = common2.joinPathSegments(directory, name2, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path38, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name: name2,
                path: path38,
                dirent: utils.fs.createDirentFromStats(name2, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries2) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries2);
        });
      });
    }
    exports2.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.readdir = exports2.readdirWithFileTypes = exports2.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common2 = require_common2();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports2.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common2.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports2.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name2) => {
        const entryPath = common2.joinPathSegments(directory, name2, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name: name2,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name2, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports2.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createFileSystemAdapter = exports2.FILE_SYSTEM_ADAPTER = void 0;
    var fs20 = require("fs");
    exports2.FILE_SYSTEM_ADAPTER = {
      lstat: fs20.lstat,
      stat: fs20.stat,
      lstatSync: fs20.lstatSync,
      statSync: fs20.statSync,
      readdir: fs20.readdir,
      readdirSync: fs20.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports2.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports2.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports2.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path38 = require("path");
    var fsStat = require_out();
    var fs20 = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs20.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path38.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Settings = exports2.scandirSync = exports2.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports2.Settings = settings_1.default;
    function scandir(path38, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path38, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path38, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports2.scandir = scandir;
    function scandirSync(path38, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path38, settings);
    }
    exports2.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports2, module2) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module2.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports2, module2) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task2);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task2() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p2 = new Promise(function(resolve13, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve13(result);
          });
        });
        p2.catch(noop);
        return p2;
      }
      function unshift(value) {
        var p2 = new Promise(function(resolve13, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve13(result);
          });
        });
        p2.catch(noop);
        return p2;
      }
      function drained() {
        var p2 = new Promise(function(resolve13) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve13();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve13();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p2;
      }
    }
    module2.exports = fastqueue;
    module2.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.joinPathSegments = exports2.replacePathSegmentSeparator = exports2.isAppliedFilter = exports2.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports2.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports2.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports2.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b2, separator) {
      if (a === "") {
        return b2;
      }
      if (a.endsWith(separator)) {
        return a + b2;
      }
      return a + separator + b2;
    }
    exports2.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var common2 = require_common3();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common2.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports2.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var events_1 = require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common2 = require_common3();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries2) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries2) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common2.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common2.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common2.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common2.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports2.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports2.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries2) {
      callback(null, entries2);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var stream_1 = require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports2.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common2 = require_common3();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries2 = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries2) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common2.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common2.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common2.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common2.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports2.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports2.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path38 = require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path38.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Settings = exports2.walkStream = exports2.walkSync = exports2.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports2.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports2.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports2.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports2.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path38 = require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path38.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports2.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var stream_1 = require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns2, options) {
        const filepaths = patterns2.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns2[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve13, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve13(stats) : reject(error);
          });
        });
      }
    };
    exports2.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve13, reject) => {
          this._walkAsync(root, options, (error, entries2) => {
            if (error === null) {
              resolve13(entries2);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns2, options) {
        const entries2 = [];
        const stream = this._readerStream.static(patterns2, options);
        return new Promise((resolve13, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries2.push(entry));
          stream.once("end", () => resolve13(entries2));
        });
      }
    };
    exports2.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports2.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns2 = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns2) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports2.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns2) {
        return new partial_1.default(patterns2, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns2) {
        const affectDepthOfReadingPatterns = patterns2.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports2.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns2 = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns2);
      }
      _filter(entry, patterns2) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns2, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns2, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns2.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns2.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns2.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports2.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports2.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports2.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path38 = require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path38.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports2.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries2 = await this.api(root, task, options);
        return entries2.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports2.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var stream_1 = require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports2.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns2, options) {
        const entries2 = [];
        for (const pattern of patterns2) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries2.push(entry);
        }
        return entries2;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports2.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries2 = this.api(root, task, options);
        return entries2.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports2.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs20 = require("fs");
    var os3 = require("os");
    var CPU_COUNT = Math.max(os3.cpus().length, 1);
    exports2.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs20.lstat,
      lstatSync: fs20.lstatSync,
      stat: fs20.stat,
      statSync: fs20.statSync,
      readdir: fs20.readdir,
      readdirSync: fs20.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports2.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports2, module2) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns2 = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns2, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns2 = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns2, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module2.exports = FastGlob;
  }
});

// src/collectors/plan.ts
function summarisePlan(text) {
  const lines = text.split(/\r?\n/);
  const title = lines.map((l2) => /^#{1,3}\s+(.+?)\s*#*$/.exec(l2)?.[1]).find(Boolean);
  const open = [];
  let done = 0;
  let total = 0;
  for (const l2 of lines) {
    const m3 = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX~-])\]\s+(.+)$/.exec(l2);
    if (!m3) continue;
    total++;
    if (m3[1] === " ") open.push(clip(m3[2].trim(), 240));
    else done++;
  }
  return { title: title ? clip(title, 200) : void 0, open: open.slice(0, 40), done, total, excerpt: clip(text.trim(), 2500) };
}
function allowedPlanFile(file, ctx) {
  const real = realpathSafe(file);
  if (!real) return null;
  const roots = [realpathSafe(ctx.projectDir), realpathSafe(path14.join(ctx.claudeDir, "plans"))].filter(
    (r2) => !!r2
  );
  if (!roots.some((r2) => isInside(real, r2))) return null;
  return statSafe(real)?.isFile() ? real : null;
}
function resolvePlan(s, ctx) {
  let plan = s.plan;
  if (!plan && s.slug) {
    const candidate = path14.join(ctx.claudeDir, "plans", `${s.slug}.md`);
    if (allowedPlanFile(candidate, ctx)) plan = { path: candidate, source: "plan-mode", at: s.savedAt };
  }
  if (!plan) return void 0;
  let text = plan.text;
  if (plan.path) {
    const file = allowedPlanFile(plan.path, ctx);
    const onDisk = file ? readSmallText(file, 512 * 1024) : null;
    if (onDisk !== null) text = onDisk;
  }
  if (!text) return { ...plan, text: void 0 };
  const sum = summarisePlan(ctx.redact(text));
  return { ...plan, text: void 0, ...sum };
}
async function discoverPlanFile(projectDir, sinceMs) {
  const { default: fg } = await Promise.resolve().then(() => __toESM(require_out4(), 1));
  const found = await fg(PLAN_GLOBS, {
    cwd: projectDir,
    ignore: IGNORE,
    deep: 5,
    onlyFiles: true,
    followSymbolicLinks: false,
    stats: true,
    caseSensitiveMatch: false,
    suppressErrors: true
  });
  const fresh = found.filter((e) => (e.stats?.mtimeMs ?? 0) >= sinceMs && (e.stats?.size ?? 0) < 512 * 1024).sort((a, b2) => (b2.stats?.mtimeMs ?? 0) - (a.stats?.mtimeMs ?? 0));
  return fresh[0] ? path14.join(projectDir, fresh[0].path) : null;
}
var path14, PLAN_GLOBS, IGNORE;
var init_plan = __esm({
  "src/collectors/plan.ts"() {
    "use strict";
    path14 = __toESM(require("path"), 1);
    init_fs();
    init_clip();
    PLAN_GLOBS = ["PLAN.md", "plan.md", "**/plan.md", "**/*-plan.md", "plans/**/*.md", ".claude/plans/**/*.md"];
    IGNORE = ["**/node_modules/**", "**/.git/**", "**/dist/**", "**/build/**", "**/vendor/**", ".claude/session-state/**"];
  }
});

// src/collectors/run.ts
function withTimeout(p2, ms2, fallback) {
  return new Promise((resolve13) => {
    const timer = setTimeout(() => resolve13(fallback), Math.max(0, ms2));
    p2.then(
      (v) => {
        clearTimeout(timer);
        resolve13(v);
      },
      () => {
        clearTimeout(timer);
        resolve13(fallback);
      }
    );
  });
}
var init_run = __esm({
  "src/collectors/run.ts"() {
    "use strict";
  }
});

// src/collectors/tasks.ts
function readTaskDir(claudeDir, listId, redact) {
  if (!SAFE_ID.test(listId) || listId.startsWith(".")) return null;
  const dir = path15.join(claudeDir, "tasks", listId);
  const names = listDir(dir).filter((n) => n.endsWith(".json")).slice(0, 500);
  if (names.length === 0) return null;
  const tasks = [];
  for (const name2 of names) {
    const parsed = TaskFile.safeParse(readJson(path15.join(dir, name2), 64 * 1024));
    if (!parsed.success) continue;
    const t2 = parsed.data;
    tasks.push({
      id: t2.id !== void 0 ? String(t2.id) : name2.replace(/\.json$/, ""),
      subject: clip(redact(t2.subject), 300),
      status: t2.status,
      activeForm: t2.activeForm !== void 0 ? clip(redact(t2.activeForm), 200) : void 0,
      blockedBy: t2.blockedBy?.filter((b2) => typeof b2 === "string").slice(0, 10)
    });
  }
  return tasks.sort((a, b2) => Number(a.id) - Number(b2.id) || a.id.localeCompare(b2.id));
}
var path15, SAFE_ID, loose2, TaskFile;
var init_tasks = __esm({
  "src/collectors/tasks.ts"() {
    "use strict";
    path15 = __toESM(require("path"), 1);
    init_mini();
    init_fs();
    init_clip();
    SAFE_ID = /^[A-Za-z0-9._-]{1,200}$/;
    loose2 = (t2) => _catch(optional(t2), void 0);
    TaskFile = object({
      id: loose2(union([string2(), number2()])),
      subject: _catch(string2(), ""),
      status: _catch(_enum(["pending", "in_progress", "completed", "deleted"]), "pending"),
      activeForm: loose2(string2()),
      blockedBy: loose2(array(unknown()))
    });
  }
});

// src/collectors/index.ts
function startCollectors(run) {
  const on2 = run.config.settings.collectors;
  return collectors.flatMap((c3) => on2[c3.key] && c3.start?.(run) || []);
}
function clearSwitchedOff(s, on2) {
  for (const c3 of collectors) if (!on2[c3.key]) c3.clear(s);
}
var collectors;
var init_collectors = __esm({
  "src/collectors/index.ts"() {
    "use strict";
    init_messages();
    init_git2();
    init_plan();
    init_run();
    init_tasks();
    collectors = [
      { key: "prompts", clear: (s) => void (s.prompts = []) },
      { key: "subagents", clear: (s) => void (s.subagents = []) },
      { key: "files", clear: (s) => void (s.files = []) },
      { key: "lastMessage", clear: (s) => void (s.lastMessage = void 0) },
      {
        key: "todos",
        // The task tools' folder, when it exists, is the truth over the transcript's TodoWrite.
        start: ({ config: config2, input, redact }) => (s) => {
          const tasks = readTaskDir(config2.claudeDir, config2.taskListId ?? input.session_id, redact);
          if (tasks) s.tasks = tasks;
        },
        clear: (s) => {
          s.todos = void 0;
          s.tasks = [];
        }
      },
      {
        key: "plan",
        start: (run) => async (s) => {
          const { config: config2, input } = run;
          if (!s.plan && (input.hook_event_name === "PreCompact" || input.hook_event_name === "SessionEnd")) {
            const found = await withTimeout(discoverPlanFile(config2.projectDir, Date.parse(s.startedAt)), Math.min(1e3, run.remaining() / 4), null);
            if (found) s.plan = { path: found, source: "file", at: run.nowIso };
          }
          s.plan = resolvePlan(s, { projectDir: config2.projectDir, claudeDir: config2.claudeDir, redact: run.redact });
        },
        clear: (s) => void (s.plan = void 0)
      },
      {
        key: "git",
        // git starts before the lock, while the lock is taken and the transcript read; whether the turn
        // was quiet is awaited only when nothing else tells git must run. The last save's git record is
        // read without the lock: the file is replaced atomically, and a save that lands meanwhile only
        // makes this one compare with an older record, whose stamps and summary still go together.
        start: (run) => {
          if (run.input.hook_event_name === "SubagentStop") return void 0;
          const timeout = Math.min(2e3, run.remaining() / 2);
          const before = Promise.resolve(run.last ? { git: run.last.git, seen: run.last.gitSeen } : void 0);
          const pending = collectGit(run.config.projectDir, timeout, run.redact, run.nowIso, before, run.quiet);
          return async (s) => {
            const got = await withTimeout(pending, timeout + 250, null);
            if (!got) return run.log(log.gitFailed("timed out"), "warn");
            s.git = got.git;
            s.gitSeen = got.seen;
            if (got.git.status === "error") run.log(log.gitFailed(got.git.reason ?? "unknown"), "warn");
          };
        },
        clear: (s) => {
          s.git = void 0;
          s.gitSeen = void 0;
        }
      }
    ];
  }
});

// src/transcript/tags.ts
function tagContent(text, name2) {
  const open = `<${name2}>`;
  const start = text.indexOf(open);
  if (start === -1) return void 0;
  const end = text.indexOf(`</${name2}>`, start + open.length);
  return end === -1 ? void 0 : text.slice(start + open.length, end).trim();
}
function stripTag(text, name2) {
  const open = `<${name2}>`;
  const close = `</${name2}>`;
  let out = "";
  let from = 0;
  for (; ; ) {
    const start = text.indexOf(open, from);
    if (start === -1) break;
    const end = text.indexOf(close, start + open.length);
    if (end === -1) break;
    out += text.slice(from, start);
    from = end + close.length;
  }
  return out + text.slice(from);
}
function hasElement(text, name2) {
  const start = text.indexOf(`<${name2}>`);
  return start !== -1 && text.indexOf(`</${name2}>`, start) !== -1;
}
var init_tags = __esm({
  "src/transcript/tags.ts"() {
    "use strict";
  }
});

// src/transcript/record.ts
function contentText(content) {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.filter((b2) => isRec(b2) && b2.type === "text" && typeof b2.text === "string").map((b2) => b2.text).join("\n");
}
var isRec, isToolResults;
var init_record = __esm({
  "src/transcript/record.ts"() {
    "use strict";
    isRec = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    isToolResults = (message) => isRec(message) && Array.isArray(message.content) && message.content.some((b2) => isRec(b2) && b2.type === "tool_result");
  }
});

// src/transcript/stop-reason.ts
function errorKindOfText(text) {
  const code = httpStatusOf(text);
  if (code === 429 || /rate.?limit/i.test(text)) return "rate_limit";
  if (code === 529 || /overloaded/i.test(text)) return "overloaded";
  if (code === 401 || /\/login|authenticat/i.test(text)) return "authentication_failed";
  if (code === 402 || /billing|credit balance/i.test(text)) return "billing_error";
  if (code !== void 0 && code >= 500) return "server_error";
  return "unknown";
}
function httpStatusOf(text) {
  const m3 = /\((\d{3})\)|API Error:?\s+(\d{3})\b/.exec(text);
  const n = Number(m3?.[1] ?? m3?.[2]);
  return n >= 400 && n < 600 ? n : void 0;
}
function apiErrorOf(rec) {
  if (!isRec(rec) || !isSynthetic(rec) || rec.isSidechain === true) return null;
  const message = contentText(rec.message.content).trim();
  const named = typeof rec.error === "string" && rec.error ? rec.error : void 0;
  if (!named && rec.isApiErrorMessage !== true && !/^API Error/i.test(message)) return null;
  return {
    error: named ?? errorKindOfText(message),
    message: message || void 0,
    at: typeof rec.timestamp === "string" ? rec.timestamp : void 0
  };
}
function isModelAnswer(rec) {
  return isRec(rec) && rec.type === "assistant" && rec.isSidechain !== true && isRec(rec.message) && !isSynthetic(rec);
}
function stopReasonOf(records) {
  for (let i = records.length - 1; i >= 0; i--) {
    const rec = records[i];
    if (!isRec(rec) || rec.isSidechain === true || !isRec(rec.message)) continue;
    const at2 = typeof rec.timestamp === "string" ? rec.timestamp : void 0;
    if (rec.type === "assistant") {
      const err = apiErrorOf(rec);
      if (err) return { kind: "api-error", ...err };
      if (isSynthetic(rec)) continue;
      return rec.message.stop_reason === "tool_use" ? { kind: "interrupted", at: at2 } : { kind: "ended", at: at2 };
    }
    if (rec.type === "user") {
      if (rec.isMeta === true || rec.isCompactSummary === true) continue;
      return { kind: "interrupted", at: at2 };
    }
  }
  return { kind: "unknown" };
}
var isSynthetic;
var init_stop_reason = __esm({
  "src/transcript/stop-reason.ts"() {
    "use strict";
    init_record();
    isSynthetic = (rec) => rec.type === "assistant" && isRec(rec.message) && rec.message.model === "<synthetic>";
  }
});

// src/transcript/extract.ts
function memoised(redact) {
  const seen = /* @__PURE__ */ new Map();
  return (text) => {
    if (text.length > 2e3) return redact(text);
    let out = seen.get(text);
    if (out === void 0) {
      out = redact(text);
      if (seen.size < 5e3) seen.set(text, out);
    }
    return out;
  };
}
function isPlanPath(p2) {
  let plan = planPaths.get(p2);
  if (plan === void 0) {
    plan = PLAN_FILE.test(p2.replace(/\\/g, "/"));
    if (planPaths.size >= 5e3) planPaths.clear();
    planPaths.set(p2, plan);
  }
  return plan;
}
function promptText(raw) {
  let text = stripTag(raw, "system-reminder").trim();
  if (/^<command-(?:name|message)>/.test(text) && text.includes("<command-name>")) {
    const name2 = tag(text, "command-name") ?? "";
    const args2 = tag(text, "command-args") ?? "";
    return args2 ? `${name2.startsWith("/") ? name2 : `/${name2}`} ${args2}` : null;
  }
  if (!text || NOISE_PREFIXES.some((p2) => text.startsWith(p2))) return null;
  text = text.replace(/\n{3,}/g, "\n\n");
  return text;
}
function relPath(projectDir, file) {
  const abs = path16.resolve(projectDir, file);
  const rel = path16.relative(projectDir, abs);
  return rel && !rel.startsWith("..") && !path16.isAbsolute(rel) ? rel : abs;
}
function shownPath(ctx, file) {
  let shown = ctx.shownPaths.get(file);
  if (shown === void 0) {
    shown = ctx.redact(relPath(ctx.projectDir, file));
    if (ctx.shownPaths.size < 5e3) ctx.shownPaths.set(file, shown);
  }
  return shown;
}
function setTodos(s, items, at2, ctx) {
  s.todos = { items, at: at2 };
  ctx.unredacted.add(s.todos);
}
function setSubagent(s, id, patch, ctx) {
  upsertSubagent(s, id, patch.excerpt === void 0 ? patch : { ...patch, excerpt: keepRaw(patch.excerpt, EXCERPT_CHARS) });
  const agent = patch.excerpt === void 0 ? void 0 : s.subagents.find((a) => a.id === id);
  if (agent) ctx.unredacted.add(agent);
}
function todosFrom(list2) {
  if (!Array.isArray(list2)) return null;
  const out = [];
  for (const t2 of list2) {
    if (!isRec(t2)) continue;
    const content = str2(t2.content) ?? str2(t2.subject);
    const status2 = str2(t2.status);
    if (!content || status2 !== "pending" && status2 !== "in_progress" && status2 !== "completed") continue;
    out.push({ content, status: status2, activeForm: str2(t2.activeForm) });
  }
  return out;
}
function applyRecord(s, rec, ctx) {
  if (!isRec(rec)) return;
  const at2 = str2(rec.timestamp) ?? ctx.nowIso;
  if ((rec.type === "assistant" || rec.type === "user" && !isToolResults(rec.message)) && typeof rec.timestamp === "string" && rec.timestamp < s.startedAt && !Number.isNaN(Date.parse(rec.timestamp))) {
    s.startedAt = rec.timestamp;
  }
  if (typeof rec.slug === "string" && /^[a-z0-9-]{1,80}$/.test(rec.slug)) s.slug = rec.slug;
  const sidechain = rec.isSidechain === true;
  const type = rec.type;
  if (type === "system" && rec.subtype === "compact_boundary") {
    s.compactions++;
    return;
  }
  if (type === "attachment" && isRec(rec.attachment)) {
    const a = rec.attachment;
    if ((a.type === "plan_mode" || a.type === "plan_mode_exit") && a.isSubAgent !== true) {
      const p2 = str2(a.planFilePath);
      if (p2) notePlan(s, { path: p2, source: "plan-mode", at: at2 });
    }
    return;
  }
  const message = isRec(rec.message) ? rec.message : void 0;
  if (!message) return;
  if (type === "assistant") {
    const apiError = apiErrorOf(rec);
    const recorded = s.stopped && !s.stopped.recoveredAt && s.stopped.via !== "transcript" && Date.parse(at2) <= Date.parse(s.stopped.at) + SAME_FAILURE_MS;
    if (apiError && recorded) return;
    if (apiError) {
      s.stopped = {
        error: apiError.error,
        status: httpStatusOf(apiError.message ?? ""),
        message: apiError.message ? clip(ctx.redact(apiError.message.replace(/\s+/g, " ")), 300) : void 0,
        at: at2,
        via: "transcript"
      };
      return;
    }
    if (message.model === "<synthetic>") return;
    if (s.stopped && !s.stopped.recoveredAt && isModelAnswer(rec) && saysSomething(message.content) && at2 >= s.stopped.at) s.stopped.recoveredAt = at2;
    const content = Array.isArray(message.content) ? message.content : [];
    for (const block of content) {
      if (!isRec(block)) continue;
      if (block.type === "text" && typeof block.text === "string" && !sidechain && block.text.trim()) {
        s.lastMessage = { text: prefixAt(block.text.trim(), LAST_MESSAGE_CHARS + 4e3), at: at2 };
      } else if (block.type === "tool_use") {
        applyToolUse(s, block, sidechain, at2, ctx);
      }
    }
    return;
  }
  if (type !== "user") return;
  if (isToolResults(message)) {
    for (const block of message.content) {
      if (isRec(block) && block.type === "tool_result") applyToolResult(s, block, rec.toolUseResult, sidechain, at2, ctx);
    }
    return;
  }
  if (sidechain || rec.isMeta === true || rec.isCompactSummary === true || rec.isVisibleInTranscriptOnly === true) return;
  const raw = contentText(message.content);
  if (raw.trimStart().startsWith("<bash-input>")) ctx.mayChangeFiles = true;
  const origin = isRec(rec.origin) ? rec.origin.kind : void 0;
  if (raw.trimStart().startsWith("<task-notification>") || origin === "task-notification") {
    applyTaskNotification(s, raw, at2, ctx);
    return;
  }
  if (rec.promptSource === "system") return;
  const text = promptText(raw);
  if (text) {
    const pushed = pushPrompt(s, text, at2, false);
    if (pushed) ctx.unredacted.add(pushed);
  }
}
function notePlan(s, p2) {
  const prev = s.plan;
  const samePlan = !!prev && (!p2.path || !prev.path || prev.path === p2.path);
  s.plan = {
    path: p2.path ?? prev?.path,
    // A later sighting without text (an attachment naming the file) keeps the text already seen.
    text: p2.text ?? (samePlan ? prev?.text : void 0),
    source: samePlan && prev?.source === "plan-mode" ? "plan-mode" : p2.source,
    at: p2.at
  };
}
function applyToolUse(s, block, sidechain, at2, ctx) {
  const name2 = str2(block.name) ?? "";
  if (!READ_ONLY_TOOLS.has(name2)) ctx.mayChangeFiles = true;
  const id = str2(block.id);
  const input = isRec(block.input) ? block.input : {};
  if (EDIT_TOOLS.has(name2)) {
    const file = str2(input.file_path) ?? str2(input.notebook_path) ?? str2(input.path);
    if (file) {
      recordFile(s, shownPath(ctx, file), name2, at2);
      if (!sidechain && isPlanPath(file)) {
        const text = name2 === "Write" ? str2(input.content) : void 0;
        notePlan(s, { path: path16.resolve(ctx.projectDir, file), text, source: "file", at: at2 });
      }
    }
    return;
  }
  if (sidechain) return;
  if (name2 === "TodoWrite") {
    const todos = todosFrom(input.todos);
    if (todos) setTodos(s, todos, at2, ctx);
  } else if (name2 === "ExitPlanMode") {
    const plan = str2(input.plan);
    const file = str2(input.planFilePath);
    if (plan) ctx.rawPlans.add(plan);
    if (plan || file) notePlan(s, { path: file, text: plan, source: "plan-mode", at: at2 });
  } else if (name2 === "TaskUpdate") {
    const taskId = str2(input.taskId) ?? (typeof input.taskId === "number" ? String(input.taskId) : void 0);
    if (taskId) {
      const status2 = str2(input.status);
      upsertTask(s, taskId, {
        subject: str2(input.subject) ? ctx.redact(str2(input.subject)) : void 0,
        status: status2 === "pending" || status2 === "in_progress" || status2 === "completed" || status2 === "deleted" ? status2 : void 0,
        activeForm: str2(input.activeForm) ? ctx.redact(str2(input.activeForm)) : void 0
      });
      s.tasksAt = at2;
    }
  } else if (name2 === "Bash") {
    const cmd = str2(input.command) ?? "";
    const m3 = /(?:^|[\s'"=>])((?:[\w.~/-]*\/)?(?:plans\/[\w./-]+\.md|[\w.-]*plan\.md|PLAN\.md))/i.exec(cmd);
    if (m3?.[1] && /(>|tee|mv|cp|sed -i)/.test(cmd)) notePlan(s, { path: path16.resolve(ctx.projectDir, m3[1]), source: "file", at: at2 });
  }
  if (id && (name2 === "TaskCreate" || SUBAGENT_TOOLS.has(name2))) {
    s.pending[id] = {
      name: name2,
      description: str2(input.description) ? clip(ctx.redact(str2(input.description)), 200) : void 0,
      agentType: str2(input.subagent_type),
      subject: str2(input.subject) ? clip(ctx.redact(str2(input.subject)), 300) : void 0
    };
    bounded(s.pending, 50);
  }
}
function finishRead(s, ctx) {
  if (s.lastMessage) s.lastMessage.text = redactClip(s.lastMessage.text, LAST_MESSAGE_CHARS, ctx.redact);
  if (s.todos && ctx.unredacted.has(s.todos)) s.todos.items = s.todos.items.map((t2) => redactTodo(t2, ctx.redact));
  for (const p2 of s.prompts) if (ctx.unredacted.has(p2)) p2.text = clip(ctx.redact(p2.text), LIMITS.promptChars);
  if (s.plan?.text !== void 0 && ctx.rawPlans.has(s.plan.text)) s.plan.text = ctx.redact(s.plan.text);
  ctx.rawPlans.clear();
  for (const a of s.subagents) {
    if (a.excerpt !== void 0 && ctx.unredacted.has(a)) a.excerpt = redactClip(a.excerpt, EXCERPT_CHARS, ctx.redact);
  }
  ctx.unredacted.clear();
}
function redactClip(text, max, redact) {
  return clip(redact(prefixAt(text, max + 4e3)), max);
}
function cleanReport(text) {
  return stripTag(stripTag(text, "tools-used-before-summary"), "usage").split("\n").filter((l2) => !l2.startsWith("agentId: ")).join("\n").trim();
}
function resultText(block, result) {
  if (isRec(result) && Array.isArray(result.content)) {
    const t2 = contentText(result.content);
    if (t2) return t2;
  }
  return contentText(block.content);
}
function applyToolResult(s, block, result, sidechain, at2, ctx) {
  if (sidechain) return;
  const id = str2(block.tool_use_id);
  const pending = id && Object.hasOwn(s.pending, id) ? s.pending[id] : void 0;
  const r2 = isRec(result) ? result : {};
  if (Array.isArray(r2.newTodos)) {
    const todos = todosFrom(r2.newTodos);
    if (todos) setTodos(s, todos, at2, ctx);
    return;
  }
  if (!pending || !id) return;
  delete s.pending[id];
  if (pending.name === "TaskCreate") {
    const task = isRec(r2.task) ? r2.task : {};
    const taskId = str2(task.id) ?? /Task #(\d+) created/.exec(contentText(block.content))?.[1];
    if (taskId) {
      const subject = str2(task.subject) ?? pending.subject ?? "";
      upsertTask(s, taskId, { subject: ctx.redact(subject), status: "pending" });
      s.tasksAt = at2;
    }
    return;
  }
  if (block.is_error === true) return;
  const agentId = str2(r2.agentId) ?? id;
  if (r2.status === "async_launched" || r2.isAsync === true) {
    upsertSubagent(s, agentId, { type: pending.agentType, description: pending.description, status: "running", at: at2 });
    return;
  }
  const text = cleanReport(resultText(block, result));
  setSubagent(
    s,
    agentId,
    { type: str2(r2.agentType) ?? pending.agentType, description: pending.description, status: "completed", excerpt: text || void 0, at: at2 },
    ctx
  );
}
function applyTaskNotification(s, raw, at2, ctx) {
  ctx.mayChangeFiles = true;
  const id = tag(raw, "task-id");
  if (!id) return;
  const known = s.subagents.some((a) => a.id === id);
  const summary = tag(raw, "summary") ?? "";
  if (!known && !summary.startsWith("Agent ")) return;
  const result = tag(raw, "result");
  const report = result ? cleanReport(result) : void 0;
  setSubagent(s, id, { status: "completed", excerpt: report || void 0, at: at2 }, ctx);
}
function saysSomething(content) {
  return Array.isArray(content) && content.some((b2) => isRec(b2) && b2.type === "text" && typeof b2.text === "string" && b2.text.trim() !== "");
}
var path16, extractContext, SAME_FAILURE_MS, str2, LAST_MESSAGE_CHARS, EDIT_TOOLS, SUBAGENT_TOOLS, READ_ONLY_TOOLS, NOISE_PREFIXES, PLAN_FILE, planPaths, tag, keepRaw, EXCERPT_CHARS, redactTodo;
var init_extract = __esm({
  "src/transcript/extract.ts"() {
    "use strict";
    path16 = __toESM(require("path"), 1);
    init_clip();
    init_tags();
    init_stop_reason();
    init_record();
    init_facts();
    extractContext = (projectDir, redact, nowIso) => ({
      projectDir,
      redact: memoised(redact),
      nowIso,
      unredacted: /* @__PURE__ */ new Set(),
      rawPlans: /* @__PURE__ */ new Set(),
      shownPaths: /* @__PURE__ */ new Map(),
      mayChangeFiles: false
    });
    SAME_FAILURE_MS = 3e4;
    str2 = (v) => typeof v === "string" ? v : void 0;
    LAST_MESSAGE_CHARS = 1500;
    EDIT_TOOLS = /* @__PURE__ */ new Set(["Write", "Edit", "MultiEdit", "NotebookEdit"]);
    SUBAGENT_TOOLS = /* @__PURE__ */ new Set(["Agent", "Task"]);
    READ_ONLY_TOOLS = /* @__PURE__ */ new Set([
      "Read",
      "Glob",
      "Grep",
      "LS",
      "WebFetch",
      "WebSearch",
      "TodoWrite",
      "TodoRead",
      "TaskCreate",
      "TaskUpdate",
      "TaskGet",
      "TaskList",
      "TaskOutput",
      "BashOutput",
      "AskUserQuestion",
      "EnterPlanMode",
      "ExitPlanMode",
      "ToolSearch",
      "ListMcpResourcesTool",
      "ReadMcpResourceTool"
    ]);
    NOISE_PREFIXES = [
      "<command-message>",
      "<local-command-stdout>",
      "<local-command-stderr>",
      "<local-command-caveat>",
      "Caveat: The messages below",
      "<system-reminder>",
      "<task-notification>",
      "<bash-input>",
      "<bash-stdout>",
      "<bash-stderr>",
      "<user-prompt-submit-hook>",
      "[Request interrupted",
      "This session is being continued from a previous conversation"
    ];
    PLAN_FILE = /(^|\/)(plans\/.+\.md|[^/]*plan\.md|PLAN\.md|\.claude\/plans\/.+)$/i;
    planPaths = /* @__PURE__ */ new Map();
    tag = tagContent;
    keepRaw = (text, max) => prefixAt(text, max + 4e3);
    EXCERPT_CHARS = 2e3;
    redactTodo = (t2, redact) => ({
      ...t2,
      content: redact(t2.content),
      activeForm: t2.activeForm === void 0 ? void 0 : redact(t2.activeForm)
    });
  }
});

// src/transcript/filter.ts
function skipSpace(line, i) {
  while (isSpace(line[i])) i++;
  return i;
}
function skipSpaceBack(line, i) {
  while (isSpace(line[i])) i--;
  return i;
}
function escaped(line, q3) {
  let n = 0;
  while (line[q3 - 1 - n] === BACKSLASH) n++;
  return n % 2 === 1;
}
function stringEnd(line, open) {
  const stop2 = Math.min(line.length, open + 48);
  for (let i = open + 1; i < stop2; i++) if (line[i] === QUOTE && !escaped(line, i)) return i;
  let q3 = line.indexOf(QUOTE, stop2);
  while (q3 !== -1 && escaped(line, q3)) q3 = line.indexOf(QUOTE, q3 + 1);
  return q3;
}
function bytesAre(line, start, literal2) {
  if (start < 0 || start + literal2.length > line.length) return false;
  for (let i = 0; i < literal2.length; i++) if (line[start + i] !== literal2[i]) return false;
  return true;
}
function hasEscape(line, span) {
  for (let i = span.start; i <= span.end; i++) if (line[i] === BACKSLASH) return true;
  return false;
}
function valueOf(line, span) {
  if (line[span.start] !== QUOTE) return NOT_STRING;
  const raw = line.toString("utf8", span.start, span.end + 1);
  return raw.includes("\\") ? JSON.parse(raw) : raw.slice(1, -1);
}
function find(line, n, from, to2 = line.length) {
  const view = to2 < line.length ? line.subarray(0, to2) : line;
  for (let at2 = view.indexOf(n.probe, from + n.at); at2 !== -1; at2 = view.indexOf(n.probe, at2 + 1)) {
    if (bytesAre(view, at2 - n.at, n.whole)) return at2 - n.at;
  }
  return -1;
}
function valueAfter(line, at2, key) {
  if (escaped(line, at2)) return void 0;
  let i = skipSpace(line, at2 + key.whole.length);
  if (line[i] !== COLON) return void 0;
  const start = skipSpace(line, i + 1);
  if (line[start] === QUOTE) {
    const end = stringEnd(line, start);
    return end === -1 ? void 0 : { start, end };
  }
  for (i = start; i < line.length && line[i] !== COMMA && line[i] !== CLOSE && line[i] !== CLOSE_ARRAY && !isSpace(line[i]); i++) ;
  return { start, end: i - 1 };
}
function flat(line, from, to2) {
  for (let i = from; i < to2; i++) {
    const c3 = line[i];
    if (c3 === OPEN || c3 === CLOSE || c3 === OPEN_ARRAY || c3 === CLOSE_ARRAY) return false;
  }
  return true;
}
function stringStart(line, close) {
  const stop2 = Math.max(0, close - 48);
  for (let i = close - 1; i > stop2; i--) if (line[i] === QUOTE && !escaped(line, i)) return i;
  let q3 = line[stop2] === QUOTE ? stop2 : stop2 > 0 ? line.lastIndexOf(QUOTE, stop2 - 1) : -1;
  while (q3 > 0 && escaped(line, q3)) q3 = line.lastIndexOf(QUOTE, q3 - 1);
  return q3;
}
function note(line, seen, keyStart, keyEnd, start, end) {
  const len = keyEnd - keyStart + 1;
  if (len === 6) {
    if (bytesAre(line, keyStart, TYPE_NAME)) seen.type = { start, end };
    else if (bytesAre(line, keyStart, SLUG_NAME)) seen.slug = { start, end };
  } else if (len === 11 && bytesAre(line, keyStart, TIMESTAMP_NAME)) seen.timestamp = { start, end };
}
function recordOf(line) {
  const open = skipSpace(line, 0);
  const close = skipSpaceBack(line, line.length - 1);
  return line[open] === OPEN && line[close] === CLOSE && close > open ? new RecordLine(line, open, close) : null;
}
function anyValue(line, key, wants) {
  for (let at2 = find(line, key, 0); at2 !== -1; at2 = find(line, key, at2 + 1)) {
    const value = valueAfter(line, at2, key);
    if (value && wants(valueOf(line, value))) return true;
  }
  return false;
}
function memberWants(o2, name2, key, wants) {
  const span = o2.member(name2);
  if (span === null) return false;
  return span ? wants(valueOf(o2.line, span)) : anyValue(o2.line, key, wants);
}
function typeOf(line, span) {
  for (const [t2, literal2] of TYPES) if (spanIs(line, span, literal2)) return t2;
  return void 0;
}
function keyBefore(line, valueAt, key) {
  const colon = skipSpaceBack(line, valueAt - 1);
  if (line[colon] !== COLON) return false;
  const start = skipSpaceBack(line, colon - 1) - key.whole.length + 1;
  return bytesAre(line, start, key.whole) && !escaped(line, start);
}
function isToolResult(line, o2) {
  const message = o2.headEnd;
  if (line[message] !== OPEN || !keyBefore(line, message, MESSAGE_KEY)) return false;
  const content = line.indexOf(OPEN_ARRAY, message + 1);
  if (content === -1 || !flat(line, message + 1, content) || !keyBefore(line, content, CONTENT_KEY)) return false;
  const block = skipSpace(line, content + 1);
  if (line[block] !== OPEN) return false;
  const type = find(line, TYPE_KEY, block);
  if (type === -1 || !flat(line, block + 1, type)) return false;
  const value = valueAfter(line, type, TYPE_KEY);
  return !!value && spanIs(line, value, TOOL_RESULT);
}
function userNeeded(line, o2, s) {
  if (!isToolResult(line, o2) || has(line, NEW_TODOS)) return true;
  if (Object.keys(s.pending).length === 0) return false;
  return anyValue(line, TOOL_USE_ID, (id) => typeof id === "string" && Object.hasOwn(s.pending, id));
}
function assistantNeeded(line) {
  if (has(line, TEXT)) return true;
  return anyValue(line, NAME_KEY, (name2) => typeof name2 === "string" && (CALL_TOOLS.has(name2) || name2 === "Bash" && MD.some((m3) => has(line, m3))));
}
function needed(line, s) {
  const o2 = recordOf(line);
  if (!o2) return true;
  const type = o2.member("type");
  if (type === void 0 || type && hasEscape(line, type)) return true;
  const kind = type ? typeOf(line, type) : void 0;
  if (kind === "user" && userNeeded(line, o2, s)) return true;
  if (kind === "assistant") {
    if (assistantNeeded(line)) return true;
    if (memberWants(o2, "timestamp", TIMESTAMP_KEY, (t2) => typeof t2 === "string" && t2 < s.startedAt)) return true;
  }
  if (kind === "system" && has(line, COMPACT_BOUNDARY)) return true;
  if (kind === "attachment" && has(line, PLAN_MODE)) return true;
  return memberWants(o2, "slug", SLUG_KEY, (slug) => typeof slug === "string" && SLUG.test(slug) && slug !== s.slug);
}
var QUOTE, BACKSLASH, COLON, COMMA, OPEN, CLOSE, OPEN_ARRAY, CLOSE_ARRAY, bytes, CALL_TOOLS, SLUG, isSpace, spanIs, NOT_STRING, needle, has, TYPE_NAME, SLUG_NAME, TIMESTAMP_NAME, nothingSeen, RecordLine, TYPE_KEY, TIMESTAMP_KEY, SLUG_KEY, MESSAGE_KEY, CONTENT_KEY, NEW_TODOS, TOOL_USE_ID, NAME_KEY, TEXT, COMPACT_BOUNDARY, PLAN_MODE, MD, TOOL_RESULT, TYPES, lineFilter;
var init_filter = __esm({
  "src/transcript/filter.ts"() {
    "use strict";
    init_extract();
    QUOTE = 34;
    BACKSLASH = 92;
    COLON = 58;
    COMMA = 44;
    OPEN = 123;
    CLOSE = 125;
    OPEN_ARRAY = 91;
    CLOSE_ARRAY = 93;
    bytes = (s) => Buffer.from(s, "latin1");
    CALL_TOOLS = /* @__PURE__ */ new Set([...EDIT_TOOLS, "TodoWrite", "ExitPlanMode", "TaskUpdate", "TaskCreate", "Agent", "Task"]);
    SLUG = /^[a-z0-9-]{1,80}$/;
    isSpace = (c3) => c3 === 32 || c3 === 10 || c3 === 13 || c3 === 9;
    spanIs = (line, span, literal2) => span.end - span.start + 1 === literal2.length && bytesAre(line, span.start, literal2);
    NOT_STRING = /* @__PURE__ */ Symbol("not a string");
    needle = (literal2, at2) => ({ whole: bytes(literal2), probe: bytes(literal2.slice(at2, at2 + 6)), at: at2 });
    has = (line, n) => find(line, n, 0) !== -1;
    TYPE_NAME = bytes('"type"');
    SLUG_NAME = bytes('"slug"');
    TIMESTAMP_NAME = bytes('"timestamp"');
    nothingSeen = () => ({ type: void 0, timestamp: void 0, slug: void 0 });
    RecordLine = class {
      constructor(line, open, close) {
        this.line = line;
        this.open = open;
        this.close = close;
        this.headEnd = this.walkHead();
      }
      line;
      open;
      close;
      /** Where the walk from the start stopped: the first nested value, or `close` when it saw every member. */
      headEnd;
      /** Where the walk from the end stopped: the end of the last nested value (walked when first asked). */
      tail = -1;
      head = nothingSeen();
      back = nothingSeen();
      walkHead() {
        const line = this.line;
        let i = skipSpace(line, this.open + 1);
        if (line[i] === CLOSE) return this.close;
        for (; ; ) {
          if (line[i] !== QUOTE) return i;
          const keyStart = i;
          const keyEnd = stringEnd(line, i);
          if (keyEnd === -1) return i;
          i = skipSpace(line, keyEnd + 1);
          if (line[i] !== COLON) return i;
          const start = skipSpace(line, i + 1);
          const c3 = line[start];
          if (c3 === OPEN || c3 === OPEN_ARRAY) return start;
          if (c3 === QUOTE) {
            i = stringEnd(line, start);
            if (i === -1) return start;
            i++;
          } else {
            for (i = start; i < line.length && line[i] !== COMMA && line[i] !== CLOSE && !isSpace(line[i]); i++) ;
          }
          note(line, this.head, keyStart, keyEnd, start, i - 1);
          i = skipSpace(line, i);
          if (line[i] === CLOSE) return i === this.close ? this.close : i;
          if (line[i] !== COMMA) return i;
          i = skipSpace(line, i + 1);
        }
      }
      walkTail() {
        const line = this.line;
        let j3 = skipSpaceBack(line, this.close - 1);
        for (; ; ) {
          const end = j3;
          const c3 = line[j3];
          if (c3 === CLOSE || c3 === CLOSE_ARRAY) return j3;
          let start = j3;
          if (c3 === QUOTE) {
            start = stringStart(line, j3);
            if (start === -1) return j3;
          } else {
            while (start > this.open && line[start - 1] !== COLON && !isSpace(line[start - 1])) start--;
          }
          j3 = skipSpaceBack(line, start - 1);
          if (line[j3] !== COLON) return j3;
          j3 = skipSpaceBack(line, j3 - 1);
          if (line[j3] !== QUOTE) return j3;
          const keyEnd = j3;
          const keyStart = stringStart(line, j3);
          if (keyStart === -1) return j3;
          note(line, this.back, keyStart, keyEnd, start, end);
          j3 = skipSpaceBack(line, keyStart - 1);
          if (line[j3] !== COMMA) return j3;
          j3 = skipSpaceBack(line, j3 - 1);
        }
      }
      /** Where the walk from the end stopped (the end of the last nested value, or where it lost its way). */
      get tailStart() {
        if (this.tail === -1) this.tail = this.walkTail();
        return this.tail;
      }
      /**
       * The record's own member: its value if in the head or tail, null when certainly absent (the
       * walk from the start saw every member), undefined when it may sit in between.
       */
      member(name2) {
        const seen = this.head[name2];
        if (seen || this.headEnd === this.close) return seen ?? null;
        void this.tailStart;
        return this.back[name2];
      }
    };
    TYPE_KEY = needle('"type"', 2);
    TIMESTAMP_KEY = needle('"timestamp"', 8);
    SLUG_KEY = needle('"slug"', 4);
    MESSAGE_KEY = needle('"message"', 4);
    CONTENT_KEY = needle('"content"', 4);
    NEW_TODOS = needle('"newTodos"', 4);
    TOOL_USE_ID = needle('"tool_use_id"', 5);
    NAME_KEY = needle('"name"', 3);
    TEXT = needle('"text"', 3);
    COMPACT_BOUNDARY = needle('"compact_boundary"', 8);
    PLAN_MODE = needle('"plan_mode', 5);
    MD = [".md", ".MD", ".Md", ".mD"].map((s) => needle(s, 0));
    TOOL_RESULT = bytes('"tool_result"');
    TYPES = ["user", "assistant", "system", "attachment"].map((t2) => [t2, bytes(`"${t2}"`)]);
    lineFilter = (s) => (line) => needed(line, s);
  }
});

// src/transcript/split.ts
function scanValues(text) {
  const values = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let closedAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c3 = text.charCodeAt(i);
    if (inString) {
      if (c3 === 92) i++;
      else if (c3 === 34) inString = false;
      continue;
    }
    if (c3 === 34) inString = true;
    else if (c3 === 123 || c3 === 91) {
      if (depth === 0) start = i;
      depth++;
    } else if (c3 === 125 || c3 === 93) {
      depth--;
      if (depth === 0 && start >= 0) {
        try {
          values.push(JSON.parse(text.slice(start, i + 1)));
          closedAt = i;
        } catch {
        }
        start = -1;
      } else if (depth < 0) depth = 0;
    }
  }
  const complete = values.length > 0 && depth === 0 && !inString && text.slice(closedAt + 1).trim() === "";
  return { values, complete };
}
function splitJsonValues(text) {
  return scanValues(text).values;
}
function parseLine(text) {
  try {
    return [JSON.parse(text)];
  } catch {
    return text.includes("}{") || text.includes("} {") ? splitJsonValues(text) : [];
  }
}
function parseComplete(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null ? [value] : null;
  } catch {
    if (!text.includes("}{") && !text.includes("} {")) return null;
    const { values, complete } = scanValues(text);
    return complete ? values : null;
  }
}
var GLUED;
var init_split = __esm({
  "src/transcript/split.ts"() {
    "use strict";
    GLUED = Buffer.from('}{"', "latin1");
  }
});

// src/transcript/reader.ts
function headOf(fd, size) {
  const buf = Buffer.alloc(Math.min(HEAD_BYTES, size));
  if (buf.length > 0) fs6.readSync(fd, buf, 0, buf.length, 0);
  return buf.toString("base64");
}
function samePrefix(a, b2) {
  const x2 = Buffer.from(a, "base64");
  const y3 = Buffer.from(b2, "base64");
  const n = Math.min(x2.length, y3.length);
  return x2.subarray(0, n).equals(y3.subarray(0, n));
}
function readAppended(file, cursor, onRecord, opts) {
  const opened = openRegular(file);
  if ("refused" in opened) return { refused: opened.refused };
  const { fd, stat } = opened;
  const maxLine = opts.maxLine ?? MAX_LINE;
  try {
    const size = stat.size;
    let offset = 0;
    let reset = false;
    const head = headOf(fd, size);
    if (cursor) {
      if (cursor.ino === stat.ino && size >= cursor.offset && samePrefix(head, cursor.head)) offset = cursor.offset;
      else {
        reset = true;
        opts.onReset?.();
      }
    }
    const start = offset;
    const wanted = size - start >= (opts.wantedFrom ?? 0) ? opts.wanted : void 0;
    let records = 0;
    let partial2 = false;
    let carry = [];
    let carried2 = 0;
    let skipping = false;
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, size - offset)));
    let pos = offset;
    const take = (values) => {
      for (const rec of values) {
        records++;
        onRecord(rec);
      }
    };
    const line = (bytes2, glued) => {
      if (bytes2.length === 0 || bytes2.length > maxLine) return;
      if (!glued && wanted && !wanted(bytes2)) return;
      take(parseLine(bytes2.toString("utf8")));
    };
    while (pos < size) {
      if (opts.now() > opts.deadline) {
        partial2 = true;
        break;
      }
      const n = fs6.readSync(fd, buf, 0, Math.min(buf.length, size - pos), pos);
      if (n <= 0) break;
      const chunk = buf.subarray(0, n);
      let glued = chunk.indexOf(GLUED);
      let lineStart = 0;
      let nl = nextNewline(chunk, 0);
      while (nl !== -1) {
        if (skipping) {
          skipping = false;
        } else if (carried2 > 0) {
          const whole = Buffer.concat([...carry, chunk.subarray(0, nl)]);
          carry = [];
          carried2 = 0;
          line(whole, whole.indexOf(GLUED) !== -1);
        } else {
          while (glued !== -1 && glued < lineStart) glued = chunk.indexOf(GLUED, lineStart);
          line(chunk.subarray(lineStart, nl), glued !== -1 && glued < nl);
        }
        lineStart = nl + 1;
        offset = pos + lineStart;
        nl = nextNewline(chunk, lineStart);
      }
      if (!skipping && lineStart < n) {
        const rest = n - lineStart;
        if (carried2 + rest > maxLine) {
          carry = [];
          carried2 = 0;
          skipping = true;
        } else {
          carry.push(Buffer.from(chunk.subarray(lineStart, n)));
          carried2 += rest;
        }
      }
      pos += n;
    }
    if (!partial2 && !skipping && carried2 > 0) {
      const last2 = Buffer.concat(carry);
      const values = parseComplete(last2.toString("utf8"));
      if (values) {
        if (!wanted || last2.indexOf(GLUED) !== -1 || wanted(last2)) take(values);
        offset = size;
      }
    }
    return { cursor: { offset, ino: stat.ino, head }, reset, bytes: offset - start, records, partial: partial2 };
  } catch (err) {
    return { refused: err.code ?? String(err) };
  } finally {
    closeQuietly(fd);
  }
}
var fs6, CHUNK, HEAD_BYTES, MAX_LINE, nextNewline;
var init_reader = __esm({
  "src/transcript/reader.ts"() {
    "use strict";
    fs6 = __toESM(require("fs"), 1);
    init_fs();
    init_split();
    CHUNK = 1 << 20;
    HEAD_BYTES = 96;
    MAX_LINE = 32 << 20;
    nextNewline = (chunk, from) => chunk.indexOf(10, from);
  }
});

// src/collectors/transcript.ts
function allowedTranscript(file, claudeDir) {
  const real = realpathSafe(file);
  const root = realpathSafe(path17.join(claudeDir, "projects"));
  if (!real || !root || !isInside(real, root) || real === root) return null;
  return real;
}
function plainlyChangesFiles(file, cursor, claudeDir) {
  if (!cursor || !Number.isSafeInteger(cursor.offset) || cursor.offset < 0) return false;
  const real = allowedTranscript(file, claudeDir);
  const opened = real ? openRegular(real) : null;
  if (!opened || "refused" in opened) return false;
  try {
    const unread = opened.stat.size - cursor.offset;
    if (opened.stat.ino !== cursor.ino || unread <= 0 || unread > PREFILTER_FROM) return false;
    const buf = Buffer.allocUnsafe(unread);
    const n = fs7.readSync(opened.fd, buf, 0, unread, cursor.offset);
    const bytes2 = buf.subarray(0, n);
    return CHANGING.some((needle2) => bytes2.indexOf(needle2) !== -1) || bytes2.indexOf(BASH_INPUT) !== -1;
  } catch {
    return false;
  } finally {
    closeQuietly(opened.fd);
  }
}
function updateFromTranscript(s, file, config2, redact, deadline, log2) {
  if (!lstatSafe(file)) {
    log2(log.transcriptMissing);
    return true;
  }
  const real = allowedTranscript(file, config2.claudeDir);
  if (!real) {
    log2(log.transcriptRefused("outside the Claude Code projects folder or missing"), "warn");
    return true;
  }
  if (!statSafe(real)?.isFile()) {
    log2(log.transcriptRefused("not a regular file"), "warn");
    return true;
  }
  const badCursor = !!s.cursor && !(Number.isSafeInteger(s.cursor.offset) && s.cursor.offset >= 0);
  if (s.transcriptPath && s.transcriptPath !== real || badCursor) resetTranscriptFacts(s);
  s.transcriptPath = real;
  const nowIso = new Date(config2.now()).toISOString();
  const ctx = extractContext(config2.projectDir, redact, nowIso);
  const filter = lineFilter(s);
  const wanted = (line) => filter(line) || !ctx.mayChangeFiles && line.indexOf(TOOL_USE) !== -1;
  let reset = false;
  const result = readAppended(real, s.cursor, (rec) => applyRecord(s, rec, ctx), {
    deadline,
    now: config2.now,
    wanted,
    wantedFrom: PREFILTER_FROM + 1,
    onReset: () => {
      log2(log.transcriptReset);
      reset = true;
      resetTranscriptFacts(s);
    }
  });
  if ("refused" in result) {
    finishRead(s, ctx);
    log2(log.transcriptRefused(result.refused), "warn");
    return true;
  }
  finishRead(s, ctx);
  s.cursor = result.cursor;
  if (result.partial) log2(log.transcriptPartial(result.bytes));
  return ctx.mayChangeFiles || result.partial || reset;
}
var path17, fs7, TOOL_USE, PREFILTER_FROM, CHANGING, BASH_INPUT;
var init_transcript = __esm({
  "src/collectors/transcript.ts"() {
    "use strict";
    path17 = __toESM(require("path"), 1);
    fs7 = __toESM(require("fs"), 1);
    init_fs();
    init_messages();
    init_schema();
    init_extract();
    init_filter();
    init_reader();
    TOOL_USE = Buffer.from('"tool_use"', "latin1");
    PREFILTER_FROM = 1 << 20;
    CHANGING = ["Write", "Edit", "MultiEdit", "NotebookEdit", "Bash"].map((t2) => Buffer.from(`"name":"${t2}"`, "latin1"));
    BASH_INPUT = Buffer.from("<bash-input>", "latin1");
  }
});

// src/collectors/subagent.ts
function metaOf(agentTranscript, config2) {
  if (!agentTranscript || !agentTranscript.endsWith(".jsonl")) return {};
  const meta2 = agentTranscript.replace(/\.jsonl$/, ".meta.json");
  if (!allowedTranscript(meta2, config2.claudeDir)) return {};
  const parsed = AgentMeta.safeParse(readJson(meta2, 64 * 1024));
  return parsed.success ? parsed.data : {};
}
function isCompactionAgent(input) {
  if (input.agent_type) return false;
  if (input.agent_id?.startsWith("acompact")) return true;
  const msg = input.last_assistant_message ?? "";
  if (hasElement(msg, "summary") || msg.trimStart().startsWith("<analysis>")) return true;
  return !input.agent_transcript_path || !statSafe(input.agent_transcript_path);
}
function subagentReport(input, config2, redact, at2) {
  const meta2 = metaOf(input.agent_transcript_path, config2);
  const text = input.last_assistant_message ? cleanReport(input.last_assistant_message) : void 0;
  return {
    id: redact(input.agent_id ?? `agent-${at2}`),
    type: input.agent_type ?? meta2.agentType,
    description: meta2.description ? clip(redact(meta2.description), 200) : void 0,
    excerpt: text ? redactClip(text, EXCERPT_CHARS2, redact) : void 0,
    at: at2
  };
}
function recordBackgroundTasks(s, input, redact, at2) {
  for (const t2 of input.background_tasks ?? []) {
    if (!t2 || t2.type && t2.type !== "subagent" || t2.status && t2.status !== "running") continue;
    upsertSubagent(s, redact(t2.id), {
      type: t2.agent_type,
      description: t2.description ? clip(redact(t2.description), 200) : void 0,
      status: "running",
      at: at2
    });
  }
}
var EXCERPT_CHARS2, AgentMeta;
var init_subagent = __esm({
  "src/collectors/subagent.ts"() {
    "use strict";
    init_mini();
    init_fs();
    init_clip();
    init_facts();
    init_extract();
    init_tags();
    init_transcript();
    EXCERPT_CHARS2 = 2e3;
    AgentMeta = object({
      description: _catch(optional(string2()), void 0),
      agentType: _catch(optional(string2()), void 0)
    });
  }
});

// src/hook/save.ts
var save_exports = {};
__export(save_exports, {
  save: () => save
});
function workingOn(s) {
  const active = todoItems(s).find((t2) => t2.status === "in_progress");
  const text = active?.text ?? s.prompts.at(-1)?.text;
  return text ? clip(oneLine2(text), 200) : void 0;
}
async function save(input, ctx) {
  const { config: config2, log: log2 } = ctx;
  const started = config2.now();
  const paths = statePaths(config2.stateDir, log2);
  const ready = prepareStateDir(paths);
  if (ready !== true) {
    log2(log.stateDirRefused(ready.refused), "error");
    return {};
  }
  if (config2.patternVerdicts) {
    const failed = writeVerdicts(config2.stateDir, config2.patternVerdicts.stamp, config2.patternVerdicts.verdicts);
    if (failed) log2(log.patternCacheFailed(failed), "warn");
  }
  const settings = config2.settings;
  const redact = makeRedactor(settings.redact);
  const nowIso = new Date(started).toISOString();
  const event = input.hook_event_name;
  const durable = event === "PreCompact" || event === "SessionEnd" || event === "StopFailure";
  if (event === "SubagentStop") {
    if (isCompactionAgent(input)) {
      log2(log.compactionAgent);
      return {};
    }
  }
  const report = event === "SubagentStop" ? subagentReport(input, config2, redact, nowIso) : null;
  const posted = report ? postReport(paths, input.session_id, report) : false;
  const published = report !== null && readLatest(paths)?.sessionId === input.session_id;
  if (posted && published) {
    log2(log.saved(event, input.session_id, config2.now() - started));
    return {};
  }
  const before = readSessionStamped(paths, input.session_id);
  let giveQuiet = () => void 0;
  const quiet = new Promise((resolve13) => giveQuiet = resolve13);
  const steps = startCollectors({ input, config: config2, paths, redact, log: log2, nowIso, remaining: () => remaining(ctx), quiet, last: before.state });
  if (event === "Stop" && input.transcript_path && plainlyChangesFiles(input.transcript_path, before.state?.cursor, config2.claudeDir)) giveQuiet(false);
  const release = await acquire(sessionLock(paths, input.session_id), {
    timeoutMs: Math.max(500, remaining(ctx) - 1500),
    now: config2.now,
    onStale: () => log2(log.lockStale("session"), "warn")
  });
  if (!release) {
    giveQuiet(false);
    log2(log.lockTimeout("session"), "warn");
    return {};
  }
  let merged = [];
  let saved;
  let written = null;
  const publishes = !(event === "SubagentStop" && published);
  try {
    const unchanged = sessionUnchanged(paths, input.session_id, before.stamp);
    const existing = unchanged ? before.state : readSession(paths, input.session_id);
    if (!unchanged) giveQuiet(false);
    const s = existing ?? emptyState(input.session_id, config2.projectDir, nowIso);
    let mayChangeFiles = event !== "Stop" || !input.transcript_path;
    if (input.transcript_path && event !== "SubagentStop") {
      if (updateFromTranscript(s, input.transcript_path, config2, redact, started + (ctx.deadline - started) * 0.6, log2)) mayChangeFiles = true;
    }
    merged = takeReports(paths, s);
    if (merged.length > 0 || event === "Stop" && (input.background_tasks ?? []).some((t2) => t2 !== null)) mayChangeFiles = true;
    giveQuiet(!mayChangeFiles);
    if (report && !posted) upsertSubagent(s, report.id, { ...report, status: "completed" });
    if (event === "Stop") {
      recordBackgroundTasks(s, input, redact, nowIso);
      const last2 = input.last_assistant_message?.trim();
      if (last2) s.lastMessage = { text: clip(redact(last2), 1500), at: nowIso };
    }
    if (event === "StopFailure") {
      const text = input.last_assistant_message?.trim() ?? "";
      s.stopped = {
        error: input.error ?? errorKindOfText(text),
        status: httpStatusOf(text),
        message: text ? clip(redact(oneLine2(text)), 300) : void 0,
        at: nowIso,
        via: event
      };
    }
    if (event === "Stop" && s.stopped && !s.stopped.recoveredAt) s.stopped.recoveredAt = nowIso;
    if (s.stopped && !s.stopped.recoveredAt && s.stopped.doing === void 0) s.stopped.doing = workingOn(s);
    if (event === "SessionEnd") s.endReason = input.reason;
    if (!existing) carryOver(paths, s, config2, (prev) => proveOwnState(prev, { projectDir: config2.projectDir, claudeDirs: config2.claudeDirs() }).ok);
    setImmediate(() => {
      try {
        loadWriter();
      } catch {
      }
    });
    for (const step of steps) await step(s);
    compactSubagents(s);
    clearSwitchedOff(s, settings.collectors);
    s.savedAt = existing && existing.savedAt >= nowIso ? new Date(Date.parse(existing.savedAt) + 1).toISOString() : nowIso;
    s.lastEvent = event;
    written = writeSession(paths, s, durable);
    clearReports(merged);
    saved = s;
  } finally {
    giveQuiet(false);
    release();
  }
  if (!publishes) {
    log2(log.saved(event, input.session_id, config2.now() - started));
    return {};
  }
  const releaseProject = await acquire(paths.projectLock, {
    timeoutMs: Math.min(2500, remaining(ctx)),
    now: config2.now,
    onStale: () => log2(log.lockStale("project"), "warn")
  });
  if (!releaseProject) {
    log2(log.lockTimeout("project"), "warn");
    return {};
  }
  try {
    const opt2 = {
      keep: settings.keep,
      durable,
      now: config2.now(),
      written
    };
    publish(paths, saved, opt2);
  } finally {
    releaseProject();
  }
  log2(log.saved(event, input.session_id, config2.now() - started));
  return {};
}
var oneLine2;
var init_save = __esm({
  "src/hook/save.ts"() {
    "use strict";
    init_collectors();
    init_subagent();
    init_transcript();
    init_lock();
    init_messages();
    init_clip();
    init_facts();
    init_inbox();
    init_paths();
    init_provenance();
    init_pattern_cache();
    init_redact();
    init_schema();
    init_store();
    init_fs();
    init_context();
    init_stop_reason();
    init_render();
    oneLine2 = (t2) => t2.replace(/\s+/g, " ");
  }
});

// src/hook/dispatch.ts
function dispatch(input, ctx) {
  const handler = handlers[input.hook_event_name];
  return handler(input, ctx);
}
var restore2, modelSwitch2, save2, handlers;
var init_dispatch = __esm({
  "src/hook/dispatch.ts"() {
    "use strict";
    restore2 = async (input, ctx) => (await Promise.resolve().then(() => (init_restore(), restore_exports))).restore(input, ctx);
    modelSwitch2 = async (input, ctx) => (await Promise.resolve().then(() => (init_model_switch(), model_switch_exports))).modelSwitch(input, ctx);
    save2 = async (input, ctx) => (await Promise.resolve().then(() => (init_save(), save_exports))).save(input, ctx);
    handlers = {
      SessionStart: restore2,
      Stop: save2,
      StopFailure: save2,
      SubagentStop: save2,
      PreCompact: save2,
      SessionEnd: save2,
      PostModelSwitch: modelSwitch2
    };
  }
});

// src/hook/input.ts
var loose3, common, BackgroundTask, SessionStartInput, StopInput, StopFailureInput, PostModelSwitchInput, SubagentStopInput, PreCompactInput, SessionEndInput, EVENTS, HookInput, EVENT_NAMES;
var init_input = __esm({
  "src/hook/input.ts"() {
    "use strict";
    init_mini();
    loose3 = (t2) => _catch(optional(t2), void 0);
    common = {
      session_id: string2().check(_minLength(1), _maxLength(4096)),
      transcript_path: loose3(string2()),
      cwd: loose3(string2())
    };
    BackgroundTask = object({
      id: string2(),
      type: loose3(string2()),
      status: loose3(string2()),
      description: loose3(string2()),
      agent_type: loose3(string2())
    });
    SessionStartInput = object({
      ...common,
      hook_event_name: literal("SessionStart"),
      source: _catch(string2(), "startup")
    });
    StopInput = object({
      ...common,
      hook_event_name: literal("Stop"),
      stop_hook_active: loose3(boolean2()),
      last_assistant_message: loose3(string2()),
      // One malformed task is dropped (null), not the list and not the input.
      background_tasks: loose3(array(_catch(nullable(BackgroundTask), null)))
    });
    StopFailureInput = object({
      ...common,
      hook_event_name: literal("StopFailure"),
      error: loose3(string2()),
      last_assistant_message: loose3(string2())
    });
    PostModelSwitchInput = object({
      ...common,
      hook_event_name: literal("PostModelSwitch"),
      from_model: loose3(string2()),
      to_model: loose3(string2()),
      source: loose3(string2())
    });
    SubagentStopInput = object({
      ...common,
      hook_event_name: literal("SubagentStop"),
      agent_id: loose3(string2()),
      agent_type: loose3(string2()),
      agent_transcript_path: loose3(string2()),
      last_assistant_message: loose3(string2())
    });
    PreCompactInput = object({
      ...common,
      hook_event_name: literal("PreCompact"),
      trigger: loose3(string2())
    });
    SessionEndInput = object({
      ...common,
      hook_event_name: literal("SessionEnd"),
      reason: loose3(string2())
    });
    EVENTS = [SessionStartInput, StopInput, StopFailureInput, SubagentStopInput, PreCompactInput, SessionEndInput, PostModelSwitchInput];
    HookInput = discriminatedUnion("hook_event_name", EVENTS);
    EVENT_NAMES = EVENTS.map((s) => s.shape.hook_event_name.def.values[0]);
  }
});

// src/hook/run.ts
var run_exports = {};
__export(run_exports, {
  runHook: () => runHook
});
async function runHook(stdin, opt2) {
  const now = opt2.now ?? clockFrom(opt2.env);
  if (isDisabled(opt2.env)) return {};
  const early = fileLogger(path18.join(projectDirFrom(opt2.env, void 0, opt2.cwd), STATE_DIR), now, "input");
  const read = Buffer.isBuffer(stdin) ? { data: stdin } : stdin;
  if ("tooLarge" in read) {
    early(log.tooLarge(MAX_INPUT_BYTES), "warn");
    return {};
  }
  let json = read.value;
  if (json === void 0) {
    const text = read.data.toString("utf8");
    if (!text.trim()) {
      early(log.badInput("empty"), "warn");
      return {};
    }
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch {
      early(log.badInput("not JSON"), "warn");
      return {};
    }
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    early(log.badInput("not a JSON object"), "warn");
    return {};
  }
  const name2 = json.hook_event_name;
  if (typeof name2 !== "string" || !EVENT_NAMES.includes(name2)) {
    early(log.unknownEvent(typeof name2 === "string" ? prefixAt(name2, 60) : typeof name2), "warn");
    return {};
  }
  const parsed = HookInput.safeParse(json);
  if (!parsed.success) {
    early(log.badInput(prefixAt(parsed.error.issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; "), 300)), "warn");
    return {};
  }
  const input = parsed.data;
  const inputCwd = input.cwd && path18.isAbsolute(input.cwd) ? input.cwd : void 0;
  const config2 = { ...resolveConfig(opt2.env, opt2.cwd, inputCwd), now };
  const log2 = fileLogger(config2.stateDir, now, input.hook_event_name);
  for (const p2 of config2.settingsProblems) log2(log.configInvalid(p2), "warn");
  const deadline = now() - (Date.now() - opt2.startedAt) + config2.settings.budgetMs;
  return dispatch(input, { config: config2, log: log2, deadline });
}
var path18;
var init_run2 = __esm({
  "src/hook/run.ts"() {
    "use strict";
    init_config();
    init_dispatch();
    init_input();
    init_log();
    init_messages();
    path18 = __toESM(require("path"), 1);
    init_clip();
    init_stdin();
  }
});

// src/cli/color.ts
function colorOn(env, tty) {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return tty && env.TERM !== "dumb";
}
function paint(on2) {
  return {
    ok: sgr(on2, 32, 39),
    warn: sgr(on2, 33, 39),
    fail: sgr(on2, 31, 39),
    bold: sgr(on2, 1, 22),
    dim: sgr(on2, 2, 22)
  };
}
var sgr;
var init_color = __esm({
  "src/cli/color.ts"() {
    "use strict";
    sgr = (on2, open, close) => (s) => on2 ? `\x1B[${open}m${s}\x1B[${close}m` : s;
  }
});

// src/cli/messages.ts
var plural, usages, cliCommands, cli;
var init_messages2 = __esm({
  "src/cli/messages.ts"() {
    "use strict";
    plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    usages = {
      install: "install [--scope project|local|user] [--dry-run]\n\nCopies this bundle where the hooks point and adds the SessionStart (startup|compact), Stop,\nStopFailure, SubagentStop, PreCompact, SessionEnd and PostModelSwitch entries, each with a 10 s timeout. Running it again\nupdates the entries; every other hook and setting is kept.\n\n  --scope project  .claude/settings.json, hook in .claude/hooks/ (default; commit both to share)\n  --scope local    .claude/settings.local.json, hook in .claude/hooks/ (just you, this project)\n  --scope user     <claude dir>/settings.json, hook in <claude dir>/hooks/ (you, every project)\n  --dry-run        print the change as a unified diff; write nothing",
      uninstall: "uninstall [--scope project|local|user] [--dry-run]\n\nRemoves the entries install added and nothing else. If nothing else changed since install, the\nsettings file is restored byte for byte (or removed, if install created it).",
      doctor: "doctor\n\nChecks Node, the hook registration in all three settings files, .claude/session-state.json,\nthe state folder, git, the last save, the last error in hook.log and the size of the next\ninjection. Exits 1 when a check fails.",
      status: "status [--json]\n\nWhat is saved now, for which session, how old and how big.",
      list: "list [--json]\n\nThe sessions this project has saved state for, newest first.",
      show: "show [n|session-id]\n\nThe saved state of one session from `list` (default: the newest).",
      load: "load [--json] [--source=startup|compact|resume|clear] [--session=ID] [--on-demand]\n\nWhat SessionStart would inject now (--json: the exact hook output). --on-demand: as asked for now,\nwhatever the source's inject setting (the restore slash command).",
      export: "export [--out FILE] [--session n|session-id]\n\nA self-contained Markdown handoff (goal, requests, plan, todos, subagent findings, git, files,\nhow to continue), with secrets redacted. Paste it into a fresh session, another model or tool.",
      clear: "clear [--yes]\n\nDeletes this project's saved state. Asks first; without a terminal, needs --yes.",
      sessions: "sessions [--json]\n\nClaude Code's sessions of this project (<claude dir>/projects/<project>/), newest first: start,\nlast activity, size, model, context size at the last answer, first request.",
      "copy-session": "copy-session <session-id> --to <claude-config-dir>\n\nCopies the transcript (and its subagent and tool-result files) into another Claude Code\nconfiguration folder, so `CLAUDE_CONFIG_DIR=<dir> claude --resume <id>` finds it. Never\noverwrites, never moves.",
      recover: "recover [--to <claude-config-dir>] [--threshold N] [--json]\n\nAfter a rate limit, a model error or an account switch: which session was last active in this\nproject (in the current config folder, $CLAUDE_CONFIG_DIR, ~/.claude or ~/.ccs/instances/*),\nhow it stopped, how big its context is, and the exact command to continue. Nothing is changed\nwithout --to.\n\n  --to DIR       continue in another config folder: copy the session there first (as copy-session)\n  --threshold N  context size in tokens above which a fresh start is advised (default 100000)\n  --json         the same as JSON, for scripts"
    };
    cliCommands = {
      helpFooter: (self) => `Run \`${self} <command> --help\` for a command's options. Docs: docs/cli.md`,
      didYouMean: (name2) => `Did you mean "${name2}"?`,
      seeHelp: (self) => `Run \`${self} --help\` for the list of commands.`,
      badUsage: (command2, why) => `session-state ${command2}: ${why}`,
      usageOf: (command2, self) => `Usage: ${self} ${usages[command2]}`,
      unexpectedArgument: (arg) => `unexpected argument "${arg}"`,
      badScope: (scope) => `unknown scope "${scope}" (use project, local or user)`,
      settingsUnreadable: (label, why) => `Cannot read ${label}: ${why}. Nothing was changed.`,
      settingsInvalid: (label, line, column, message) => `${label} is not valid JSON (line ${line}, column ${column}: ${message}). Nothing was changed; fix the file and run again.`,
      settingsWrongShape: (label, problem) => `${label} cannot be edited safely: ${problem}. Nothing was changed.`,
      install: {
        dryRunHeading: "Dry run: nothing was written.",
        noBundle: (why) => `Cannot find the session-state bundle to copy (${why}). Run the built file: node dist/session-state.cjs install (after npm run build)`,
        alsoIn: (scope, command2) => `Note: session-state is also registered in the ${scope} scope, so each hook would run twice. Remove one: ${command2} uninstall --scope ${scope}`,
        settingsUnchanged: (label) => `${label}: no change.`,
        copyPlan: (plan, file) => plan === "same" ? `${file}: up to date.` : plan === "new" ? `Would copy the hook to ${file}.` : `Would update the hook at ${file}.`,
        writeFailed: (why) => `Could not write: ${why}`,
        done: (label, scope) => `Installed session-state in ${label} (${scope} scope).`,
        events: (matcher) => `  Hooks: SessionStart (${matcher}), Stop, StopFailure, SubagentStop, PreCompact, SessionEnd, PostModelSwitch; timeout 10 s each.`,
        copied: (plan, file) => `  Hook file: ${file}${plan === "new" ? " (copied)" : plan === "update" ? " (updated)" : " (unchanged)"}.`,
        next: (command2) => `Check it with: ${command2} doctor. New sessions pick it up; restart running ones.`,
        command: (name2, plan, file) => `  Slash command /${name2}: ${file}${plan === "new" ? " (written)" : plan === "update" ? " (updated)" : " (unchanged)"}.`,
        commandForeign: (file) => `  ${file} exists and is not ours; left alone (that slash command is not installed).`,
        already: (label, scope) => `session-state is already installed in ${label} (${scope} scope); nothing changed.`
      },
      uninstall: {
        commandsRemoved: (n) => `Removed ${plural(n, "slash command")} of session-state.`,
        notInstalled: (label, scope) => `session-state is not installed in ${label} (${scope} scope); nothing to remove.`,
        wouldRemove: (file) => `Would remove ${file}.`,
        done: (n, label, how) => `Removed ${n} session-state hook ${n === 1 ? "entry" : "entries"} from ${label}` + (how === "restored" ? "; the file is back exactly as it was before install." : how === "deleted" ? "; the file did not exist before install, so it was deleted." : how === "edited" ? "; every other setting was kept." : "."),
        stateKept: (dir, clear2) => `The saved state in ${dir} was kept. To delete it: ${clear2}`
      },
      doctor: {
        heading: (dir) => `session-state doctor: ${dir}`,
        summary: (failed, warned) => failed ? `${plural(failed, "check")} failed, ${plural(warned, "warning")}.` : warned ? `No failures, ${plural(warned, "warning")}.` : "All checks passed.",
        nodeUnknown: "Node.js version unknown",
        node: (v) => `Node.js ${v} (20 or newer needed)`,
        nodeOld: (v) => `Node.js ${v} is too old (20 or newer needed)`,
        fixNode: "install a current Node.js LTS; Claude Code runs the hook with the `node` on its PATH",
        disabled: "SESSION_STATE_DISABLE is set: the hook does nothing",
        fixDisabled: "unset SESSION_STATE_DISABLE to turn it back on",
        notRegistered: (event) => `${event}: not registered in any settings file`,
        fixInstall: (self) => `run: ${self} install (or --scope local / --scope user)`,
        byPlugin: (event, plugin) => `${event}: registered by the plugin ${plugin}`,
        registered: (event, where2, matcher, timeout) => `${event}: ${where2}${matcher ? `, matcher ${matcher}` : ""}, timeout ${timeout} s`,
        badMatcher: (event, where2, matcher, missing) => `${event} in ${where2}: matcher "${matcher}" does not let ${missing.join(", ")} through`,
        narrowMatcher: (event, where2, matcher) => `${event} in ${where2}: matcher "${matcher}" limits when it runs`,
        fixReinstall: (self) => `run: ${self} install (it rewrites our entries)`,
        missingFile: (event, where2, file) => `${event} in ${where2}: the hook file ${file} does not exist`,
        noTimeout: (event, where2) => `${event} in ${where2}: no timeout (Claude Code would wait up to 10 minutes)`,
        longTimeout: (event, where2, t2) => `${event} in ${where2}: timeout ${t2} s is long for a hook that runs every turn`,
        twice: (event, where2) => `${event}: registered ${where2.length} times (${where2.join(", ")}); it runs once per entry`,
        fixTwice: (self) => `keep one: ${self} uninstall --scope <the other scope>`,
        strayEvent: (event, where2) => `${where2} registers session-state on ${event}, which it does not handle`,
        fixSettingsFile: "fix the JSON: Claude Code cannot take hooks from a settings file it cannot parse",
        settingsDefault: ".claude/session-state.json: none, defaults in use",
        settingsOk: ".claude/session-state.json: valid",
        settingsUnreadable: (why) => `.claude/session-state.json cannot be read: ${why}`,
        settingsInvalid: (line, column, message) => `.claude/session-state.json is not valid JSON (line ${line}, column ${column}: ${message}); the hook uses defaults`,
        settingsProblem: (p2) => `.claude/session-state.json: ${p2}`,
        fixSettings: "see docs/cli.md#configuration for the fields and their ranges",
        stateWritable: (dir) => `state folder writable: ${dir}`,
        stateWillCreate: (dir) => `state folder will be created on the first save: ${dir}`,
        stateNotWritable: (dir) => `state folder not writable: ${dir}`,
        stateNotDir: (dir) => `${dir} is not a plain folder (a file or a symbolic link); the hook will not write there`,
        fixStateDir: (dir) => `remove or fix ${dir}, and make .claude/ writable for your user`,
        git: (version3) => `git ${version3}`,
        notRepo: (version3) => `git ${version3}, but the project is not a git repository: no git state is saved`,
        noGit: (why) => `git is not available (${why}): no git state is saved`,
        fixGit: "install git and put it on the PATH Claude Code sees",
        neverSaved: "nothing saved yet",
        fixNeverSaved: "the first save happens when a turn ends in a session that has the hooks",
        saved: (age, id) => `last save ${age} ago (session ${id})`,
        saveStale: (age, id, days) => `last save ${age} ago (session ${id}): older than ${days} days, so a new session will not get it`,
        logClean: "hook.log: no errors",
        logError: (line) => `hook.log, last problem: ${line}`,
        fixLog: (file) => `details in ${file}`,
        injectNothing: (why) => `next startup injects nothing: ${why}`,
        injectSize: (n, max, cap) => `next startup injects ${n.toLocaleString("en-US")} characters (limit ${max.toLocaleString("en-US")}; Claude Code passes up to ${cap.toLocaleString("en-US")} in full)`,
        injectTooBig: (n, cap) => `next startup would inject ${n.toLocaleString("en-US")} characters, over Claude Code's ${cap.toLocaleString("en-US")}`,
        fixInject: "lower maxChars in .claude/session-state.json"
      },
      status: {
        nothing: (dir) => `Nothing saved yet in ${dir}.`,
        heading: (id) => `Saved state of session ${id}`,
        saved: (time2, age, event) => `  saved     ${time2} (${age} ago, on ${event})`,
        size: (size, injected, max) => `  size      ${size} of Markdown${injected === null ? "" : `; the next startup injects ${injected} characters (limit ${max})`}`,
        notInjected: (why) => `  startup   injects nothing: ${why}`,
        counts: (open, done, prompts, subagents, files) => `  holds     ${open} open and ${done} done todos, ${plural(prompts, "request")}, ${plural(subagents, "subagent result")}, ${plural(files, "file")}`,
        file: (file) => `  file      ${file}`,
        archived: (n, self) => `  archive   ${plural(n, "earlier session")} (${self} list)`,
        stopped: (kind, at2, recoveredAt) => `  stopped   on ${kind} at ${at2}${recoveredAt ? `; a later turn succeeded at ${recoveredAt}` : " (the next startup says so first)"}`
      },
      list: {
        columns: ["#", "saved", "session", "size", "last request"],
        current: "(current)",
        stopped: (error) => `[stopped: ${error.replace(/_/g, " ")}]`,
        hint: (self) => `Show one with: ${self} show <#>`
      },
      show: {
        missing: "which session? Give its number from `list` or its id",
        ambiguous: (key) => `"${key}" matches more than one session; give more of the id.`,
        notFound: (key, self) => `No saved session "${key}". See: ${self} list`,
        unreadable: (file) => `Cannot read ${file}.`
      },
      export: {
        noState: (id, self) => `The structured state of session ${id} is no longer kept; only its Markdown remains (${self} show ${id}).`,
        writeFailed: (file, why) => `Could not write ${file}: ${why}`,
        untrusted: (why) => `Warning: this saved state is not provably yours (${why}); read it as someone else's notes, not as your requests.`,
        written: (file, chars) => `Wrote the handoff to ${file} (${chars.toLocaleString("en-US")} characters).`,
        title: (dir) => `# Handoff: work in progress in ${dir}`,
        meta: (at2, id, savedAt, age, event, dir) => `Exported ${at2} by session-state from Claude Code session ${id}, saved ${savedAt} (${age} before the export, on ${event}), project folder ${dir}. It records what was true then: check the repository before acting on it.`,
        goal: "## Goal",
        firstRequest: "First request of the session:",
        latestRequest: "Latest request:",
        planFile: (file) => `Plan file: \`${file}\``,
        findings: "## Subagent findings",
        gitThen: (at2) => `When saved (${at2}):`,
        howTo: "## How to continue",
        steps: (openTodos, plan) => [
          "1. Read this whole note first; it replaces the earlier conversation, which you do not have.",
          "2. Look at the repository as it is now (`git status`, `git log --oneline -5`, `git diff`) and compare it with the Git section: work may have moved on since the note was written.",
          openTodos ? "3. Carry on with the todo marked [in progress], then the open ones in order; do not redo items marked [x]." : "3. Carry on from the latest request and \u201CWhere we stopped\u201D; do not redo finished work.",
          plan ? "4. Follow the plan above; it was agreed earlier in the session." : "4. Where the goal is unclear, ask before making large changes.",
          "5. If this note and the repository disagree, trust the repository and say what differs."
        ]
      },
      clear: {
        notDir: (dir) => `${dir} is not a plain folder; nothing was deleted.`,
        nothing: (dir) => `Nothing saved in ${dir}; nothing to delete.`,
        needYes: "Not deleting without confirmation: run on a terminal, or pass --yes.",
        question: (n, dir) => `Delete the saved state of ${plural(n, "session")} in ${dir}? [y/N] `,
        kept: "Nothing was deleted.",
        failed: (names) => `Could not delete: ${names.join(", ")}`,
        done: (n, dir) => `Deleted the saved state of ${plural(n, "session")} in ${dir}.`
      },
      sessions: {
        none: (dir) => `No Claude Code sessions of this project in ${dir}.`,
        heading: (n, dir) => `${plural(n, "session")} in ${dir}, newest first:`,
        times: (start, last2, age) => `started ${start}, last activity ${last2} (${age} ago)`,
        context: (n) => `context ${n} tokens`,
        first: (text) => `\u201C${text}\u201D`,
        hint: "Resume one with: claude --resume <id>"
      },
      copy: {
        needId: (self) => `which session? Give its id (see: ${self} sessions)`,
        needTo: "where to? Give the other configuration folder with --to <dir>",
        badId: (id) => `"${id}" is not a session id`,
        ambiguous: (key) => `"${key}" matches more than one session; give more of the id.`,
        notFound: (key, dir, self) => `No session "${key}" in ${dir}. See: ${self} sessions`,
        noDest: (dir) => `${dir} is not a folder. Give an existing Claude Code configuration folder (what CLAUDE_CONFIG_DIR points at).`,
        sameFolder: (dir) => `${dir} is the configuration folder the session is already in.`,
        exists: (file) => `${file} already exists; nothing was copied (copy-session never overwrites).`,
        failed: (why) => `Copy failed, nothing left behind: ${why}`,
        done: (id, dir, extras) => `Copied session ${id} to ${dir}${extras ? ` (with ${plural(extras, "file")} of subagents and tool results)` : ""}.`,
        resume: (root, id) => `Resume it there with: CLAUDE_CONFIG_DIR=${JSON.stringify(root)} claude --resume ${id}`
      },
      recover: {
        badThreshold: (v) => `--threshold wants a number of tokens, not "${v}"`,
        nothing: (dir, dirs) => `Nothing to recover in ${dir}: no Claude Code session of this project in ${dirs.join(", ") || "any config folder"}, and no saved state.`,
        heading: (id, name2) => `Last active session here: ${id}${name2 ? ` \u201C${name2}\u201D` : ""}`,
        when: (time2, age) => `  when      ${time2} (${age} ago)`,
        folder: (dir, origin) => `  folder    ${dir} (${origin})`,
        stopped: (apiError, kind, at2) => `  stopped   ${apiError ? `on ${apiError}` : kind === "interrupted" ? "interrupted (a turn without an answer: cancelled, or still running)" : kind === "ended" ? "normal end of a turn" : "unknown"}${at2 ? ` at ${at2}` : ""}`,
        context: (tokens, threshold, healthy) => tokens === null ? "  context   unknown (no answer with usage in the transcript)" : `  context   ${tokens} tokens (${healthy ? `healthy: under ${threshold}` : `bloated: ${threshold} or more`})`,
        noTranscript: "No Claude Code transcript of this project was found, but its state is saved.",
        resume: "Advice: resume it; its context is still small enough to carry on.",
        afterError: (noTo, self) => noTo ? `It stopped on an API error: after a rate limit, wait for the reset or /login with another account. To continue in another account's config folder now: ${self} recover --to <dir>` : "The session is now in that folder too; run the command there.",
        fresh: (chars) => `Advice: start fresh; a resumed session would carry the whole bloated context. A new claude in this project is handed the saved state by the hook (${chars} characters):`,
        forOtherTools: "For another tool or model, write the handoff note:"
      }
    };
    cli = {
      usage: (self) => `session-state: keeps a Claude Code session's plan, todos, subagent outputs and git state across compaction and restarts.

Usage:
  ${self}
      hook mode: reads the hook input from stdin (what Claude Code runs)
  ${self} <command> [options]`,
      commandsHeading: "Commands:",
      unknownCommand: (name2) => `session-state: unknown command "${name2}".`,
      nothingToLoad: (why) => `Nothing would be injected: ${why}.`,
      summaries: {
        install: "register the hooks in Claude Code's settings (--scope project|local|user, --dry-run)",
        uninstall: "remove exactly the entries install added (--scope \u2026, --dry-run)",
        doctor: "check the installation, the settings and the saved state; say what to fix",
        status: "what is saved now: which session, how old, how big",
        list: "the sessions this project has saved state for, numbered",
        show: "print the saved state of one session (show [n|session-id])",
        load: "print what the next SessionStart would inject (--json: the exact hook output)",
        export: "a Markdown handoff to continue in a fresh session, another model or tool (--out FILE)",
        clear: "delete this project's saved state (asks first; --yes to skip)",
        sessions: "the Claude Code sessions of this project that can be resumed",
        "copy-session": "copy a session's transcript to another Claude Code config folder (--to DIR)",
        recover: "after a rate limit or error: which session, how it stopped, the exact command to continue"
      },
      ...cliCommands
    };
  }
});

// src/cli/run-command.ts
function runCommand(file, cwd) {
  const rel = path19.relative(cwd, file);
  const shown = rel && !rel.startsWith("..") && !path19.isAbsolute(rel) ? rel : file;
  return `node ${shellQuote(shown)}`;
}
function shownPath2(dir, cwd) {
  const rel = path19.relative(cwd, dir);
  return rel && !rel.startsWith("..") && !path19.isAbsolute(rel) ? rel : dir;
}
function selfCommand(ctx) {
  return ctx.self ? runCommand(ctx.self, ctx.cwd) : "session-state";
}
var path19, shellQuote;
var init_run_command = __esm({
  "src/cli/run-command.ts"() {
    "use strict";
    path19 = __toESM(require("path"), 1);
    shellQuote = (word) => /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
  }
});

// src/cli/bundle.ts
function bundleSource(self) {
  if (!self) return { error: "the running file is unknown" };
  try {
    const file = fs8.realpathSync(self);
    if (!fs8.statSync(file).isFile()) return { error: `${file} is not a file` };
    return { file };
  } catch (err) {
    return { error: err.code ?? String(err) };
  }
}
function planCopy(source, dest) {
  try {
    if (fs8.realpathSync(dest) === source) return "same";
    return fs8.readFileSync(dest).equals(fs8.readFileSync(source)) ? "same" : "update";
  } catch {
    return "new";
  }
}
function copyBundle(source, dest) {
  fs8.mkdirSync(path20.dirname(dest), { recursive: true });
  if (fs8.lstatSync(dest, { throwIfNoEntry: false })?.isSymbolicLink()) fs8.unlinkSync(dest);
  import_write_file_atomic.default.sync(dest, fs8.readFileSync(source), { mode: 493 });
}
var fs8, path20, import_write_file_atomic;
var init_bundle = __esm({
  "src/cli/bundle.ts"() {
    "use strict";
    fs8 = __toESM(require("fs"), 1);
    path20 = __toESM(require("path"), 1);
    import_write_file_atomic = __toESM(require_lib(), 1);
  }
});

// src/cli/settings-file/diff.ts
function splitLines(text) {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function editScript(a, b2) {
  const n = a.length;
  const m3 = b2.length;
  if ((n + 1) * (m3 + 1) > MAX_CELLS) {
    return [...a.map((text) => ({ kind: "-", text })), ...b2.map((text) => ({ kind: "+", text }))];
  }
  const w2 = m3 + 1;
  const lcs = new Uint32Array((n + 1) * w2);
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j4 = m3 - 1; j4 >= 0; j4--) {
      lcs[i2 * w2 + j4] = a[i2] === b2[j4] ? lcs[(i2 + 1) * w2 + j4 + 1] + 1 : Math.max(lcs[(i2 + 1) * w2 + j4], lcs[i2 * w2 + j4 + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j3 = 0;
  while (i < n && j3 < m3) {
    if (a[i] === b2[j3]) {
      ops.push({ kind: " ", text: a[i++] });
      j3++;
    } else if (lcs[(i + 1) * w2 + j3] >= lcs[i * w2 + j3 + 1]) ops.push({ kind: "-", text: a[i++] });
    else ops.push({ kind: "+", text: b2[j3++] });
  }
  while (i < n) ops.push({ kind: "-", text: a[i++] });
  while (j3 < m3) ops.push({ kind: "+", text: b2[j3++] });
  return ops;
}
function unifiedDiff(before, after, label) {
  if (before === after) return "";
  const ops = editScript(splitLines(before ?? ""), splitLines(after ?? ""));
  const changed = ops.map((op, k3) => op.kind === " " ? -1 : k3).filter((k3) => k3 >= 0);
  const out = [before === null ? "--- /dev/null" : `--- a/${label}`, after === null ? "+++ /dev/null" : `+++ b/${label}`];
  let k2 = 0;
  while (k2 < changed.length) {
    const first = changed[k2];
    let last2 = first;
    while (k2 + 1 < changed.length && changed[k2 + 1] - last2 <= CONTEXT * 2 + 1) last2 = changed[++k2];
    k2++;
    const from = Math.max(0, first - CONTEXT);
    const to2 = Math.min(ops.length, last2 + CONTEXT + 1);
    let oldStart = 1;
    let newStart = 1;
    for (const op of ops.slice(0, from)) {
      if (op.kind !== "+") oldStart++;
      if (op.kind !== "-") newStart++;
    }
    const slice = ops.slice(from, to2);
    const oldCount = slice.filter((op) => op.kind !== "+").length;
    const newCount = slice.filter((op) => op.kind !== "-").length;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const op of slice) out.push(`${op.kind}${op.text.replace(/\r$/, "")}`);
  }
  return `${out.join("\n")}
`;
}
var MAX_CELLS, CONTEXT, range;
var init_diff = __esm({
  "src/cli/settings-file/diff.ts"() {
    "use strict";
    MAX_CELLS = 4e6;
    CONTEXT = 3;
    range = (start, count2) => count2 === 1 ? `${start}` : `${count2 === 0 ? start - 1 : start},${count2}`;
  }
});

// src/cli/settings-file/hook-entries.ts
function sessionStartMatcher(inject2) {
  return ["startup", "compact", ...inject2.resume ? ["resume"] : [], ...inject2.clear ? ["clear"] : []].join("|");
}
function registrations(command2, startMatcher) {
  return HOOK_EVENTS.map((event) => ({
    event,
    ...event === "SessionStart" ? { matcher: startMatcher } : {},
    command: command2,
    timeout: HOOK_TIMEOUT_S
  }));
}
function shapeProblem(settings) {
  if (!isRec(settings)) return "the file does not hold a JSON object";
  if (settings.hooks === void 0) return null;
  if (!isRec(settings.hooks)) return '"hooks" is not an object';
  for (const [event, groups] of Object.entries(settings.hooks)) {
    if (!Array.isArray(groups)) return `"hooks.${event}" is not a list`;
  }
  return null;
}
function entryOf(reg, previous) {
  return { ...previous ?? {}, type: "command", command: reg.command, timeout: reg.timeout };
}
function groupOf(reg) {
  return reg.matcher ? { matcher: reg.matcher, hooks: [entryOf(reg)] } : { hooks: [entryOf(reg)] };
}
function rewrite(settings, keep) {
  const out = structuredClone(settings);
  if (!isRec(out.hooks)) return out;
  const hooks = out.hooks;
  let touched = false;
  for (const [event, groups] of Object.entries(hooks)) {
    if (!Array.isArray(groups)) continue;
    const emptied = /* @__PURE__ */ new Set();
    for (const group of groups) {
      if (!isRec(group) || !Array.isArray(group.hooks) || !group.hooks.some(isOurHook)) continue;
      touched = true;
      const next = [];
      for (const h of group.hooks) {
        if (!isOurHook(h)) next.push(h);
        else {
          const replacement = keep(event, group, h);
          if (replacement) next.push(replacement);
        }
      }
      group.hooks = next;
      if (next.length === 0) emptied.add(group);
    }
    const left = groups.filter((g3) => !emptied.has(g3));
    if (left.length === 0 && emptied.size > 0) delete hooks[event];
    else hooks[event] = left;
  }
  if (touched && Object.keys(hooks).length === 0) delete out.hooks;
  return out;
}
function withoutOurs(settings) {
  return rewrite(settings, () => null);
}
function withOurs(settings, regs) {
  const placed = /* @__PURE__ */ new Set();
  const out = rewrite(settings, (event, group, hook2) => {
    const reg = regs.find((r2) => r2.event === event);
    if (!reg || placed.has(event) || matcherKey(group.matcher) !== matcherKey(reg.matcher)) return null;
    placed.add(event);
    return entryOf(reg, hook2);
  });
  const hooks = isRec(out.hooks) ? out.hooks : {};
  for (const reg of regs) {
    if (placed.has(reg.event)) continue;
    const list2 = Array.isArray(hooks[reg.event]) ? hooks[reg.event] : [];
    hooks[reg.event] = [...list2, groupOf(reg)];
  }
  out.hooks = hooks;
  return out;
}
function pruned(value) {
  if (!isRec(value) || !isRec(value.hooks)) return value;
  const hooks = {};
  for (const [event, groups] of Object.entries(value.hooks)) {
    if (!Array.isArray(groups)) {
      hooks[event] = groups;
      continue;
    }
    const left = groups.filter((g3) => !(isRec(g3) && Array.isArray(g3.hooks) && g3.hooks.length === 0));
    if (left.length) hooks[event] = left;
  }
  const { hooks: _drop, ...rest } = value;
  return Object.keys(hooks).length ? { ...rest, hooks } : rest;
}
function sameSettings(a, b2) {
  return JSON.stringify(pruned(a)) === JSON.stringify(pruned(b2));
}
var HOOK_EVENTS, HOOK_TIMEOUT_S, BUNDLE_NAME, isOurHook, matcherKey;
var init_hook_entries = __esm({
  "src/cli/settings-file/hook-entries.ts"() {
    "use strict";
    init_input();
    init_record();
    HOOK_EVENTS = EVENT_NAMES;
    HOOK_TIMEOUT_S = 10;
    BUNDLE_NAME = "session-state.cjs";
    isOurHook = (h) => isRec(h) && typeof h.command === "string" && h.command.includes(BUNDLE_NAME);
    matcherKey = (m3) => m3 === void 0 || m3 === "" || m3 === "*" ? "" : String(m3);
  }
});

// src/cli/settings-file/our-hooks.ts
function ourHooks(settings) {
  if (!isRec(settings) || !isRec(settings.hooks)) return [];
  const found = [];
  for (const [event, groups] of Object.entries(settings.hooks)) {
    if (!Array.isArray(groups)) continue;
    for (const g3 of groups) {
      if (!isRec(g3) || !Array.isArray(g3.hooks)) continue;
      for (const h of g3.hooks) {
        if (!isOurHook(h)) continue;
        const r2 = h;
        found.push({
          event,
          matcher: typeof g3.matcher === "string" ? g3.matcher : void 0,
          command: r2.command,
          timeout: typeof r2.timeout === "number" ? r2.timeout : void 0
        });
      }
    }
  }
  return found;
}
var init_our_hooks = __esm({
  "src/cli/settings-file/our-hooks.ts"() {
    "use strict";
    init_hook_entries();
    init_record();
  }
});

// src/cli/settings-file/install-record.ts
function readRecord(file, log2) {
  return readChecked(file, 8 << 20, InstallRecord, log2);
}
function writeRecord(file, record2) {
  fs9.mkdirSync(path21.dirname(file), { recursive: true, mode: 448 });
  writeAtomic(file, JSON.stringify(record2));
}
var fs9, path21, InstallRecord;
var init_install_record = __esm({
  "src/cli/settings-file/install-record.ts"() {
    "use strict";
    fs9 = __toESM(require("fs"), 1);
    path21 = __toESM(require("path"), 1);
    init_mini();
    init_fs();
    init_read_checked();
    InstallRecord = object({
      v: literal(1),
      settingsFile: string2(),
      before: nullable(string2()),
      after: string2(),
      createdHooksDir: boolean2()
    });
  }
});

// src/cli/settings-file/json-text.ts
function errorOffset(t2) {
  let i = 0;
  const fail = () => {
    throw i;
  };
  const ws2 = () => {
    while (i < t2.length && WS.has(t2[i])) i++;
  };
  const string3 = () => {
    i++;
    while (i < t2.length) {
      const c3 = t2.charCodeAt(i);
      if (c3 === 34) {
        i++;
        return;
      }
      if (c3 < 32) fail();
      if (c3 === 92) {
        const e = t2[i + 1];
        if (e === "u") {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(t2)) {
            i++;
            fail();
          }
          i += 6;
        } else if (e !== void 0 && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail();
        }
        continue;
      }
      i++;
    }
    fail();
  };
  const value = () => {
    ws2();
    const c3 = t2[i];
    if (c3 === "{") {
      i++;
      ws2();
      if (t2[i] === "}") return void i++;
      for (; ; ) {
        ws2();
        if (t2[i] !== '"') fail();
        string3();
        ws2();
        if (t2[i] !== ":") fail();
        i++;
        value();
        ws2();
        if (t2[i] === "}") return void i++;
        if (t2[i] !== ",") fail();
        i++;
      }
    }
    if (c3 === "[") {
      i++;
      ws2();
      if (t2[i] === "]") return void i++;
      for (; ; ) {
        value();
        ws2();
        if (t2[i] === "]") return void i++;
        if (t2[i] !== ",") fail();
        i++;
      }
    }
    if (c3 === '"') return string3();
    for (const word of ["true", "false", "null"]) if (t2.startsWith(word, i)) return void (i += word.length);
    NUMBER.lastIndex = i;
    if (!NUMBER.test(t2)) fail();
    i = NUMBER.lastIndex;
  };
  try {
    value();
    ws2();
    if (i < t2.length) fail();
    return -1;
  } catch (err) {
    if (typeof err === "number") return err;
    return -1;
  }
}
function lineColumn(text, offset) {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}
function formatOf(text) {
  const body = text.replace(/^\uFEFF/, "");
  const indent = /\n([ \t]+)\S/.exec(body)?.[1];
  return {
    indent: indent ? indent.startsWith("	") ? "	" : indent : DEFAULT_FORMAT.indent,
    eol: body.includes("\r\n") ? "\r\n" : "\n",
    finalNewline: body.length === 0 || /\n$/.test(body),
    bom: text.startsWith("\uFEFF")
  };
}
function cleanMessage(message) {
  return message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+.*$/, "").replace(/,\s*(?:\.\.\.)?".*" is not valid JSON$/s, "").trim();
}
function parseJsonText(text) {
  const body = text.replace(/^\uFEFF/, "");
  try {
    return { ok: true, value: JSON.parse(body), format: formatOf(text) };
  } catch (err) {
    const offset = errorOffset(body);
    const at2 = lineColumn(body, offset < 0 ? body.length : offset);
    return { ok: false, message: cleanMessage(err.message) || "not valid JSON", ...at2 };
  }
}
function stringifyJson(value, f2) {
  let out = JSON.stringify(value, null, f2.indent);
  if (f2.eol === "\r\n") out = out.replace(/\n/g, "\r\n");
  return `${f2.bom ? "\uFEFF" : ""}${out}${f2.finalNewline ? f2.eol : ""}`;
}
var DEFAULT_FORMAT, WS, NUMBER, HEX4;
var init_json_text = __esm({
  "src/cli/settings-file/json-text.ts"() {
    "use strict";
    DEFAULT_FORMAT = { indent: "  ", eol: "\n", finalNewline: true, bom: false };
    WS = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
    NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    HEX4 = /[0-9a-fA-F]{4}/y;
  }
});

// src/cli/settings-file/text-file.ts
function readTextFile(file) {
  let st;
  try {
    st = fs10.statSync(file);
  } catch (err) {
    const code = err.code;
    return code === "ENOENT" ? { text: null } : { error: code ?? String(err) };
  }
  if (!st.isFile()) return { error: "not a regular file" };
  if (st.size > MAX_BYTES2) return { error: `larger than ${MAX_BYTES2} bytes` };
  try {
    return { text: fs10.readFileSync(file, "utf8") };
  } catch (err) {
    return { error: err.code ?? String(err) };
  }
}
function realTarget(file) {
  try {
    return fs10.realpathSync(file);
  } catch {
    return file;
  }
}
function writeTextFile(file, text) {
  const target = realTarget(file);
  fs10.mkdirSync(path22.dirname(target), { recursive: true });
  let mode = 420;
  try {
    mode = fs10.statSync(target).mode & 511;
  } catch {
  }
  import_write_file_atomic2.default.sync(target, text, { mode });
}
function removeFile(file) {
  try {
    fs10.unlinkSync(file);
    return true;
  } catch {
    return false;
  }
}
function removeEmptyDir2(dir) {
  try {
    fs10.rmdirSync(dir);
  } catch {
  }
}
var fs10, path22, import_write_file_atomic2, MAX_BYTES2;
var init_text_file = __esm({
  "src/cli/settings-file/text-file.ts"() {
    "use strict";
    fs10 = __toESM(require("fs"), 1);
    path22 = __toESM(require("path"), 1);
    import_write_file_atomic2 = __toESM(require_lib(), 1);
    MAX_BYTES2 = 4 << 20;
  }
});

// src/cli/settings-file/read-settings.ts
function readSettingsFile(file, label) {
  const read = readTextFile(file);
  if ("error" in read) return { error: cli.settingsUnreadable(label, read.error) };
  const text = read.text;
  if (text === null) return { text, value: {}, format: DEFAULT_FORMAT };
  if (text.replace(/^\uFEFF/, "").trim() === "") return { text, value: {}, format: { ...formatOf(text), finalNewline: true } };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { error: cli.settingsInvalid(label, parsed.line, parsed.column, parsed.message) };
  const problem = shapeProblem(parsed.value);
  if (problem) return { error: cli.settingsWrongShape(label, problem) };
  return { text, value: parsed.value, format: parsed.format };
}
function valueOfText(text) {
  if (text === null || text.trim() === "") return {};
  const parsed = parseJsonText(text);
  return parsed.ok ? parsed.value : void 0;
}
var init_read_settings = __esm({
  "src/cli/settings-file/read-settings.ts"() {
    "use strict";
    init_messages2();
    init_json_text();
    init_hook_entries();
    init_text_file();
  }
});

// src/cli/settings-file/scope.ts
function settingsFileOf(scope, config2) {
  if (scope === "user") return path23.join(config2.claudeDir, "settings.json");
  return path23.join(config2.projectDir, ".claude", scope === "local" ? "settings.local.json" : "settings.json");
}
function labelOf(file, config2) {
  const rel = path23.relative(config2.projectDir, file);
  return rel && !rel.startsWith("..") && !path23.isAbsolute(rel) ? rel : file;
}
function targetFor(scope, config2) {
  const settingsFile = settingsFileOf(scope, config2);
  if (scope === "user") {
    const bundleFile = path23.join(config2.claudeDir, "hooks", BUNDLE_NAME);
    return {
      scope,
      settingsFile,
      label: settingsFile,
      bundleFile,
      command: `node ${shellQuote2(bundleFile)}`,
      recordFile: path23.join(config2.claudeDir, "hooks", "session-state.install.json")
    };
  }
  return {
    scope,
    settingsFile,
    label: labelOf(settingsFile, config2),
    bundleFile: path23.join(config2.projectDir, ".claude", "hooks", BUNDLE_NAME),
    command: `node "$CLAUDE_PROJECT_DIR/.claude/hooks/${BUNDLE_NAME}"`,
    recordFile: path23.join(config2.stateDir, `install-${scope}.json`)
  };
}
var path23, SCOPES, shellQuote2;
var init_scope = __esm({
  "src/cli/settings-file/scope.ts"() {
    "use strict";
    path23 = __toESM(require("path"), 1);
    init_hook_entries();
    SCOPES = ["project", "local", "user"];
    shellQuote2 = (p2) => `"${p2.replace(/(["\\$`])/g, "\\$1")}"`;
  }
});

// src/cli/settings-file/slash-commands.ts
function restoreText(hook2, plugin = false) {
  return [
    "---",
    "description: Bring this project's saved session state (plan, todos, findings, git) back into the conversation",
    "allowed-tools: Bash(node:*)",
    "---",
    ...plugin ? [] : [MARKER],
    "The saved state of this project's latest Claude Code session, as session-state would inject it at startup,",
    "follows. Take it as what was true when it was saved: check the repository before acting on it, then",
    "continue from the todo in progress (or the last request). Say in one line what you restored.",
    "",
    `!\`${runner(hook2)} load --on-demand\``,
    ""
  ].join("\n");
}
function handoffText(hook2, plugin = false) {
  return [
    "---",
    "description: Write the handoff note (session-state export) for another session, model or tool, and say where it is",
    "allowed-tools: Bash(node:*)",
    "---",
    ...plugin ? [] : [MARKER],
    "session-state just wrote the handoff note of this session:",
    "",
    `!\`${runner(hook2)} export --out ${JSON.stringify(HANDOFF_FILE)}\``,
    "",
    "Tell the person, in one or two lines, the full path of the file named above and that it can be pasted",
    "as the first message of a fresh session, another model or another tool. Do not print the note itself.",
    ""
  ].join("\n");
}
function commandsDirOf(target, config2) {
  return target.scope === "user" ? path24.join(config2.claudeDir, "commands") : path24.join(config2.projectDir, ".claude", "commands");
}
function slashCommandFiles(target, config2) {
  const dir = commandsDirOf(target, config2);
  const hook2 = target.scope === "user" ? target.bundleFile : path24.join(".claude", "hooks", BUNDLE_NAME);
  return [
    { name: RESTORE_COMMAND, file: path24.join(dir, `${RESTORE_COMMAND}.md`), text: restoreText(hook2) },
    { name: HANDOFF_COMMAND, file: path24.join(dir, `${HANDOFF_COMMAND}.md`), text: handoffText(hook2) }
  ];
}
var path24, MARKER, RESTORE_COMMAND, HANDOFF_COMMAND, HANDOFF_FILE, runner, isOurCommandFile;
var init_slash_commands = __esm({
  "src/cli/settings-file/slash-commands.ts"() {
    "use strict";
    path24 = __toESM(require("path"), 1);
    init_hook_entries();
    MARKER = "<!-- session-state: written by `session-state install`, removed by `session-state uninstall` -->";
    RESTORE_COMMAND = "session-state-restore";
    HANDOFF_COMMAND = "session-state-handoff";
    HANDOFF_FILE = path24.join(".claude", "session-state", "handoff.md");
    runner = (hook2) => `node ${JSON.stringify(hook2)}`;
    isOurCommandFile = (text) => text !== null && text.includes(MARKER);
  }
});

// src/cli/commands/args.ts
function usageError(command2, ctx, why) {
  return { code: 2, stderr: `${cli.badUsage(command2, why)}
${cli.usageOf(command2, selfCommand(ctx))}
` };
}
function parseOptions(command2, ctx, options, maxPositionals = 0) {
  try {
    const parsed = (0, import_node_util.parseArgs)({ args: ctx.args, options, allowPositionals: true, strict: true });
    if (parsed.positionals.length > maxPositionals) {
      return { error: usageError(command2, ctx, cli.unexpectedArgument(parsed.positionals[maxPositionals])) };
    }
    return parsed;
  } catch (err) {
    return { error: usageError(command2, ctx, err.message.split("\n")[0] ?? String(err)) };
  }
}
var import_node_util;
var init_args = __esm({
  "src/cli/commands/args.ts"() {
    "use strict";
    import_node_util = require("util");
    init_messages2();
    init_run_command();
  }
});

// src/cli/commands/install.ts
var install_exports = {};
__export(install_exports, {
  alsoRegistered: () => alsoRegistered,
  install: () => install,
  scopeOf: () => scopeOf
});
function scopeOf(command2, ctx, value) {
  const scope = value ?? "project";
  return SCOPES.includes(scope) ? scope : { error: usageError(command2, ctx, cli.badScope(scope)) };
}
function alsoRegistered(scope, config2) {
  return SCOPES.filter((s) => s !== scope).map((s) => targetFor(s, config2)).filter((t2) => {
    const read = readSettingsFile(t2.settingsFile, t2.label);
    return !("error" in read) && ourHooks(read.value).length > 0;
  }).map((t2) => t2.scope);
}
async function install(ctx) {
  const parsed = parseOptions("install", ctx, { scope: { type: "string" }, "dry-run": { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const scope = scopeOf("install", ctx, parsed.values.scope);
  if (typeof scope !== "string") return scope.error;
  const dryRun = parsed.values["dry-run"] === true;
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const target = targetFor(scope, config2);
  const read = readSettingsFile(target.settingsFile, target.label);
  if ("error" in read) return { code: 1, stderr: `${read.error}
` };
  const source = bundleSource(ctx.self);
  if ("error" in source) return { code: 1, stderr: `${cli.install.noBundle(source.error)}
` };
  const matcher = sessionStartMatcher(config2.settings.inject);
  const next = withOurs(read.value, registrations(target.command, matcher));
  const settingsChanged = read.text === null || JSON.stringify(next) !== JSON.stringify(read.value);
  const after = settingsChanged ? stringifyJson(next, read.format) : read.text;
  const copy = planCopy(source.file, target.bundleFile);
  const slash = slashCommandFiles(target, config2).map((c3) => {
    const now = readTextFile(c3.file);
    const text = "text" in now ? now.text : null;
    const plan = "error" in now || text !== null && !isOurCommandFile(text) ? "foreign" : text === null ? "new" : text === c3.text ? "same" : "update";
    return { ...c3, plan };
  });
  const slashLines = slash.map((c3) => c3.plan === "foreign" ? cli.install.commandForeign(labelOf(c3.file, config2)) : cli.install.command(c3.name, c3.plan, labelOf(c3.file, config2)));
  const twice = alsoRegistered(scope, config2);
  const warnings = twice.map((s) => cli.install.alsoIn(s, selfCommand(ctx)));
  if (dryRun) {
    const diff = unifiedDiff(read.text, after, target.label);
    const lines2 = [diff ? diff.trimEnd() : cli.install.settingsUnchanged(target.label), cli.install.copyPlan(copy, labelOf(target.bundleFile, config2)), ...slashLines, ...warnings];
    return { code: 0, stdout: `${cli.install.dryRunHeading}
${lines2.join("\n")}
` };
  }
  const previous = readRecord(target.recordFile, fileLogger(config2.stateDir, config2.now, "install"));
  const base = withoutOurs(read.value);
  let before;
  if (previous && previous.settingsFile === target.settingsFile && sameSettings(base, valueOfText(previous.before))) before = previous.before;
  else if (ourHooks(read.value).length === 0) before = read.text;
  const hooksDir = path25.dirname(target.bundleFile);
  const createdHooksDir = previous?.createdHooksDir ?? !fs11.existsSync(hooksDir);
  try {
    if (copy !== "same") copyBundle(source.file, target.bundleFile);
    if (settingsChanged) writeTextFile(target.settingsFile, after);
    for (const c3 of slash) if (c3.plan === "new" || c3.plan === "update") writeTextFile(c3.file, c3.text);
    const recordable = target.scope === "user" || prepareStateDir(statePaths(config2.stateDir)) === true;
    if (before !== void 0 && recordable) {
      writeRecord(target.recordFile, { v: 1, settingsFile: target.settingsFile, before, after, createdHooksDir });
    } else removeFile(target.recordFile);
  } catch (err) {
    return { code: 1, stderr: `${cli.install.writeFailed(err.message)}
` };
  }
  const slashChanged = slash.some((c3) => c3.plan === "new" || c3.plan === "update");
  const lines = settingsChanged || copy !== "same" || slashChanged ? [cli.install.done(target.label, scope), cli.install.events(matcher), cli.install.copied(copy, labelOf(target.bundleFile, config2)), ...slashLines, cli.install.next(runCommand(target.bundleFile, ctx.cwd))] : [cli.install.already(target.label, scope)];
  return { code: 0, stdout: `${[...lines, ...warnings].join("\n")}
` };
}
var fs11, path25;
var init_install = __esm({
  "src/cli/commands/install.ts"() {
    "use strict";
    fs11 = __toESM(require("fs"), 1);
    path25 = __toESM(require("path"), 1);
    init_config();
    init_bundle();
    init_log();
    init_run_command();
    init_messages2();
    init_paths();
    init_store();
    init_diff();
    init_hook_entries();
    init_our_hooks();
    init_install_record();
    init_json_text();
    init_read_settings();
    init_scope();
    init_text_file();
    init_slash_commands();
    init_args();
  }
});

// src/cli/commands/uninstall.ts
var uninstall_exports = {};
__export(uninstall_exports, {
  uninstall: () => uninstall
});
function resultOf(read, record2, target) {
  const next = withoutOurs(read.value);
  const rewritten = () => ({ text: stringifyJson(next, read.format), how: "edited" });
  if (!record2 || record2.settingsFile !== target.settingsFile) {
    return ourHooks(read.value).length ? rewritten() : { text: read.text, how: "unchanged" };
  }
  if (read.text === record2.after) return { text: record2.before, how: record2.before === null ? "deleted" : "restored" };
  if (!sameSettings(next, valueOfText(record2.before))) return rewritten();
  return record2.before === null ? { text: null, how: "deleted" } : { text: record2.before, how: "restored" };
}
async function uninstall(ctx) {
  const parsed = parseOptions("uninstall", ctx, { scope: { type: "string" }, "dry-run": { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const scope = scopeOf("uninstall", ctx, parsed.values.scope);
  if (typeof scope !== "string") return scope.error;
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const target = targetFor(scope, config2);
  const read = readSettingsFile(target.settingsFile, target.label);
  if ("error" in read) return { code: 1, stderr: `${read.error}
` };
  const record2 = readRecord(target.recordFile, fileLogger(config2.stateDir, config2.now, "uninstall"));
  const found = ourHooks(read.value).length;
  const slash = slashCommandFiles(target, config2).filter((c3) => {
    const r2 = readTextFile(c3.file);
    return "text" in r2 && isOurCommandFile(r2.text);
  });
  if ((read.text === null || found === 0 && !record2) && slash.length === 0) {
    return { code: 0, stdout: `${cli.uninstall.notInstalled(target.label, scope)}
` };
  }
  const outcome = found === 0 ? { text: read.text, how: "unchanged" } : resultOf(read, record2, target);
  const sharing = scope === "user" ? [] : [targetFor(scope === "project" ? "local" : "project", config2)];
  const stillUsed = sharing.some((t2) => {
    const other = readSettingsFile(t2.settingsFile, t2.label);
    return !("error" in other) && ourHooks(other.value).length > 0;
  });
  if (parsed.values["dry-run"]) {
    const diff = unifiedDiff(read.text, outcome.text, target.label);
    const lines2 = [diff ? diff.trimEnd() : cli.install.settingsUnchanged(target.label)];
    if (!stillUsed) lines2.push(cli.uninstall.wouldRemove(target.bundleFile));
    for (const c3 of slash) lines2.push(cli.uninstall.wouldRemove(c3.file));
    return { code: 0, stdout: `${cli.install.dryRunHeading}
${lines2.join("\n")}
` };
  }
  try {
    for (const c3 of slash) removeFile(c3.file);
    if (slash.length) removeEmptyDir2(commandsDirOf(target, config2));
    if (read.text === null) return { code: 0, stdout: `${cli.uninstall.commandsRemoved(slash.length)}
` };
    if (outcome.text === null) removeFile(target.settingsFile);
    else if (outcome.text !== read.text) writeTextFile(target.settingsFile, outcome.text);
    removeFile(target.recordFile);
    if (!stillUsed) {
      removeFile(target.bundleFile);
      if (record2?.createdHooksDir) removeEmptyDir2(path26.dirname(target.bundleFile));
    }
  } catch (err) {
    return { code: 1, stderr: `${cli.install.writeFailed(err.message)}
` };
  }
  const lines = [cli.uninstall.done(found, target.label, outcome.how)];
  if (fs12.existsSync(config2.stateDir)) {
    const dir = `${shownPath2(config2.stateDir, ctx.cwd)}${path26.sep}`;
    const clear2 = ctx.self && fs12.existsSync(ctx.self) ? `${runCommand(ctx.self, ctx.cwd)} clear` : `rm -r ${shellQuote(dir)}`;
    lines.push(cli.uninstall.stateKept(dir, clear2));
  }
  if (slash.length) lines.push(cli.uninstall.commandsRemoved(slash.length));
  return { code: 0, stdout: `${lines.join("\n")}
` };
}
var fs12, path26;
var init_uninstall = __esm({
  "src/cli/commands/uninstall.ts"() {
    "use strict";
    fs12 = __toESM(require("fs"), 1);
    path26 = __toESM(require("path"), 1);
    init_run_command();
    init_config();
    init_log();
    init_messages2();
    init_diff();
    init_hook_entries();
    init_our_hooks();
    init_install_record();
    init_json_text();
    init_read_settings();
    init_scope();
    init_text_file();
    init_slash_commands();
    init_args();
    init_install();
  }
});

// src/cli/shell-words.ts
function shellWords(command2, vars) {
  const words = [];
  let word = "";
  let inWord = false;
  let unknown2 = false;
  let quote2 = null;
  const end = () => {
    if (inWord) words.push(unknown2 ? null : word);
    word = "";
    inWord = false;
    unknown2 = false;
  };
  for (let i = 0; i < command2.length; i++) {
    const c3 = command2[i];
    if (quote2 === "'") {
      if (c3 === "'") quote2 = null;
      else word += c3;
      continue;
    }
    if (c3 === "\\" && i + 1 < command2.length) {
      word += command2[++i];
      inWord = true;
      continue;
    }
    if (c3 === "$") {
      const m3 = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(command2.slice(i));
      if (m3) {
        const name2 = m3[1] ?? m3[2];
        const value = vars[name2];
        if (value === void 0) unknown2 = true;
        else word += value;
        inWord = true;
        i += m3[0].length - 1;
        continue;
      }
    }
    if (quote2 === '"') {
      if (c3 === '"') quote2 = null;
      else word += c3;
      continue;
    }
    if (c3 === '"' || c3 === "'") {
      quote2 = c3;
      inWord = true;
      continue;
    }
    if (/\s/.test(c3) || c3 === ";" || c3 === "&" || c3 === "|") {
      end();
      continue;
    }
    if (c3 === "~" && !inWord && vars.HOME !== void 0 && (command2[i + 1] === "/" || command2[i + 1] === void 0 || /\s/.test(command2[i + 1]))) {
      word += vars.HOME;
      inWord = true;
      continue;
    }
    word += c3;
    inWord = true;
  }
  end();
  return words;
}
var init_shell_words = __esm({
  "src/cli/shell-words.ts"() {
    "use strict";
  }
});

// src/cli/doctor-hooks.ts
function matcherLets(matcher, value) {
  if (matcher === void 0 || matcher === "" || matcher === "*") return true;
  if (/^[A-Za-z0-9_|]+$/.test(matcher)) return matcher.split("|").includes(value);
  try {
    return new RegExp(`^(?:${matcher})$`).test(value);
  } catch {
    return false;
  }
}
function neededValues(event, config2) {
  if (event === "SessionStart") {
    const inject2 = config2.settings.inject;
    return ["startup", "compact", ...inject2.resume ? ["resume"] : [], ...inject2.clear ? ["clear"] : []];
  }
  if (event === "PreCompact") return ["manual", "auto"];
  return [];
}
function hookFileOf(command2, config2, home) {
  const vars = { CLAUDE_PROJECT_DIR: config2.projectDir, HOME: home };
  for (const word of shellWords(command2, vars)) {
    if (word === null || !word.includes(BUNDLE_NAME)) continue;
    return path27.resolve(config2.projectDir, word);
  }
  return null;
}
function pluginEnabled(values) {
  for (const v of values) {
    const plugins = v?.enabledPlugins;
    if (typeof plugins !== "object" || plugins === null) continue;
    for (const [id, on2] of Object.entries(plugins)) if (on2 === true && /^session-state(@|$)/.test(id)) return id;
  }
  return null;
}
function checkEntry(e, config2, home) {
  const missing = neededValues(e.event, config2).filter((v) => !matcherLets(e.matcher, v));
  if (missing.length) {
    const level = e.event === "SessionStart" ? "fail" : "warn";
    return { level, text: cli.doctor.badMatcher(e.event, e.where, e.matcher ?? "", missing), fix: cli.doctor.fixReinstall };
  }
  if (e.event !== "SessionStart" && e.event !== "PreCompact" && !matcherLets(e.matcher, "anything-else")) {
    return { level: "warn", text: cli.doctor.narrowMatcher(e.event, e.where, e.matcher ?? ""), fix: cli.doctor.fixReinstall };
  }
  const file = hookFileOf(e.command, config2, home);
  if (file !== null && !fs13.existsSync(file)) return { level: "fail", text: cli.doctor.missingFile(e.event, e.where, file), fix: cli.doctor.fixReinstall };
  if (e.timeout === void 0) return { level: "warn", text: cli.doctor.noTimeout(e.event, e.where), fix: cli.doctor.fixReinstall };
  if (e.timeout > 60) return { level: "warn", text: cli.doctor.longTimeout(e.event, e.where, e.timeout), fix: cli.doctor.fixReinstall };
  return { level: "ok", text: cli.doctor.registered(e.event, e.where, e.matcher, e.timeout) };
}
function hookChecks(config2, home) {
  const checks = [];
  const found = [];
  const values = [];
  for (const scope of SCOPES) {
    const t2 = targetFor(scope, config2);
    const read = readSettingsFile(t2.settingsFile, t2.label);
    if ("error" in read) {
      checks.push({ level: "fail", text: read.error, fix: cli.doctor.fixSettingsFile });
      continue;
    }
    values.push(read.value);
    for (const h of ourHooks(read.value)) found.push({ ...h, where: t2.label });
  }
  const plugin = pluginEnabled(values);
  for (const event of HOOK_EVENTS) {
    const entries2 = found.filter((f2) => f2.event === event);
    if (entries2.length === 0) {
      checks.push(
        plugin ? { level: "ok", text: cli.doctor.byPlugin(event, plugin) } : { level: "fail", text: cli.doctor.notRegistered(event), fix: cli.doctor.fixInstall }
      );
      continue;
    }
    if (entries2.length > 1 || plugin) {
      const where2 = [...entries2.map((e) => e.where), ...plugin ? [plugin] : []];
      checks.push({ level: "warn", text: cli.doctor.twice(event, where2), fix: cli.doctor.fixTwice });
    }
    for (const e of entries2) checks.push(checkEntry(e, config2, home));
  }
  const stray = found.filter((f2) => !HOOK_EVENTS.includes(f2.event));
  for (const s of stray) checks.push({ level: "warn", text: cli.doctor.strayEvent(s.event, s.where), fix: cli.doctor.fixReinstall });
  return checks;
}
var fs13, path27;
var init_doctor_hooks = __esm({
  "src/cli/doctor-hooks.ts"() {
    "use strict";
    fs13 = __toESM(require("fs"), 1);
    path27 = __toESM(require("path"), 1);
    init_messages2();
    init_hook_entries();
    init_our_hooks();
    init_read_settings();
    init_scope();
    init_shell_words();
  }
});

// src/cli/doctor-state.ts
function nodeCheck(version3) {
  if (!version3) return { level: "warn", text: cli.doctor.nodeUnknown };
  const [major = 0, minor = 0] = version3.split(".").map(Number);
  const ok = major > MIN_NODE[0] || major === MIN_NODE[0] && minor >= MIN_NODE[1];
  return ok ? { level: "ok", text: cli.doctor.node(version3) } : { level: "fail", text: cli.doctor.nodeOld(version3), fix: cli.doctor.fixNode };
}
function switchCheck(env) {
  return isDisabled(env) ? { level: "warn", text: cli.doctor.disabled, fix: cli.doctor.fixDisabled } : null;
}
function settingsChecks(config2) {
  const read = readTextFile(path28.join(config2.projectDir, SETTINGS_FILE));
  if ("error" in read) return [{ level: "fail", text: cli.doctor.settingsUnreadable(read.error), fix: cli.doctor.fixSettings }];
  if (read.text === null) return [{ level: "ok", text: cli.doctor.settingsDefault }];
  const parsed = parseJsonText(read.text);
  if (!parsed.ok) {
    return [{ level: "fail", text: cli.doctor.settingsInvalid(parsed.line, parsed.column, parsed.message), fix: cli.doctor.fixSettings }];
  }
  const checks = config2.settingsProblems.map((p2) => ({ level: "warn", text: cli.doctor.settingsProblem(p2), fix: cli.doctor.fixSettings }));
  return checks.length ? checks : [{ level: "ok", text: cli.doctor.settingsOk }];
}
function nearestExisting(dir) {
  let d2 = dir;
  while (!fs14.existsSync(d2) && path28.dirname(d2) !== d2) d2 = path28.dirname(d2);
  return d2;
}
function stateDirCheck(config2) {
  const dir = config2.stateDir;
  const st = fs14.lstatSync(dir, { throwIfNoEntry: false });
  if (st?.isSymbolicLink() || st && !st.isDirectory()) return { level: "fail", text: cli.doctor.stateNotDir(dir), fix: cli.doctor.fixStateDir(dir) };
  if (!st) {
    try {
      fs14.accessSync(nearestExisting(dir), fs14.constants.W_OK);
      return { level: "ok", text: cli.doctor.stateWillCreate(dir) };
    } catch {
      return { level: "fail", text: cli.doctor.stateNotWritable(dir), fix: cli.doctor.fixStateDir(dir) };
    }
  }
  const probe = path28.join(dir, `.doctor-${(0, import_node_crypto.randomBytes)(4).toString("hex")}`);
  try {
    fs14.writeFileSync(probe, "", { mode: 384 });
    fs14.unlinkSync(probe);
    return { level: "ok", text: cli.doctor.stateWritable(dir) };
  } catch {
    return { level: "fail", text: cli.doctor.stateNotWritable(dir), fix: cli.doctor.fixStateDir(dir) };
  }
}
async function gitCheck(config2) {
  const r2 = await gitInstall(config2.projectDir, 3e3);
  if (!r2.ok) return { level: "warn", text: cli.doctor.noGit(r2.message), fix: cli.doctor.fixGit };
  if (!r2.repo) return { level: "warn", text: cli.doctor.notRepo(r2.version) };
  return { level: "ok", text: cli.doctor.git(r2.version) };
}
function lastSaveCheck(config2) {
  const latest = readLatest(statePaths(config2.stateDir));
  if (!latest) return { level: "warn", text: cli.doctor.neverSaved, fix: cli.doctor.fixNeverSaved };
  const age = config2.now() - Date.parse(latest.savedAt);
  if (freshness(latest.savedAt, config2.now(), 0) !== "fresh") return { level: "warn", text: provenance.future(latest.savedAt), fix: provenance.fix };
  const stale = config2.settings.staleDays > 0 && age > config2.settings.staleDays * 864e5;
  return stale ? { level: "warn", text: cli.doctor.saveStale(ageText(age), latest.sessionId, config2.settings.staleDays) } : { level: "ok", text: cli.doctor.saved(ageText(age), latest.sessionId) };
}
function lastLogError(stateDir) {
  for (const name2 of [LOG_FILE, `${LOG_FILE}.1`]) {
    const read = readTextFile(path28.join(stateDir, name2));
    if (!("text" in read) || !read.text) continue;
    const lines = read.text.trimEnd().split("\n").reverse();
    const hit = lines.find(isProblem);
    if (hit) return hit;
  }
  return null;
}
function logCheck(config2) {
  const line = lastLogError(config2.stateDir);
  return line ? { level: "warn", text: cli.doctor.logError(line), fix: cli.doctor.fixLog(path28.join(config2.stateDir, LOG_FILE)) } : { level: "ok", text: cli.doctor.logClean };
}
async function injectionCheck(config2) {
  const built = await decideInjection(config2, "startup", void 0);
  if ("skipped" in built && built.untrusted) return { level: "warn", text: cli.doctor.injectNothing(built.skipped), fix: provenance.fix };
  if ("skipped" in built) return { level: "ok", text: cli.doctor.injectNothing(built.skipped) };
  const n = built.text.length;
  if (n > CONTEXT_CAP) return { level: "fail", text: cli.doctor.injectTooBig(n, CONTEXT_CAP), fix: cli.doctor.fixInject };
  return { level: "ok", text: cli.doctor.injectSize(n, config2.settings.maxChars, CONTEXT_CAP) };
}
var import_node_crypto, fs14, path28, MIN_NODE, CONTEXT_CAP, LEVELLED, LOG_PROBLEM, LEGACY_ERROR, isProblem;
var init_doctor_state = __esm({
  "src/cli/doctor-state.ts"() {
    "use strict";
    import_node_crypto = require("crypto");
    fs14 = __toESM(require("fs"), 1);
    path28 = __toESM(require("path"), 1);
    init_config();
    init_restore();
    init_git();
    init_log();
    init_messages();
    init_messages();
    init_messages2();
    init_paths();
    init_provenance();
    init_store();
    init_json_text();
    init_text_file();
    MIN_NODE = [20, 0];
    CONTEXT_CAP = 1e4;
    LEVELLED = /^\S+ (info|warn|error) /;
    LOG_PROBLEM = /^\S+ (warn|error) /;
    LEGACY_ERROR = /\b(unexpected error|gave up|refused|rejected|could not|ignored|larger than)\b/;
    isProblem = (l2) => LEVELLED.test(l2) ? LOG_PROBLEM.test(l2) : LEGACY_ERROR.test(l2) && !l2.endsWith(log.compactionAgent);
  }
});

// src/cli/commands/doctor.ts
var doctor_exports = {};
__export(doctor_exports, {
  doctor: () => doctor
});
async function doctor(ctx) {
  const parsed = parseOptions("doctor", ctx, {});
  if ("error" in parsed) return parsed.error;
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const home = ctx.env.HOME || os2.homedir();
  const checks = [
    nodeCheck(ctx.nodeVersion),
    ...[switchCheck(ctx.env)].filter((c3) => c3 !== null),
    ...hookChecks(config2, home),
    ...settingsChecks(config2),
    stateDirCheck(config2),
    await gitCheck(config2),
    lastSaveCheck(config2),
    logCheck(config2),
    await injectionCheck(config2)
  ];
  const p2 = paint(colorOn(ctx.env, ctx.tty));
  const self = selfCommand(ctx);
  const label = { ok: p2.ok("ok  "), warn: p2.warn("warn"), fail: p2.fail("fail") };
  const lines = [p2.bold(cli.doctor.heading(config2.projectDir)), ""];
  for (const c3 of checks) {
    lines.push(`${label[c3.level]}  ${c3.text}`);
    const fix = typeof c3.fix === "function" ? c3.fix(self) : c3.fix;
    if (fix) lines.push(`      ${p2.dim(`\u2192 ${fix}`)}`);
  }
  const failed = checks.filter((c3) => c3.level === "fail").length;
  const warned = checks.filter((c3) => c3.level === "warn").length;
  lines.push("", cli.doctor.summary(failed, warned));
  return { code: failed ? 1 : 0, stdout: `${lines.join("\n")}
` };
}
var os2;
var init_doctor = __esm({
  "src/cli/commands/doctor.ts"() {
    "use strict";
    init_config();
    init_color();
    init_doctor_hooks();
    init_doctor_state();
    init_messages2();
    init_run_command();
    init_args();
    os2 = __toESM(require("os"), 1);
  }
});

// src/cli/format.ts
function sizeText(bytes2) {
  if (bytes2 < 1024) return `${bytes2} B`;
  if (bytes2 < 1024 * 1024) return `${(bytes2 / 1024).toFixed(1)} KB`;
  return `${(bytes2 / 1024 / 1024).toFixed(1)} MB`;
}
function timeText(iso) {
  if (!iso) return "?";
  const t2 = Date.parse(iso);
  if (Number.isNaN(t2)) return iso;
  return `${new Date(t2).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function oneLine3(text, max) {
  const flat2 = text.replace(/\s+/g, " ").trim();
  return clip(flat2, max);
}
function table(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, [...cell].length));
  return rows.map(
    (row) => row.map((cell, i) => i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - [...cell].length)).join("  ").trimEnd()
  );
}
var count;
var init_format = __esm({
  "src/cli/format.ts"() {
    "use strict";
    init_clip();
    count = (n) => n.toLocaleString("en-US");
  }
});

// src/cli/saved-sessions.ts
function isoOfStamp(stamp2) {
  const m3 = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z$/.exec(stamp2);
  return m3 ? `${m3[1]}T${m3[2]}:${m3[3]}:${m3[4]}.${m3[5] ?? "000"}Z` : stamp2;
}
function savedSessions(p2) {
  const out = [];
  const latest = readLatest(p2);
  const latestFile = latest ? fileIdOf(latest.sessionId) : null;
  if (latest) {
    const state = readSessionView(p2, latest.sessionId);
    out.push({
      sessionId: latest.sessionId,
      savedAt: state?.savedAt ?? latest.savedAt,
      file: p2.lastState,
      bytes: statSafe(p2.lastState)?.size ?? 0,
      current: true,
      state
    });
  }
  for (const name2 of listDir(p2.archive)) {
    const m3 = /^(.+?)_(.+)\.md$/.exec(name2);
    if (!m3 || m3[2] === latestFile) continue;
    const file = path29.join(p2.archive, name2);
    const state = readSessionView(p2, m3[2]);
    out.push({
      sessionId: state?.sessionId ?? m3[2],
      savedAt: isoOfStamp(m3[1]),
      file,
      bytes: statSafe(file)?.size ?? 0,
      current: false,
      state
    });
  }
  return out.sort((a, b2) => a.current ? -1 : b2.current ? 1 : b2.savedAt.localeCompare(a.savedAt)).map((s, i) => ({ ...s, n: i + 1 }));
}
function findSaved(list2, key) {
  const byNumber = /^\d+$/.test(key) ? list2.find((s) => s.n === Number(key)) : void 0;
  if (byNumber) return byNumber;
  const exact = list2.find((s) => s.sessionId === key);
  if (exact) return exact;
  const hits = list2.filter((s) => s.sessionId.startsWith(key));
  return hits.length === 1 ? hits[0] : hits.length > 1 ? "ambiguous" : null;
}
var path29;
var init_saved_sessions = __esm({
  "src/cli/saved-sessions.ts"() {
    "use strict";
    path29 = __toESM(require("path"), 1);
    init_fs();
    init_paths();
    init_store();
  }
});

// src/cli/commands/status.ts
var status_exports = {};
__export(status_exports, {
  status: () => status
});
async function status(ctx) {
  const parsed = parseOptions("status", ctx, { json: { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const paths = statePaths(config2.stateDir);
  const list2 = savedSessions(paths);
  const current = list2.find((s2) => s2.current);
  if (!current) return { code: 0, stdout: parsed.values.json ? "null\n" : `${cli.status.nothing(config2.projectDir)}
` };
  const s = current.state;
  const built = await decideInjection(config2, "startup", void 0);
  const injected = "skipped" in built ? null : built.text.length;
  const items = s ? todoItems(s) : [];
  const open = items.filter((t2) => t2.status !== "completed").length;
  const ageMs = config2.now() - Date.parse(current.savedAt);
  if (parsed.values.json) {
    const out = {
      sessionId: current.sessionId,
      savedAt: current.savedAt,
      ageMs,
      lastEvent: s?.lastEvent ?? null,
      file: current.file,
      bytes: current.bytes,
      injectChars: injected,
      injectSkipped: "skipped" in built ? built.skipped : null,
      untrusted: "skipped" in built ? built.untrusted ?? null : null,
      todosOpen: open,
      todosDone: items.length - open,
      prompts: s?.prompts.length ?? 0,
      subagents: s?.subagents.length ?? 0,
      files: s?.files.length ?? 0,
      archived: list2.length - 1,
      stopped: s?.stopped ?? null
    };
    return { code: 0, stdout: `${JSON.stringify(out, null, 2)}
` };
  }
  const lines = [
    cli.status.heading(current.sessionId),
    cli.status.saved(timeText(current.savedAt), ageText(ageMs), s?.lastEvent ?? "?"),
    cli.status.size(sizeText(current.bytes), injected === null ? null : count(injected), count(config2.settings.maxChars)),
    ..."skipped" in built ? [cli.status.notInjected(built.skipped)] : [],
    ..."skipped" in built && built.untrusted ? [provenance.statusMark(selfCommand(ctx))] : [],
    cli.status.counts(open, items.length - open, s?.prompts.length ?? 0, s?.subagents.length ?? 0, s?.files.length ?? 0),
    ...s?.stopped ? [cli.status.stopped(stopKind(s.stopped.error, s.stopped.status), timeText(s.stopped.at), s.stopped.recoveredAt && timeText(s.stopped.recoveredAt))] : [],
    cli.status.file(current.file),
    cli.status.archived(list2.length - 1, selfCommand(ctx))
  ];
  return { code: 0, stdout: `${lines.join("\n")}
` };
}
var init_status = __esm({
  "src/cli/commands/status.ts"() {
    "use strict";
    init_config();
    init_restore();
    init_format();
    init_saved_sessions();
    init_messages();
    init_messages2();
    init_render();
    init_paths();
    init_run_command();
    init_args();
  }
});

// src/cli/commands/list.ts
var list_exports = {};
__export(list_exports, {
  list: () => list
});
async function list(ctx) {
  const parsed = parseOptions("list", ctx, { json: { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const saved = savedSessions(statePaths(config2.stateDir));
  if (parsed.values.json) {
    const out = saved.map(({ n, sessionId, savedAt, file, bytes: bytes2, current, state }) => ({
      n,
      sessionId,
      savedAt,
      file,
      bytes: bytes2,
      current,
      lastRequest: state?.prompts.at(-1)?.text ?? null,
      stopped: state?.stopped ?? null
    }));
    return { code: 0, stdout: `${JSON.stringify(out, null, 2)}
` };
  }
  if (saved.length === 0) return { code: 0, stdout: `${cli.status.nothing(config2.projectDir)}
` };
  const p2 = paint(colorOn(ctx.env, ctx.tty));
  const rows = [
    [...cli.list.columns],
    ...saved.map((s) => [
      String(s.n),
      timeText(s.savedAt),
      [s.sessionId, ...s.current ? [cli.list.current] : [], ...s.state?.stopped && !s.state.stopped.recoveredAt ? [cli.list.stopped(s.state.stopped.error)] : []].join(" "),
      sizeText(s.bytes),
      oneLine3(s.state?.prompts.at(-1)?.text ?? "", 60)
    ])
  ];
  const [head, ...body] = table(rows);
  return { code: 0, stdout: `${[p2.bold(head ?? ""), ...body, "", cli.list.hint(selfCommand(ctx))].join("\n")}
` };
}
var init_list = __esm({
  "src/cli/commands/list.ts"() {
    "use strict";
    init_config();
    init_color();
    init_format();
    init_saved_sessions();
    init_messages2();
    init_run_command();
    init_paths();
    init_args();
  }
});

// src/cli/commands/show.ts
var show_exports = {};
__export(show_exports, {
  show: () => show
});
async function show(ctx) {
  const parsed = parseOptions("show", ctx, {}, 1);
  if ("error" in parsed) return parsed.error;
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const saved = savedSessions(statePaths(config2.stateDir));
  const key = parsed.positionals[0] ?? "1";
  if (key === "") return usageError("show", ctx, cli.show.missing);
  const found = findSaved(saved, key);
  if (found === "ambiguous") return { code: 1, stderr: `${cli.show.ambiguous(key)}
` };
  if (saved.length === 0) return { code: 0, stderr: `${cli.status.nothing(config2.projectDir)}
` };
  if (!found) return { code: 1, stderr: `${cli.show.notFound(key, selfCommand(ctx))}
` };
  const read = readTextFile(found.file);
  const text = "text" in read && read.text !== null ? read.text : found.state ? renderMarkdown(found.state) : null;
  if (text === null) return { code: 1, stderr: `${cli.show.unreadable(found.file)}
` };
  return { code: 0, stdout: makeRedactor(config2.settings.redact)(text) };
}
var init_show = __esm({
  "src/cli/commands/show.ts"() {
    "use strict";
    init_config();
    init_saved_sessions();
    init_messages2();
    init_run_command();
    init_paths();
    init_redact();
    init_render();
    init_text_file();
    init_args();
  }
});

// src/cli/commands/load.ts
var load_exports = {};
__export(load_exports, {
  load: () => load
});
async function load(ctx) {
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const json = ctx.args.includes("--json");
  const source = ctx.args.find((a) => a.startsWith("--source="))?.slice(9) ?? "startup";
  const onDemand = ctx.args.includes("--on-demand");
  const decided = await decideInjection(config2, source, ctx.args.find((a) => a.startsWith("--session="))?.slice(10), { onDemand });
  if ("skipped" in decided) {
    return json ? { code: 0, stdout: "" } : { code: 0, stdout: `${cli.nothingToLoad(decided.skipped)}
` };
  }
  return { code: 0, stdout: json ? `${decided.stdout}
` : `${decided.text}
` };
}
var init_load = __esm({
  "src/cli/commands/load.ts"() {
    "use strict";
    init_config();
    init_restore();
    init_messages2();
  }
});

// src/cli/handoff.ts
function gitLines2(g3) {
  if (g3.status !== "ok") return [g3.status === "not-a-repo" ? md.gitNotRepo : md.gitUnavailable(g3.reason ?? g3.status)];
  const out = [`- ${g3.detached ? md.gitDetached : `branch \`${g3.branch ?? "?"}\``} at ${g3.head ? `\`${g3.head}\` ${g3.subject ?? ""}`.trim() : md.gitNoCommits}`];
  if (g3.upstream) out.push(`- upstream \`${g3.upstream}\`: ${g3.ahead ?? 0} ahead, ${g3.behind ?? 0} behind`);
  if (g3.operation) out.push(`- **${g3.operation} in progress**`);
  for (const [label, c3] of [["conflicted", g3.conflicted], ["staged", g3.staged], ["unstaged", g3.unstaged], ["untracked", g3.untracked]]) {
    if (!c3 || c3.count === 0) continue;
    const more = c3.count > c3.paths.length ? `, ${md.more(c3.count - c3.paths.length)}` : "";
    out.push(`- ${c3.count} ${label}: ${c3.paths.map((p2) => `\`${p2}\``).join(", ")}${more}`);
  }
  return out;
}
function renderHandoff(h) {
  const s = h.state;
  const out = [cli.export.title(h.projectDir), ""];
  out.push(...quote(cli.export.meta(timeText(new Date(h.now).toISOString()), s.sessionId, timeText(s.savedAt), ageText(h.now - Date.parse(s.savedAt)), s.lastEvent, h.projectDir)), "");
  if (s.carriedFrom) out.push(md.carried(s.carriedFrom.sessionId, timeText(s.carriedFrom.savedAt)), "");
  if (s.stopped) out.push(...stoppedLines(s.stopped), "");
  if (s.models?.length) out.push(stop.models, "", ...s.models.map((m3) => stop.modelSwitch(timeText(m3.at), m3.from ?? "?", m3.to ?? "?", m3.source)), "");
  const first = h.firstRequest ?? s.prompts[0]?.text;
  const latest = s.prompts.at(-1)?.text;
  out.push(cli.export.goal, "");
  if (first) out.push(cli.export.firstRequest, "", ...quote(first), "");
  if (latest && latest !== first) out.push(cli.export.latestRequest, "", ...quote(latest), "");
  if (!first && !latest) out.push(md.none, "");
  if (s.prompts.length > 1) {
    out.push(md.requests, "");
    s.prompts.forEach((p2, i) => out.push(`${i + 1}. ${p2.text.replace(/\n+/g, " \u23CE ")} _(${timeText(p2.at)})_`));
    out.push("");
  }
  if (s.lastMessage) out.push(md.stoppedAt, "", ...quote(s.lastMessage.text), "");
  if (s.plan) {
    out.push(planHeading(s.plan.title), "");
    if (s.plan.path) out.push(cli.export.planFile(labelOf2(s.plan.path, h.projectDir)), "");
    const text = h.planText ?? s.plan.text;
    if (text) out.push(demoted(text.length > PLAN_MAX ? `${prefixAt(text, PLAN_MAX)}
${md.truncated}` : text.trimEnd()), "");
    else if (s.plan.open?.length) out.push(...s.plan.open.map((o2) => `- [ ] ${o2}`), "");
    else if (s.plan.excerpt) out.push(...quote(s.plan.excerpt), "");
  }
  const items = todoItems(s).filter((t2) => t2.status !== "deleted");
  const open = items.filter((t2) => t2.status !== "completed").length;
  out.push(`${md.todos} (${open} open, ${items.length - open} done)`, "");
  out.push(...items.length ? items.map((t2) => `- ${MARK2[t2.status] ?? "[ ]"} ${t2.text.replace(/\n+/g, " ")}`) : [md.none], "");
  if (s.subagents.length) {
    out.push(cli.export.findings, "");
    for (const a of s.subagents) {
      const who = [a.type, a.description ? `\u201C${a.description}\u201D` : void 0].filter(Boolean).join(" ") || a.id;
      out.push(`### ${who}`, "");
      out.push(a.status === "running" ? `_${md.subagentRunning}_` : a.excerpt ? quote(a.excerpt).join("\n") : md.none, "");
    }
  }
  out.push(md.git, "");
  if (s.git) {
    out.push(cli.export.gitThen(timeText(s.git.at)), ...gitLines2(s.git));
    const cmp = gitCompareLine(s.git, h.gitNow ? { now: h.gitNow } : null);
    if (cmp) out.push("", cmp);
  } else out.push(md.none);
  out.push("");
  out.push(md.files, "");
  out.push(...s.files.length ? [...s.files].reverse().map(fileLine) : [md.none], "");
  out.push(cli.export.howTo, "", ...cli.export.steps(open > 0, !!s.plan), "");
  return `${out.join("\n").trimEnd()}
`;
}
var path30, labelOf2, MARK2, quote, PLAN_MAX, demoted;
var init_handoff = __esm({
  "src/cli/handoff.ts"() {
    "use strict";
    path30 = __toESM(require("path"), 1);
    init_clip();
    init_messages();
    init_messages2();
    init_render();
    init_format();
    labelOf2 = (file, dir) => {
      const rel = path30.relative(dir, file);
      return rel && !rel.startsWith("..") && !path30.isAbsolute(rel) ? rel : file;
    };
    MARK2 = { in_progress: "[in progress]", pending: "[ ]", completed: "[x]" };
    quote = (text) => text.trimEnd().split("\n").map((l2) => `> ${l2}`.trimEnd());
    PLAN_MAX = 12e3;
    demoted = (text) => text.replace(/^(#{1,4})(?=\s)/gm, "$1##");
  }
});

// src/transcript/usage.ts
function usageOf(e) {
  if (!isRec(e) || e.type !== "assistant" || e.isSidechain === true || !isRec(e.message)) return null;
  const { model, usage } = e.message;
  if (!isRec(usage) || model === "<synthetic>") return null;
  const n = (k2) => typeof usage[k2] === "number" && Number.isFinite(usage[k2]) ? usage[k2] : 0;
  return {
    model: typeof model === "string" ? model : void 0,
    tokens: n("input_tokens") + n("cache_read_input_tokens") + n("cache_creation_input_tokens")
  };
}
function contextTokensOf(records) {
  for (let i = records.length - 1; i >= 0; i--) {
    const u3 = usageOf(records[i]);
    if (u3) return u3;
  }
  return void 0;
}
var init_usage = __esm({
  "src/transcript/usage.ts"() {
    "use strict";
    init_record();
  }
});

// src/cli/transcript-peek.ts
function readAt(fd, position, length) {
  const buf = Buffer.alloc(length);
  let off = 0;
  while (off < length) {
    const n = fs15.readSync(fd, buf, off, length - off, position + off);
    if (n === 0) break;
    off += n;
  }
  return buf.subarray(0, off).toString("utf8");
}
function entries(text, cutStart, cutEnd) {
  const lines = text.split("\n");
  if (cutStart) lines.shift();
  if (cutEnd) lines.pop();
  const out = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    try {
      const v = JSON.parse(line);
      if (isRec(v)) out.push(v);
    } catch {
    }
  }
  return out;
}
function requestOf(e) {
  if (e.type !== "user" || e.isMeta === true || e.isCompactSummary === true || e.isSidechain === true) return null;
  if (isToolResults(e.message)) return null;
  const text = contentText(isRec(e.message) ? e.message.content : void 0);
  return text ? promptText(text) : null;
}
function peekTranscript(file) {
  const opened = openRegular(file);
  if ("refused" in opened) return null;
  const { fd, stat } = opened;
  const peek = { id: path31.basename(file, ".jsonl"), file, bytes: stat.size, mtimeMs: stat.mtimeMs };
  try {
    const whole = stat.size <= HEAD_BYTES2 + TAIL_BYTES;
    const head = entries(readAt(fd, 0, whole ? stat.size : HEAD_BYTES2), false, !whole);
    const tail = whole ? head : entries(readAt(fd, stat.size - TAIL_BYTES, TAIL_BYTES), true, false);
    for (const e of head) {
      if (!peek.startedAt && typeof e.timestamp === "string") peek.startedAt = e.timestamp;
      if (!peek.cwd && typeof e.cwd === "string") peek.cwd = e.cwd;
      if (!peek.firstRequest) peek.firstRequest = requestOf(e) ?? void 0;
      if (peek.startedAt && peek.cwd && peek.firstRequest) break;
    }
    peek.stop = stopReasonOf(tail);
    for (const e of whole ? head : [...head, ...tail]) {
      if (e.type === "custom-title" && typeof e.customTitle === "string" && e.customTitle.trim()) peek.name = prefixAt(e.customTitle.trim(), 200);
      if (e.type === "ai-title" && typeof e.aiTitle === "string" && e.aiTitle.trim()) peek.aiTitle = prefixAt(e.aiTitle.trim(), 200);
    }
    for (let i = tail.length - 1; i >= 0; i--) {
      const e = tail[i];
      if (!peek.lastAt && typeof e.timestamp === "string") peek.lastAt = e.timestamp;
      if (!peek.lastRequest) {
        const r2 = e.type === "last-prompt" && typeof e.lastPrompt === "string" ? promptText(e.lastPrompt) : requestOf(e);
        if (r2) peek.lastRequest = r2;
      }
      if (peek.lastAt && peek.lastRequest) break;
    }
    const usage = contextTokensOf(tail);
    if (usage) {
      peek.model = usage.model;
      peek.contextTokens = usage.tokens;
    }
  } catch {
  } finally {
    closeQuietly(fd);
  }
  return peek;
}
var fs15, path31, HEAD_BYTES2, TAIL_BYTES, lastActivity;
var init_transcript_peek = __esm({
  "src/cli/transcript-peek.ts"() {
    "use strict";
    fs15 = __toESM(require("fs"), 1);
    path31 = __toESM(require("path"), 1);
    init_fs();
    init_clip();
    init_extract();
    init_record();
    init_stop_reason();
    init_usage();
    HEAD_BYTES2 = 256 * 1024;
    TAIL_BYTES = 256 * 1024;
    lastActivity = (p2) => p2.lastAt ? Date.parse(p2.lastAt) || p2.mtimeMs : p2.mtimeMs;
  }
});

// src/cli/commands/export.ts
var export_exports = {};
__export(export_exports, {
  exportHandoff: () => exportHandoff
});
function planText(file, dirs) {
  const real = file ? allowedPlanFile(file, dirs) : null;
  return real ? readSmallText(real, PLAN_BYTES) ?? void 0 : void 0;
}
async function exportHandoff(ctx) {
  const parsed = parseOptions("export", ctx, { out: { type: "string", short: "o" }, session: { type: "string" } });
  if ("error" in parsed) return parsed.error;
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const saved = savedSessions(statePaths(config2.stateDir));
  const key = parsed.values.session ?? "1";
  const found = findSaved(saved, key);
  if (found === "ambiguous") return { code: 1, stderr: `${cli.show.ambiguous(key)}
` };
  if (saved.length === 0) return { code: 0, stderr: `${cli.status.nothing(config2.projectDir)}
` };
  if (!found) return { code: 1, stderr: `${cli.show.notFound(key, selfCommand(ctx))}
` };
  const state = found.state;
  if (!state) return { code: 1, stderr: `${cli.export.noState(found.sessionId, selfCommand(ctx))}
` };
  const transcript = state.transcriptPath ? allowedTranscript(state.transcriptPath, config2.claudeDir) : null;
  const firstRequest = transcript ? peekTranscript(transcript)?.firstRequest : void 0;
  const plan = state.plan?.path ? path32.resolve(config2.projectDir, state.plan.path) : void 0;
  const head = await headNow(config2.projectDir, 3e3);
  const text = renderHandoff({
    state,
    projectDir: config2.projectDir,
    now: config2.now(),
    firstRequest,
    planText: planText(plan, config2),
    gitNow: head.ok ? head.head : null
  });
  const proof = proveOwnState(state, { projectDir: config2.projectDir, claudeDirs: config2.claudeDirs() });
  const warning = proof.ok ? "" : cli.export.untrusted(proof.why);
  const note2 = `${warning ? `> ${warning}

` : ""}${makeRedactor(config2.settings.redact)(text)}`;
  const warned = warning ? `${warning}
` : "";
  const out = parsed.values.out;
  if (!out) return { code: 0, stdout: note2, ...warned ? { stderr: warned } : {} };
  const file = path32.resolve(ctx.cwd, out);
  if (lstatSafe(file)?.isSymbolicLink()) return { code: 1, stderr: `${cli.export.writeFailed(file, "it is a symbolic link; not written through")}
` };
  try {
    writeAtomic(file, note2);
  } catch (err) {
    return { code: 1, stderr: `${cli.export.writeFailed(file, err.message)}
` };
  }
  return { code: 0, stdout: `${cli.export.written(file, note2.length)}
`, ...warned ? { stderr: warned } : {} };
}
var path32, PLAN_BYTES;
var init_export = __esm({
  "src/cli/commands/export.ts"() {
    "use strict";
    path32 = __toESM(require("path"), 1);
    init_config();
    init_plan();
    init_transcript();
    init_handoff();
    init_saved_sessions();
    init_transcript_peek();
    init_fs();
    init_git();
    init_messages2();
    init_run_command();
    init_paths();
    init_provenance();
    init_redact();
    init_args();
    PLAN_BYTES = 256 * 1024;
  }
});

// src/cli/commands/clear.ts
var clear_exports = {};
__export(clear_exports, {
  clear: () => clear
});
async function clear(ctx) {
  const parsed = parseOptions("clear", ctx, { yes: { type: "boolean", short: "y" } });
  if ("error" in parsed) return parsed.error;
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const dir = config2.stateDir;
  const st = fs16.lstatSync(dir, { throwIfNoEntry: false });
  if (st?.isSymbolicLink() || st && !st.isDirectory()) return { code: 1, stderr: `${cli.clear.notDir(dir)}
` };
  const doomed = listDir(dir).filter((n2) => !KEEP2.test(n2));
  if (!st || doomed.length === 0) return { code: 0, stdout: `${cli.clear.nothing(dir)}
` };
  const n = savedSessions(statePaths(dir)).length;
  if (!parsed.values.yes) {
    if (!ctx.prompt) return { code: 1, stderr: `${cli.clear.needYes}
` };
    const answer = await ctx.prompt(cli.clear.question(n, dir));
    if (!/^y(es)?$/i.test(answer.trim())) return { code: 1, stderr: `${cli.clear.kept}
` };
  }
  const failed = [];
  for (const name2 of doomed) {
    try {
      fs16.rmSync(path33.join(dir, name2), { recursive: true, force: true });
    } catch {
      failed.push(name2);
    }
  }
  if (failed.length) return { code: 1, stderr: `${cli.clear.failed(failed)}
` };
  return { code: 0, stdout: `${cli.clear.done(n, dir)}
` };
}
var fs16, path33, KEEP2;
var init_clear = __esm({
  "src/cli/commands/clear.ts"() {
    "use strict";
    fs16 = __toESM(require("fs"), 1);
    path33 = __toESM(require("path"), 1);
    init_config();
    init_saved_sessions();
    init_fs();
    init_messages2();
    init_paths();
    init_args();
    KEEP2 = /^(\.gitignore|install-(project|local)\.json)$/;
  }
});

// src/cli/project-transcripts.ts
function transcriptDirOf(claudeDir, projectDir) {
  const first = path34.join(claudeDir, "projects", encodeProjectDir(projectDir));
  if (fs17.existsSync(first)) return first;
  try {
    const real = path34.join(claudeDir, "projects", encodeProjectDir(fs17.realpathSync(projectDir)));
    if (fs17.existsSync(real)) return real;
  } catch {
  }
  return first;
}
function projectTranscripts(claudeDir, projectDir) {
  const dir = transcriptDirOf(claudeDir, projectDir);
  let names = [];
  try {
    names = fs17.readdirSync(dir).filter((n) => n.endsWith(".jsonl"));
  } catch {
    return [];
  }
  const real = (p2) => {
    try {
      return fs17.realpathSync(p2);
    } catch {
      return path34.resolve(p2);
    }
  };
  const here = real(projectDir);
  return names.map((n) => peekTranscript(path34.join(dir, n))).filter((p2) => p2 !== null && (!p2.cwd || p2.cwd === projectDir || real(p2.cwd) === here)).sort((a, b2) => lastActivity(b2) - lastActivity(a));
}
var fs17, path34;
var init_project_transcripts = __esm({
  "src/cli/project-transcripts.ts"() {
    "use strict";
    fs17 = __toESM(require("fs"), 1);
    path34 = __toESM(require("path"), 1);
    init_transcript_peek();
    init_config_dirs();
  }
});

// src/cli/commands/sessions.ts
var sessions_exports = {};
__export(sessions_exports, {
  sessions: () => sessions
});
async function sessions(ctx) {
  const parsed = parseOptions("sessions", ctx, { json: { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const redact = makeRedactor(config2.settings.redact);
  const found = projectTranscripts(config2.claudeDir, config2.projectDir);
  if (parsed.values.json) {
    const out = found.map((s) => ({
      id: s.id,
      file: s.file,
      bytes: s.bytes,
      startedAt: s.startedAt ?? null,
      lastAt: s.lastAt ?? null,
      firstRequest: s.firstRequest ? redact(s.firstRequest) : null,
      lastRequest: s.lastRequest ? redact(s.lastRequest) : null,
      model: s.model ?? null,
      contextTokens: s.contextTokens ?? null
    }));
    return { code: 0, stdout: `${JSON.stringify(out, null, 2)}
` };
  }
  if (found.length === 0) {
    return { code: 0, stdout: `${cli.sessions.none(transcriptDirOf(config2.claudeDir, config2.projectDir))}
` };
  }
  const p2 = paint(colorOn(ctx.env, ctx.tty));
  const now = config2.now();
  const lines = [cli.sessions.heading(found.length, transcriptDirOf(config2.claudeDir, config2.projectDir)), ""];
  for (const s of found) {
    const last2 = s.lastAt ?? new Date(s.mtimeMs).toISOString();
    lines.push(p2.bold(s.id));
    lines.push(
      `  ${cli.sessions.times(timeText(s.startedAt), timeText(last2), ageText(now - Date.parse(last2)))}  \xB7  ${sizeText(s.bytes)}` + (s.model ? `  \xB7  ${s.model}` : "") + (s.contextTokens !== void 0 ? `  \xB7  ${cli.sessions.context(count(s.contextTokens))}` : "")
    );
    if (s.firstRequest) lines.push(`  ${p2.dim(cli.sessions.first(oneLine3(redact(s.firstRequest), 100)))}`);
  }
  lines.push("", cli.sessions.hint);
  return { code: 0, stdout: `${lines.join("\n")}
` };
}
var init_sessions = __esm({
  "src/cli/commands/sessions.ts"() {
    "use strict";
    init_config();
    init_color();
    init_format();
    init_project_transcripts();
    init_messages();
    init_messages2();
    init_redact();
    init_args();
  }
});

// src/cli/commands/copy-session.ts
var copy_session_exports = {};
__export(copy_session_exports, {
  copySession: () => copySession,
  copyTranscript: () => copyTranscript
});
function filesUnder(dir, rel = "") {
  let names = [];
  try {
    names = fs18.readdirSync(path35.join(dir, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  return names.flatMap((d2) => {
    const r2 = path35.join(rel, d2.name);
    if (d2.isDirectory()) return filesUnder(dir, r2);
    return d2.isFile() ? [r2] : [];
  });
}
function copyTranscript(session, projectDir, destRoot) {
  if (!fs18.statSync(destRoot, { throwIfNoEntry: false })?.isDirectory()) return { error: cli.copy.noDest(destRoot) };
  const srcDir = path35.dirname(session.file);
  const destDir = path35.join(destRoot, "projects", encodeProjectDir(projectDir));
  if (path35.resolve(srcDir) === path35.resolve(destDir)) return { error: cli.copy.sameFolder(destRoot) };
  const extras = filesUnder(path35.join(srcDir, session.id)).map((r2) => path35.join(session.id, r2));
  const plan = [`${session.id}.jsonl`, ...extras];
  const clash = plan.find((r2) => fs18.existsSync(path35.join(destDir, r2)));
  if (clash) return { error: cli.copy.exists(path35.join(destDir, clash)) };
  const copied = [];
  try {
    for (const r2 of plan) {
      const dest = path35.join(destDir, r2);
      fs18.mkdirSync(path35.dirname(dest), { recursive: true });
      fs18.copyFileSync(path35.join(srcDir, r2), dest, fs18.constants.COPYFILE_EXCL);
      copied.push(dest);
    }
  } catch (err) {
    for (const f2 of copied) fs18.rmSync(f2, { force: true });
    return { error: cli.copy.failed(err.message) };
  }
  return { destDir, extras: extras.length };
}
async function copySession(ctx) {
  const parsed = parseOptions("copy-session", ctx, { to: { type: "string" } }, 1);
  if ("error" in parsed) return parsed.error;
  const key = parsed.positionals[0];
  const to2 = parsed.values.to;
  if (!key) return usageError("copy-session", ctx, cli.copy.needId(selfCommand(ctx)));
  if (!to2) return usageError("copy-session", ctx, cli.copy.needTo);
  if (!SAFE_ID2.test(key) || key.includes("..")) return usageError("copy-session", ctx, cli.copy.badId(key));
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const all = projectTranscripts(config2.claudeDir, config2.projectDir);
  const hits = all.filter((s) => s.id === key).length ? all.filter((s) => s.id === key) : all.filter((s) => s.id.startsWith(key));
  if (hits.length > 1) return { code: 1, stderr: `${cli.copy.ambiguous(key)}
` };
  const session = hits[0];
  if (!session) return { code: 1, stderr: `${cli.copy.notFound(key, transcriptDirOf(config2.claudeDir, config2.projectDir), selfCommand(ctx))}
` };
  const destRoot = path35.resolve(ctx.cwd, to2);
  const copied = copyTranscript(session, config2.projectDir, destRoot);
  if ("error" in copied) return { code: 1, stderr: `${copied.error}
` };
  const { destDir, extras } = copied;
  const lines = [cli.copy.done(session.id, destDir, extras), cli.copy.resume(destRoot, session.id)];
  return { code: 0, stdout: `${lines.join("\n")}
` };
}
var fs18, path35, SAFE_ID2;
var init_copy_session = __esm({
  "src/cli/commands/copy-session.ts"() {
    "use strict";
    fs18 = __toESM(require("fs"), 1);
    path35 = __toESM(require("path"), 1);
    init_config();
    init_project_transcripts();
    init_messages2();
    init_run_command();
    init_args();
    SAFE_ID2 = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
  }
});

// src/cli/commands/recover.ts
var recover_exports = {};
__export(recover_exports, {
  DEFAULT_THRESHOLD: () => DEFAULT_THRESHOLD,
  recover: () => recover
});
async function recover(ctx) {
  const parsed = parseOptions("recover", ctx, { to: { type: "string" }, threshold: { type: "string" }, json: { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const threshold = parsed.values.threshold === void 0 ? DEFAULT_THRESHOLD : Number(parsed.values.threshold.replace(/[_,]/g, "").replace(/k$/i, "000"));
  if (!Number.isSafeInteger(threshold) || threshold <= 0) return usageError("recover", ctx, cli.recover.badThreshold(parsed.values.threshold ?? ""));
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const redact = makeRedactor(config2.settings.redact);
  const to2 = parsed.values.to ? path36.resolve(ctx.cwd, parsed.values.to) : void 0;
  const dirs = labelledConfigDirs(ctx.env, config2.claudeDir);
  const found = dirs.flatMap((d2) => projectTranscripts(d2.dir, config2.projectDir).map((p2) => ({ ...p2, configDir: d2.dir, origin: d2.origin }))).sort((a, b2) => lastActivity(b2) - lastActivity(a));
  const session = found[0];
  const saved = savedSessions(statePaths(config2.stateDir));
  const built = await decideInjection(config2, "startup", void 0);
  const injectChars = "skipped" in built ? 0 : built.text.length;
  if (!session && injectChars === 0) return { code: 1, stderr: `${cli.recover.nothing(config2.projectDir, dirs.map((d2) => d2.dir))}
` };
  const own2 = session ? saved.find((s) => s.sessionId === session.id)?.state : void 0;
  let stop2 = { kind: "unknown" };
  if (own2?.stopped && !own2.stopped.recoveredAt) {
    const st = own2.stopped;
    stop2 = { kind: st.error === "rate_limit" ? "rate-limit" : "api-error", error: st.error, status: st.status, message: st.message, at: st.at };
  } else if (session?.stop) {
    const st = session.stop;
    if (st.kind === "api-error") stop2 = { kind: st.error === "rate_limit" ? "rate-limit" : "api-error", error: st.error, status: httpStatusOf(st.message ?? ""), message: st.message ? prefixAt(redact(st.message), 300) : void 0, at: st.at };
    else stop2 = { kind: st.kind, ..."at" in st && st.at ? { at: st.at } : {} };
  }
  const tokens = session?.contextTokens;
  const healthy = session !== void 0 && tokens !== void 0 && tokens < threshold;
  const lines = [];
  const current = config2.claudeDir;
  let command2;
  let copiedTo;
  if (healthy && session) {
    let where2 = session.configDir;
    if (to2 && path36.resolve(to2) !== path36.resolve(session.configDir)) {
      const copied = copyTranscript(session, config2.projectDir, to2);
      if ("error" in copied && !copied.error.includes("already exists")) return { code: 1, stderr: `${copied.error}
` };
      if (!("error" in copied)) {
        copiedTo = copied.destDir;
        lines.push(cli.copy.done(session.id, copied.destDir, copied.extras));
      }
      where2 = to2;
    }
    command2 = `${inDir(where2, current)}claude --resume ${session.id}`;
  } else {
    command2 = `${to2 ? inDir(to2, current) : ""}claude`;
  }
  const self = ctx.self ? runCommand(ctx.self, ctx.cwd) : "session-state";
  const exportCommand = `${self} export --out handoff.md`;
  if (parsed.values.json) {
    const out = {
      session: session ? { id: session.id, name: session.name ?? null, aiTitle: session.aiTitle ?? null, lastActivity: session.lastAt ?? null, configDir: session.configDir, origin: session.origin, file: session.file } : null,
      stopped: stop2,
      contextTokens: tokens ?? null,
      threshold,
      advice: healthy ? "resume" : "fresh",
      command: command2,
      copiedTo: copiedTo ?? null,
      injectChars,
      exportCommand: healthy ? null : exportCommand
    };
    return { code: 0, stdout: `${JSON.stringify(out, null, 2)}
` };
  }
  const r2 = cli.recover;
  if (session) {
    lines.unshift(
      r2.heading(session.id, session.name),
      r2.when(timeText(session.lastAt ?? new Date(session.mtimeMs).toISOString()), ageText(config2.now() - lastActivity(session))),
      r2.folder(session.configDir, session.origin),
      r2.stopped(stop2.kind === "rate-limit" || stop2.kind === "api-error" ? stopKind(stop2.error ?? "unknown", stop2.status) : null, stop2.kind, stop2.at ? timeText(stop2.at) : void 0),
      r2.context(tokens === void 0 ? null : count(tokens), count(threshold), healthy),
      ""
    );
  } else lines.push(r2.noTranscript, "");
  if (healthy) {
    lines.push(r2.resume, `  ${command2}`);
    if (stop2.kind === "rate-limit" || stop2.kind === "api-error") lines.push(r2.afterError(to2 === void 0, self));
  } else {
    lines.push(r2.fresh(count(injectChars)), `  ${command2}`, r2.forOtherTools, `  ${exportCommand}`);
  }
  return { code: 0, stdout: `${lines.join("\n")}
` };
}
var path36, DEFAULT_THRESHOLD, inDir;
var init_recover = __esm({
  "src/cli/commands/recover.ts"() {
    "use strict";
    path36 = __toESM(require("path"), 1);
    init_config();
    init_config_dirs();
    init_format();
    init_project_transcripts();
    init_saved_sessions();
    init_transcript_peek();
    init_restore();
    init_clip();
    init_run_command();
    init_messages();
    init_messages2();
    init_paths();
    init_redact();
    init_stop_reason();
    init_args();
    init_copy_session();
    DEFAULT_THRESHOLD = 1e5;
    inDir = (dir, current) => path36.resolve(dir) === path36.resolve(current) ? "" : `CLAUDE_CONFIG_DIR=${shellQuote(dir)} `;
  }
});

// src/cli/index.ts
var cli_exports = {};
__export(cli_exports, {
  VERSION: () => VERSION,
  closest: () => closest,
  commands: () => commands,
  helpText: () => helpText,
  runCommand: () => runCommand2
});
function distance(a, b2) {
  let row = Array.from({ length: b2.length + 1 }, (_2, j3) => j3);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j3 = 1; j3 <= b2.length; j3++) {
      next[j3] = Math.min(row[j3] + 1, next[j3 - 1] + 1, row[j3 - 1] + (a[i - 1] === b2[j3 - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b2.length];
}
function closest(name2) {
  const scored = Object.keys(commands).map((c3) => ({ c: c3, d: c3.startsWith(name2) && name2.length >= 3 ? 0 : distance(name2, c3) }));
  const best = scored.sort((x2, y3) => x2.d - y3.d)[0];
  return best && best.d <= 2 ? best.c : null;
}
function helpText(color = false, self = "session-state") {
  const p2 = paint(color);
  const rows = Object.entries(commands).map(([name2, c3]) => `  ${p2.bold(name2.padEnd(14))} ${c3.summary}`);
  return `${cli.usage(self)}

${p2.bold(cli.commandsHeading)}
${rows.join("\n")}

${cli.helpFooter(self)}
`;
}
async function runCommand2(name2, ctx) {
  const color = colorOn(ctx.env, ctx.tty);
  const self = selfCommand(ctx);
  if (name2 === "--help" || name2 === "-h" || name2 === "help") {
    const topic = ctx.args[0];
    if (topic && isCommand(topic)) return { code: 0, stdout: `${cli.usageOf(topic, self)}
` };
    return { code: 0, stdout: helpText(color, self) };
  }
  if (name2 === "--version" || name2 === "-v" || name2 === "version") return { code: 0, stdout: `${VERSION}
` };
  if (!isCommand(name2)) {
    const guess = closest(name2);
    return { code: 2, stderr: `${[cli.unknownCommand(name2), ...guess ? [cli.didYouMean(guess)] : [], cli.seeHelp(self)].join("\n")}
` };
  }
  if (ctx.args.includes("--help") || ctx.args.includes("-h")) return { code: 0, stdout: `${cli.usageOf(name2, self)}
` };
  return commands[name2].run(ctx);
}
var commands, isCommand;
var init_cli = __esm({
  "src/cli/index.ts"() {
    "use strict";
    init_color();
    init_messages2();
    init_run_command();
    init_version();
    commands = {
      install: { run: async (c3) => (await Promise.resolve().then(() => (init_install(), install_exports))).install(c3), summary: cli.summaries.install },
      uninstall: { run: async (c3) => (await Promise.resolve().then(() => (init_uninstall(), uninstall_exports))).uninstall(c3), summary: cli.summaries.uninstall },
      doctor: { run: async (c3) => (await Promise.resolve().then(() => (init_doctor(), doctor_exports))).doctor(c3), summary: cli.summaries.doctor },
      status: { run: async (c3) => (await Promise.resolve().then(() => (init_status(), status_exports))).status(c3), summary: cli.summaries.status },
      list: { run: async (c3) => (await Promise.resolve().then(() => (init_list(), list_exports))).list(c3), summary: cli.summaries.list },
      show: { run: async (c3) => (await Promise.resolve().then(() => (init_show(), show_exports))).show(c3), summary: cli.summaries.show },
      load: { run: async (c3) => (await Promise.resolve().then(() => (init_load(), load_exports))).load(c3), summary: cli.summaries.load },
      export: { run: async (c3) => (await Promise.resolve().then(() => (init_export(), export_exports))).exportHandoff(c3), summary: cli.summaries.export },
      clear: { run: async (c3) => (await Promise.resolve().then(() => (init_clear(), clear_exports))).clear(c3), summary: cli.summaries.clear },
      sessions: { run: async (c3) => (await Promise.resolve().then(() => (init_sessions(), sessions_exports))).sessions(c3), summary: cli.summaries.sessions },
      "copy-session": { run: async (c3) => (await Promise.resolve().then(() => (init_copy_session(), copy_session_exports))).copySession(c3), summary: cli.summaries["copy-session"] },
      recover: { run: async (c3) => (await Promise.resolve().then(() => (init_recover(), recover_exports))).recover(c3), summary: cli.summaries.recover }
    };
    isCommand = (name2) => Object.prototype.hasOwnProperty.call(commands, name2);
  }
});

// src/cli/prompt.ts
var prompt_exports = {};
__export(prompt_exports, {
  makePrompt: () => makePrompt
});
function makePrompt(input, output) {
  return async (question) => {
    const readline = await import("readline");
    const rl = readline.createInterface({ input, output, terminal: true });
    try {
      return await new Promise((resolve13) => {
        rl.once("close", () => resolve13(""));
        rl.question(question, (answer) => resolve13(answer));
      });
    } finally {
      rl.close();
    }
  };
}
var init_prompt = __esm({
  "src/cli/prompt.ts"() {
    "use strict";
  }
});

// src/bin.ts
var fs19 = __toESM(require("fs"), 1);
var path37 = __toESM(require("path"), 1);
init_clip();
var HARD_BUDGET_MS = 8e3;
function crashLog(err) {
  try {
    const dir = path37.resolve(process.cwd(), process.env.CLAUDE_PROJECT_DIR || ".", ".claude", "session-state");
    if (!fs19.lstatSync(dir).isDirectory()) return;
    const log2 = path37.join(dir, "hook.log");
    const st = fs19.lstatSync(log2, { throwIfNoEntry: false });
    if (st && (!st.isFile() || st.size > 64 * 1024)) return;
    const what = err instanceof Error ? `${err.message} ${err.stack?.split("\n")[1]?.trim() ?? ""}` : String(err);
    const line = `${(/* @__PURE__ */ new Date()).toISOString()} error crash unexpected error: ${prefixAt(what.replace(/\s+/g, " "), 500)}
`;
    fs19.appendFileSync(log2, line, { mode: 384 });
  } catch {
  }
}
function writeOut(text) {
  const buf = Buffer.from(text, "utf8");
  let off = 0;
  let waited = 0;
  while (off < buf.length) {
    try {
      off += fs19.writeSync(1, buf, off, buf.length - off);
    } catch (err) {
      if (err.code !== "EAGAIN" || waited >= 2e3) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      waited += 5;
    }
  }
}
async function hook(startedAt) {
  setTimeout(() => {
    crashLog(new Error(`gave up after ${HARD_BUDGET_MS} ms; previous state kept`));
    process.exit(0);
  }, HARD_BUDGET_MS).unref();
  if (/^(1|true|yes|on)$/i.test(process.env.SESSION_STATE_DISABLE ?? "")) return;
  delete process.env.DEBUG;
  const { readInput: readInput2 } = await Promise.resolve().then(() => (init_stdin(), stdin_exports));
  const input = await readInput2(0, () => process.stdin);
  const { runHook: runHook2 } = await Promise.resolve().then(() => (init_run2(), run_exports));
  const outcome = await runHook2(input, { env: process.env, cwd: process.cwd(), startedAt });
  if (outcome.stdout) writeOut(outcome.stdout);
}
async function command(name2, args2) {
  const { runCommand: runCommand3 } = await Promise.resolve().then(() => (init_cli(), cli_exports));
  const { makePrompt: makePrompt2 } = await Promise.resolve().then(() => (init_prompt(), prompt_exports));
  const result = await runCommand3(name2, {
    args: args2,
    env: process.env,
    cwd: process.cwd(),
    tty: !!process.stdout.isTTY,
    self: process.argv[1],
    prompt: process.stdin.isTTY ? makePrompt2(process.stdin, process.stderr) : void 0,
    nodeVersion: process.versions.node
  });
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
var [name, ...args] = process.argv.slice(2);
if (!name || name === "hook") {
  hook(Date.now()).catch(crashLog).finally(() => {
    process.exit(0);
  });
} else {
  command(name, args).catch((err) => {
    crashLog(err);
    process.stderr.write(`session-state: ${err instanceof Error ? err.message : String(err)}
`);
    process.exitCode = 1;
  });
}
/*! Bundled license information:

is-extglob/index.js:
  (*!
   * is-extglob <https://github.com/jonschlinkert/is-extglob>
   *
   * Copyright (c) 2014-2016, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

is-glob/index.js:
  (*!
   * is-glob <https://github.com/jonschlinkert/is-glob>
   *
   * Copyright (c) 2014-2017, Jon Schlinkert.
   * Released under the MIT License.
   *)

is-number/index.js:
  (*!
   * is-number <https://github.com/jonschlinkert/is-number>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

to-regex-range/index.js:
  (*!
   * to-regex-range <https://github.com/micromatch/to-regex-range>
   *
   * Copyright (c) 2015-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

fill-range/index.js:
  (*!
   * fill-range <https://github.com/jonschlinkert/fill-range>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

queue-microtask/index.js:
  (*! queue-microtask. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)

run-parallel/index.js:
  (*! run-parallel. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)
*/
