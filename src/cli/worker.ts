/** A worker process of the batch: checks the files it is sent, one at a time. */
import { checkOne } from "./check-file";

process.on("message", (job: { id: number; file: string; copy: boolean }) => {
  // Its peak memory goes with each answer, so the batch can report the peak of every process.
  void checkOne(job.file, job.copy).then((checked) => process.send?.({ id: job.id, checked, maxRssKb: process.resourceUsage().maxRSS }));
});
// The batch ends this process when it is done; a lost parent ends it too.
process.on("disconnect", () => process.exit(0));
