/**
 * LibreOffice for tests: where `soffice` is, and a headless conversion with a timeout. Each
 * conversion gets its own fresh profile (-env:UserInstallation), so parallel runs do not clash
 * over a shared one (LibreOffice otherwise hands the job to an already running instance or
 * fails on the profile lock).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** The soffice executable: $SOFFICE, then soffice or libreoffice on the PATH, then the usual install places; null when absent. */
export function sofficePath(): string | null {
  const env = process.env.SOFFICE;
  if (env && existsSync(env)) return env;
  for (const name of ["soffice", "libreoffice"]) {
    const found = spawnSync(process.platform === "win32" ? "where" : "which", [name], { encoding: "utf8" });
    const path = found.status === 0 ? found.stdout.split(/\r?\n/)[0]?.trim() : "";
    if (path && existsSync(path)) return path;
  }
  const places = [
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  ];
  try {
    for (const d of readdirSync("/opt")) if (/^libreoffice/i.test(d)) places.push(join("/opt", d, "program", "soffice"));
  } catch {
    // No /opt: nothing more to try.
  }
  return places.find((p) => existsSync(p)) ?? null;
}

export interface ConvertResult {
  /** soffice's exit code; null when it was killed (on the timeout). */
  readonly code: number | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** The converted file's path when soffice wrote it, else null. */
  readonly output: string | null;
  readonly ms: number;
}

/**
 * Converts `file` with `soffice --headless --convert-to <format> --outdir <outdir>`. `format` is
 * what --convert-to takes: "pdf", "csv", or with a filter and options such as
 * 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1' (every sheet
 * to its own file, named <file>-<Sheet>.csv). Never rejects: a missing soffice rejects only when
 * called anyway.
 */
export function convert(file: string, format: string, outdir: string, options: { timeoutMs?: number } = {}): Promise<ConvertResult> {
  const soffice = sofficePath();
  if (!soffice) return Promise.reject(new Error("LibreOffice (soffice) is not installed"));
  const timeoutMs = options.timeoutMs ?? 120_000;
  const profile = mkdtempSync(join(tmpdir(), "sakip-lo-profile-"));
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", format, "--outdir", outdir, file],
      {
        stdio: ["ignore", "pipe", "pipe"],
        // Its own process group, so a timeout ends soffice.bin too, not only the launcher.
        detached: process.platform !== "win32",
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(process.platform === "win32" ? child.pid : -child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    const finish = (code: number | null) => {
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
      const ext = format.split(":")[0]!;
      const expected = join(outdir, `${basename(file, extname(file))}.${ext}`);
      resolve({ code, timedOut, stdout, stderr, output: existsSync(expected) ? expected : null, ms: Date.now() - started });
    };
    child.on("error", (e) => {
      stderr += String(e);
      finish(null);
    });
    child.on("close", (code) => finish(code));
  });
}
