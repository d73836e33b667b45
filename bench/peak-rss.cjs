// Loaded with `node --require`: reports the peak resident memory (KB) when the process exits: its own,
// or that of a worker process of the command line's batch (lib/cli/pool.js), whichever is higher.
process.on("exit", () => {
  let kb = process.resourceUsage().maxRSS;
  const pool = require.cache[require.resolve("../lib/cli/pool.js")];
  if (pool) kb = Math.max(kb, pool.exports.peakWorkerRssKb());
  require("node:fs").writeSync(2, `\nSAKIP_PEAK_RSS_KB=${kb}\n`);
});
