/** The thread of `src/integrations/prepare.ts`: reads the records of the papers file it is given and prepares them. */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { prepare } from '../lib/site/prepared.ts';
import type { Paper } from '../schemas/paper.ts';

const papers = JSON.parse(await readFile(workerData as string, 'utf8')) as Paper[];
parentPort?.postMessage(prepare(papers));
