// Loaded with `node --require`: reports the process's peak resident memory (KB) when it exits.
process.on("exit", () => {
  require("node:fs").writeSync(2, `\nSAKIP_PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
