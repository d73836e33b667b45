// Compiles the command line (src/core, src/cli → lib/) only when a source is newer than lib/, so
// `npm run periksa` and `npm run bench` answer at once when nothing changed. `npx sakip` never
// compiles: it runs lib/, compiled on install by the "prepare" script.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The newest modification time under a folder (0 when it is missing). */
function newest(dir) {
  let t = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

const sources = Math.max(
  newest(join(root, "src", "core")),
  newest(join(root, "src", "cli")),
  mtime(join(root, "tsconfig.json")),
  mtime(join(root, "tsconfig.cli.json")),
);
const built = mtime(join(root, "lib", "cli", "main.js"));
if (built === 0 || sources > built) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["run", "build:cli", "--silent"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status ?? 1);
}
