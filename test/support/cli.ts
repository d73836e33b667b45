/** Runs the command line in-process, collecting what it writes to stdout and stderr. */
import { main } from "../../src/cli/main";

export async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
