/** The thread of `src/integrations/reuse-pages.ts`: copies one folder into another, but what a third one has. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { copyTree } from './copy-tree.ts';

const { from, to, besides } = workerData as { from: string; to: string; besides: string };
parentPort?.postMessage(copyTree(from, to, (path) => existsSync(join(besides, path))));
