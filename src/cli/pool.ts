/**
 * Files of a batch checked on every core, each in isolation: a worker process with its own heap
 * limit and a time limit per file. A crash, a memory limit or a time limit becomes that file's
 * error line, the worker is replaced, and the other files are reported in full. Processes rather
 * than worker threads: V8 aborts the whole process when a heap limit is reached inside some of its
 * own code (a regular expression), and a thread would take the batch down with it.
 */
import { fork, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Checked } from "./check-file";

export const FILE_LIMITS = {
  /** Seconds one file may take; a 40-perangkat-daerah roll-up takes under 3 s here. */
  seconds: 30,
  /** Heap one file may use, in MB. */
  heapMb: 1024,
};

export interface PoolOptions {
  readonly copy: boolean;
  readonly seconds?: number;
  readonly heapMb?: number;
  readonly workers?: number;
}

function spawn(heapMb: number): ChildProcess {
  // From the compiled command line the worker is worker.js; from the TypeScript sources (tests) tsx runs worker.ts.
  const ts = __filename.endsWith(".ts");
  const w = fork(join(__dirname, ts ? "worker.ts" : "worker.js"), [], {
    execArgv: [...(ts ? ["--import", "tsx"] : []), `--max-old-space-size=${heapMb}`],
    serialization: "advanced",
    stdio: ["ignore", "ignore", "ignore", "ipc"],
  });
  // Failures are reported per file while a file is checked; an idle worker's end is no error.
  w.on("error", () => undefined);
  return w;
}

function stop(w: ChildProcess): void {
  if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL");
}

let workerPeakKb = 0;

/** The highest peak resident memory (KB) any worker process of this run reported; for the benchmark. */
export function peakWorkerRssKb(): number {
  return workerPeakKb;
}

const failed = (file: string, error: string): Checked => ({ result: { file, tables: [], findings: [], error } });

/** Checks every file; `done` is called in input order, each as soon as it and those before it are done. */
export async function checkFiles(files: readonly string[], o: PoolOptions, done: (i: number, c: Checked) => void | Promise<void>): Promise<void> {
  const seconds = o.seconds ?? FILE_LIMITS.seconds;
  const heapMb = o.heapMb ?? FILE_LIMITS.heapMb;
  const results = new Map<number, Checked>();
  let next = 0;
  let emitting = Promise.resolve();
  const settle = (i: number, c: Checked) => {
    results.set(i, c);
    emitting = emitting.then(async () => {
      while (results.has(next)) {
        const r = results.get(next)!;
        results.delete(next);
        await done(next++, r);
      }
    });
  };
  let queued = 0;
  const lane = async () => {
    let worker: ChildProcess | null = null;
    while (queued < files.length) {
      const i = queued++;
      const file = files[i]!;
      worker ??= spawn(heapMb);
      const w = worker;
      // A worker that timed out, ran out of memory or crashed is replaced; one that answered is reused.
      let broken = false;
      const c = await new Promise<Checked>((res) => {
        const onMessage = (m: { id: number; checked: Checked; maxRssKb?: number }) => {
          if (m.maxRssKb !== undefined) workerPeakKb = Math.max(workerPeakKb, m.maxRssKb);
          if (m.id === i) finish(m.checked, false);
        };
        const onError = (e: Error) => finish(failed(file, `kesalahan tak terduga: ${e.message}`), true);
        // V8 ends a process that reaches its heap limit with SIGABRT (exit 134).
        const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
          finish(
            failed(
              file,
              signal === "SIGABRT" || code === 134
                ? `pemeriksaan dihentikan: memori melebihi ${heapMb.toLocaleString("id-ID")} MB (batas per berkas)`
                : "pemeriksaan berhenti tanpa hasil",
            ),
            true,
          );
        const timer = setTimeout(() => {
          finish(
            failed(file, `pemeriksaan dihentikan setelah ${seconds} detik (batas waktu per berkas); berkas ini terlalu besar atau rumit untuk diperiksa`),
            true,
          );
        }, seconds * 1000);
        function finish(c: Checked, dead: boolean) {
          clearTimeout(timer);
          w.off("message", onMessage).off("error", onError).off("exit", onExit);
          broken = dead;
          res(c);
        }
        w.on("message", onMessage).on("error", onError).on("exit", onExit);
        w.send({ id: i, file, copy: o.copy });
      });
      if (broken) {
        stop(w);
        worker = null;
      }
      settle(i, c);
    }
    if (worker) {
      const w = worker;
      await new Promise<void>((res) => {
        if (w.exitCode !== null || w.signalCode !== null) return res();
        w.once("exit", () => res());
        w.disconnect();
      });
    }
  };
  // SAKIP_PEKERJA sets the number of workers (the benchmark compares 1 with every core).
  const n = Math.max(1, Math.min(files.length, o.workers ?? (Number(process.env.SAKIP_PEKERJA) || availableParallelism())));
  await Promise.all(Array.from({ length: n }, lane));
  await emitting;
}
