/** A worker thread run for its one answer. */
import { Worker } from 'node:worker_threads';

/**
 * Runs the worker module at `url` with `data` as its `workerData`; resolves to the first message it posts,
 * rejects with its error, or when it stops before posting one. `name` names it in that error.
 */
export function inThread<T>(url: URL, data: unknown, name: string): Promise<T> {
  return new Promise((done, fail) => {
    const worker = new Worker(url, { workerData: data });
    worker.once('message', (answer: T) => {
      done(answer);
      void worker.terminate();
    });
    worker.once('error', fail);
    worker.once('exit', (code) =>
      fail(new Error(`${name}: the worker stopped (exit code ${code}) before it was done`)),
    );
  });
}
