/** A worker thread of the batch: checks the files it is sent, one at a time. */
import { parentPort } from "node:worker_threads";
import { checkOne } from "./check-file";

parentPort?.on("message", (job: { id: number; file: string; copy: boolean }) => {
  void checkOne(job.file, job.copy).then((checked) => {
    parentPort!.postMessage({ id: job.id, checked }, checked.copy ? [checked.copy.buffer as ArrayBuffer] : []);
  });
});
