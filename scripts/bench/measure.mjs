// Runs one process and reports its wall time (spawn to close, measured here) and its peak RSS.
// Peak RSS comes from GNU time (`/usr/bin/time -f %M`) when it works, else from a preloaded
// snippet that reads VmHWM from /proc/self/status as the process exits, else it is unknown.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const GNU_TIME = "/usr/bin/time";

const HWM_PRELOAD = `"use strict";
process.on("exit", () => {
  try {
    const fs = require("fs");
    const m = /VmHWM:\\s+(\\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m && process.env.BENCH_HWM_FILE) fs.writeFileSync(process.env.BENCH_HWM_FILE, m[1]);
  } catch {}
});
`;

/** Picks how peak RSS is measured; `work` is a scratch folder for the preload and result files. */
export function rssProbe(work) {
  const out = path.join(work, "rss-probe");
  if (fs.existsSync(GNU_TIME) && process.env.BENCH_RSS !== "proc") {
    const r = spawnSync(GNU_TIME, ["-f", "%M", "-o", out, process.execPath, "-e", "0"], { stdio: "ignore" });
    const kb = r.status === 0 && fs.existsSync(out) ? Number(fs.readFileSync(out, "utf8").trim().split("\n").pop()) : NaN;
    if (Number.isFinite(kb) && kb > 0) return { kind: "time", label: "GNU time %M", work };
  }
  if (fs.existsSync("/proc/self/status")) {
    const preload = path.join(work, "hwm-preload.cjs");
    fs.writeFileSync(preload, HWM_PRELOAD);
    return { kind: "proc", label: "VmHWM at exit (preload)", work, preload };
  }
  return { kind: "none", label: "not measured", work };
}

let seq = 0;

/**
 * Runs `node <args>` with `env`, `cwd` and `input` on stdin. Resolves with
 * { wallMs, rssKb (or null), code, stdout, stderr }.
 */
export function runNode(args, { env, cwd, input = "" }, rss) {
  const rssFile = path.join(rss.work, `rss-${process.pid}-${seq++}`);
  let cmd = process.execPath;
  let argv = [...(process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(" ") : []), ...args];
  const childEnv = { ...env };
  if (rss.kind === "time") {
    cmd = GNU_TIME;
    argv = ["-f", "%M", "-o", rssFile, process.execPath, ...argv];
  } else if (rss.kind === "proc") {
    childEnv.NODE_OPTIONS = `--require ${rss.preload}`;
    childEnv.BENCH_HWM_FILE = rssFile;
  }
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { env: childEnv, cwd, stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let rssKb = null;
      try {
        const text = fs.readFileSync(rssFile, "utf8").trim().split("\n").pop() ?? "";
        const n = Number(text);
        if (Number.isFinite(n) && n > 0) rssKb = n;
        fs.rmSync(rssFile, { force: true });
      } catch {
        /* unknown */
      }
      resolve({ wallMs, rssKb, code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(input);
  });
}

export function median(xs) {
  const v = xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
