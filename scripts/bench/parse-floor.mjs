#!/usr/bin/env node
// The floor of a cold first save: read the transcript in 1 MB chunks and JSON.parse every line,
// nothing else. `node scripts/bench/parse-floor.mjs <file.jsonl>` prints the number of records.
import * as fs from "node:fs";

const file = process.argv[2];
if (!file) throw new Error("usage: parse-floor.mjs <file.jsonl>");
const fd = fs.openSync(file, "r");
const buf = Buffer.allocUnsafe(1 << 20);
let carry = Buffer.alloc(0);
let records = 0;
const parse = (bytes) => {
  if (bytes.length === 0) return;
  try {
    JSON.parse(bytes.toString("utf8"));
    records++;
  } catch {
    /* a broken line counts as nothing, as in the hook */
  }
};
for (let pos = 0; ; ) {
  const n = fs.readSync(fd, buf, 0, buf.length, pos);
  if (n <= 0) break;
  pos += n;
  const chunk = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
  let start = 0;
  for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
    parse(chunk.subarray(start, nl));
    start = nl + 1;
  }
  carry = Buffer.from(chunk.subarray(start));
}
parse(carry);
fs.closeSync(fd);
process.stdout.write(`${records}\n`);
