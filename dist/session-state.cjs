#!/usr/bin/env node
'use strict';

// src/cli.ts
async function main() {
  const chunks = [];
  if (!process.stdin.isTTY) {
    for await (const chunk of process.stdin) chunks.push(chunk);
  }
}
main().then(
  () => process.exit(0),
  () => process.exit(0)
);
