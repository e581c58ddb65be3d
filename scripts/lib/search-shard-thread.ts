/** A worker thread of `buildSearchShards`: writes the shard it is given (`search-shard.ts`), then says so. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeShard, type ShardTask } from './search-shard.ts';

await writeShard(workerData as ShardTask);
parentPort?.postMessage('written');
