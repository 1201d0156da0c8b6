#!/usr/bin/env node
'use strict';

var os = require('os');
var path3 = require('path');
var fs = require('fs');
var crypto = require('crypto');

function _interopNamespace(e) {
  if (e && e.__esModule) return e;
  var n = Object.create(null);
  if (e) {
    Object.keys(e).forEach(function (k) {
      if (k !== 'default') {
        var d = Object.getOwnPropertyDescriptor(e, k);
        Object.defineProperty(n, k, d.get ? d : {
          enumerable: true,
          get: function () { return e[k]; }
        });
      }
    });
  }
  n.default = e;
  return Object.freeze(n);
}

var os__namespace = /*#__PURE__*/_interopNamespace(os);
var path3__namespace = /*#__PURE__*/_interopNamespace(path3);
var fs__namespace = /*#__PURE__*/_interopNamespace(fs);

var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// node_modules/imurmurhash/imurmurhash.js
var require_imurmurhash = __commonJS({
  "node_modules/imurmurhash/imurmurhash.js"(exports, module) {
    (function() {
      var cache;
      function MurmurHash3(key, seed) {
        var m = this instanceof MurmurHash3 ? this : cache;
        m.reset(seed);
        if (typeof key === "string" && key.length > 0) {
          m.hash(key);
        }
        if (m !== this) {
          return m;
        }
      }
      MurmurHash3.prototype.hash = function(key) {
        var h1, k1, i, top, len;
        len = key.length;
        this.len += len;
        k1 = this.k1;
        i = 0;
        switch (this.rem) {
          case 0:
            k1 ^= len > i ? key.charCodeAt(i++) & 65535 : 0;
          case 1:
            k1 ^= len > i ? (key.charCodeAt(i++) & 65535) << 8 : 0;
          case 2:
            k1 ^= len > i ? (key.charCodeAt(i++) & 65535) << 16 : 0;
          case 3:
            k1 ^= len > i ? (key.charCodeAt(i) & 255) << 24 : 0;
            k1 ^= len > i ? (key.charCodeAt(i++) & 65280) >> 8 : 0;
        }
        this.rem = len + this.rem & 3;
        len -= this.rem;
        if (len > 0) {
          h1 = this.h1;
          while (1) {
            k1 = k1 * 11601 + (k1 & 65535) * 3432906752 & 4294967295;
            k1 = k1 << 15 | k1 >>> 17;
            k1 = k1 * 13715 + (k1 & 65535) * 461832192 & 4294967295;
            h1 ^= k1;
            h1 = h1 << 13 | h1 >>> 19;
            h1 = h1 * 5 + 3864292196 & 4294967295;
            if (i >= len) {
              break;
            }
            k1 = key.charCodeAt(i++) & 65535 ^ (key.charCodeAt(i++) & 65535) << 8 ^ (key.charCodeAt(i++) & 65535) << 16;
            top = key.charCodeAt(i++);
            k1 ^= (top & 255) << 24 ^ (top & 65280) >> 8;
          }
          k1 = 0;
          switch (this.rem) {
            case 3:
              k1 ^= (key.charCodeAt(i + 2) & 65535) << 16;
            case 2:
              k1 ^= (key.charCodeAt(i + 1) & 65535) << 8;
            case 1:
              k1 ^= key.charCodeAt(i) & 65535;
          }
          this.h1 = h1;
        }
        this.k1 = k1;
        return this;
      };
      MurmurHash3.prototype.result = function() {
        var k1, h1;
        k1 = this.k1;
        h1 = this.h1;
        if (k1 > 0) {
          k1 = k1 * 11601 + (k1 & 65535) * 3432906752 & 4294967295;
          k1 = k1 << 15 | k1 >>> 17;
          k1 = k1 * 13715 + (k1 & 65535) * 461832192 & 4294967295;
          h1 ^= k1;
        }
        h1 ^= this.len;
        h1 ^= h1 >>> 16;
        h1 = h1 * 51819 + (h1 & 65535) * 2246770688 & 4294967295;
        h1 ^= h1 >>> 13;
        h1 = h1 * 44597 + (h1 & 65535) * 3266445312 & 4294967295;
        h1 ^= h1 >>> 16;
        return h1 >>> 0;
      };
      MurmurHash3.prototype.reset = function(seed) {
        this.h1 = typeof seed === "number" ? seed : 0;
        this.rem = this.k1 = this.len = 0;
        return this;
      };
      cache = new MurmurHash3();
      if (typeof module != "undefined") {
        module.exports = MurmurHash3;
      } else {
        this.MurmurHash3 = MurmurHash3;
      }
    })();
  }
});

// node_modules/signal-exit/dist/cjs/signals.js
var require_signals = __commonJS({
  "node_modules/signal-exit/dist/cjs/signals.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.signals = void 0;
    exports.signals = [];
    exports.signals.push("SIGHUP", "SIGINT", "SIGTERM");
    if (process.platform !== "win32") {
      exports.signals.push(
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
      exports.signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
    }
  }
});

// node_modules/signal-exit/dist/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/signal-exit/dist/cjs/index.js"(exports) {
    var _a2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.unload = exports.load = exports.onExit = exports.signals = void 0;
    var signals_js_1 = require_signals();
    Object.defineProperty(exports, "signals", { enumerable: true, get: function() {
      return signals_js_1.signals;
    } });
    var processOk = (process3) => !!process3 && typeof process3 === "object" && typeof process3.removeListener === "function" && typeof process3.emit === "function" && typeof process3.reallyExit === "function" && typeof process3.listeners === "function" && typeof process3.kill === "function" && typeof process3.pid === "number" && typeof process3.on === "function";
    var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
    var global = globalThis;
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
        if (global[kExitEmitter]) {
          return global[kExitEmitter];
        }
        ObjectDefineProperty(global, kExitEmitter, {
          value: this,
          writable: false,
          enumerable: false,
          configurable: false
        });
      }
      on(ev, fn) {
        this.listeners[ev].push(fn);
      }
      removeListener(ev, fn) {
        const list = this.listeners[ev];
        const i = list.indexOf(fn);
        if (i === -1) {
          return;
        }
        if (i === 0 && list.length === 1) {
          list.length = 0;
        } else {
          list.splice(i, 1);
        }
      }
      emit(ev, code, signal) {
        if (this.emitted[ev]) {
          return false;
        }
        this.emitted[ev] = true;
        let ret = false;
        for (const fn of this.listeners[ev]) {
          ret = fn(code, signal) === true || ret;
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
            let { count } = this.#emitter;
            const p = process3;
            if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
              count += p.__signal_exit_emitter__.count;
            }
            if (listeners.length === count) {
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
            const fn = this.#sigListeners[sig];
            if (fn)
              this.#process.on(sig, fn);
          } catch (_) {
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
          } catch (_) {
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
      #processEmit(ev, ...args) {
        const og = this.#originalProcessEmit;
        if (ev === "exit" && processOk(this.#process)) {
          if (typeof args[0] === "number") {
            this.#process.exitCode = args[0];
          }
          const ret = og.call(this.#process, ev, ...args);
          this.#emitter.emit("exit", this.#process.exitCode, null);
          return ret;
        } else {
          return og.call(this.#process, ev, ...args);
        }
      }
    };
    var process2 = globalThis.process;
    _a2 = signalExitWrap(processOk(process2) ? new SignalExit(process2) : new SignalExitFallback()), /**
     * Called when the process is exiting, whether via signal, explicit
     * exit, or running out of stuff to do.
     *
     * If the global process object is not suitable for instrumentation,
     * then this will be a no-op.
     *
     * Returns a function that may be used to unload signal-exit.
     */
    exports.onExit = _a2.onExit, /**
     * Load the listeners.  Likely you never need to call this, unless
     * doing a rather deep integration with signal-exit functionality.
     * Mostly exposed for the benefit of testing.
     *
     * @internal
     */
    exports.load = _a2.load, /**
     * Unload the listeners.  Likely you never need to call this, unless
     * doing a rather deep integration with signal-exit functionality.
     * Mostly exposed for the benefit of testing.
     *
     * @internal
     */
    exports.unload = _a2.unload;
  }
});

