/**
 * The audit's worker thread: receives chunks of files (whole folders), analyses them one after
 * another, and returns each chunk's summaries in the order the chunks came.
 */
import { parentPort } from 'node:worker_threads';
import { analyseBatch } from './audit-analyse';

export interface WorkerJob {
  root: string;
  paths: string[];
}

let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (job: WorkerJob) => {
  queue = queue.then(() =>
    analyseBatch(job.root, job.paths).then(
      (results) => parentPort?.postMessage({ results }),
      // Never document text: only the kind of error goes back.
      (e: unknown) => parentPort?.postMessage({ error: e instanceof Error ? e.name : 'error' }),
    ),
  );
});
