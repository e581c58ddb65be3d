/** The thread of `src/integrations/reuse-pages.ts`: places one folder's files in another, but what a third one has. */
import { parentPort, workerData } from 'node:worker_threads';
import { filesBelow, placeTree } from './place-tree.ts';

const { from, to, besides } = workerData as { from: string; to: string; besides: string };
// One walk of the third folder, not a look-up per placed file.
const kept = new Set(filesBelow(besides));
parentPort?.postMessage(placeTree(from, to, (path) => kept.has(path)));
