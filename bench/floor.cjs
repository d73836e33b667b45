// The floor: reading the file and inflating every part of the archive, nothing more (through the
// command line's own archive guard, compiled to lib/).
const { readFileSync } = require("node:fs");
const { openArchive } = require("../lib/cli/zip-guard.js");

let bytes = 0;
for (const file of process.argv.slice(2)) {
  const archive = openArchive(readFileSync(file));
  for (const e of archive.entries) bytes += archive.read(e.name)?.length ?? 0;
}
if (bytes < 0) console.log(bytes);
