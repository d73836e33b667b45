#!/usr/bin/env node
// The `sakip` command line; the TypeScript in src/cli is compiled to lib/ by `npm run build:cli`
// (run by npm install through the "prepare" script). The exit code is set, never forced with
// process.exit, so output through a pipe is written in full before the process ends.
const { main } = require("../lib/cli/main.js");

// Output cut short by the reader (`sakip periksa … | head`) ends the command quietly, as for other tools.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`Terjadi kesalahan tak terduga: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 2;
  },
);