// node_modules/write-file-atomic/lib/index.js
var require_lib = __commonJS({
  "node_modules/write-file-atomic/lib/index.js"(exports, module) {
    module.exports = writeFile;
    module.exports.sync = writeFileSync;
    module.exports._getTmpname = getTmpname;
    module.exports._cleanupOnExit = cleanupOnExit;
    var fs4 = __require("fs");
    var MurmurHash3 = require_imurmurhash();
    var { onExit } = require_cjs();
    var path14 = __require("path");
    var { promisify } = __require("util");
    var activeFiles = {};
    var threadId = (function getId() {
      try {
        const workerThreads = __require("worker_threads");
        return workerThreads.threadId;
      } catch (e) {
        return 0;
      }
    })();
    var invocations = 0;
    function getTmpname(filename) {
      return filename + "." + MurmurHash3(__filename).hash(String(process.pid)).hash(String(threadId)).hash(String(++invocations)).result();
    }
    function cleanupOnExit(tmpfile) {
      return () => {
        try {
          fs4.unlinkSync(typeof tmpfile === "function" ? tmpfile() : tmpfile);
        } catch {
        }
      };
    }
    function serializeActiveFile(absoluteName) {
      return new Promise((resolve5) => {
        if (!activeFiles[absoluteName]) {
          activeFiles[absoluteName] = [];
        }
        activeFiles[absoluteName].push(resolve5);
        if (activeFiles[absoluteName].length === 1) {
          resolve5();
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
      const absoluteName = path14.resolve(filename);
      try {
        await serializeActiveFile(absoluteName);
        const truename = await promisify(fs4.realpath)(filename).catch(() => filename);
        tmpfile = getTmpname(truename);
        if (!options.mode || !options.chown) {
          const stats = await promisify(fs4.stat)(truename).catch(() => {
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
        fd = await promisify(fs4.open)(tmpfile, "w", options.mode);
        if (options.tmpfileCreated) {
          await options.tmpfileCreated(tmpfile);
        }
        if (ArrayBuffer.isView(data)) {
          await promisify(fs4.write)(fd, data, 0, data.length, 0);
        } else if (data != null) {
          await promisify(fs4.write)(fd, String(data), 0, String(options.encoding || "utf8"));
        }
        if (options.fsync !== false) {
          await promisify(fs4.fsync)(fd);
        }
        await promisify(fs4.close)(fd);
        fd = null;
        if (options.chown) {
          await promisify(fs4.chown)(tmpfile, options.chown.uid, options.chown.gid).catch((err) => {
            if (!isChownErrOk(err)) {
              throw err;
            }
          });
        }
        if (options.mode) {
          await promisify(fs4.chmod)(tmpfile, options.mode).catch((err) => {
            if (!isChownErrOk(err)) {
              throw err;
            }
          });
        }
        await promisify(fs4.rename)(tmpfile, truename);
      } finally {
        if (fd) {
          await promisify(fs4.close)(fd).catch(
            /* istanbul ignore next */
            () => {
            }
          );
        }
        removeOnExitHandler();
        await promisify(fs4.unlink)(tmpfile).catch(() => {
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
    function writeFileSync(filename, data, options) {
      if (typeof options === "string") {
        options = { encoding: options };
      } else if (!options) {
        options = {};
      }
      try {
        filename = fs4.realpathSync(filename);
      } catch (ex) {
      }
      const tmpfile = getTmpname(filename);
      if (!options.mode || !options.chown) {
        try {
          const stats = fs4.statSync(filename);
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
        fd = fs4.openSync(tmpfile, "w", options.mode || 438);
        if (options.tmpfileCreated) {
          options.tmpfileCreated(tmpfile);
        }
        if (ArrayBuffer.isView(data)) {
          fs4.writeSync(fd, data, 0, data.length, 0);
        } else if (data != null) {
          fs4.writeSync(fd, String(data), 0, String(options.encoding || "utf8"));
        }
        if (options.fsync !== false) {
          fs4.fsyncSync(fd);
        }
        fs4.closeSync(fd);
        fd = null;
        if (options.chown) {
          try {
            fs4.chownSync(tmpfile, options.chown.uid, options.chown.gid);
          } catch (err) {
            if (!isChownErrOk(err)) {
              throw err;
            }
          }
        }
        if (options.mode) {
          try {
            fs4.chmodSync(tmpfile, options.mode);
          } catch (err) {
            if (!isChownErrOk(err)) {
              throw err;
            }
          }
        }
        fs4.renameSync(tmpfile, filename);
        threw = false;
      } finally {
        if (fd) {
          try {
            fs4.closeSync(fd);
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

// node_modules/@simple-git/args-pathspec/dist/index.cjs
var require_dist = __commonJS({
  "node_modules/@simple-git/args-pathspec/dist/index.cjs"(exports) {
    Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    var e = /* @__PURE__ */ new WeakMap();
    function c(...t) {
      const n = new String(t);
      return e.set(n, t), n;
    }
    function o(t) {
      return t instanceof String && e.has(t);
    }
    function r(t) {
      return e.get(t) ?? [];
    }
    exports.isPathSpec = o;
    exports.pathspec = c;
    exports.toPaths = r;
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var w = d * 7;
    var y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse2(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse2(str3) {
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
          return n * y;
        case "weeks":
        case "week":
        case "w":
          return n * w;
        case "days":
        case "day":
        case "d":
          return n * d;
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
          return n * m;
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
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return Math.round(ms / d) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms / h) + "h";
      }
      if (msAbs >= m) {
        return Math.round(ms / m) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return plural(ms, msAbs, d, "day");
      }
      if (msAbs >= h) {
        return plural(ms, msAbs, h, "hour");
      }
      if (msAbs >= m) {
        return plural(ms, msAbs, m, "minute");
      }
      if (msAbs >= s) {
        return plural(ms, msAbs, s, "second");
      }
      return ms + " ms";
    }
    function plural(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
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
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms = curr - (prevTime || curr);
          self.diff = ms;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
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
        for (const ns of split) {
          if (ns[0] === "-") {
            createDebug.skips.push(ns.slice(1));
          } else {
            createDebug.names.push(ns);
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
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns of createDebug.names) {
          if (matchesTemplate(name, ns)) {
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
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save2;
    exports.load = load2;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
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
      let m;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save2(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load2() {
      let r;
      try {
        r = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
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
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log2;
    exports.formatArgs = formatArgs;
    exports.save = save2;
    exports.load = load2;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = __require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
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
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => {
        return k.toUpperCase();
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
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c = this.color;
        const colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log2(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save2(namespaces) {
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
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
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
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var debug_1 = __importDefault(require_src());
    var log2 = debug_1.default("@kwsites/file-exists");
    function check(path14, isFile, isDirectory) {
      log2(`checking %s`, path14);
      try {
        const stat = fs_1.statSync(path14);
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
    function exists(path14, type = exports.READABLE) {
      return check(path14, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    function __export2(m) {
      for (var p in m) if (!exports.hasOwnProperty(p)) exports[p] = m[p];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export2(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status === "pending") {
            status = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
  }
});

// node_modules/@simple-git/argv-parser/dist/index.cjs
var require_dist4 = __commonJS({
  "node_modules/@simple-git/argv-parser/dist/index.cjs"(exports) {
    Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    var m = require_dist();
    function* x(e, t) {
      const n = t === "global";
      for (const a of e) a.isGlobal === n && (yield a);
    }
    var S = /* @__PURE__ */ new Set(["--add", "--edit", "--remove-section", "--rename-section", "--replace-all", "--unset", "--unset-all", "-e"]);
    var E = /* @__PURE__ */ new Set(["--get", "--get-all", "--get-color", "--get-colorbool", "--get-regexp", "--get-urlmatch", "--list", "-l"]);
    var F = /* @__PURE__ */ new Set(["edit", "remove-section", "rename-section", "set", "unset"]);
    var A = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
    function O(e, t) {
      for (const { name: a } of x(e, "task")) {
        if (S.has(a)) return w(true, t);
        if (E.has(a)) return w(false, t);
      }
      const n = t.at(0)?.toLowerCase();
      return n === void 0 ? null : F.has(n) ? w(true, t.slice(1)) : A.has(n) ? w(false, t.slice(1)) : t.length === 1 ? w(false, t) : w(true, t);
    }
    function w(e = false, t = []) {
      const n = t.at(0)?.toLowerCase();
      return n === void 0 ? null : { isWrite: e, isRead: !e, key: n, value: t.at(1) };
    }
    function G(e, t) {
      return t.isWrite && t.value !== void 0 ? { key: t.key, value: t.value, scope: e } : { key: t.key, scope: e };
    }
    function M(e) {
      const t = e?.indexOf("=") || -1;
      return !e || t < 0 ? null : { key: e.slice(0, t).trim().toLowerCase(), value: e.slice(t + 1) };
    }
    function N(e) {
      for (const { name: t } of x(e, "task")) switch (t) {
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
    function $({ name: e }) {
      if (e === "-c" || e === "--config") return "inline";
      if (e === "--config-env") return "env";
    }
    function* D(e) {
      for (const t of e) {
        const n = $(t), a = n && M(t.value);
        a && (yield { ...a, scope: n });
      }
    }
    function L(e, t, n) {
      const a = { read: [], write: [...D(t)] };
      return e === "config" && I(a, N(t), O(t, n)), a;
    }
    function I(e, t, n) {
      if (n === null) return;
      const a = G(t, n);
      n.isWrite ? e.write.push(a) : e.read.push(a);
    }
    var b = { short: /* @__PURE__ */ new Map([["c", true]]) };
    var T = { short: new Map([["C", true], ["P", false], ["h", false], ["p", false], ["v", false], ...b.short.entries()]), long: /* @__PURE__ */ new Set(["attr-source", "config-env", "exec-path", "git-dir", "list-cmds", "namespace", "super-prefix", "work-tree"]) };
    var R = { clone: { short: /* @__PURE__ */ new Map([["b", true], ["j", true], ["l", false], ["n", false], ["o", true], ["q", false], ["s", false], ["u", true]]), long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"]) }, commit: { short: /* @__PURE__ */ new Map([["C", true], ["F", true], ["c", true], ["m", true], ["t", true]]), long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"]) }, config: { short: /* @__PURE__ */ new Map([["e", false], ["f", true], ["l", false]]), long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"]) }, fetch: { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set(["upload-pack"]) }, init: { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set(["template"]) }, pull: { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set(["upload-pack"]) }, push: { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set(["exec", "receive-pack"]) }, rebase: { short: /* @__PURE__ */ new Map([["X", true], ["f", false], ["i", false], ["k", false], ["m", false], ["n", false], ["q", false], ["r", false], ["s", true], ["v", false], ["x", true]]), long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"]) } };
    var j = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
    function B(e) {
      const t = R[e ?? ""] ?? j;
      return { short: new Map([...b.short.entries(), ...t.short.entries()]), long: t.long };
    }
    function C(e, t = T) {
      if (e.startsWith("--")) {
        const n = e.indexOf("=");
        if (n > 2) return [{ name: e.slice(0, n), value: e.slice(n + 1), needsNext: false }];
        const a = e.slice(2);
        return [{ name: e, needsNext: t.long.has(a) }];
      }
      if (e.length === 2) {
        const n = e.charAt(1), a = t.short.get(n);
        return [{ name: e, needsNext: a === true }];
      }
      return W(e, t.short);
    }
    function W(e, t) {
      const n = e.slice(1).split(""), a = [];
      for (let o = 0; o < n.length; o++) {
        const s = n[o], r = t.get(s);
        if (r === void 0) return [{ name: e, needsNext: false }];
        if (r) {
          const i = n.slice(o + 1).join("");
          if (i && ![...i].every((h) => t.has(h))) return a.push({ name: `-${s}`, value: i, needsNext: false }), a;
        }
        a.push({ name: `-${s}`, needsNext: r });
      }
      return a;
    }
    function q(e, t = []) {
      let n = 0;
      for (; n < e.length; ) {
        const a = String(e[n]);
        if (!a.startsWith("-") || a.length < 2) break;
        const o = C(a);
        let s = n + 1;
        for (const r of o) {
          const i = { name: r.name, value: r.value, absorbedNext: false, isGlobal: true };
          r.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), t.push(i);
        }
        n = s;
      }
      return { flags: t, taskIndex: n };
    }
    function V(e, t, n = []) {
      const a = B(t), o = [], s = [];
      let r = 0;
      for (; r < e.length; ) {
        const i = e[r];
        if (m.isPathSpec(i)) {
          s.push(...m.toPaths(i)), r++;
          continue;
        }
        const p = String(i);
        if (p === "--") {
          for (let d = r + 1; d < e.length; d++) {
            const g = e[d];
            m.isPathSpec(g) ? s.push(...m.toPaths(g)) : s.push(String(g));
          }
          break;
        }
        if (!p.startsWith("-") || p.length < 2) {
          o.push(p), r++;
          continue;
        }
        const h = C(p, a);
        let u = r + 1;
        for (const d of h) {
          const g = { name: d.name, value: d.value, absorbedNext: false, isGlobal: false };
          d.needsNext && g.value === void 0 && u < e.length && !m.isPathSpec(e[u]) && (g.value = String(e[u]), g.absorbedNext = true, u++), n.push(g);
        }
        r = u;
      }
      return { flags: n, positionals: o, pathspecs: s };
    }
    function* K({ write: e }) {
      for (const t of e) for (const n of H) {
        const a = n(t.key);
        a && (yield a);
      }
    }
    function f(e, t, n = String(e)) {
      const a = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
      return function(s) {
        if (a.test(s)) return { category: t, message: `Configuring ${n} is not permitted without enabling ${t}` };
      };
    }
    function l(e, t) {
      const n = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
      return f(n, t, e);
    }
    var H = [f("alias", "allowUnsafeAlias"), f("core.askPass", "allowUnsafeAskPass"), f("core.editor", "allowUnsafeEditor"), f("core.fsmonitor", "allowUnsafeFsMonitor"), f("core.gitProxy", "allowUnsafeGitProxy"), f("core.hooksPath", "allowUnsafeHooksPath"), f("core.pager", "allowUnsafePager"), f("core.sshCommand", "allowUnsafeSshCommand"), l("credential.helper", "allowUnsafeCredentialHelper"), l("diff.command", "allowUnsafeDiffExternal"), f("diff.external", "allowUnsafeDiffExternal"), l("difftool.cmd", "allowUnsafeDiffExternal"), l("diff.textconv", "allowUnsafeDiffTextConv"), l("filter.clean", "allowUnsafeFilter"), l("filter.process", "allowUnsafeFilter"), l("filter.smudge", "allowUnsafeFilter"), l("gpg.program", "allowUnsafeGpgProgram"), f("include.path", "allowUnsafeInclude"), l("includeIf", "allowUnsafeInclude"), f("init.templateDir", "allowUnsafeTemplateDir"), l("pager.", "allowUnsafePager"), l("merge.driver", "allowUnsafeMergeDriver"), l("mergetool.path", "allowUnsafeMergeDriver"), l("mergetool.cmd", "allowUnsafeMergeDriver"), l("protocol.allow", "allowUnsafeProtocolOverride"), l("remote.receivepack", "allowUnsafePack"), l("remote.uploadpack", "allowUnsafePack"), f("uploadpack.packObjectsHook", "allowUnsafePack"), f("sequence.editor", "allowUnsafeEditor"), l("submodule.update", "allowUnsafeSubmodule"), l("tar.command", "allowUnsafeCommandBinaries"), l("trailer.cmd", "allowUnsafeCommandBinaries"), l("trailer.command", "allowUnsafeCommandBinaries"), l("url.insteadOf", "allowUnsafeUrlRewrite")];
    function* X(e, t) {
      for (const n of t) for (const a of Y) {
        const o = a(e, n);
        o && (yield o);
      }
    }
    function c(e, t, n, { name: a = String(t), globalOnly: o = false, withValue: s = false } = {}) {
      const r = typeof t == "string" ? new RegExp(`\\s*${t.toLowerCase()}`) : t, i = `Use of ${e ? `${e} with option ` : ""}${a} is not permitted without enabling ${n}`;
      return function(h, u) {
        if (!(e && h !== e) && !(o && !u.isGlobal) && !(s && u.value === void 0) && r.test(u.name)) return { category: n, message: i };
      };
    }
    var v = { globalOnly: true, withValue: true };
    var Y = [c(null, /--(upload|receive)-pack/, "allowUnsafePack", { name: "--upload-pack or --receive-pack" }), c("clone", /^-\w*u/, "allowUnsafePack"), c("clone", "--u", "allowUnsafePack"), c("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }), c("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }), c(null, "--template", "allowUnsafeTemplateDir"), c(null, "--exec-path", "allowUnsafeExec", v), c(null, "--git-dir", "allowUnsafeConfigPaths", v), c(null, "--work-tree", "allowUnsafeConfigPaths", v), c(null, /^-C$/, "allowUnsafeConfigPaths", { ...v, name: "-C" })];
    function k(e, t, n) {
      return [...X(e, t), ...K(n)];
    }
    function y(...e) {
      const { flags: t, taskIndex: n } = q(e), a = n < e.length ? String(e[n]).toLowerCase() : null, o = a !== null ? e.slice(n + 1) : [], { positionals: s, pathspecs: r } = V(o, a, t), i = L(a, t, s);
      return { task: a, flags: t.map(J), paths: r, config: i, vulnerabilities: z(k(a, t, i)) };
    }
    function z(e) {
      return Object.defineProperty(e, "vulnerabilities", { value: e });
    }
    function J({ value: e, name: t }) {
      return e !== void 0 ? { name: t, value: e } : { name: t };
    }
    var _ = { editor: "allowUnsafeEditor", git_askpass: "allowUnsafeAskPass", git_config_global: "allowUnsafeConfigPaths", git_config_system: "allowUnsafeConfigPaths", git_config_count: "allowUnsafeConfigEnvCount", git_config_parameters: "allowUnsafeConfigEnvCount", git_config: "allowUnsafeConfigPaths", git_editor: "allowUnsafeEditor", git_exec_path: "allowUnsafeExec", git_external_diff: "allowUnsafeDiffExternal", git_pager: "allowUnsafePager", git_proxy_command: "allowUnsafeGitProxy", git_template_dir: "allowUnsafeTemplateDir", git_sequence_editor: "allowUnsafeEditor", git_ssh: "allowUnsafeSshCommand", git_ssh_command: "allowUnsafeSshCommand", pager: "allowUnsafePager", prefix: "allowUnsafeConfigPaths", ssh_askpass: "allowUnsafeAskPass", visual: "allowUnsafeEditor" };
    function* Q(e) {
      const t = parseInt(e.git_config_count ?? "0", 10);
      for (let n = 0; n < t; n++) {
        const a = e[`git_config_key_${n}`], o = e[`git_config_value_${n}`];
        a !== void 0 && (yield { key: a.toLowerCase().trim(), value: o, scope: "env" });
      }
    }
    function* Z(e) {
      for (const t of Object.keys(e)) if (U(t)) {
        const n = _[t];
        yield { category: n, message: `Use of "${t.toUpperCase()}" is not permitted without enabling ${n}` };
      }
    }
    function U(e) {
      return Object.hasOwn(_, e);
    }
    function ee(e) {
      const t = {};
      for (const [n, a] of Object.entries(e)) {
        const o = n.toLowerCase().trim();
        (U(o) || o.startsWith("git")) && (t[o] = String(a));
      }
      return t;
    }
    function P(e) {
      const t = ee(e), n = { read: [], write: [...Q(t)] }, a = [...Z(t), ...k(null, [], n)];
      return { config: n, vulnerabilities: a };
    }
    function te(e, t) {
      return [...y(...e).vulnerabilities, ...P(t).vulnerabilities];
    }
    exports.isGitEnvKey = U;
    exports.parseArgv = y;
    exports.parseEnv = P;
    exports.vulnerabilityCheck = te;
  }
});

// node_modules/simple-git/dist/index.cjs
var require_dist5 = __commonJS({
  "node_modules/simple-git/dist/index.cjs"(exports) {
    Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    var S = require_dist();
    var Tt = require_dist2();
    var Se = __require("child_process");
    var it = require_src();
    var P = require_dist3();
    var Re = __require("path");
    var Bt = require_dist4();
    var Oe = __require("events");
    var C = class extends Error {
      constructor(e, n) {
        super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    var It = class extends C {
      constructor(e, n) {
        super(void 0, n), this.config = e;
      }
    };
    var x = class extends C {
      constructor(e, n, r) {
        super(e, r), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    var W = class extends C {
      constructor(e, n) {
        super(void 0, n || String(e)), this.git = e;
      }
    };
    var Gt = class extends C {
      constructor(e) {
        super(void 0, e);
      }
    };
    var I = "\0";
    var H = () => {
    };
    function Ce(t) {
      return typeof t != "function" ? H : t;
    }
    function Ae(t) {
      return typeof t == "function" && t !== H;
    }
    function xe(t, e) {
      const n = t.indexOf(e);
      return n <= 0 ? [t, ""] : [t.substr(0, n), t.substr(n + 1)];
    }
    function Pe(t, e = 0) {
      return Ut(t) && t.length > e ? t[e] : void 0;
    }
    function $(t, e = 0) {
      if (Ut(t) && t.length > e) return t[t.length - 1 - e];
    }
    function Ut(t) {
      return zt(t);
    }
    function K(t = "", e = true, n = `
`) {
      return t.split(n).reduce((r, s) => {
        const o = e ? s.trim() : s;
        return o && r.push(o), r;
      }, []);
    }
    function at(t, e) {
      return K(t, true).map((n) => e(n));
    }
    function Ft(t) {
      return Tt.exists(t, Tt.FOLDER);
    }
    function R(t, e) {
      return Array.isArray(t) ? t.includes(e) || t.push(e) : t.add(e), e;
    }
    function Ne(t, e) {
      return Array.isArray(t) && !t.includes(e) && t.push(e), t;
    }
    function ut(t, e) {
      if (Array.isArray(t)) {
        const n = t.indexOf(e);
        n >= 0 && t.splice(n, 1);
      } else t.delete(e);
      return e;
    }
    var ct = Object.prototype.toString.call.bind(Object.prototype.toString);
    function v(t) {
      return Array.isArray(t) ? t : [t];
    }
    function qt(t) {
      return t.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
    }
    function j(t) {
      return v(t).map((e) => e instanceof String ? e : String(e));
    }
    function m(t, e = 0) {
      if (t == null) return e;
      const n = parseInt(t, 10);
      return Number.isNaN(n) ? e : n;
    }
    function G(t, e) {
      const n = [];
      for (let r = 0, s = t.length; r < s; r++) n.push(e, t[r]);
      return n;
    }
    function U(t) {
      return (Array.isArray(t) ? Buffer.concat(t) : t).toString("utf-8");
    }
    function $e(t) {
      return t ? Buffer.isBuffer(t) ? t.length : Buffer.byteLength(t) : 0;
    }
    function Me(t, e) {
      const n = {};
      return e.forEach((r) => {
        t[r] !== void 0 && (n[r] = t[r]);
      }), n;
    }
    function kt(t = 0) {
      return new Promise((e) => setTimeout(e, t));
    }
    function _t(t) {
      if (t !== false) return t;
    }
    function d(t, e, n) {
      return e(t) ? t : arguments.length > 2 ? n : void 0;
    }
    var V = (t) => Array.isArray(t);
    function st(t, e) {
      const n = S.isPathSpec(t) ? "string" : typeof t;
      return /number|string|boolean/.test(n) && (!e || !e.includes(n));
    }
    var p = (t) => typeof t == "string" || S.isPathSpec(t);
    var De = (t) => p(t) || Buffer.isBuffer(t);
    var F = (t) => p(t) || Array.isArray(t) && t.every(p);
    function ft(t) {
      return !!t && ct(t) === "[object Object]";
    }
    function je(t) {
      return typeof t == "function";
    }
    var zt = (t) => t == null || "number|boolean|function".includes(typeof t) ? false : typeof t.length == "number";
    var Q = ((t) => (t[t.SUCCESS = 0] = "SUCCESS", t[t.ERROR = 1] = "ERROR", t[t.NOT_FOUND = -2] = "NOT_FOUND", t[t.UNCLEAN = 128] = "UNCLEAN", t))(Q || {});
    var q = class _q {
      constructor(e, n) {
        this.stdOut = e, this.stdErr = n;
      }
      asStrings() {
        return new _q(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
      }
    };
    function Le() {
      throw new Error("LineParser:useMatches not implemented");
    }
    var l = class {
      constructor(e, n) {
        this.matches = [], this.useMatches = Le, this.parse = (r, s) => (this.resetMatches(), this._regExp.every((o, i) => this.addMatch(o, i, r(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
      }
      resetMatches() {
        this.matches.length = 0;
      }
      prepareMatches() {
        return this.matches;
      }
      addMatch(e, n, r) {
        const s = r && e.exec(r);
        return s && this.pushMatch(n, s), !!s;
      }
      pushMatch(e, n) {
        this.matches.push(...n.slice(1));
      }
    };
    var N = class extends l {
      addMatch(e, n, r) {
        return /^remote:\s/.test(String(r)) && super.addMatch(e, n, r);
      }
      pushMatch(e, n) {
        (e > 0 || n.length > 1) && super.pushMatch(e, n);
      }
    };
    var Be = { binary: "git", maxConcurrentProcesses: 5, config: [], trimmed: false };
    function Ie(...t) {
      const e = process.cwd(), n = Object.assign({ baseDir: e, ...Be }, ...t.filter((r) => typeof r == "object" && r));
      return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
    }
    function Wt(t, e = []) {
      return ft(t) ? Object.keys(t).reduce((n, r) => {
        const s = t[r];
        if (S.isPathSpec(s)) n.push(s);
        else if (st(s, ["boolean"])) n.push(r + "=" + s);
        else if (Array.isArray(s)) for (const o of s) st(o, ["string", "number"]) || n.push(r + "=" + o);
        else n.push(r);
        return n;
      }, e) : e;
    }
    function h(t, e = 0, n = false) {
      const r = [];
      for (let s = 0, o = e < 0 ? t.length : e; s < o; s++) "string|number".includes(typeof t[s]) && r.push(String(t[s]));
      return Wt(lt(t), r), n || r.push(...Ge(t)), r;
    }
    function Ge(t) {
      const e = typeof $(t) == "function";
      return j(d($(t, e ? 1 : 0), V, []));
    }
    function lt(t) {
      const e = je($(t));
      return d($(t, e ? 1 : 0), ft);
    }
    function u(t, e = true) {
      const n = Ce($(t));
      return e || Ae(n) ? n : void 0;
    }
    function vt(t, e) {
      return t(e.stdOut, e.stdErr);
    }
    function E(t, e, n, r = true) {
      return v(n).forEach((s) => {
        for (let o = K(s, r), i = 0, a = o.length; i < a; i++) {
          const c = (y = 0) => {
            if (!(i + y >= a)) return o[i + y];
          };
          e.some(({ parse: y }) => y(c, t));
        }
      }), t;
    }
    var Ht = ((t) => (t.BARE = "bare", t.IN_TREE = "tree", t.IS_REPO_ROOT = "root", t))(Ht || {});
    var ht = ({ exitCode: t }, e, n, r) => {
      if (t === Q.UNCLEAN && ze(e)) return n(Buffer.from("false"));
      r(e);
    };
    var Kt = (t) => t.trim() === "true";
    function Ue(t) {
      switch (t) {
        case "bare":
          return qe();
        case "root":
          return Fe();
      }
      return { commands: ["rev-parse", "--is-inside-work-tree"], format: "utf-8", onError: ht, parser: Kt };
    }
    function Fe() {
      return { commands: ["rev-parse", "--git-dir"], format: "utf-8", onError: ht, parser(e) {
        return /^\.(git)?$/.test(e.trim());
      } };
    }
    function qe() {
      return { commands: ["rev-parse", "--is-bare-repository"], format: "utf-8", onError: ht, parser: Kt };
    }
    function ze(t) {
      return /(Not a git repository|Kein Git-Repository)/i.test(String(t));
    }
    var We = class {
      constructor(e) {
        this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
      }
    };
    var He = /^[a-z]+\s*/i;
    var Ke = /^[a-z]+\s+[a-z]+\s*/i;
    var Ve = /\/$/;
    function Qe(t, e) {
      const n = new We(t), r = t ? Ke : He;
      return K(e).forEach((s) => {
        const o = s.replace(r, "");
        n.paths.push(o), (Ve.test(o) ? n.folders : n.files).push(o);
      }), n;
    }
    var Vt = [];
    function Xe(t) {
      return { commands: Vt, format: "empty", parser: t };
    }
    function b(t) {
      return { commands: Vt, format: "empty", parser() {
        throw typeof t == "string" ? new Gt(t) : t;
      } };
    }
    function g(t, e = false) {
      return { commands: t, format: "utf-8", parser(n) {
        return e ? String(n).trim() : n;
      } };
    }
    function Qt(t) {
      return { commands: t, format: "buffer", parser(e) {
        return e;
      } };
    }
    function Ye(t) {
      return t.format === "buffer";
    }
    function Et(t) {
      return t.format === "empty" || !t.commands.length;
    }
    var Je = "Git clean interactive mode is not supported";
    var Ze = 'Git clean mode parameter ("n" or "f") is required';
    var tn = "Git clean unknown option found in: ";
    var pt = ((t) => (t.DRY_RUN = "n", t.FORCE = "f", t.IGNORED_INCLUDED = "x", t.IGNORED_ONLY = "X", t.EXCLUDING = "e", t.QUIET = "q", t.RECURSIVE = "d", t))(pt || {});
    var Xt = /* @__PURE__ */ new Set(["i", ...j(Object.values(pt))]);
    function en(t, e) {
      const { cleanMode: n, options: r, valid: s } = sn(t);
      return n ? s.options ? (r.push(...e), r.some(un) ? b(Je) : nn(n, r)) : b(tn + JSON.stringify(t)) : b(Ze);
    }
    function nn(t, e) {
      return { commands: ["clean", `-${t}`, ...e], format: "utf-8", parser(r) {
        return Qe(t === "n", r);
      } };
    }
    function rn(t) {
      return Array.isArray(t) && t.every((e) => Xt.has(e));
    }
    function sn(t) {
      let e, n = [], r = { cleanMode: false, options: true };
      return t.replace(/[^a-z]i/g, "").split("").forEach((s) => {
        on(s) ? (e = s, r.cleanMode = true) : r.options = r.options && an(n[n.length] = `-${s}`);
      }), { cleanMode: e, options: n, valid: r };
    }
    function on(t) {
      return t === "f" || t === "n";
    }
    function an(t) {
      return /^-[a-z]$/i.test(t) && Xt.has(t.charAt(1));
    }
    function un(t) {
      return /^-[^\-]/.test(t) ? t.indexOf("i") > 0 : t === "--interactive";
    }
    var cn = class {
      constructor() {
        this.files = [], this.values = /* @__PURE__ */ Object.create(null);
      }
      get all() {
        return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
      }
      addFile(e) {
        if (!(e in this.values)) {
          const n = $(this.files);
          this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
        }
        return this.values[e];
      }
      addValue(e, n, r) {
        const s = this.addFile(e);
        Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r) : s[n] = [s[n], r] : s[n] = r, this._all = void 0;
      }
    };
    function fn(t) {
      const e = new cn();
      for (const n of Yt(t)) e.addValue(n.file, String(n.key), n.value);
      return e;
    }
    function ln(t, e) {
      let n = null;
      const r = [], s = /* @__PURE__ */ new Map();
      for (const o of Yt(t, e)) o.key === e && (r.push(n = o.value), s.has(o.file) || s.set(o.file, []), s.get(o.file).push(n));
      return { key: e, paths: Array.from(s.keys()), scopes: s, value: n, values: r };
    }
    function hn(t) {
      return t.replace(/^(file):/, "");
    }
    function* Yt(t, e = null) {
      const n = t.split("\0");
      for (let r = 0, s = n.length - 1; r < s; ) {
        const o = hn(n[r++]);
        let i = n[r++], a = e;
        if (i.includes(`
`)) {
          const c = xe(i, `
`);
          a = c[0], i = c[1];
        }
        yield { file: o, key: a, value: i };
      }
    }
    var mt = ((t) => (t.system = "system", t.global = "global", t.local = "local", t.worktree = "worktree", t))(mt || {});
    function Y(t, e) {
      return typeof t == "string" && Object.hasOwn(mt, t) ? t : e;
    }
    function pn(t, e, n, r) {
      const s = ["config", `--${r}`];
      return n && s.push("--add"), s.push(t, e), { commands: s, format: "utf-8", parser(o) {
        return o;
      } };
    }
    function mn(t, e) {
      const n = ["config", "--null", "--show-origin", "--get-all", t];
      return e && n.splice(1, 0, `--${e}`), { commands: n, format: "utf-8", parser(r) {
        return ln(r, t);
      } };
    }
    function dn(t) {
      const e = ["config", "--list", "--show-origin", "--null"];
      return t && e.push(`--${t}`), { commands: e, format: "utf-8", parser(n) {
        return fn(n);
      } };
    }
    function gn() {
      return { addConfig(t, e, ...n) {
        return this._runTask(pn(t, e, n[0] === true, Y(n[1], "local")), u(arguments));
      }, getConfig(t, e) {
        return this._runTask(mn(t, Y(e, void 0)), u(arguments));
      }, listConfig(...t) {
        return this._runTask(dn(Y(t[0], void 0)), u(arguments));
      } };
    }
    var dt = ((t) => (t.ADDED = "A", t.COPIED = "C", t.DELETED = "D", t.MODIFIED = "M", t.RENAMED = "R", t.CHANGED = "T", t.UNMERGED = "U", t.UNKNOWN = "X", t.BROKEN = "B", t))(dt || {});
    var yn = new Set(Object.values(dt));
    function wn(t) {
      return yn.has(t);
    }
    var St;
    var bn = ["-h"];
    var L = /* @__PURE__ */ Symbol("grepQuery");
    var Tn = class {
      constructor() {
        this[St] = [];
      }
      *[(St = L, Symbol.iterator)]() {
        for (const e of this[L]) yield e;
      }
      and(...e) {
        return e.length && this[L].push("--and", "(", ...G(e, "-e"), ")"), this;
      }
      param(...e) {
        return this[L].push(...G(e, "-e")), this;
      }
    };
    function Jt(...t) {
      return new Tn().param(...t);
    }
    function kn(t) {
      const e = /* @__PURE__ */ new Set(), n = {};
      return at(t, (r) => {
        const [s, o, i] = r.split(I);
        e.add(s), (n[s] = n[s] || []).push({ line: m(o), path: s, preview: i });
      }), { paths: e, results: n };
    }
    function _n() {
      return { grep(t) {
        const e = u(arguments), n = h(arguments);
        for (const s of bn) if (n.includes(s)) return this._runTask(b(`git.grep: use of "${s}" is not supported.`), e);
        typeof t == "string" && (t = Jt().param(t));
        const r = ["grep", "--null", "-n", "--full-name", ...n, ...t];
        return this._runTask({ commands: r, format: "utf-8", parser(s) {
          return kn(s);
        } }, e);
      } };
    }
    var gt = ((t) => (t.MIXED = "mixed", t.SOFT = "soft", t.HARD = "hard", t.MERGE = "merge", t.KEEP = "keep", t))(gt || {});
    var vn = j(Object.values(gt));
    function En(t, e) {
      const n = ["reset"];
      return Zt(t) && n.push(`--${t}`), n.push(...e), g(n);
    }
    function Sn(t) {
      if (Zt(t)) return t;
      switch (typeof t) {
        case "string":
        case "undefined":
          return "soft";
      }
    }
    function Zt(t) {
      return typeof t == "string" && vn.includes(t);
    }
    it.formatters.L = (t) => String(zt(t) ? t.length : "-");
    it.formatters.B = (t) => Buffer.isBuffer(t) ? t.toString("utf8") : ct(t);
    function Rn() {
      return it("simple-git");
    }
    function Rt(t, e, n) {
      return !e || !String(e).replace(/\s*/, "") ? n ? (r, ...s) => {
        t(r, ...s), n(r, ...s);
      } : t : (r, ...s) => {
        t(`%s ${r}`, e, ...s), n && n(r, ...s);
      };
    }
    function On(t, e, { namespace: n }) {
      if (typeof t == "string") return t;
      const r = e && e.namespace || "";
      return r.startsWith(n) ? r.substr(n.length + 1) : r || n;
    }
    function M(t, e, n, r = Rn()) {
      const s = t && `[${t}]` || "", o = [], i = typeof e == "string" ? r.extend(e) : e, a = On(d(e, p), i, r);
      return y(n);
      function c(w, T) {
        return R(o, M(t, a.replace(/^[^:]+/, w), T, r));
      }
      function y(w) {
        const T = w && `[${w}]` || "", k = i && Rt(i, T) || H, A = Rt(r, `${s} ${T}`, k);
        return Object.assign(i ? k : A, { label: t, sibling: c, info: A, step: y });
      }
    }
    var D = class D2 {
      constructor(e = "GitExecutor") {
        this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
      }
      withProgress(e) {
        return this._queue.get(e);
      }
      createProgress(e) {
        const n = D2.getName(e.commands[0]), r = M(this.logLabel, n);
        return { task: e, logger: r, name: n };
      }
      push(e) {
        const n = this.createProgress(e);
        return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
      }
      fatal(e) {
        for (const [n, { logger: r }] of Array.from(this._queue.entries())) n === e.task ? (r.info("Failed %o", e), r("Fatal exception, any as-yet un-started tasks run through this executor will not be attempted")) : r.info("A fatal exception occurred in a previous task, the queue has been purged: %o", e.message), this.complete(n);
        if (this._queue.size !== 0) throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
      }
      complete(e) {
        this.withProgress(e) && this._queue.delete(e);
      }
      attempt(e) {
        const n = this.withProgress(e);
        if (!n) throw new C(void 0, "TasksPendingQueue: attempt called for an unknown task");
        return n.logger("Starting task"), n;
      }
      static getName(e = "empty") {
        return `task:${e}:${++D2.counter}`;
      }
    };
    D.counter = 0;
    var ot = D;
    var Cn = class {
      constructor(e, n, r) {
        this._executor = e, this._scheduler = n, this._plugins = r, this._chain = Promise.resolve(), this._queue = new ot();
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
        const n = await this._scheduler.next(), r = () => this._queue.complete(e);
        try {
          const { logger: s } = this._queue.attempt(e);
          return await (Et(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
        } catch (s) {
          throw this.onFatalException(e, s);
        } finally {
          r(), n();
        }
      }
      onFatalException(e, n) {
        const r = n instanceof C ? Object.assign(n, { task: e }) : new C(e, n && String(n));
        return this._chain = Promise.resolve(), this._queue.fatal(r), r;
      }
      async attemptRemoteTask(e, n) {
        const r = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec("spawn.args", [...e.commands], this.taskContext(e, e.commands)), o = await this.gitResponse(e, r, s, this.outputHandler, n.step("SPAWN")), i = await this.handleTaskData(e, s, o, n.step("HANDLE"));
        return n("passing response to task's parser as a %s", e.format), Ye(e) ? vt(e.parser, i) : vt(e.parser, i.asStrings());
      }
      async attemptEmptyTask(e, n) {
        return n("empty task bypassing child process to call to task's parser"), e.parser(this);
      }
      handleTaskData(e, n, r, s) {
        const { exitCode: o, rejection: i, stdOut: a, stdErr: c } = r;
        return new Promise((y, w) => {
          s("Preparing to handle process response exitCode=%d stdOut=", o);
          const { error: T } = this._plugins.exec("task.error", { error: i }, { ...this.taskContext(e, n), ...r });
          if (T && e.onError) return s.info("exitCode=%s handling with custom error handler"), e.onError(r, T, (k) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ct(k)), y(new q(Array.isArray(k) ? Buffer.concat(k) : k, Buffer.concat(c)));
          }, w);
          if (T) return s.info("handling as error: exitCode=%s stdErr=%s rejection=%o", o, c.length, i), w(T);
          s.info("retrieving task output complete"), y(new q(Buffer.concat(a), Buffer.concat(c)));
        });
      }
      async gitResponse(e, n, r, s, o) {
        const i = o.sibling("output"), a = this._plugins.exec("spawn.options", { cwd: this.cwd, env: this.env, windowsHide: true }, this.taskContext(e, e.commands));
        return new Promise((c) => {
          const y = [], w = [];
          o.info("%s %o", n, r), o("%O", a);
          let T = this._beforeSpawn(e, r);
          if (T) return c({ stdOut: y, stdErr: w, exitCode: 9901, rejection: T });
          this._plugins.exec("spawn.before", void 0, { ...this.taskContext(e, r), kill(A) {
            T = A || T;
          } });
          const k = Se.spawn(n, r, a);
          k.stdout.on("data", Ot(y, "stdOut", o, i.step("stdOut"))), k.stderr.on("data", Ot(w, "stdErr", o, i.step("stdErr"))), k.on("error", An(w, o)), s && (o("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k.stdout, k.stderr, [...r])), this._plugins.exec("spawn.after", void 0, { ...this.taskContext(e, r), spawned: k, close(A, Ee) {
            c({ stdOut: y, stdErr: w, exitCode: A, rejection: T || Ee });
          }, kill(A) {
            k.killed || (T = A, k.kill("SIGINT"));
          } });
        });
      }
      _beforeSpawn(e, n) {
        let r;
        return this._plugins.exec("spawn.before", void 0, { ...this.taskContext(e, n), kill(s) {
          r = s || r;
        } }), r;
      }
      taskContext(e, n) {
        return { method: String(Pe(e.commands) || ""), commands: n, env: { ...this.env }, input: Et(e) ? void 0 : e.input };
      }
    };
    function An(t, e) {
      return (n) => {
        e("[ERROR] child process exception %o", n), t.push(Buffer.from(String(n.stack), "ascii"));
      };
    }
    function Ot(t, e, n, r) {
      return (s) => {
        n("%s received %L bytes", e, s), r("%B", s), t.push(s);
      };
    }
    var xn = class {
      constructor(e, n, r) {
        this.cwd = e, this._scheduler = n, this._plugins = r, this._chain = this.chain();
      }
      chain() {
        return new Cn(this, this._scheduler, this._plugins);
      }
      push(e) {
        return this._chain.push(e);
      }
    };
    function Pn(t, e, n = H) {
      const r = (o) => {
        n(null, o);
      }, s = (o) => {
        o?.task === t && n(o, void 0);
      };
      e.then(r, s);
    }
    function Ct(t, e) {
      return Xe((n) => {
        if (!Ft(t)) throw new Error(`Git.cwd: cannot change to non-directory "${t}"`);
        return (e || n).cwd = t;
      });
    }
    function J(t) {
      const e = ["checkout", ...t];
      return e[1] === "-b" && e.includes("-B") && (e[1] = ut(e, "-B")), g(e);
    }
    function Nn() {
      return { checkout() {
        return this._runTask(J(h(arguments, 1)), u(arguments));
      }, checkoutBranch(t, e) {
        return this._runTask(J(["-b", t, e, ...h(arguments)]), u(arguments));
      }, checkoutLocalBranch(t) {
        return this._runTask(J(["-b", t, ...h(arguments)]), u(arguments));
      } };
    }
    var te = (t, e, n) => {
      const r = ["clone", ...n];
      return p(t) && r.push(S.pathspec(t)), p(e) && r.push(S.pathspec(e)), g(r);
    };
    var $n = (t, e, n) => (R(n, "--mirror"), te(t, e, n));
    function At(t, e, n, ...r) {
      return p(n) ? e(n, d(r[0], p), h(arguments)) : b(`git.${t}() requires a string 'repoPath'`);
    }
    function Mn() {
      return { clone(t, ...e) {
        return this._runTask(At("clone", te, d(t, p), ...e), u(arguments));
      }, mirror(t, ...e) {
        return this._runTask(At("mirror", $n, d(t, p), ...e), u(arguments));
      } };
    }
    var Dn = [new l(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t, [e, n, r]) => {
      t.branch = e, t.commit = r, t.root = !!n;
    }), new l(/\s*Author:\s(.+)/i, (t, [e]) => {
      const n = e.split("<"), r = n.pop();
      !r || !r.includes("@") || (t.author = { email: r.substr(0, r.length - 1), name: n.join("<").trim() });
    }), new l(/(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g, (t, [e, n, r]) => {
      t.summary.changes = parseInt(e, 10) || 0, t.summary.insertions = parseInt(n, 10) || 0, t.summary.deletions = parseInt(r, 10) || 0;
    }), new l(/^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/, (t, [e, n, r]) => {
      t.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r === "-" ? t.summary.deletions = s : r === "+" && (t.summary.insertions = s);
    })];
    function jn(t) {
      return E({ author: null, branch: "", commit: "", root: false, summary: { changes: 0, insertions: 0, deletions: 0 } }, Dn, t);
    }
    function Ln(t, e, n) {
      return { commands: ["-c", "core.abbrev=40", "commit", ...G(t, "-m"), ...e, ...n], format: "utf-8", parser: jn };
    }
    function Bn() {
      return { commit(e, ...n) {
        const r = u(arguments), s = t(e) || Ln(v(e), v(d(n[0], F, [])), [...j(d(n[1], V, [])), ...h(arguments, 0, true)]);
        return this._runTask(s, r);
      } };
      function t(e) {
        return !F(e) && b("git.commit: requires the commit message to be supplied as a string/string[]");
      }
    }
    function In() {
      return { count: 0, garbage: 0, inPack: 0, packs: 0, prunePackable: 0, size: 0, sizeGarbage: 0, sizePack: 0 };
    }
    var Gn = new l(/([a-z-]+): (\d+)$/, (t, [e, n]) => {
      const r = qt(e);
      Object.hasOwn(t, r) && (t[r] = m(n));
    });
    function Un() {
      return { countObjects() {
        return this._runTask({ commands: ["count-objects", "--verbose"], format: "utf-8", parser(t) {
          return E(In(), [Gn], t);
        } });
      } };
    }
    function Fn() {
      return { firstCommit() {
        return this._runTask(g(["rev-list", "--max-parents=0", "HEAD"], true), u(arguments));
      } };
    }
    function qn(t, e) {
      const n = ["hash-object", t];
      return e && n.push("-w"), g(n, true);
    }
    var Z = class {
      constructor(e, n, r, s) {
        this.bare = e, this.path = n, this.existing = r, this.gitDir = s;
      }
    };
    var zn = /^Init.+ repository in (.+)$/;
    var Wn = /^Rein.+ in (.+)$/;
    function Hn(t, e, n) {
      const r = String(n).trim();
      let s;
      if (s = zn.exec(r)) return new Z(t, e, false, s[1]);
      if (s = Wn.exec(r)) return new Z(t, e, true, s[1]);
      let o = "";
      const i = r.split(" ");
      for (; i.length; ) if (i.shift() === "in") {
        o = i.join(" ");
        break;
      }
      return new Z(t, e, /^re/i.test(r), o);
    }
    var ee = "--bare";
    function Kn(t) {
      return t.includes(ee);
    }
    function Vn(t = false, e, n) {
      const r = ["init", ...n];
      return t && !Kn(r) && r.splice(1, 0, ee), { commands: r, format: "utf-8", parser(s) {
        return Hn(r.includes("--bare"), e, s);
      } };
    }
    function Qn(t) {
      return t === void 0 ? b("interpretTrailers called without input content") : { format: "utf-8", parser(e) {
        return Object.fromEntries(at(e, (n) => {
          const r = n.indexOf(":");
          return [qt(n.substring(0, r).toLowerCase()), n.substring(r + 2).trim()];
        }));
      }, commands: ["interpret-trailers", "--parse"], input: t };
    }
    function Xn() {
      return { interpretTrailers(t) {
        return this._runTask(Qn(d(t, De)), u(arguments));
      } };
    }
    var O = ((t) => (t.NONE = "", t.STAT = "--stat", t.NUM_STAT = "--numstat", t.NAME_ONLY = "--name-only", t.NAME_STATUS = "--name-status", t))(O || {});
    var ne = /^--(stat|numstat|name-only|name-status)(=|$)/;
    function yt(t) {
      for (let e = 0; e < t.length; e++) {
        const n = ne.exec(t[e]);
        if (n) return `--${n[1]}`;
      }
      return "";
    }
    function Yn(t) {
      return ne.test(t);
    }
    var Jn = class {
      constructor() {
        this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
      }
    };
    var xt = [new l(/^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/, (t, [e, n, r = ""]) => {
      t.files.push({ file: e.trim(), changes: m(n), insertions: r.replace(/[^+]/g, "").length, deletions: r.replace(/[^-]/g, "").length, binary: false });
    }), new l(/^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/, (t, [e, n, r]) => {
      t.files.push({ file: e.trim(), before: m(n), after: m(r), binary: true });
    }), new l(/^(.+)\s+\|\s+Bin\s*$/, (t, [e]) => {
      t.files.push({ file: e.trim(), before: 0, after: 0, binary: true });
    }), new l(/(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/, (t, [e, n]) => {
      const r = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t.changed = m(e), t.insertions = m(r?.[1]), t.deletions = m(s?.[1]);
    })];
    var Zn = [new l(/(\d+)\t(\d+)\t(.+)$/, (t, [e, n, r]) => {
      const s = m(e), o = m(n);
      t.changed++, t.insertions += s, t.deletions += o, t.files.push({ file: r, changes: s + o, insertions: s, deletions: o, binary: false });
    }), new l(/-\t-\t(.+)$/, (t, [e]) => {
      t.changed++, t.files.push({ file: e, after: 0, before: 0, binary: true });
    })];
    var tr = [new l(/(.+)$/, (t, [e]) => {
      t.changed++, t.files.push({ file: e, changes: 0, insertions: 0, deletions: 0, binary: false });
    })];
    var er = [new l(/([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/, (t, [e, n, r, s, o]) => {
      t.changed++, t.files.push({ file: o ?? r, changes: 0, insertions: 0, deletions: 0, binary: false, status: _t(wn(e) && e), from: _t(!!o && r !== o && r), similarity: m(n) });
    })];
    var nr = { [O.NONE]: xt, [O.STAT]: xt, [O.NUM_STAT]: Zn, [O.NAME_STATUS]: er, [O.NAME_ONLY]: tr };
    function re(t = O.NONE) {
      const e = nr[t];
      return (n) => E(new Jn(), e, n, false);
    }
    var se = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
    var oe = " \xF2\xF2";
    var ie = " \xF2 ";
    var rr = ["hash", "date", "message", "refs", "author_name", "author_email"];
    function sr(t, e) {
      return e.reduce((n, r, s) => (n[r] = t[s] || "", n), /* @__PURE__ */ Object.create({ diff: null }));
    }
    function ae(t = ie, e = rr, n = O.NONE) {
      const r = re(n);
      return function(s) {
        const o = K(s.trim(), false, se).map(function(i) {
          const a = i.split(oe), c = sr(a[0].split(t), e);
          return a.length > 1 && a[1].trim() && (c.diff = r(a[1])), c;
        });
        return { all: o, latest: o.length && o[0] || null, total: o.length };
      };
    }
    function or(t) {
      let e = yt(t);
      const n = ["diff"];
      return e === O.NONE && (e = O.STAT, n.push("--stat=4096")), n.push(...t), wt(n) || { commands: n, format: "utf-8", parser: re(e) };
    }
    function wt(t) {
      const e = t.filter(Yn);
      if (e.length > 1) return b(`Summary flags are mutually exclusive - pick one of ${e.join(",")}`);
      if (e.length && t.includes("-z")) return b(`Summary flag ${e} parsing is not compatible with null termination option '-z'`);
    }
    var ue = ((t) => (t[t["--pretty"] = 0] = "--pretty", t[t["max-count"] = 1] = "max-count", t[t.maxCount = 2] = "maxCount", t[t.n = 3] = "n", t[t.file = 4] = "file", t[t.format = 5] = "format", t[t.from = 6] = "from", t[t.to = 7] = "to", t[t.splitter = 8] = "splitter", t[t.symmetric = 9] = "symmetric", t[t.mailMap = 10] = "mailMap", t[t.multiLine = 11] = "multiLine", t[t.strictDate = 12] = "strictDate", t))(ue || {});
    function ir(t, e) {
      const n = [], r = [];
      return Object.keys(t).forEach((s) => {
        n.push(s), r.push(String(t[s]));
      }), [n, r.join(e)];
    }
    function ar(t) {
      return Object.keys(t).reduce((e, n) => (n in ue || (e[n] = t[n]), e), {});
    }
    function ce(t = {}, e = []) {
      const n = d(t.splitter, p, ie), r = ft(t.format) ? t.format : { hash: "%H", date: t.strictDate === false ? "%ai" : "%aI", message: "%s", refs: "%D", body: t.multiLine ? "%B" : "%b", author_name: t.mailMap !== false ? "%aN" : "%an", author_email: t.mailMap !== false ? "%aE" : "%ae" }, [s, o] = ir(r, n), i = [], a = [`--pretty=format:${se}${o}${oe}`, ...e], c = t.n || t["max-count"] || t.maxCount;
      if (c && a.push(`--max-count=${c}`), t.from || t.to) {
        const y = t.symmetric !== false ? "..." : "..";
        i.push(`${t.from || ""}${y}${t.to || ""}`);
      }
      return p(t.file) && a.push("--follow", S.pathspec(t.file)), Wt(ar(t), a), { fields: s, splitter: n, commands: [...a, ...i] };
    }
    function ur(t, e, n) {
      const r = ae(t, e, yt(n));
      return { commands: ["log", ...n], format: "utf-8", parser: r };
    }
    function cr() {
      return { log(...n) {
        const r = u(arguments), s = ce(lt(arguments), j(d(arguments[0], V, []))), o = e(...n) || wt(s.commands) || t(s);
        return this._runTask(o, r);
      } };
      function t(n) {
        return ur(n.splitter, n.fields, n.commands);
      }
      function e(n, r) {
        return p(n) && p(r) && b("git.log(string, string) should be replaced with git.log({ from: string, to: string })");
      }
    }
    var tt = class {
      constructor(e, n = null, r) {
        this.reason = e, this.file = n, this.meta = r;
      }
      toString() {
        return `${this.file}:${this.reason}`;
      }
    };
    var fr = class {
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
    var fe = class {
      constructor() {
        this.remoteMessages = { all: [] }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = { changes: 0, deletions: 0, insertions: 0 };
      }
    };
    var lr = class {
      constructor() {
        this.remote = "", this.hash = { local: "", remote: "" }, this.branch = { local: "", remote: "" }, this.message = "";
      }
      toString() {
        return this.message;
      }
    };
    function et(t) {
      return t.objects = t.objects || { compressing: 0, counting: 0, enumerating: 0, packReused: 0, reused: { count: 0, delta: 0 }, total: { count: 0, delta: 0 } };
    }
    function Pt(t) {
      const e = /^\s*(\d+)/.exec(t), n = /delta (\d+)/i.exec(t);
      return { count: m(e && e[1] || "0"), delta: m(n && n[1] || "0") };
    }
    var hr = [new N(/^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i, (t, [e, n]) => {
      const r = e.toLowerCase(), s = et(t.remoteMessages);
      Object.assign(s, { [r]: m(n) });
    }), new N(/^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i, (t, [e, n]) => {
      const r = e.toLowerCase(), s = et(t.remoteMessages);
      Object.assign(s, { [r]: m(n) });
    }), new N(/total ([^,]+), reused ([^,]+), pack-reused (\d+)/i, (t, [e, n, r]) => {
      const s = et(t.remoteMessages);
      s.total = Pt(e), s.reused = Pt(n), s.packReused = m(r);
    })];
    var pr = [new N(/^remote:\s*(.+)$/, (t, [e]) => (t.remoteMessages.all.push(e.trim()), false)), ...hr, new N([/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/], (t, [e]) => {
      t.remoteMessages.pullRequestUrl = e;
    }), new N([/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/], (t, [e, n, r]) => {
      t.remoteMessages.vulnerabilities = { count: m(e), summary: n, url: r };
    })];
    function le(t, e) {
      return E({ remoteMessages: new mr() }, pr, e);
    }
    var mr = class {
      constructor() {
        this.all = [];
      }
    };
    var dr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
    var gr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
    var yr = /^(create|delete) mode \d+ (.+)/;
    var wr = [new l(dr, (t, [e, n, r]) => {
      t.files.push(e), n && (t.insertions[e] = n.length), r && (t.deletions[e] = r.length);
    }), new l(gr, (t, [e, , n, , r]) => n !== void 0 || r !== void 0 ? (t.summary.changes = +e || 0, t.summary.insertions = +n || 0, t.summary.deletions = +r || 0, true) : false), new l(yr, (t, [e, n]) => {
      R(t.files, n), R(e === "create" ? t.created : t.deleted, n);
    })];
    var br = [new l(/^from\s(.+)$/i, (t, [e]) => {
      t.remote = e;
    }), new l(/^fatal:\s(.+)$/, (t, [e]) => {
      t.message = e;
    }), new l(/([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/, (t, [e, n, r, s]) => {
      t.branch.local = r, t.hash.local = e, t.branch.remote = s, t.hash.remote = n;
    })];
    var Tr = (t, e) => E(new fe(), wr, [t, e]);
    var he = (t, e) => Object.assign(new fe(), Tr(t, e), le(t, e));
    function kr(t, e) {
      const n = E(new lr(), br, [t, e]);
      return n.message && n;
    }
    var _r = [new l(/^Auto-merging\s+(.+)$/, (t, [e]) => {
      t.merges.push(e);
    }), new l(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t, [e, n]) => {
      t.conflicts.push(new tt(e, n));
    }), new l(/^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/, (t, [e, n, r]) => {
      t.conflicts.push(new tt(e, n, { deleteRef: r }));
    }), new l(/^CONFLICT\s+\((.+)\):/, (t, [e]) => {
      t.conflicts.push(new tt(e, null));
    }), new l(/^Automatic merge failed;\s+(.+)$/, (t, [e]) => {
      t.result = e;
    })];
    var vr = (t, e) => Object.assign(Er(t), he(t, e));
    var Er = (t) => E(new fr(), _r, t);
    function Nt(t) {
      return t.length ? { commands: ["merge", ...t], format: "utf-8", parser(e, n) {
        const r = vr(e, n);
        if (r.failed) throw new W(r);
        return r;
      } } : b("Git.merge requires at least one option");
    }
    function Sr(t, e, n) {
      const r = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t), o = !n.includes("new");
      return { deleted: r, tag: s, branch: !s, new: !o, alreadyUpdated: o, local: t, remote: e };
    }
    var Rr = [new l(/^Pushing to (.+)$/, (t, [e]) => {
      t.repo = e;
    }), new l(/^updating local tracking ref '(.+)'/, (t, [e]) => {
      t.ref = { ...t.ref || {}, local: e };
    }), new l(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t, [e, n, r]) => {
      t.pushed.push(Sr(e, n, r));
    }), new l(/^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/, (t, [e, n, r]) => {
      t.branch = { ...t.branch || {}, local: e, remote: n, remoteName: r };
    }), new l(/^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/, (t, [e, n, r, s]) => {
      t.update = { head: { local: e, remote: n }, hash: { from: r, to: s } };
    })];
    var Or = (t, e) => {
      const n = Cr(t, e), r = le(t, e);
      return { ...n, ...r };
    };
    var Cr = (t, e) => E({ pushed: [] }, Rr, [t, e]);
    function Ar(t = {}, e) {
      return R(e, "--tags"), pe(t, e);
    }
    function pe(t = {}, e) {
      const n = ["push", ...e];
      return t.branch && n.splice(1, 0, t.branch), t.remote && n.splice(1, 0, t.remote), ut(n, "-v"), R(n, "--verbose"), R(n, "--porcelain"), { commands: n, format: "utf-8", parser: Or };
    }
    function xr() {
      return { showBuffer() {
        const t = ["show", ...h(arguments, 1)];
        return t.includes("--binary") || t.splice(1, 0, "--binary"), this._runTask(Qt(t), u(arguments));
      }, show() {
        const t = ["show", ...h(arguments, 1)];
        return this._runTask(g(t), u(arguments));
      } };
    }
    var Pr = /^(.+)\0(.+)$/;
    var Nr = class {
      constructor(e, n, r) {
        if (this.path = e, this.index = n, this.working_dir = r, n === "R" || r === "R") {
          const s = Pr.exec(e) || [null, e, e];
          this.from = s[2] || "", this.path = s[1] || "";
        }
      }
    };
    var $r = class {
      constructor() {
        this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
      }
    };
    function $t(t) {
      const [e, n] = t.split(I);
      return { from: n || e, to: e };
    }
    function _(t, e, n) {
      return [`${t}${e}`, n];
    }
    function nt(t, ...e) {
      return e.map((n) => _(t, n, (r, s) => r.conflicted.push(s)));
    }
    var Mr = new Map([_(" ", "A", (t, e) => t.created.push(e)), _(" ", "D", (t, e) => t.deleted.push(e)), _(" ", "M", (t, e) => t.modified.push(e)), _("A", " ", (t, e) => {
      t.created.push(e), t.staged.push(e);
    }), _("A", "M", (t, e) => {
      t.created.push(e), t.staged.push(e), t.modified.push(e);
    }), _("D", " ", (t, e) => {
      t.deleted.push(e), t.staged.push(e);
    }), _("M", " ", (t, e) => {
      t.modified.push(e), t.staged.push(e);
    }), _("M", "M", (t, e) => {
      t.modified.push(e), t.staged.push(e);
    }), _("R", " ", (t, e) => {
      t.renamed.push($t(e));
    }), _("R", "M", (t, e) => {
      const n = $t(e);
      t.renamed.push(n), t.modified.push(n.to);
    }), _("!", "!", (t, e) => {
      (t.ignored = t.ignored || []).push(e);
    }), _("?", "?", (t, e) => t.not_added.push(e)), ...nt("A", "A", "U"), ...nt("D", "D", "U"), ...nt("U", "A", "D", "U"), ["##", (t, e) => {
      const n = /ahead (\d+)/, r = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t.ahead = a && +a[1] || 0, a = r.exec(e), t.behind = a && +a[1] || 0, a = s.exec(e), t.current = d(a?.[1], p, null), a = o.exec(e), t.tracking = d(a?.[1], p, null), a = i.exec(e), a && (t.current = d(a?.[1], p, t.current)), t.detached = /\(no branch\)/.test(e);
    }]]);
    var Dr = function(t) {
      const e = t.split(I), n = new $r();
      for (let r = 0, s = e.length; r < s; ) {
        let o = e[r++].trim();
        o && (o.charAt(0) === "R" && (o += I + (e[r++] || "")), jr(n, o));
      }
      return n;
    };
    function jr(t, e) {
      const n = e.trim();
      switch (" ") {
        case n.charAt(2):
          return r(n.charAt(0), n.charAt(1), n.slice(3));
        case n.charAt(1):
          return r(" ", n.charAt(0), n.slice(2));
        default:
          return;
      }
      function r(s, o, i) {
        const a = `${s}${o}`, c = Mr.get(a);
        c && c(t, i), a !== "##" && a !== "!!" && t.files.push(new Nr(i, s, o));
      }
    }
    var Lr = ["--null", "-z"];
    function Br(t) {
      return { format: "utf-8", commands: ["status", "--porcelain", "-b", "-u", "--null", ...t.filter((n) => !Lr.includes(n))], parser(n) {
        return Dr(n);
      } };
    }
    var me = "installed=false";
    function z(t = 0, e = 0, n = 0, r = "", s = true) {
      return Object.defineProperty({ major: t, minor: e, patch: n, agent: r, installed: s }, "toString", { value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      }, configurable: false, enumerable: false });
    }
    function Ir() {
      return z(0, 0, 0, "", false);
    }
    function Gr() {
      return { version() {
        return this._runTask({ commands: ["--version"], format: "utf-8", parser: Fr, onError(t, e, n, r) {
          if (t.exitCode === Q.NOT_FOUND) return n(Buffer.from(me));
          r(e);
        } });
      } };
    }
    var Ur = [new l(/version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/, (t, [e, n, r, s = ""]) => {
      Object.assign(t, z(m(e), m(n), m(r), s));
    }), new l(/version (\d+)\.(\d+)\.(\D+)(.+)?$/, (t, [e, n, r, s = ""]) => {
      Object.assign(t, z(m(e), m(n), r, s));
    })];
    function Fr(t) {
      return t === me ? Ir() : E(z(0, 0, 0, t), Ur, t);
    }
    var de = class {
      constructor(e) {
        this._executor = e;
      }
      _runTask(e, n) {
        const r = this._executor.chain(), s = r.push(e);
        return n && Pn(e, s, n), Object.create(this, { then: { value: s.then.bind(s) }, catch: { value: s.catch.bind(s) }, _executor: { value: r } });
      }
      add(e) {
        return this._runTask(g(["add", ...v(e)]), u(arguments));
      }
      cwd(e) {
        const n = u(arguments);
        return typeof e == "string" ? this._runTask(Ct(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(Ct(e.path, e.root && this._executor || void 0), n) : this._runTask(b("Git.cwd: workingDirectory must be supplied as a string"), n);
      }
      hashObject(e, n) {
        return this._runTask(qn(e, n === true), u(arguments));
      }
      init(e) {
        return this._runTask(Vn(e === true, this._executor.cwd, h(arguments)), u(arguments));
      }
      merge() {
        return this._runTask(Nt(h(arguments)), u(arguments));
      }
      mergeFromTo(e, n) {
        return p(e) && p(n) ? this._runTask(Nt([e, n, ...h(arguments)]), u(arguments, false)) : this._runTask(b("Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"));
      }
      outputHandler(e) {
        return this._executor.outputHandler = e, this;
      }
      push() {
        const e = pe({ remote: d(arguments[0], p), branch: d(arguments[1], p) }, h(arguments));
        return this._runTask(e, u(arguments));
      }
      stash() {
        return this._runTask(g(["stash", ...h(arguments)]), u(arguments));
      }
      status() {
        return this._runTask(Br(h(arguments)), u(arguments));
      }
    };
    Object.assign(de.prototype, Nn(), Mn(), Bn(), gn(), Un(), Fn(), _n(), Xn(), cr(), xr(), Gr());
    var qr = /* @__PURE__ */ (() => {
      let t = 0;
      return () => {
        t++;
        const { promise: e, done: n } = P.createDeferred();
        return { promise: e, done: n, id: t };
      };
    })();
    var zr = class {
      constructor(e = 2) {
        this.concurrency = e, this.logger = M("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
      }
      schedule() {
        if (!this.pending.length || this.running.length >= this.concurrency) {
          this.logger("Schedule attempt ignored, pending=%s running=%s concurrency=%s", this.pending.length, this.running.length, this.concurrency);
          return;
        }
        const e = R(this.running, this.pending.shift());
        this.logger("Attempting id=%s", e.id), e.done(() => {
          this.logger("Completing id=", e.id), ut(this.running, e), this.schedule();
        });
      }
      next() {
        const { promise: e, id: n } = R(this.pending, qr());
        return this.logger("Scheduling id=%s", n), this.schedule(), e;
      }
    };
    function Wr(t, e) {
      return g(["apply", ...e, ...t]);
    }
    var ge = ((t) => (t.CURRENT = "*", t.LINKED = "+", t))(ge || {});
    var Hr = class {
      constructor() {
        this.all = [], this.branches = {}, this.current = "", this.detached = false;
      }
      push(e, n, r, s, o) {
        e === "*" && (this.detached = n, this.current = r), this.all.push(r), this.branches[r] = { current: e === "*", linkedWorkTree: e === "+", name: r, commit: s, label: o };
      }
    };
    var Kr = [new l(/^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/, (t, [e, n, r, s]) => {
      t.push(Mt(e), true, n, r, s);
    }), new l(/^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s, (t, [e, n, r, s]) => {
      t.push(Mt(e), false, n, r, s);
    })];
    var Vr = new l(/^(\S+)$/s, (t, [e]) => {
      t.push(ge.CURRENT, false, e, "", "");
    });
    function Mt(t) {
      return t ? t.charAt(0) : "";
    }
    function ye(t, e = false) {
      return E(new Hr(), e ? [Vr] : Kr, t);
    }
    var Qr = class {
      constructor() {
        this.all = [], this.branches = {}, this.errors = [];
      }
      get success() {
        return !this.errors.length;
      }
    };
    function Xr(t, e) {
      return { branch: t, hash: e, success: true };
    }
    function Yr(t) {
      return { branch: t, hash: null, success: false };
    }
    var Jr = /(\S+)\s+\(\S+\s([^)]+)\)/;
    var we = /^error[^']+'([^']+)'/m;
    var Zr = [new l(Jr, (t, [e, n]) => {
      const r = Xr(e, n);
      t.all.push(r), t.branches[e] = r;
    }), new l(we, (t, [e]) => {
      const n = Yr(e);
      t.errors.push(n), t.all.push(n), t.branches[e] = n;
    })];
    var bt = (t, e) => E(new Qr(), Zr, [t, e]);
    function be(t, e) {
      return e === Q.ERROR && we.test(t);
    }
    function ts(t) {
      const e = ["-d", "-D", "--delete"];
      return t.some((n) => e.includes(n));
    }
    function es(t) {
      const e = ts(t), n = t.includes("--show-current"), r = ["branch", ...t];
      return r.length === 1 && r.push("-a"), r.includes("-v") || r.splice(1, 0, "-v"), { format: "utf-8", commands: r, parser(s, o) {
        return e ? bt(s, o).all[0] : ye(s, n);
      } };
    }
    function ns() {
      return { format: "utf-8", commands: ["branch", "-v"], parser(t) {
        return ye(t);
      } };
    }
    function rs(t, e = false) {
      return { format: "utf-8", commands: ["branch", "-v", e ? "-D" : "-d", ...t], parser(n, r) {
        return bt(n, r);
      }, onError({ exitCode: n, stdOut: r }, s, o, i) {
        if (!be(String(s), n)) return i(s);
        o(r);
      } };
    }
    function ss(t, e = false) {
      const n = { format: "utf-8", commands: ["branch", "-v", e ? "-D" : "-d", t], parser(r, s) {
        return bt(r, s).branches[t];
      }, onError({ exitCode: r, stdErr: s, stdOut: o }, i, a, c) {
        if (!be(String(i), r)) return c(i);
        throw new W(n.parser(U(o), U(s)), String(i));
      } };
      return n;
    }
    function os2(t) {
      return { commands: ["check-ignore", ...t], format: "utf-8", parser: is };
    }
    function is(t) {
      return t.split(/\n/g).map(as).filter(Boolean);
    }
    function as(t) {
      const e = t.trim().replace(/^["']|["']$/g, "");
      return e && Re.normalize(e);
    }
    var us = [new l(/From (.+)$/, (t, [e]) => {
      t.remote = e;
    }), new l(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t, [e, n]) => {
      t.branches.push({ name: e, tracking: n });
    }), new l(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t, [e, n]) => {
      t.tags.push({ name: e, tracking: n });
    }), new l(/- \[deleted]\s+\S+\s*-> (.+)$/, (t, [e]) => {
      t.deleted.push({ tracking: e });
    }), new l(/\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/, (t, [e, n, r, s]) => {
      t.updated.push({ name: r, tracking: s, to: n, from: e });
    })];
    function cs(t, e) {
      return E({ raw: t, remote: null, branches: [], tags: [], updated: [], deleted: [] }, us, [t, e]);
    }
    function fs4(t) {
      return /^--upload-pack(=|$)/.test(t);
    }
    function ls(t, e, n) {
      const r = ["fetch", ...n];
      return t && e && r.push(t, e), r.find(fs4) ? b("git.fetch: potential exploit argument blocked.") : { commands: r, format: "utf-8", parser: cs };
    }
    var hs = [new l(/^Renaming (.+) to (.+)$/, (t, [e, n]) => {
      t.moves.push({ from: e, to: n });
    })];
    function ps(t) {
      return E({ moves: [] }, hs, t);
    }
    function ms(t, e) {
      return { commands: ["mv", "-v", ...v(t), e], format: "utf-8", parser: ps };
    }
    function ds(t, e, n) {
      const r = ["pull", ...n];
      return t && e && r.splice(1, 0, t, e), { commands: r, format: "utf-8", parser(s, o) {
        return he(s, o);
      }, onError(s, o, i, a) {
        const c = kr(U(s.stdOut), U(s.stdErr));
        if (c) return a(new W(c));
        a(o);
      } };
    }
    function gs(t) {
      const e = {};
      return Te(t, ([n]) => e[n] = { name: n }), Object.values(e);
    }
    function ys(t) {
      const e = {};
      return Te(t, ([n, r, s]) => {
        Object.hasOwn(e, n) || (e[n] = { name: n, refs: { fetch: "", push: "" } }), s && r && (e[n].refs[s.replace(/[^a-z]/g, "")] = r);
      }), Object.values(e);
    }
    function Te(t, e) {
      at(t, (n) => e(n.split(/\s+/)));
    }
    function ws(t, e, n) {
      return g(["remote", "add", ...n, t, e]);
    }
    function bs(t) {
      const e = ["remote"];
      return t && e.push("-v"), { commands: e, format: "utf-8", parser: t ? ys : gs };
    }
    function Ts(t) {
      const e = [...t];
      return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
    }
    function ks(t) {
      const e = [...t];
      return e[0] !== "remote" && e.unshift("remote"), g(e);
    }
    function _s(t) {
      return g(["remote", "remove", t]);
    }
    function vs(t = {}, e) {
      const n = ce(t), r = ["stash", "list", ...n.commands, ...e], s = ae(n.splitter, n.fields, yt(r));
      return wt(r) || { commands: r, format: "utf-8", parser: s };
    }
    function Es(t, e) {
      return X(["add", t, e]);
    }
    function Ss(t) {
      return X(["init", ...t]);
    }
    function X(t) {
      const e = [...t];
      return e[0] !== "submodule" && e.unshift("submodule"), g(e);
    }
    function Rs(t) {
      return X(["update", ...t]);
    }
    var Os = class {
      constructor(e, n) {
        this.all = e, this.latest = n;
      }
    };
    var Cs = function(t, e = false) {
      const n = t.split(`
`).map(xs).filter(Boolean);
      e || n.sort(function(s, o) {
        const i = s.split("."), a = o.split(".");
        if (i.length === 1 || a.length === 1) return As(B(i[0]), B(a[0]));
        for (let c = 0, y = Math.max(i.length, a.length); c < y; c++) {
          const w = ke(B(i[c]), B(a[c]));
          if (w) return w;
        }
        return 0;
      });
      const r = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
      return new Os(n, r);
    };
    function As(t, e) {
      const n = Number.isNaN(t), r = Number.isNaN(e);
      return n !== r ? n ? 1 : -1 : n ? ke(t, e) : 0;
    }
    function ke(t, e) {
      return t === e ? 0 : t > e ? 1 : -1;
    }
    function xs(t) {
      return t.trim();
    }
    function B(t) {
      return typeof t == "string" && parseInt(t.replace(/^\D+/g, ""), 10) || 0;
    }
    function Ps(t = []) {
      const e = t.some((n) => /^--sort=/.test(n));
      return { format: "utf-8", commands: ["tag", "-l", ...t], parser(n) {
        return Cs(n, e);
      } };
    }
    function Ns(t) {
      return { format: "utf-8", commands: ["tag", t], parser() {
        return { name: t };
      } };
    }
    function $s(t, e) {
      return { format: "utf-8", commands: ["tag", "-a", "-m", e, t], parser() {
        return { name: t };
      } };
    }
    function f(t, e) {
      this._plugins = e, this._executor = new xn(t.baseDir, new zr(t.maxConcurrentProcesses), e), this._trimmed = t.trimmed;
    }
    (f.prototype = Object.create(de.prototype)).constructor = f;
    f.prototype.customBinary = function(t) {
      return this._plugins.reconfigure("binary", t), this;
    };
    f.prototype.env = function(t, e) {
      return arguments.length === 1 && typeof t == "object" ? this._executor.env = t : (this._executor.env = this._executor.env || {})[t] = e, this;
    };
    f.prototype.stashList = function(t) {
      return this._runTask(vs(lt(arguments) || {}, V(t) && t || []), u(arguments));
    };
    f.prototype.mv = function(t, e) {
      return this._runTask(ms(t, e), u(arguments));
    };
    f.prototype.checkoutLatestTag = function(t) {
      var e = this;
      return this.pull(function() {
        e.tags(function(n, r) {
          e.checkout(r.latest, t);
        });
      });
    };
    f.prototype.pull = function(t, e, n, r) {
      return this._runTask(ds(d(t, p), d(e, p), h(arguments)), u(arguments));
    };
    f.prototype.fetch = function(t, e) {
      return this._runTask(ls(d(t, p), d(e, p), h(arguments)), u(arguments));
    };
    f.prototype.tags = function(t, e) {
      return this._runTask(Ps(h(arguments)), u(arguments));
    };
    f.prototype.rebase = function() {
      return this._runTask(g(["rebase", ...h(arguments)]), u(arguments));
    };
    f.prototype.reset = function(t) {
      return this._runTask(En(Sn(t), h(arguments)), u(arguments));
    };
    f.prototype.revert = function(t) {
      const e = u(arguments);
      return typeof t != "string" ? this._runTask(b("Commit must be a string"), e) : this._runTask(g(["revert", ...h(arguments, 0, true), t]), e);
    };
    f.prototype.addTag = function(t) {
      const e = typeof t == "string" ? Ns(t) : b("Git.addTag requires a tag name");
      return this._runTask(e, u(arguments));
    };
    f.prototype.addAnnotatedTag = function(t, e) {
      return this._runTask($s(t, e), u(arguments));
    };
    f.prototype.deleteLocalBranch = function(t, e, n) {
      return this._runTask(ss(t, typeof e == "boolean" ? e : false), u(arguments));
    };
    f.prototype.deleteLocalBranches = function(t, e, n) {
      return this._runTask(rs(t, typeof e == "boolean" ? e : false), u(arguments));
    };
    f.prototype.branch = function(t, e) {
      return this._runTask(es(h(arguments)), u(arguments));
    };
    f.prototype.branchLocal = function(t) {
      return this._runTask(ns(), u(arguments));
    };
    f.prototype.raw = function(t) {
      const e = !Array.isArray(t), n = [].slice.call(e ? arguments : t, 0);
      for (let s = 0; s < n.length && e; s++) if (!st(n[s])) {
        n.splice(s, n.length - s);
        break;
      }
      n.push(...h(arguments, 0, true));
      var r = u(arguments);
      return n.length ? this._runTask(g(n, this._trimmed), r) : this._runTask(b("Raw: must supply one or more command to execute"), r);
    };
    f.prototype.submoduleAdd = function(t, e, n) {
      return this._runTask(Es(t, e), u(arguments));
    };
    f.prototype.submoduleUpdate = function(t, e) {
      return this._runTask(Rs(h(arguments, true)), u(arguments));
    };
    f.prototype.submoduleInit = function(t, e) {
      return this._runTask(Ss(h(arguments, true)), u(arguments));
    };
    f.prototype.subModule = function(t, e) {
      return this._runTask(X(h(arguments)), u(arguments));
    };
    f.prototype.listRemote = function() {
      return this._runTask(Ts(h(arguments)), u(arguments));
    };
    f.prototype.addRemote = function(t, e, n) {
      return this._runTask(ws(t, e, h(arguments)), u(arguments));
    };
    f.prototype.removeRemote = function(t, e) {
      return this._runTask(_s(t), u(arguments));
    };
    f.prototype.getRemotes = function(t, e) {
      return this._runTask(bs(t === true), u(arguments));
    };
    f.prototype.remote = function(t, e) {
      return this._runTask(ks(h(arguments)), u(arguments));
    };
    f.prototype.tag = function(t, e) {
      const n = h(arguments);
      return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
    };
    f.prototype.updateServerInfo = function(t) {
      return this._runTask(g(["update-server-info"]), u(arguments));
    };
    f.prototype.pushTags = function(t, e) {
      const n = Ar({ remote: d(t, p) }, h(arguments));
      return this._runTask(n, u(arguments));
    };
    f.prototype.rm = function(t) {
      return this._runTask(g(["rm", "-f", ...v(t)]), u(arguments));
    };
    f.prototype.rmKeepLocal = function(t) {
      return this._runTask(g(["rm", "--cached", ...v(t)]), u(arguments));
    };
    f.prototype.catFile = function(t, e) {
      return this._catFile("utf-8", arguments);
    };
    f.prototype.binaryCatFile = function() {
      return this._catFile("buffer", arguments);
    };
    f.prototype._catFile = function(t, e) {
      var n = u(e), r = ["cat-file"], s = e[0];
      if (typeof s == "string") return this._runTask(b("Git.catFile: options must be supplied as an array of strings"), n);
      Array.isArray(s) && r.push.apply(r, s);
      const o = t === "buffer" ? Qt(r) : g(r);
      return this._runTask(o, n);
    };
    f.prototype.diff = function(t, e) {
      const n = p(t) ? b("git.diff: supplying options as a single string is no longer supported, switch to an array of strings") : g(["diff", ...h(arguments)]);
      return this._runTask(n, u(arguments));
    };
    f.prototype.diffSummary = function() {
      return this._runTask(or(h(arguments, 1)), u(arguments));
    };
    f.prototype.applyPatch = function(t) {
      const e = F(t) ? Wr(v(t), h([].slice.call(arguments, 1))) : b("git.applyPatch requires one or more string patches as the first argument");
      return this._runTask(e, u(arguments));
    };
    f.prototype.revparse = function() {
      const t = ["rev-parse", ...h(arguments, true)];
      return this._runTask(g(t, true), u(arguments));
    };
    f.prototype.clean = function(t, e, n) {
      const r = rn(t), s = r && t.join("") || d(t, p) || "", o = h([].slice.call(arguments, r ? 1 : 0));
      return this._runTask(en(s, o), u(arguments));
    };
    f.prototype.exec = function(t) {
      const e = { commands: [], format: "utf-8", parser() {
        typeof t == "function" && t();
      } };
      return this._runTask(e);
    };
    f.prototype.checkIgnore = function(t, e) {
      return this._runTask(os2(v(d(t, F, []))), u(arguments));
    };
    f.prototype.checkIsRepo = function(t, e) {
      return this._runTask(Ue(d(t, p)), u(arguments));
    };
    function Ms(t) {
      return t ? [{ type: "spawn.before", action(r, s) {
        t.aborted && s.kill(new x(void 0, "abort", "Abort already signaled"));
      } }, { type: "spawn.after", action(r, s) {
        function o() {
          s.kill(new x(void 0, "abort", "Abort signal received"));
        }
        t.addEventListener("abort", o), s.spawned.on("close", () => t.removeEventListener("abort", o));
      } }] : void 0;
    }
    var Ds = M("", "plugin:allowEnvironment");
    function js(t, e = false) {
      const n = new Set(t.map((r) => r.toLowerCase().trim()));
      return { type: "spawn.options", action(r, s) {
        const o = { ...r.env ?? process.env }, i = new Set(Object.keys(s.env).map((a) => a.toLowerCase().trim()));
        for (const a of Object.keys(o)) {
          const c = a.toLowerCase().trim();
          if (!(!Ls(c) || n.has(c))) {
            if (i.has(c)) throw new x(void 0, "allowEnvironment", `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`);
            Ds("removing ambient guarded environment variable %s", a), delete o[a];
          }
        }
        return { ...r, env: { ...o, GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e) } };
      } };
    }
    function Ls(t) {
      const e = t.toLowerCase().trim();
      return e.startsWith("git_") || Bt.isGitEnvKey(e);
    }
    function Bs(t = {}) {
      return { type: "spawn.args", action(e, { env: n }) {
        for (const r of Bt.vulnerabilityCheck(e, n)) if (t[r.category] !== true) throw new x(void 0, "unsafe", r.message);
        return e;
      } };
    }
    function Is(t) {
      const e = G(t, "-c");
      return { type: "spawn.args", action(n) {
        return [...e, ...n];
      } };
    }
    var Dt = P.deferred().promise;
    function Gs({ onClose: t = true, onExit: e = 50 } = {}) {
      function n() {
        let s = -1;
        const o = { close: P.deferred(), closeTimeout: P.deferred(), exit: P.deferred(), exitTimeout: P.deferred() }, i = Promise.race([t === false ? Dt : o.closeTimeout.promise, e === false ? Dt : o.exitTimeout.promise]);
        return r(t, o.close, o.closeTimeout), r(e, o.exit, o.exitTimeout), { close(a) {
          s = a, o.close.done();
        }, exit(a) {
          s = a, o.exit.done();
        }, get exitCode() {
          return s;
        }, result: i };
      }
      function r(s, o, i) {
        s !== false && (s === true ? o.promise : o.promise.then(() => kt(s))).then(i.done);
      }
      return { type: "spawn.after", async action(s, { spawned: o, close: i }) {
        const a = n();
        let c = true, y = () => {
          c = false;
        };
        o.stdout?.on("data", y), o.stderr?.on("data", y), o.on("error", y), o.on("close", (w) => a.close(w)), o.on("exit", (w) => a.exit(w));
        try {
          await a.result, c && await kt(50), i(a.exitCode);
        } catch (w) {
          i(a.exitCode, w);
        }
      } };
    }
    var _e = M("", "plugin:binary");
    var Us = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
    var Fs = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
    function qs(t) {
      return !t || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t);
    }
    function jt(t, e) {
      if (t.length < 1 || t.length > 2) throw new x(void 0, "binary", Us);
      if (t.some(qs)) if (e) _e("permitted unsafe binary %o", t);
      else throw new x(void 0, "binary", Fs);
      const [r, s] = t;
      return { binary: r, prefix: s };
    }
    function zs(t, e = ["git"], n = false) {
      let r = jt(v(e), n);
      t.on("binary", (s) => {
        r = jt(v(s), n), _e.info("reconfiguring %o", r);
      }), t.append("spawn.binary", () => r.binary), t.append("spawn.args", (s) => r.prefix ? [r.prefix, ...s] : s);
    }
    var ve = { DISALLOWED_ABBREVIATED: { text: "disallowed abbreviated or ambiguous option", solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}" }, UNKNOWN: { text: "~ unknown ~", solution: void 0 } };
    function Ws(t) {
      if (!t) return "UNKNOWN";
      for (const [e, { text: n }] of Object.entries(ve)) if (t.startsWith(`fatal: ${n}`)) return e;
      return "UNKNOWN";
    }
    var Hs = class extends C {
      constructor(e = "") {
        const n = Ws(e);
        super(void 0, ve[n].solution?.replace("{message}", e) ?? e), this.reason = n;
      }
    };
    function Ks(t) {
      return !!(t.exitCode && t.stdErr.length);
    }
    function Vs(t) {
      return Buffer.concat([...t.stdOut, ...t.stdErr]);
    }
    function Qs(t = false, e = Ks, n = Vs) {
      return (r, s) => !t && r || !e(s) ? r : n(s);
    }
    function Xs(t, e) {
      return t === 128 && e.startsWith("fatal:") ? new Hs(e) : new C(void 0, e);
    }
    function Lt(t) {
      return { type: "task.error", action(e, n) {
        const r = t(e.error, { stdErr: n.stdErr, stdOut: n.stdOut, exitCode: n.exitCode });
        return Buffer.isBuffer(r) ? { error: Xs(n.exitCode, r.toString("utf-8")) } : { error: r };
      } };
    }
    var rt = M("", "plugin:input");
    function Ys(t) {
      return { type: "spawn.after", action(e, { commands: n, input: r, spawned: { stdin: s } }) {
        if (!s) return;
        const o = t?.([...n]) ?? r;
        if (!o) return rt("generated zero length content, not writing to stdin");
        rt("writing %s bytes to stdin", $e(o)), s.on("error", (i) => {
          i.code !== "EPIPE" && rt("[ERROR] stdin error %o", i);
        }), s.end(o);
      } };
    }
    var Js = class {
      constructor() {
        this.plugins = /* @__PURE__ */ new Set(), this.events = new Oe.EventEmitter();
      }
      on(e, n) {
        this.events.on(e, n);
      }
      reconfigure(e, n) {
        this.events.emit(e, n);
      }
      append(e, n) {
        const r = R(this.plugins, { type: e, action: n });
        return () => this.plugins.delete(r);
      }
      add(e) {
        const n = [];
        return v(e).forEach((r) => {
          r && this.plugins.add(R(n, r));
        }), () => {
          n.forEach((r) => {
            this.plugins.delete(r);
          });
        };
      }
      exec(e, n, r) {
        let s = n;
        const o = Object.freeze(Object.create(r));
        for (const i of this.plugins) i.type === e && (s = i.action(s, o));
        return s;
      }
    };
    function Zs(t) {
      const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
      return [{ type: "spawn.args", action(o, i) {
        return n.includes(i.method) ? Ne(o, e) : o;
      } }, { type: "spawn.after", action(o, i) {
        i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
          const c = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
          c && t({ method: i.method, stage: to(c[1]), progress: m(c[2]), processed: m(c[3]), total: m(c[4]) });
        });
      } }];
    }
    function to(t) {
      return String(t.toLowerCase().split(" ", 1)) || "unknown";
    }
    function eo(t) {
      const e = Me(t, ["uid", "gid"]);
      return { type: "spawn.options", action(n) {
        return { ...e, ...n };
      } };
    }
    function no() {
      return { type: "spawn.args", action(t) {
        const e = [];
        let n;
        function r(s) {
          (n = n || []).push(...s);
        }
        for (let s = 0; s < t.length; s++) {
          const o = t[s];
          if (S.isPathSpec(o)) {
            r(S.toPaths(o));
            continue;
          }
          if (o === "--") {
            r(t.slice(s + 1).flatMap((i) => S.isPathSpec(i) && S.toPaths(i) || i));
            break;
          }
          e.push(o);
        }
        return n ? [...e, "--", ...n.map(String)] : e;
      } };
    }
    function ro({ block: t, stdErr: e = true, stdOut: n = true }) {
      if (t > 0) return { type: "spawn.after", action(r, s) {
        let o;
        function i() {
          o && clearTimeout(o), o = setTimeout(c, t);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o && clearTimeout(o);
        }
        function c() {
          a(), s.kill(new x(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      } };
    }
    var so = (t, e) => {
      const n = new Js(), r = Ie(t && (typeof t == "string" ? { baseDir: t } : t) || {}, e);
      if (!Ft(r.baseDir)) throw new It(r, "Cannot use simple-git on a directory that does not exist");
      return Array.isArray(r.config) && n.add(Is(r.config)), n.add(Bs(r.unsafe)), n.add(Gs(r.completion)), r.abort && n.add(Ms(r.abort)), r.progress && n.add(Zs(r.progress)), r.timeout && n.add(ro(r.timeout)), r.spawnOptions && n.add(eo(r.spawnOptions)), n.add(no()), n.add(Ys(r.input)), n.add(Lt(Qs(true))), r.errors && n.add(Lt(r.errors)), zs(n, r.binary, r.unsafe?.allowUnsafeCustomBinary), n.add(js(r.allowEnvironment ?? [], r.unsafe?.allowAbbreviatedOptions)), new f(r, n);
    };
    Object.defineProperty(exports, "pathspec", { enumerable: true, get: () => S.pathspec });
    exports.CheckRepoActions = Ht;
    exports.CleanOptions = pt;
    exports.DiffNameStatus = dt;
    exports.GitConfigScope = mt;
    exports.GitConstructError = It;
    exports.GitError = C;
    exports.GitPluginError = x;
    exports.GitResponseError = W;
    exports.ResetMode = gt;
    exports.TaskConfigurationError = Gt;
    exports.grepQueryBuilder = Jt;
    exports.simpleGit = so;
  }
});

// src/messages.ts
var log = {
  disabled: "disabled by SESSION_STATE_DISABLE",
  badInput: (why) => `input rejected: ${why}`,
  tooLarge: (limit) => `input larger than ${limit} bytes, ignored`,
  unknownEvent: (name) => `event ${name} is not handled`,
  stateDirRefused: (why) => `state folder refused: ${why}`,
  transcriptRefused: (why) => `transcript ignored: ${why}`,
  transcriptReset: "transcript was truncated or replaced; reading it again from the start",
  transcriptPartial: (bytes) => `time budget reached after ${bytes} bytes; the rest is read next time`,
  lockTimeout: (name) => `could not take the ${name} lock in time; previous state kept`,
  lockStale: (name) => `took over a stale ${name} lock`,
  gitFailed: (why) => `git: ${why}`,
  budgetExceeded: (ms) => `gave up after ${ms} ms; previous state kept`,
  crashed: (why) => `unexpected error: ${why}`,
  saved: (event, sessionId, ms) => `saved on ${event} for ${sessionId} in ${ms} ms`,
  injected: (source, chars) => `injected ${chars} characters on SessionStart ${source}`,
  nothingToInject: (source, why) => `nothing injected on SessionStart ${source}: ${why}`,
  configInvalid: (why) => `.claude/session-state.json ignored: ${why}`,
  compactionAgent: "SubagentStop of the compaction agent ignored (not a subagent the person started)"
};
var md = {
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
  truncated: "\u2026"
};
var inject = {
  header: (savedAt, age, sessionId, event) => `[session-state] Restored state of session ${sessionId}, saved ${savedAt} (${age} ago, on ${event}). This is what was true then; check before acting on it.`,
  sameHead: (branch, head) => `The repository is still on ${branch} at ${head}, as when this was saved.`,
  moved: (from, to) => `Since it was saved, the repository has MOVED: it was on ${from}, it is now on ${to}.`,
  newCommits: (n) => ` ${n} new commit${n === 1 ? "" : "s"} since then.`,
  gitNow: (why) => `Could not compare with the repository now (${why}).`,
  footer: (path14) => `Full saved state: ${path14}`,
  cut: "(shortened to fit; the full state is in the file below)"
};
var ageText = (ms) => {
  const s = Math.max(0, Math.round(ms / 1e3));
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 90) return `${m} min`;
  const h = Math.round(m / 60);
  if (h < 36) return `${h} h`;
  return `${Math.round(h / 24)} days`;
};
var cli = {
  usage: "session-state: keeps a Claude Code session's plan, todos, subagent outputs and git state across compaction and restarts.\n\nUsage:\n  session-state                 hook mode: reads the hook input from stdin (what Claude Code runs)\n  session-state <command> [options]",
  commandsHeading: "Commands:",
  unknownCommand: (name) => `session-state: unknown command "${name}".`,
  nothingToLoad: (why) => `Nothing would be injected: ${why}.`,
  summaries: {
    load: "print what the next SessionStart would inject (--json: the exact hook output)"
  }
};
var O_NONBLOCK = fs__namespace.constants.O_NONBLOCK ?? 0;
function openRegular(file) {
  let fd;
  try {
    fd = fs__namespace.openSync(file, fs__namespace.constants.O_RDONLY | O_NONBLOCK);
  } catch (err) {
    return { refused: err.code ?? "cannot open" };
  }
  try {
    const stat = fs__namespace.fstatSync(fd);
    if (!stat.isFile()) {
      fs__namespace.closeSync(fd);
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
    fs__namespace.closeSync(fd);
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
      const n = fs__namespace.readSync(opened.fd, buf, off, buf.length - off, off);
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
function ensurePrivateDir(dir) {
  try {
    const st = fs__namespace.lstatSync(dir);
    if (st.isSymbolicLink()) return { refused: `${dir} is a symbolic link` };
    if (!st.isDirectory()) return { refused: `${dir} is not a directory` };
    return true;
  } catch (err) {
    if (err.code !== "ENOENT") return { refused: String(err.message) };
  }
  try {
    fs__namespace.mkdirSync(dir, { recursive: true, mode: 448 });
    const st = fs__namespace.lstatSync(dir);
    return st.isDirectory() ? true : { refused: `${dir} is not a directory` };
  } catch (err) {
    return { refused: err.code ?? "mkdir failed" };
  }
}
function lstatSafe(file) {
  try {
    return fs__namespace.lstatSync(file);
  } catch {
    return null;
  }
}
function statSafe(file) {
  try {
    return fs__namespace.statSync(file);
  } catch {
    return null;
  }
}
function realpathSafe(file) {
  try {
    return fs__namespace.realpathSync(file);
  } catch {
    return null;
  }
}
function isInside(child, parent) {
  const rel = path3__namespace.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path3__namespace.isAbsolute(rel);
}
function listDir(dir) {
  try {
    return fs__namespace.readdirSync(dir);
  } catch {
    return [];
  }
}
function removeQuietly(file) {
  try {
    fs__namespace.unlinkSync(file);
  } catch {
  }
}
function writeAtomic(file, data) {
  const st = lstatSafe(file);
  if (st?.isSymbolicLink()) fs__namespace.unlinkSync(file);
  const writeFileAtomic = require_lib();
  writeFileAtomic.sync(file, data, { mode: 384, encoding: "utf8" });
}
function appendBounded(file, line, maxBytes) {
  try {
    const st = lstatSafe(file);
    if (st?.isSymbolicLink()) return;
    if (st && st.size + line.length > maxBytes) fs__namespace.renameSync(file, `${file}.1`);
    fs__namespace.appendFileSync(file, line, { mode: 384 });
  } catch {
  }
}

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
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
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
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
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
function getElementAtPath(obj, path14) {
  if (!path14)
    return obj;
  return path14.reduce((acc, key) => acc?.[key], obj);
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
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
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
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
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
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
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
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
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
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
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
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
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
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
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
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path14, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path14);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
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
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str3) {
  const units = str3.length;
  if (!highSurrogate.test(str3))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str3.charCodeAt(i) & 64512) === 55296 && (str3.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
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
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
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
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base64) {
  const binaryString = atob(base64);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base64.length % 4) % 4);
  return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
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
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
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
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
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
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
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
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
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
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
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
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
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
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
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
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
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
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
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
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
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
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
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
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
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

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
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
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
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
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
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
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
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
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
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
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
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
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
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
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
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
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
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
  const t = _catchall.def.type;
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
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
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
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
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
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
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
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
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
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
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
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
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
function discriminatorMap(def) {
  const map = /* @__PURE__ */ new Map();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0)
      throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
    for (const value of values) {
      if (map.has(value)) {
        if (value !== void 0)
          throw new Error(`Duplicate discriminator value "${String(value)}"`);
        map.set(value, null);
      } else {
        map.set(value, option);
      }
    }
  }
  return map;
}
var $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
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
      for (const [k, v] of Object.entries(pv)) {
        if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
          assignProp(propValues, k, /* @__PURE__ */ new Set());
        }
        for (const val of v) {
          propValues[k].add(val);
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
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
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
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
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
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
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
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
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
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
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
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
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
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
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
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
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
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
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

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
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
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
var ZodMiniDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodMiniDiscriminatedUnion", (inst, def) => {
  $ZodDiscriminatedUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function discriminatedUnion(discriminator, options, params) {
  return new ZodMiniDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
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
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
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
var ZodMiniCatch = /* @__PURE__ */ $constructor("ZodMiniCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _catch(innerType, catchValue) {
  return new ZodMiniCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}

// src/settings.ts
var sources = ["startup", "compact", "resume", "clear"];
var bool = (d) => _catch(_default(boolean2(), d), d);
var int2 = (d, min, max) => _catch(_default(number2().check(int(), _gte(min), _lte(max)), d), d);
var SettingsSchema = object({
  keep: int2(10, 1, 100),
  inject: _catch(
    _default(
      object({ startup: bool(true), compact: bool(true), resume: bool(false), clear: bool(false) }),
      { startup: true, compact: true, resume: false, clear: false }
    ),
    { startup: true, compact: true, resume: false, clear: false }
  ),
  maxChars: int2(9e3, 1e3, 9500),
  staleDays: _catch(_default(number2().check(_gte(0)), 7), 7),
  budgetMs: int2(5e3, 500, 6e4),
  collectors: _catch(
    _default(
      object({
        prompts: bool(true),
        plan: bool(true),
        todos: bool(true),
        subagents: bool(true),
        git: bool(true),
        files: bool(true),
        lastMessage: bool(true)
      }),
      { prompts: true, plan: true, todos: true, subagents: true, git: true, files: true, lastMessage: true }
    ),
    { prompts: true, plan: true, todos: true, subagents: true, git: true, files: true, lastMessage: true }
  ),
  redact: _catch(_default(array(string2()), []), [])
});

// src/config.ts
var STATE_DIR = path3__namespace.join(".claude", "session-state");
var SETTINGS_FILE = path3__namespace.join(".claude", "session-state.json");
var isDisabled = (env) => /^(1|true|yes|on)$/i.test(env.SESSION_STATE_DISABLE ?? "");
function claudeDirFrom(env) {
  if (env.CLAUDE_CONFIG_DIR) return path3__namespace.resolve(env.CLAUDE_CONFIG_DIR);
  return path3__namespace.join(env.HOME || os__namespace.homedir(), ".claude");
}
function projectDirFrom(env, inputCwd, processCwd) {
  const dir = env.CLAUDE_PROJECT_DIR || inputCwd || processCwd;
  return path3__namespace.resolve(processCwd, dir);
}
function loadSettings(projectDir, env) {
  const problems = [];
  const raw = readJson(path3__namespace.join(projectDir, SETTINGS_FILE), 256 * 1024);
  const base = raw && typeof raw === "object" && !Array.isArray(raw) ? raw : {};
  const settings = SettingsSchema.parse(base);
  const strict = SettingsSchema.def.shape;
  for (const key of Object.keys(base)) {
    if (!(key in strict)) problems.push(`unknown setting "${key}"`);
    else if (JSON.stringify(settings[key]) !== JSON.stringify(base[key]))
      problems.push(`setting "${key}" has a wrong value; using ${JSON.stringify(settings[key])}`);
  }
  const num = (name) => {
    const v = env[name];
    if (v === void 0 || v === "") return void 0;
    const n = Number(v);
    return Number.isFinite(n) ? n : void 0;
  };
  const keep = num("SESSION_STATE_KEEP");
  if (keep !== void 0) settings.keep = Math.min(100, Math.max(1, Math.round(keep)));
  const maxChars = num("SESSION_STATE_MAX_CHARS");
  if (maxChars !== void 0) settings.maxChars = Math.min(9500, Math.max(1e3, Math.round(maxChars)));
  const stale = num("SESSION_STATE_STALE_DAYS");
  if (stale !== void 0 && stale >= 0) settings.staleDays = stale;
  const budget = num("SESSION_STATE_BUDGET_MS");
  if (budget !== void 0) settings.budgetMs = Math.min(6e4, Math.max(500, Math.round(budget)));
  const injectList = env.SESSION_STATE_INJECT;
  if (injectList !== void 0) {
    const wanted = new Set(injectList.split(/[\s,|]+/).filter(Boolean));
    for (const s of sources) settings.inject[s] = wanted.has(s);
  }
  return { settings, problems };
}
function resolveConfig(env, processCwd, inputCwd) {
  const projectDir = projectDirFrom(env, inputCwd, processCwd);
  const { settings, problems } = loadSettings(projectDir, env);
  return {
    projectDir,
    stateDir: path3__namespace.join(projectDir, STATE_DIR),
    claudeDir: claudeDirFrom(env),
    settings,
    settingsProblems: problems,
    taskListId: env.CLAUDE_CODE_TASK_LIST_ID || void 0,
    now: () => Date.now()
  };
}
function classify(err) {
  const e = err;
  const message = String(e?.message ?? err).split("\n")[0] ?? "";
  if (e?.code === "ENOENT" || /spawn .*ENOENT|not found|ENOENT/.test(message)) return { ok: false, reason: "no-git", message };
  if (/not a git repository/i.test(message)) return { ok: false, reason: "not-a-repo", message };
  if (/timeout|timed out|block/i.test(message)) return { ok: false, reason: "timeout", message };
  return { ok: false, reason: "error", message };
}
async function runGit(dir, args, timeoutMs) {
  try {
    const { simpleGit } = require_dist5();
    const git = simpleGit({
      baseDir: dir,
      maxConcurrentProcesses: 4,
      timeout: { block: timeoutMs },
      completion: { onClose: true, onExit: false }
    });
    const out = await git.raw(["--no-optional-locks", ...args]);
    return { ok: true, out };
  } catch (err) {
    return classify(err);
  }
}
function findGitDir(start) {
  let dir = path3__namespace.resolve(start);
  for (let i = 0; i < 64; i++) {
    const dotgit = path3__namespace.join(dir, ".git");
    const st = lstatSafe(dotgit);
    if (st?.isDirectory()) return dotgit;
    if (st?.isFile()) {
      const m = /^gitdir:\s*(.+)$/m.exec(readSmallText(dotgit, 4096) ?? "");
      if (m?.[1]) return path3__namespace.resolve(dir, m[1].trim());
    }
    const parent = path3__namespace.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  return null;
}
function commonDir(gitDir) {
  const c = readSmallText(path3__namespace.join(gitDir, "commondir"), 4096)?.trim();
  return c ? path3__namespace.resolve(gitDir, c) : gitDir;
}
function readHeadFromDisk(start) {
  const gitDir = findGitDir(start);
  if (!gitDir) return null;
  const head = readSmallText(path3__namespace.join(gitDir, "HEAD"), 4096)?.trim();
  if (!head) return null;
  if (/^[0-9a-f]{40,64}$/.test(head)) return { sha: head };
  const m = /^ref:\s*(refs\/\S+)$/.exec(head);
  if (!m?.[1]) return null;
  const ref = m[1];
  const branch = ref.replace(/^refs\/heads\//, "");
  const common2 = commonDir(gitDir);
  if (readSmallText(path3__namespace.join(common2, "refs", "heads", ".invalid"), 64) !== null) return null;
  for (const dir of [gitDir, common2]) {
    const sha = readSmallText(path3__namespace.join(dir, ref), 256)?.trim();
    if (sha && /^[0-9a-f]{40,64}$/.test(sha)) return { branch, sha };
  }
  const packed = readSmallText(path3__namespace.join(common2, "packed-refs"), 8 << 20);
  if (packed) {
    for (const line of packed.split("\n")) {
      const [sha, name] = line.split(" ");
      if (name?.trim() === ref && sha && /^[0-9a-f]{40,64}$/.test(sha)) return { branch, sha };
    }
  }
  return { branch };
}
var OPERATIONS = [
  ["rebase-merge", "rebase"],
  ["rebase-apply", "rebase"],
  ["MERGE_HEAD", "merge"],
  ["CHERRY_PICK_HEAD", "cherry-pick"],
  ["REVERT_HEAD", "revert"],
  ["BISECT_LOG", "bisect"]
];
function operationInProgress(start) {
  const gitDir = findGitDir(start);
  if (!gitDir) return void 0;
  for (const [file, name] of OPERATIONS) if (lstatSafe(path3__namespace.join(gitDir, file))) return name;
  return void 0;
}

// src/state/facts.ts
var LIMITS = { prompts: 5, files: 60, subagents: 20, tasks: 200, promptChars: 1500 };
function clip(text, max) {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}\u2026`;
}
function bounded(rec, max) {
  const keys = Object.keys(rec);
  for (let i = 0; i < keys.length - max; i++) delete rec[keys[i]];
}
function pushPrompt(s, text, at) {
  const clipped = clip(text, LIMITS.promptChars);
  const last = s.prompts[s.prompts.length - 1];
  if (last && last.text === clipped) return;
  s.prompts.push({ text: clipped, at });
  if (s.prompts.length > LIMITS.prompts) s.prompts.splice(0, s.prompts.length - LIMITS.prompts);
}
function recordFile(s, file, tool, at) {
  const i = s.files.findIndex((f) => f.path === file);
  const prev = i >= 0 ? s.files.splice(i, 1)[0] : void 0;
  const tools = prev && !prev.tool.split(", ").includes(tool) ? `${prev.tool}, ${tool}` : prev?.tool ?? tool;
  s.files.push({ path: file, tool: tools, count: (prev?.count ?? 0) + 1, at });
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
  cur.type = patch.type ?? cur.type;
  cur.description = patch.description ?? cur.description;
  cur.status = patch.status ?? cur.status;
  cur.excerpt = patch.excerpt ?? cur.excerpt;
  cur.at = patch.at;
}
function upsertTask(s, id, patch, create = false) {
  const cur = s.tasks.find((t) => t.id === id);
  if (!cur) {
    if (!create && !patch.subject) {
      s.tasks.push({ id, subject: `Task #${id}`, status: patch.status ?? "pending", activeForm: patch.activeForm });
    } else s.tasks.push({ id, subject: patch.subject ?? `Task #${id}`, status: patch.status ?? "pending", activeForm: patch.activeForm });
    if (s.tasks.length > LIMITS.tasks) s.tasks.splice(0, s.tasks.length - LIMITS.tasks);
    return;
  }
  if (patch.subject) cur.subject = patch.subject;
  if (patch.status) cur.status = patch.status;
  if (patch.activeForm) cur.activeForm = patch.activeForm;
}

// src/state/render.ts
var ORDER = { in_progress: 0, pending: 1, completed: 2, deleted: 3 };
var MARK = { in_progress: "[in progress]", pending: "[ ]", completed: "[x]", deleted: "[deleted]" };
var when = (iso) => iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");
var oneLine = (t) => t.replace(/\s*\n\s*/g, " \u23CE ");
function todoItems(s) {
  const todos = (s.todos?.items ?? []).map((t) => ({
    text: t.status === "in_progress" && t.activeForm && t.activeForm !== t.content ? `${t.content} (${t.activeForm})` : t.content,
    status: t.status
  }));
  const tasks = s.tasks.filter((t) => t.status !== "deleted").map((t) => ({
    text: `#${t.id} ${t.subject}${t.blockedBy?.length ? ` (blocked by ${t.blockedBy.map((b) => `#${b}`).join(", ")})` : ""}`,
    status: t.status
  }));
  const tasksFirst = (s.tasksAt ?? "") > (s.todos?.at ?? "");
  const all = tasksFirst ? [...tasks, ...todos] : [...todos, ...tasks];
  return all.map((item, i) => ({ item, i })).sort((a, b) => (ORDER[a.item.status] ?? 9) - (ORDER[b.item.status] ?? 9) || a.i - b.i).map(({ item }) => item);
}
function gitLines(g) {
  if (!g) return [];
  if (g.status === "not-a-repo") return [md.gitNotRepo];
  if (g.status === "no-git") return [md.gitUnavailable(md.gitNoGit)];
  if (g.status !== "ok") return [md.gitUnavailable(g.reason ?? "unknown error")];
  const out = [];
  const where = g.detached ? md.gitDetached : `branch \`${g.branch ?? "?"}\``;
  const head = g.head ? `\`${g.head}\` ${g.subject ?? ""}`.trim() : md.gitNoCommits;
  out.push(`- ${where} at ${head}`);
  if (g.upstream) out.push(`- upstream \`${g.upstream}\`: ${g.ahead ?? 0} ahead, ${g.behind ?? 0} behind`);
  if (g.operation) out.push(`- **${g.operation} in progress**`);
  const changes = [
    ["conflicted", g.conflicted],
    ["staged", g.staged],
    ["unstaged", g.unstaged],
    ["untracked", g.untracked]
  ];
  let dirty = false;
  for (const [label, c] of changes) {
    if (!c || c.count === 0) continue;
    dirty = true;
    const more = c.count > c.paths.length ? `, ${md.more(c.count - c.paths.length)}` : "";
    out.push(`- ${c.count} ${label}: ${c.paths.map((p) => `\`${p}\``).join(", ")}${more}`);
  }
  if (!dirty) out.push(`- ${md.gitClean}`);
  return out;
}
function planLines(s, full) {
  const p = s.plan;
  if (!p) return null;
  const heading = `${md.plan}${p.title ? `: ${p.title}` : ""}`;
  const lines = [];
  if (p.path) lines.push(`File: \`${p.path}\``);
  if (p.total && p.total > 0) {
    lines.push(md.planOpen(p.open?.length ?? 0, p.total));
    for (const o of p.open ?? []) lines.push(`- [ ] ${o}`);
  } else if (p.excerpt) {
    const ex = full ? p.excerpt : clip(p.excerpt, 1500);
    lines.push(...ex.split("\n").map((l) => `> ${l}`.trimEnd()));
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
  const items = todoItems(s);
  out.push(md.todos, "", ...items.length ? items.map((t) => `- ${MARK[t.status]} ${oneLine(t.text)}`) : [md.none], "");
  const plan = planLines(s, true);
  if (plan) out.push(plan.heading, "", ...plan.lines, "");
  out.push(md.requests, "");
  if (s.prompts.length) s.prompts.forEach((p, i) => out.push(`${i + 1}. ${oneLine(p.text)} _(${when(p.at)})_`));
  else out.push(md.none);
  out.push("");
  if (s.lastMessage) out.push(md.stoppedAt, "", ...s.lastMessage.text.split("\n").map((l) => `> ${l}`), "");
  out.push(md.subagents, "", ...s.subagents.length ? s.subagents.map((a) => subagentLine(a, 2e3)) : [md.none], "");
  out.push(md.git, "", ...s.git ? gitLines(s.git) : [md.none], "");
  out.push(md.files, "", ...s.files.length ? [...s.files].reverse().map((f) => `- \`${f.path}\` (${f.tool}${f.count > 1 ? ` \xD7${f.count}` : ""})`) : [md.none], "");
  return `${out.join("\n").trimEnd()}
`;
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
function renderInjection(s, opt2) {
  const age = ageText(opt2.now - Date.parse(s.savedAt));
  const head = [inject.header(when(s.savedAt), age, s.sessionId, s.lastEvent)];
  const cmp = gitCompareLine(s.git, opt2.git);
  if (cmp) head.push(cmp);
  if (s.carriedFrom) head.push(md.carried(s.carriedFrom.sessionId, when(s.carriedFrom.savedAt)));
  const footer = inject.footer(opt2.statePath);
  const items = todoItems(s);
  const open = items.filter((t) => t.status !== "completed");
  const done = items.filter((t) => t.status === "completed");
  const todoLines = [
    ...open.map((t) => `- ${MARK[t.status]} ${clip(oneLine(t.text), 300)}`),
    ...done.map((t) => `- ${MARK.completed} ${clip(oneLine(t.text), 160)}`)
  ];
  const plan = planLines(s, false);
  const sections = [
    { heading: `${md.todos} (${open.length} open, ${done.length} done)`, lines: todoLines, cap: 2800 },
    ...plan ? [{ heading: plan.heading, lines: plan.lines, cap: 1800 }] : [],
    {
      heading: md.requests,
      lines: s.prompts.map((p, i) => `${i + 1}. ${clip(oneLine(p.text), 600)}`),
      cap: 1600
    },
    ...s.lastMessage ? [{ heading: md.stoppedAt, lines: [clip(oneLine(s.lastMessage.text), 600)], cap: 700 }] : [],
    {
      heading: md.subagents,
      lines: [...s.subagents].reverse().map((a) => subagentLine(a, 700)),
      cap: 2400
    },
    ...s.git ? [{ heading: `${md.git} (when saved)`, lines: gitLines(s.git), cap: 800 }] : [],
    {
      heading: md.files,
      lines: [...s.files].reverse().map((f) => `- \`${f.path}\``),
      cap: 600
    }
  ].filter((sec) => sec.lines.length > 0);
  let body = head.join("\n");
  const limit = opt2.maxChars - footer.length - inject.cut.length - 4;
  let cut = false;
  for (const sec of sections) {
    const fitted = fit(sec, limit - body.length - 2);
    if (!fitted) {
      cut = true;
      continue;
    }
    cut ||= fitted.dropped > 0;
    body += `

${fitted.text}`;
  }
  if (cut) body += `
${inject.cut}`;
  return `${body}

${footer}`;
}

// src/state/redact.ts
var KEYWORD = "(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|client[_-]?secret|private[_-]?key|credentials?|session[_-]?key|signing[_-]?key|encryption[_-]?key)";
var rules = [
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
      "gi"
    ),
    keep: 1
  }
];
function compileExtra(patterns) {
  const out = [];
  for (const p of patterns) {
    try {
      out.push({ kind: "custom", re: new RegExp(p, "g") });
    } catch {
    }
  }
  return out;
}
function makeRedactor(extra = []) {
  const all = [...rules, ...compileExtra(extra)];
  return (text) => {
    let out = text;
    for (const { kind, re, keep } of all) {
      re.lastIndex = 0;
      if (!re.test(out)) continue;
      re.lastIndex = 0;
      out = out.replace(re, (...m) => {
        const mark = `[REDACTED:${kind}]`;
        if (!keep) return mark;
        if (keep === 2) return `${String(m[1])}${mark}${String(m[2])}`;
        return `${String(m[1])}${mark}`;
      });
    }
    return out;
  };
}
makeRedactor();
function statePaths(dir) {
  return {
    dir,
    sessions: path3__namespace.join(dir, "sessions"),
    archive: path3__namespace.join(dir, "archive"),
    latest: path3__namespace.join(dir, "latest.json"),
    lastState: path3__namespace.join(dir, ".last-state.md"),
    gitignore: path3__namespace.join(dir, ".gitignore"),
    projectLock: path3__namespace.join(dir, "project.lock")
  };
}
var SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function fileIdOf(sessionId) {
  if (SAFE.test(sessionId) && !sessionId.includes("..")) return sessionId;
  return `h-${crypto.createHash("sha256").update(sessionId).digest("hex").slice(0, 32)}`;
}
var sessionJson = (p, id) => path3__namespace.join(p.sessions, `${fileIdOf(id)}.json`);
var sessionLock = (p, id) => path3__namespace.join(p.sessions, `${fileIdOf(id)}.lock`);

// src/state/schema.ts
var STATE_VERSION = 1;
var str = string2();
var opt = (t) => optional(t);
var TodoStatus = _enum(["pending", "in_progress", "completed"]);
var Todo = object({ content: str, status: TodoStatus, activeForm: opt(str) });
var Task = object({
  id: str,
  subject: str,
  status: _enum(["pending", "in_progress", "completed", "deleted"]),
  activeForm: opt(str),
  blockedBy: opt(array(str))
});
var Prompt = object({ text: str, at: str });
var Subagent = object({
  id: str,
  type: opt(str),
  description: opt(str),
  status: _enum(["running", "completed"]),
  excerpt: opt(str),
  at: str
});
var FileTouch = object({ path: str, tool: str, count: number2(), at: str });
var Plan = object({
  path: opt(str),
  text: opt(str),
  source: _enum(["plan-mode", "file"]),
  at: str,
  title: opt(str),
  open: opt(array(str)),
  done: opt(number2()),
  total: opt(number2()),
  excerpt: opt(str)
});
var Changes = object({ count: number2(), paths: array(str) });
var Git = object({
  status: _enum(["ok", "not-a-repo", "no-git", "error"]),
  reason: opt(str),
  branch: opt(str),
  detached: opt(boolean2()),
  head: opt(str),
  headFull: opt(str),
  subject: opt(str),
  upstream: opt(str),
  ahead: opt(number2()),
  behind: opt(number2()),
  staged: opt(Changes),
  unstaged: opt(Changes),
  untracked: opt(Changes),
  conflicted: opt(Changes),
  operation: opt(str),
  at: str
});
var Cursor = object({ offset: number2(), ino: number2(), head: str });
var Pending = object({ name: str, description: opt(str), agentType: opt(str), subject: opt(str) });
var SessionState = object({
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
  todos: opt(object({ items: array(Todo), at: str })),
  tasks: array(Task),
  tasksAt: opt(str),
  plan: opt(Plan),
  subagents: array(Subagent),
  files: array(FileTouch),
  git: opt(Git),
  compactions: number2(),
  pending: record(str, Pending),
  endReason: opt(str),
  /** The session this one continued from (startup after another session): its open work. */
  carriedFrom: opt(object({ sessionId: str, savedAt: str }))
});
function emptyState(sessionId, projectDir, at) {
  return {
    v: STATE_VERSION,
    sessionId,
    projectDir,
    startedAt: at,
    savedAt: at,
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

// src/state/store.ts
var MAX_STATE_BYTES = 4 << 20;
function prepareStateDir(p) {
  const parent = path3__namespace.dirname(p.dir);
  const pst = lstatSafe(parent);
  if (pst && !pst.isDirectory() && !statSafe(parent)?.isDirectory()) return { refused: `${parent} is not a directory` };
  for (const dir of [p.dir, p.sessions, p.archive]) {
    const ok = ensurePrivateDir(dir);
    if (ok !== true) return ok;
  }
  if (!lstatSafe(p.gitignore)) {
    try {
      writeAtomic(p.gitignore, "# Written by session-state: saved session state is private; never commit it.\n*\n");
    } catch {
    }
  }
  return true;
}
function readSession(p, sessionId) {
  const raw = readJson(sessionJson(p, sessionId), MAX_STATE_BYTES);
  if (!raw) return null;
  const parsed = SessionState.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
function writeSession(p, s) {
  writeAtomic(sessionJson(p, s.sessionId), JSON.stringify(s));
}
function startSession(p, sessionId, config2, at) {
  const s = emptyState(sessionId, config2.projectDir, at);
  const latest = readLatest(p);
  if (!latest || latest.sessionId === sessionId) return s;
  const prev = readSession(p, latest.sessionId);
  if (!prev) return s;
  const age = config2.now() - Date.parse(prev.savedAt);
  if (config2.settings.staleDays > 0 && age > config2.settings.staleDays * 864e5) return s;
  s.carriedFrom = { sessionId: prev.sessionId, savedAt: prev.savedAt };
  s.todos = prev.todos;
  s.tasks = prev.tasks;
  s.tasksAt = prev.tasksAt;
  s.plan = prev.plan;
  s.subagents = prev.subagents.filter((a) => a.status === "completed");
  s.prompts = prev.prompts.slice(-2);
  return s;
}
function readLatest(p) {
  const raw = readJson(p.latest, 64 * 1024);
  return raw && typeof raw.sessionId === "string" && typeof raw.savedAt === "string" ? { sessionId: raw.sessionId, savedAt: raw.savedAt } : null;
}
var stamp = (iso) => iso.replace(/[:.]/g, "-");
function archiveSession(p, s, keep) {
  const id = fileIdOf(s.sessionId);
  for (const name of listDir(p.archive)) if (name.endsWith(`_${id}.md`)) removeQuietly(path3__namespace.join(p.archive, name));
  writeAtomic(path3__namespace.join(p.archive, `${stamp(s.savedAt)}_${id}.md`), renderMarkdown(s));
  const names = listDir(p.archive).filter((n) => n.endsWith(".md")).sort();
  for (const name of names.slice(0, Math.max(0, names.length - keep))) removeQuietly(path3__namespace.join(p.archive, name));
}
function pruneSessions(p, keep, live) {
  const files = listDir(p.sessions).filter((n) => n.endsWith(".json")).map((n) => ({ n, t: statSafe(path3__namespace.join(p.sessions, n))?.mtimeMs ?? 0 })).sort((a, b) => b.t - a.t);
  const keepIds = new Set(live.map((id) => `${fileIdOf(id)}.json`));
  for (const { n } of files.slice(keep + 1)) if (!keepIds.has(n)) removeQuietly(path3__namespace.join(p.sessions, n));
}
function publish(p, sessionId, keep) {
  const s = readSession(p, sessionId);
  if (!s) return null;
  const latest = readLatest(p);
  if (latest && latest.sessionId !== s.sessionId) {
    const prev = readSession(p, latest.sessionId);
    if (prev) archiveSession(p, prev, keep);
    pruneSessions(p, keep, [s.sessionId, latest.sessionId]);
  }
  writeAtomic(p.latest, JSON.stringify({ sessionId: s.sessionId, savedAt: s.savedAt, v: STATE_VERSION }));
  writeAtomic(p.lastState, renderMarkdown(s));
  return s;
}

// src/events/restore.ts
function chooseState(config2, source, sessionId) {
  const paths = statePaths(config2.stateDir);
  if (!lstatSafe(paths.dir)?.isDirectory()) return { skipped: "no saved state in this project" };
  const latest = readLatest(paths);
  let state = null;
  if ((source === "compact" || source === "resume") && sessionId) {
    state = readSession(paths, sessionId);
    if (!state) return { skipped: `no saved state for session ${sessionId}` };
  } else {
    if (!latest) return { skipped: "no saved state in this project" };
    state = readSession(paths, latest.sessionId);
    if (!state) return { skipped: "the latest saved state is unreadable" };
    const ageMs = config2.now() - Date.parse(state.savedAt);
    if (config2.settings.staleDays > 0 && ageMs > config2.settings.staleDays * 864e5) {
      return { skipped: `the latest state is older than ${config2.settings.staleDays} days` };
    }
  }
  const statePath = latest?.sessionId === state.sessionId ? paths.lastState : sessionJson(paths, state.sessionId);
  return { state, statePath };
}
async function compareGit(config2, state) {
  const saved = state.git;
  if (!saved || saved.status !== "ok") return null;
  let now = readHeadFromDisk(config2.projectDir);
  if (!now) {
    const r = await runGit(config2.projectDir, ["rev-parse", "--abbrev-ref", "HEAD", "HEAD"], 1500);
    if (!r.ok) return { now: null, reason: r.reason };
    const [ref, sha] = r.out.trim().split("\n");
    now = { branch: ref === "HEAD" ? void 0 : ref, sha };
  }
  const cmp = { now };
  if (saved.headFull && now.sha && saved.headFull !== now.sha) {
    const r = await runGit(config2.projectDir, ["rev-list", "--count", `${saved.headFull}..${now.sha}`], 1500);
    if (r.ok) cmp.newCommits = Number(r.out.trim()) || 0;
  }
  return cmp;
}
async function buildInjection(config2, source, sessionId) {
  const choice = chooseState(config2, source, sessionId);
  if ("skipped" in choice) return choice;
  const git = await compareGit(config2, choice.state);
  const redact2 = makeRedactor(config2.settings.redact);
  const text = redact2(
    renderInjection(choice.state, {
      now: config2.now(),
      maxChars: config2.settings.maxChars,
      statePath: path3__namespace.resolve(choice.statePath),
      git
    })
  );
  return { text: text.slice(0, config2.settings.maxChars), state: choice.state };
}
function hookOutput(text) {
  return JSON.stringify({ hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: text } });
}
async function restore(input, ctx) {
  const { config: config2, log: log2 } = ctx;
  const source = input.source;
  const enabled = config2.settings.inject[source] === true;
  if (!enabled) return {};
  const built = await buildInjection(config2, source, input.session_id);
  if ("skipped" in built) {
    if (lstatSafe(config2.stateDir)) log2(log.nothingToInject(source, built.skipped));
    return {};
  }
  log2(log.injected(source, built.text.length));
  return { stdout: hookOutput(built.text) };
}

// src/commands/load.ts
async function load(ctx) {
  const config2 = resolveConfig(ctx.env, ctx.cwd);
  const json = ctx.args.includes("--json");
  const source = ctx.args.find((a) => a.startsWith("--source="))?.slice(9) ?? "startup";
  const built = await buildInjection(config2, source, ctx.args.find((a) => a.startsWith("--session="))?.slice(10));
  if ("skipped" in built) {
    return json ? { code: 0, stdout: "" } : { code: 0, stdout: `${cli.nothingToLoad(built.skipped)}
` };
  }
  return { code: 0, stdout: json ? `${hookOutput(built.text)}
` : `${built.text}
` };
}

// src/commands/index.ts
var VERSION = "0.1.0" ;
var commands = {
  load: { run: load, summary: cli.summaries.load }
};
function helpText() {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`);
  return `${cli.usage}

${cli.commandsHeading}
${rows.join("\n")}
`;
}
async function runCommand(name, ctx) {
  if (name === "--help" || name === "-h" || name === "help") return { code: 0, stdout: helpText() };
  if (name === "--version" || name === "-v") return { code: 0, stdout: `${VERSION}
` };
  const cmd = commands[name];
  if (!cmd) return { code: 2, stderr: `${cli.unknownCommand(name)}
${helpText()}` };
  return cmd.run(ctx);
}
var LOG_FILE = "hook.log";
var MAX_BYTES = 64 * 1024;
function fileLogger(stateDir, now, tag2) {
  return (line) => {
    if (!stateDir || !lstatSafe(stateDir)?.isDirectory()) return;
    const text = `${new Date(now()).toISOString()} ${tag2} ${line.replace(/\s+/g, " ").slice(0, 500)}
`;
    appendBounded(path3__namespace.join(stateDir, LOG_FILE), text, MAX_BYTES);
  };
}

// src/io/stdin.ts
function readStream(stream, maxBytes) {
  return new Promise((resolve5) => {
    const chunks = [];
    let size = 0;
    let done = false;
    const finish = (r) => {
      if (done) return;
      done = true;
      stream.removeAllListeners("data");
      resolve5(r);
    };
    stream.on("data", (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy();
        finish({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    stream.on("end", () => finish({ data: Buffer.concat(chunks) }));
    stream.on("error", () => finish({ data: Buffer.concat(chunks) }));
  });
}

// src/collectors/git.ts
var FIRST_PATHS = 8;
var add = (c, p) => {
  c.count++;
  if (c.paths.length < FIRST_PATHS) c.paths.push(p);
};
function parseStatus(out) {
  const g = {
    staged: { count: 0, paths: [] },
    unstaged: { count: 0, paths: [] },
    untracked: { count: 0, paths: [] },
    conflicted: { count: 0, paths: [] }
  };
  for (const line of out.split("\n")) {
    if (line.startsWith("# branch.head ")) {
      const b = line.slice(14).trim();
      if (b === "(detached)") g.detached = true;
      else g.branch = b;
    } else if (line.startsWith("# branch.oid ")) {
      const oid = line.slice(13).trim();
      if (oid !== "(initial)") g.headFull = oid;
    } else if (line.startsWith("# branch.upstream ")) g.upstream = line.slice(18).trim();
    else if (line.startsWith("# branch.ab ")) {
      const m = /\+(\d+) -(\d+)/.exec(line);
      if (m) {
        g.ahead = Number(m[1]);
        g.behind = Number(m[2]);
      }
    } else if (line.startsWith("1 ") || line.startsWith("2 ")) {
      const parts = line.split(" ");
      const xy = parts[1] ?? "..";
      const p = (line.startsWith("1 ") ? parts.slice(8) : parts.slice(9)).join(" ").split("	")[0] ?? "";
      if (xy[0] !== ".") add(g.staged, p);
      if (xy[1] !== ".") add(g.unstaged, p);
    } else if (line.startsWith("u ")) add(g.conflicted, line.split(" ").slice(10).join(" "));
    else if (line.startsWith("? ")) add(g.untracked, line.slice(2));
  }
  return g;
}
async function collectGit(dir, timeoutMs, redact2, at) {
  const [status, log2] = await Promise.all([
    runGit(dir, ["status", "--porcelain=v2", "--branch", "--untracked-files=normal"], timeoutMs),
    runGit(dir, ["log", "-1", "--format=%h%x1f%s"], timeoutMs)
  ]);
  if (!status.ok) {
    const kind = status.reason === "no-git" ? "no-git" : status.reason === "not-a-repo" ? "not-a-repo" : "error";
    return { status: kind, reason: clip(status.message, 200), at };
  }
  const parsed = parseStatus(status.out);
  const git = { status: "ok", at, ...parsed };
  for (const c of [git.staged, git.unstaged, git.untracked, git.conflicted]) if (c) c.paths = c.paths.map(redact2);
  if (log2.ok) {
    const [short, subject] = log2.out.trim().split("");
    git.head = short;
    git.subject = subject ? clip(redact2(subject), 200) : void 0;
  } else if (git.headFull) git.head = git.headFull.slice(0, 7);
  const op = operationInProgress(dir);
  if (op) git.operation = op;
  return git;
}
function summarisePlan(text) {
  const lines = text.split(/\r?\n/);
  const title = lines.map((l) => /^#{1,3}\s+(.+?)\s*#*$/.exec(l)?.[1]).find(Boolean);
  const open = [];
  let done = 0;
  let total = 0;
  for (const l of lines) {
    const m = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX~-])\]\s+(.+)$/.exec(l);
    if (!m) continue;
    total++;
    if (m[1] === " ") open.push(clip(m[2].trim(), 240));
    else done++;
  }
  return { title: title ? clip(title, 200) : void 0, open: open.slice(0, 40), done, total, excerpt: clip(text.trim(), 2500) };
}
function allowedPlanFile(file, ctx) {
  const real = realpathSafe(file);
  if (!real) return null;
  const roots = [realpathSafe(ctx.projectDir), realpathSafe(path3__namespace.join(ctx.claudeDir, "plans"))].filter(
    (r) => !!r
  );
  if (!roots.some((r) => isInside(real, r))) return null;
  return statSafe(real)?.isFile() ? real : null;
}
function resolvePlan(s, ctx) {
  let plan = s.plan;
  if (!plan && s.slug) {
    const candidate = path3__namespace.join(ctx.claudeDir, "plans", `${s.slug}.md`);
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
var isRec = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str2 = (v) => typeof v === "string" ? v : void 0;
var EDIT_TOOLS = /* @__PURE__ */ new Set(["Write", "Edit", "MultiEdit", "NotebookEdit"]);
var SUBAGENT_TOOLS = /* @__PURE__ */ new Set(["Agent", "Task"]);
var NOISE_PREFIXES = [
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
var PLAN_FILE = /(^|\/)(plans\/.+\.md|[^/]*plan\.md|PLAN\.md|\.claude\/plans\/.+)$/i;
var isPlanPath = (p) => PLAN_FILE.test(p.replace(/\\/g, "/"));
function tag(text, name) {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(text);
  return m?.[1]?.trim();
}
function promptText(raw) {
  let text = raw.replace(/<system-reminder>[\s\S]*?<\/system-reminder>/g, "").trim();
  if (/^<command-(?:name|message)>/.test(text) && text.includes("<command-name>")) {
    const name = tag(text, "command-name") ?? "";
    const args = tag(text, "command-args") ?? "";
    return args ? `${name.startsWith("/") ? name : `/${name}`} ${args}` : null;
  }
  if (!text || NOISE_PREFIXES.some((p) => text.startsWith(p))) return null;
  text = text.replace(/\n{3,}/g, "\n\n");
  return text;
}
function contentText(content) {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.filter((b) => isRec(b) && b.type === "text" && typeof b.text === "string").map((b) => b.text).join("\n");
}
function relPath(projectDir, file) {
  const abs = path3__namespace.resolve(projectDir, file);
  const rel = path3__namespace.relative(projectDir, abs);
  return rel && !rel.startsWith("..") && !path3__namespace.isAbsolute(rel) ? rel : abs;
}
function todosFrom(list) {
  if (!Array.isArray(list)) return null;
  const out = [];
  for (const t of list) {
    if (!isRec(t)) continue;
    const content = str2(t.content) ?? str2(t.subject);
    const status = str2(t.status);
    if (!content || status !== "pending" && status !== "in_progress" && status !== "completed") continue;
    out.push({ content, status, activeForm: str2(t.activeForm) });
  }
  return out;
}
function applyRecord(s, rec, ctx) {
  if (!isRec(rec)) return;
  const at = str2(rec.timestamp) ?? ctx.nowIso;
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
      const p = str2(a.planFilePath);
      if (p) notePlan(s, { path: p, source: "plan-mode", at });
    }
    return;
  }
  const message = isRec(rec.message) ? rec.message : void 0;
  if (!message) return;
  if (type === "assistant") {
    const content = Array.isArray(message.content) ? message.content : [];
    for (const block of content) {
      if (!isRec(block)) continue;
      if (block.type === "text" && typeof block.text === "string" && !sidechain && block.text.trim()) {
        s.lastMessage = { text: clip(ctx.redact(block.text.trim()), 1500), at };
      } else if (block.type === "tool_use") {
        applyToolUse(s, block, sidechain, at, ctx);
      }
    }
    return;
  }
  if (type !== "user") return;
  if (Array.isArray(message.content) && message.content.some((b) => isRec(b) && b.type === "tool_result")) {
    for (const block of message.content) {
      if (isRec(block) && block.type === "tool_result") applyToolResult(s, block, rec.toolUseResult, sidechain, at, ctx);
    }
    return;
  }
  if (sidechain || rec.isMeta === true || rec.isCompactSummary === true || rec.isVisibleInTranscriptOnly === true) return;
  const raw = contentText(message.content);
  const origin = isRec(rec.origin) ? rec.origin.kind : void 0;
  if (raw.trimStart().startsWith("<task-notification>") || origin === "task-notification") {
    applyTaskNotification(s, raw, at, ctx);
    return;
  }
  if (rec.promptSource === "system") return;
  const text = promptText(raw);
  if (text) pushPrompt(s, ctx.redact(text), at);
}
function notePlan(s, p) {
  const prev = s.plan;
  const samePlan = !!prev && (!p.path || !prev.path || prev.path === p.path);
  s.plan = {
    path: p.path ?? prev?.path,
    // A later sighting without text (an attachment naming the file) keeps the text already seen.
    text: p.text ?? (samePlan ? prev?.text : void 0),
    source: samePlan && prev?.source === "plan-mode" ? "plan-mode" : p.source,
    at: p.at
  };
}
function applyToolUse(s, block, sidechain, at, ctx) {
  const name = str2(block.name) ?? "";
  const id = str2(block.id);
  const input = isRec(block.input) ? block.input : {};
  if (EDIT_TOOLS.has(name)) {
    const file = str2(input.file_path) ?? str2(input.notebook_path) ?? str2(input.path);
    if (file) {
      recordFile(s, ctx.redact(relPath(ctx.projectDir, file)), name, at);
      if (!sidechain && isPlanPath(file)) {
        const text = name === "Write" ? str2(input.content) : void 0;
        notePlan(s, { path: path3__namespace.resolve(ctx.projectDir, file), text, source: "file", at });
      }
    }
    return;
  }
  if (sidechain) return;
  if (name === "TodoWrite") {
    const todos = todosFrom(input.todos);
    if (todos) s.todos = { items: todos.map((t) => ({ ...t, content: ctx.redact(t.content) })), at };
  } else if (name === "ExitPlanMode") {
    const plan = str2(input.plan);
    const file = str2(input.planFilePath);
    if (plan || file) notePlan(s, { path: file, text: plan ? ctx.redact(plan) : void 0, source: "plan-mode", at });
  } else if (name === "TaskUpdate") {
    const taskId = str2(input.taskId) ?? (typeof input.taskId === "number" ? String(input.taskId) : void 0);
    if (taskId) {
      const status = str2(input.status);
      upsertTask(s, taskId, {
        subject: str2(input.subject) ? ctx.redact(str2(input.subject)) : void 0,
        status: status === "pending" || status === "in_progress" || status === "completed" || status === "deleted" ? status : void 0,
        activeForm: str2(input.activeForm)
      });
      s.tasksAt = at;
    }
  } else if (name === "Bash") {
    const cmd = str2(input.command) ?? "";
    const m = /(?:^|[\s'"=>])((?:[\w.~/-]*\/)?(?:plans\/[\w./-]+\.md|[\w.-]*plan\.md|PLAN\.md))/i.exec(cmd);
    if (m?.[1] && /(>|tee|mv|cp|sed -i)/.test(cmd)) notePlan(s, { path: path3__namespace.resolve(ctx.projectDir, m[1]), source: "file", at });
  }
  if (id && (name === "TaskCreate" || SUBAGENT_TOOLS.has(name))) {
    s.pending[id] = {
      name,
      description: str2(input.description) ? clip(ctx.redact(str2(input.description)), 200) : void 0,
      agentType: str2(input.subagent_type),
      subject: str2(input.subject) ? clip(ctx.redact(str2(input.subject)), 300) : void 0
    };
    bounded(s.pending, 50);
  }
}
function cleanReport(text) {
  return text.replace(/<tools-used-before-summary>[\s\S]*?<\/tools-used-before-summary>/g, "").replace(/<usage>[\s\S]*?<\/usage>/g, "").replace(/^agentId: \S+.*$/gm, "").trim();
}
function resultText(block, result) {
  if (isRec(result) && Array.isArray(result.content)) {
    const t = contentText(result.content);
    if (t) return t;
  }
  return contentText(block.content);
}
function applyToolResult(s, block, result, sidechain, at, ctx) {
  if (sidechain) return;
  const id = str2(block.tool_use_id);
  const pending = id ? s.pending[id] : void 0;
  const r = isRec(result) ? result : {};
  if (Array.isArray(r.newTodos)) {
    const todos = todosFrom(r.newTodos);
    if (todos) s.todos = { items: todos.map((t) => ({ ...t, content: ctx.redact(t.content) })), at };
    return;
  }
  if (!pending || !id) return;
  delete s.pending[id];
  if (pending.name === "TaskCreate") {
    const task = isRec(r.task) ? r.task : {};
    const taskId = str2(task.id) ?? /Task #(\d+) created/.exec(contentText(block.content))?.[1];
    if (taskId) {
      const subject = str2(task.subject) ?? pending.subject ?? "";
      upsertTask(s, taskId, { subject: ctx.redact(subject), status: "pending" }, true);
      s.tasksAt = at;
    }
    return;
  }
  if (block.is_error === true) return;
  const agentId = str2(r.agentId) ?? id;
  if (r.status === "async_launched" || r.isAsync === true) {
    upsertSubagent(s, agentId, { type: pending.agentType, description: pending.description, status: "running", at });
    return;
  }
  const text = cleanReport(resultText(block, result));
  upsertSubagent(s, agentId, {
    type: str2(r.agentType) ?? pending.agentType,
    description: pending.description,
    status: "completed",
    excerpt: text ? clip(ctx.redact(text), 2e3) : void 0,
    at
  });
}
function applyTaskNotification(s, raw, at, ctx) {
  const id = tag(raw, "task-id");
  if (!id) return;
  const known = s.subagents.some((a) => a.id === id);
  const summary = tag(raw, "summary") ?? "";
  if (!known && !summary.startsWith("Agent ")) return;
  const result = tag(raw, "result");
  const report = result ? cleanReport(result) : void 0;
  upsertSubagent(s, id, {
    status: "completed",
    excerpt: report ? clip(ctx.redact(report), 2e3) : void 0,
    at
  });
}

// src/transcript/filter.ts
var SKIP_TYPES = [
  "progress",
  "api-request",
  "file-history",
  "queue-operation",
  "cost-state",
  "tools-used",
  "atis-latch",
  "last-prompt",
  "pr-link"
].map((t) => Buffer.from(`${t}"`));
var TYPE_KEY = Buffer.from('"type":');
var TOOL_RESULT = Buffer.from("tool_use_id");
var RESULT_MARKERS = ["newTodos", "agentId", "totalDurationMs", '"task"', "Task #", "async_launched"].map(
  (m) => Buffer.from(m)
);
function skippedType(line) {
  const at = line.indexOf(TYPE_KEY);
  if (at === -1 || at > 2048) return false;
  let i = at + TYPE_KEY.length;
  while (line[i] === 32) i++;
  if (line[i] !== 34) return false;
  i++;
  for (const t of SKIP_TYPES) {
    if (line.length >= i + t.length && line.subarray(i, i + t.length).equals(t)) return true;
  }
  return false;
}
function wantedLine(line) {
  if (skippedType(line)) return false;
  if (line.indexOf(TOOL_RESULT) === -1) return true;
  for (const m of RESULT_MARKERS) if (line.indexOf(m) !== -1) return true;
  return false;
}

// src/transcript/split.ts
function splitJsonValues(text) {
  const out = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0 && start >= 0) {
        try {
          out.push(JSON.parse(text.slice(start, i + 1)));
        } catch {
        }
        start = -1;
      } else if (depth < 0) depth = 0;
    }
  }
  return out;
}
function parseLine(text) {
  try {
    return [JSON.parse(text)];
  } catch {
    return text.includes("}{") || text.includes("} {") ? splitJsonValues(text) : [];
  }
}

// src/transcript/reader.ts
var CHUNK = 1 << 20;
var HEAD_BYTES = 96;
var MAX_LINE = 32 << 20;
function headOf(fd, size) {
  const buf = Buffer.alloc(Math.min(HEAD_BYTES, size));
  if (buf.length > 0) fs__namespace.readSync(fd, buf, 0, buf.length, 0);
  return buf.toString("base64");
}
function samePrefix(a, b) {
  const x = Buffer.from(a, "base64");
  const y = Buffer.from(b, "base64");
  const n = Math.min(x.length, y.length);
  return x.subarray(0, n).equals(y.subarray(0, n));
}
function readAppended(file, cursor, onRecord, opts) {
  const opened = openRegular(file);
  if ("refused" in opened) return { refused: opened.refused };
  const { fd, stat } = opened;
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
    let records = 0;
    let partial2 = false;
    let carry = null;
    let skipping = false;
    const buf = Buffer.allocUnsafe(CHUNK);
    let pos = offset;
    const emit = (line) => {
      if (line.length === 0) return;
      if (opts.wanted && !opts.wanted(line)) return;
      for (const rec of parseLine(line.toString("utf8"))) {
        records++;
        onRecord(rec);
      }
    };
    while (pos < size) {
      if (opts.now() > opts.deadline) {
        partial2 = true;
        break;
      }
      const n = fs__namespace.readSync(fd, buf, 0, Math.min(CHUNK, size - pos), pos);
      if (n <= 0) break;
      const chunk = buf.subarray(0, n);
      let lineStart = 0;
      let nl = chunk.indexOf(10, 0);
      while (nl !== -1) {
        if (skipping) skipping = false;
        else if (carry) {
          const whole = Buffer.concat([carry, chunk.subarray(0, nl)]);
          carry = null;
          emit(whole);
        } else emit(chunk.subarray(lineStart, nl));
        lineStart = nl + 1;
        offset = pos + lineStart;
        nl = chunk.indexOf(10, lineStart);
      }
      if (!skipping && lineStart < n) {
        const rest = chunk.subarray(lineStart, n);
        const carried = carry ? carry.length : 0;
        if (carried + rest.length > MAX_LINE) {
          carry = null;
          skipping = true;
        } else carry = carry ? Buffer.concat([carry, rest]) : Buffer.from(rest);
      }
      pos += n;
      if (skipping) offset = pos;
    }
    if (!partial2 && carry && carry.length > 0) {
      const text = carry.toString("utf8");
      const recs = parseLine(text);
      if (recs.length > 0) {
        if (!opts.wanted || opts.wanted(carry)) {
          for (const rec of recs) {
            records++;
            onRecord(rec);
          }
        }
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

// src/collectors/transcript.ts
function allowedTranscript(file, claudeDir) {
  const real = realpathSafe(file);
  const root = realpathSafe(path3__namespace.join(claudeDir, "projects"));
  if (!real || !root || !isInside(real, root) || real === root) return null;
  return real;
}
function updateFromTranscript(s, file, config2, redact2, deadline, log2) {
  const real = allowedTranscript(file, config2.claudeDir);
  if (!real) {
    log2(log.transcriptRefused("outside the Claude Code projects folder or missing"));
    return;
  }
  if (s.transcriptPath && s.transcriptPath !== real) s.cursor = void 0;
  s.transcriptPath = real;
  const nowIso = new Date(config2.now()).toISOString();
  const ctx = { projectDir: config2.projectDir, redact: redact2, nowIso };
  const result = readAppended(real, s.cursor, (rec) => applyRecord(s, rec, ctx), {
    deadline,
    now: config2.now,
    wanted: wantedLine,
    onReset: () => {
      log2(log.transcriptReset);
      resetTranscriptFacts(s);
    }
  });
  if ("refused" in result) {
    log2(log.transcriptRefused(result.refused));
    return;
  }
  s.cursor = result.cursor;
  if (result.partial) log2(log.transcriptPartial(result.bytes));
}

// src/collectors/subagent.ts
var EXCERPT_CHARS = 2e3;
function metaOf(agentTranscript, config2) {
  if (!agentTranscript || !agentTranscript.endsWith(".jsonl")) return {};
  const meta2 = agentTranscript.replace(/\.jsonl$/, ".meta.json");
  if (!allowedTranscript(meta2, config2.claudeDir)) return {};
  const raw = readJson(meta2, 64 * 1024);
  if (!raw || typeof raw !== "object") return {};
  return {
    description: typeof raw.description === "string" ? raw.description : void 0,
    agentType: typeof raw.agentType === "string" ? raw.agentType : void 0
  };
}
function isCompactionAgent(input) {
  if (input.agent_type) return false;
  if (input.agent_id?.startsWith("acompact")) return true;
  const msg = input.last_assistant_message ?? "";
  if (/<summary>[\s\S]*<\/summary>/.test(msg) || msg.trimStart().startsWith("<analysis>")) return true;
  return !input.agent_transcript_path || !statSafe(input.agent_transcript_path);
}
function recordSubagentStop(s, input, config2, redact2, at) {
  const id = input.agent_id ?? `agent-${at}`;
  const meta2 = metaOf(input.agent_transcript_path, config2);
  const text = input.last_assistant_message ? cleanReport(input.last_assistant_message) : void 0;
  upsertSubagent(s, redact2(id), {
    type: input.agent_type ?? meta2.agentType,
    description: meta2.description ? clip(redact2(meta2.description), 200) : void 0,
    status: "completed",
    excerpt: text ? clip(redact2(text), EXCERPT_CHARS) : void 0,
    at
  });
}
function recordBackgroundTasks(s, input, redact2, at) {
  for (const t of input.background_tasks ?? []) {
    if (!t || t.type && t.type !== "subagent" || t.status && t.status !== "running") continue;
    upsertSubagent(s, redact2(t.id), {
      type: t.agent_type,
      description: t.description ? clip(redact2(t.description), 200) : void 0,
      status: "running",
      at
    });
  }
}
var SAFE_ID = /^[A-Za-z0-9._-]{1,200}$/;
var STATUSES = /* @__PURE__ */ new Set(["pending", "in_progress", "completed", "deleted"]);
function readTaskDir(claudeDir, listId, redact2) {
  if (!SAFE_ID.test(listId) || listId.startsWith(".")) return null;
  const dir = path3__namespace.join(claudeDir, "tasks", listId);
  const names = listDir(dir).filter((n) => n.endsWith(".json")).slice(0, 500);
  if (names.length === 0) return null;
  const tasks = [];
  for (const name of names) {
    const t = readJson(path3__namespace.join(dir, name), 64 * 1024);
    if (!t || typeof t !== "object") continue;
    const id = typeof t.id === "string" || typeof t.id === "number" ? String(t.id) : name.replace(/\.json$/, "");
    const subject = typeof t.subject === "string" ? t.subject : "";
    const status = typeof t.status === "string" && STATUSES.has(t.status) ? t.status : "pending";
    tasks.push({
      id,
      subject: clip(redact2(subject), 300),
      status,
      activeForm: typeof t.activeForm === "string" ? clip(redact2(t.activeForm), 200) : void 0,
      blockedBy: Array.isArray(t.blockedBy) ? t.blockedBy.filter((b) => typeof b === "string").slice(0, 10) : void 0
    });
  }
  return tasks.sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));
}

// src/collectors/run.ts
function withTimeout(p, ms, fallback) {
  return new Promise((resolve5) => {
    const timer = setTimeout(() => resolve5(fallback), Math.max(0, ms));
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve5(v);
      },
      () => {
        clearTimeout(timer);
        resolve5(fallback);
      }
    );
  });
}
var STALE_MS = 1500;
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
  let text;
  let mtime;
  try {
    text = fs__namespace.readFileSync(file, "utf8");
    mtime = fs__namespace.statSync(file).mtimeMs;
  } catch {
    return null;
  }
  const pid = Number(text.split(" ")[0]);
  if (now - mtime > STALE_MS) return text;
  if (text && !alive(pid)) return text;
  return null;
}
function takeOver(file, seen) {
  const aside = `${file}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    fs__namespace.renameSync(file, aside);
  } catch {
    return;
  }
  let moved = "";
  try {
    moved = fs__namespace.readFileSync(aside, "utf8");
  } catch {
  }
  if (moved !== seen) {
    try {
      fs__namespace.linkSync(aside, file);
    } catch {
    }
  }
  removeQuietly(aside);
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function acquire(file, opt2) {
  const deadline = opt2.now() + opt2.timeoutMs;
  const token = `${process.pid} ${opt2.now()} ${Math.random().toString(36).slice(2)}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs__namespace.openSync(file, fs__namespace.constants.O_CREAT | fs__namespace.constants.O_EXCL | fs__namespace.constants.O_WRONLY, 384);
      fs__namespace.writeSync(fd, token);
      fs__namespace.closeSync(fd);
      return () => {
        try {
          if (fs__namespace.readFileSync(file, "utf8") === token) fs__namespace.unlinkSync(file);
        } catch {
        }
      };
    } catch (err) {
      if (err.code !== "EEXIST") return null;
    }
    const stale = isStale(file, opt2.now());
    if (stale !== null) {
      opt2.onStale?.();
      takeOver(file, stale);
      continue;
    }
    if (opt2.now() > deadline) return null;
    await sleep(Math.min(25, 2 + attempt * 2) + Math.random() * 5);
  }
}

// src/events/context.ts
var remaining = (ctx) => Math.max(0, ctx.deadline - ctx.config.now());

// src/events/save.ts
function applyCollectorSwitches(s, c) {
  if (!c.prompts) s.prompts = [];
  if (!c.plan) s.plan = void 0;
  if (!c.todos) {
    s.todos = void 0;
    s.tasks = [];
  }
  if (!c.subagents) s.subagents = [];
  if (!c.files) s.files = [];
  if (!c.lastMessage) s.lastMessage = void 0;
  if (!c.git) s.git = void 0;
}
async function save(input, ctx) {
  const { config: config2, log: log2 } = ctx;
  const started = config2.now();
  const paths = statePaths(config2.stateDir);
  const ready = prepareStateDir(paths);
  if (ready !== true) {
    log2(log.stateDirRefused(ready.refused));
    return {};
  }
  const settings = config2.settings;
  const redact2 = makeRedactor(settings.redact);
  const nowIso = new Date(started).toISOString();
  const event = input.hook_event_name;
  const gitTimeout = Math.min(2e3, remaining(ctx) / 2);
  const gitPromise = settings.collectors.git && event !== "SubagentStop" ? withTimeout(collectGit(config2.projectDir, gitTimeout, redact2, nowIso), gitTimeout + 250, null) : null;
  const release = await acquire(sessionLock(paths, input.session_id), {
    timeoutMs: Math.min(2500, remaining(ctx) / 2),
    now: config2.now,
    onStale: () => log2(log.lockStale("session"))
  });
  if (!release) {
    log2(log.lockTimeout("session"));
    await gitPromise;
    return {};
  }
  try {
    const s = readSession(paths, input.session_id) ?? startSession(paths, input.session_id, config2, nowIso);
    if (input.transcript_path && event !== "SubagentStop") {
      updateFromTranscript(s, input.transcript_path, config2, redact2, started + (ctx.deadline - started) * 0.6, log2);
    }
    if (event === "SubagentStop") {
      if (isCompactionAgent(input)) {
        log2(log.compactionAgent);
        return {};
      }
      recordSubagentStop(s, input, config2, redact2, nowIso);
    }
    if (event === "Stop") {
      recordBackgroundTasks(s, input, redact2, nowIso);
      const last = input.last_assistant_message?.trim();
      if (last) s.lastMessage = { text: clip(redact2(last), 1500), at: nowIso };
    }
    if (event === "SessionEnd") s.endReason = input.reason;
    if (settings.collectors.todos) {
      const tasks = readTaskDir(config2.claudeDir, config2.taskListId ?? input.session_id, redact2);
      if (tasks) s.tasks = tasks;
    }
    if (settings.collectors.plan) s.plan = resolvePlan(s, { projectDir: config2.projectDir, claudeDir: config2.claudeDir, redact: redact2 });
    if (gitPromise) {
      const git = await gitPromise;
      if (git) s.git = git;
      if (git && git.status === "error") log2(log.gitFailed(git.reason ?? "unknown"));
      if (!git) log2(log.gitFailed("timed out"));
    }
    applyCollectorSwitches(s, settings.collectors);
    s.savedAt = nowIso;
    s.lastEvent = event;
    writeSession(paths, s);
  } finally {
    release();
  }
  const releaseProject = await acquire(paths.projectLock, {
    timeoutMs: Math.min(2500, remaining(ctx)),
    now: config2.now,
    onStale: () => log2(log.lockStale("project"))
  });
  if (!releaseProject) {
    log2(log.lockTimeout("project"));
    return {};
  }
  try {
    publish(paths, input.session_id, settings.keep);
  } finally {
    releaseProject();
  }
  log2(log.saved(event, input.session_id, config2.now() - started));
  return {};
}

// src/events/dispatch.ts
var handlers = {
  SessionStart: restore,
  Stop: save,
  SubagentStop: save,
  PreCompact: save,
  SessionEnd: save
};
function dispatch(input, ctx) {
  const handler = handlers[input.hook_event_name];
  return handler(input, ctx);
}

// src/events/schema.ts
var loose = (t) => _catch(optional(t), void 0);
var common = {
  session_id: string2().check(_minLength(1), _maxLength(4096)),
  transcript_path: loose(string2()),
  cwd: loose(string2())
};
var BackgroundTask = object({
  id: string2(),
  type: loose(string2()),
  status: loose(string2()),
  description: loose(string2()),
  agent_type: loose(string2())
});
var SessionStartInput = object({
  ...common,
  hook_event_name: literal("SessionStart"),
  source: _catch(string2(), "startup")
});
var StopInput = object({
  ...common,
  hook_event_name: literal("Stop"),
  stop_hook_active: loose(boolean2()),
  last_assistant_message: loose(string2()),
  background_tasks: _catch(optional(array(_catch(nullable(BackgroundTask), null))), void 0)
});
var SubagentStopInput = object({
  ...common,
  hook_event_name: literal("SubagentStop"),
  agent_id: loose(string2()),
  agent_type: loose(string2()),
  agent_transcript_path: loose(string2()),
  last_assistant_message: loose(string2())
});
var PreCompactInput = object({
  ...common,
  hook_event_name: literal("PreCompact"),
  trigger: loose(string2())
});
var SessionEndInput = object({
  ...common,
  hook_event_name: literal("SessionEnd"),
  reason: loose(string2())
});
var HookInput = discriminatedUnion("hook_event_name", [
  SessionStartInput,
  StopInput,
  SubagentStopInput,
  PreCompactInput,
  SessionEndInput
]);
var EVENT_NAMES = ["SessionStart", "Stop", "SubagentStop", "PreCompact", "SessionEnd"];
var MAX_INPUT_BYTES = 8 << 20;
async function runHook(raw, opt2) {
  const now = opt2.now ?? (() => Date.now());
  if (isDisabled(opt2.env)) return {};
  const early = fileLogger(path3__namespace.join(projectDirFrom(opt2.env, void 0, opt2.cwd), STATE_DIR), now, "input");
  const text = raw.toString("utf8");
  if (!text.trim()) {
    early(log.badInput("empty"));
    return {};
  }
  let json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    early(log.badInput("not JSON"));
    return {};
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    early(log.badInput("not a JSON object"));
    return {};
  }
  const name = json.hook_event_name;
  if (typeof name !== "string" || !EVENT_NAMES.includes(name)) {
    early(log.unknownEvent(String(name).slice(0, 60)));
    return {};
  }
  const parsed = HookInput.safeParse(json);
  if (!parsed.success) {
    early(log.badInput(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ").slice(0, 300)));
    return {};
  }
  const input = parsed.data;
  const inputCwd = input.cwd && path3__namespace.isAbsolute(input.cwd) ? input.cwd : void 0;
  const config2 = { ...resolveConfig(opt2.env, opt2.cwd, inputCwd), now };
  const log2 = fileLogger(config2.stateDir, now, input.hook_event_name);
  for (const p of config2.settingsProblems) log2(log.configInvalid(p));
  return dispatch(input, { config: config2, log: log2, deadline: opt2.startedAt + config2.settings.budgetMs });
}
var HARD_BUDGET_MS = 8e3;
function crashLog(err) {
  const dir = path3__namespace.join(projectDirFrom(process.env, void 0, process.cwd()), STATE_DIR);
  fileLogger(dir, Date.now, "crash")(log.crashed(err instanceof Error ? `${err.message} ${err.stack?.split("\n")[1]?.trim() ?? ""}` : String(err)));
}
async function hook(startedAt) {
  setTimeout(() => {
    crashLog(new Error(log.budgetExceeded(HARD_BUDGET_MS)));
    process.exit(0);
  }, HARD_BUDGET_MS).unref();
  if (isDisabled(process.env)) process.exit(0);
  const input = process.stdin.isTTY ? { data: Buffer.alloc(0) } : await readStream(process.stdin, MAX_INPUT_BYTES);
  if ("tooLarge" in input) {
    fileLogger(path3__namespace.join(projectDirFrom(process.env, void 0, process.cwd()), STATE_DIR), Date.now, "input")(
      log.tooLarge(MAX_INPUT_BYTES)
    );
    process.exit(0);
  }
  const outcome = await runHook(input.data, { env: process.env, cwd: process.cwd(), startedAt });
  if (outcome.stdout) await new Promise((done) => process.stdout.write(outcome.stdout, () => done()));
}
async function main() {
  const startedAt = Date.now();
  const [command, ...args] = process.argv.slice(2);
  if (!command || command === "hook") {
    await hook(startedAt).catch(crashLog);
    process.exit(0);
  }
  const result = await runCommand(command, { args, env: process.env, cwd: process.cwd(), tty: !!process.stdout.isTTY });
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
main().catch((err) => {
  crashLog(err);
  process.exitCode = process.argv.length > 2 ? 1 : 0;
});
/*! Bundled license information:

imurmurhash/imurmurhash.js:
  (**
   * @preserve
   * JS Implementation of incremental MurmurHash3 (r150) (as of May 10, 2013)
   *
   * @author <a href="mailto:jensyt@gmail.com">Jens Taylor</a>
   * @see http://github.com/homebrewing/brauhaus-diff
   * @author <a href="mailto:gary.court@gmail.com">Gary Court</a>
   * @see http://github.com/garycourt/murmurhash-js
   * @author <a href="mailto:aappleby@gmail.com">Austin Appleby</a>
   * @see http://sites.google.com/site/murmurhash/
   *)
*/
