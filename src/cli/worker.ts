/**
 * The audit's worker thread: receives chunks of files (whole folders), summarises them one after
 * another with the core's loop, and returns each chunk's results in the order the chunks came.
 */
import { parentPort } from 'node:worker_threads';
import { summariseFiles } from '../core/audit/run';
import { sha256 } from './hash';
import { nodeReader } from './node-reader';

export interface WorkerJob {
  root: string;
  paths: string[];
  /** The audit's today (a Day). */
  today?: number;
}

let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (job: WorkerJob) => {
  queue = queue.then(() =>
    summariseFiles(nodeReader, job.paths, job.root, { hash: sha256, today: job.today }).then(
      (results) => parentPort?.postMessage({ results }),
      // Never document text: only the kind of error goes back.
      (e: unknown) => parentPort?.postMessage({ error: e instanceof Error ? e.name : 'error' }),
    ),
  );
});
