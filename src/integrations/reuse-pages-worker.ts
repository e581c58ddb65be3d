/** The thread of `src/integrations/reuse-pages.ts`: copies the folder it is given into the other. */
import { parentPort, workerData } from 'node:worker_threads';
import { copyTree } from '../../scripts/lib/copy-tree.ts';

const { from, to } = workerData as { from: string; to: string };
parentPort?.postMessage(copyTree(from, to));
