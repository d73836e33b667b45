#!/usr/bin/env node
// The `sakip` command line; the TypeScript in src/cli is compiled to lib/ by `npm run build:cli`
// (run by npm install through the "prepare" script).
const { main } = require("../lib/cli/main.js");

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(`Terjadi kesalahan tak terduga: ${e && e.message ? e.message : e}`);
    process.exit(2);
  },
);
