#!/usr/bin/env node
// The `sakip` command line; the TypeScript in src/cli is compiled to lib/ by `npm run build:cli`
// (run by npm install through the "prepare" script). The exit code is set, never forced with
// process.exit, so output through a pipe is written in full before the process ends.
const { main } = require("../lib/cli/main.js");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`Terjadi kesalahan tak terduga: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 2;
  },
);
