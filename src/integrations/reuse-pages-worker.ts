/** The thread of `src/integrations/reuse-pages.ts`: copies one folder into another, but what a third one has. */
import { parentPort, workerData } from 'node:worker_threads';
import { copyTree, filesBelow } from './copy-tree.ts';

const { from, to, besides } = workerData as { from: string; to: string; besides: string };
// One walk of the third folder, not a look-up per copied file.
const kept = new Set(filesBelow(besides));
parentPort?.postMessage(copyTree(from, to, (path) => kept.has(path)));
