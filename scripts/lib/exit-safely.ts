/**
 * Keeps V8 from compiling baseline code in a background thread: such a job can wait for a garbage collection
 * that only the main thread runs, and `process.exit` leaves the main thread waiting for the job, so that now
 * and then a build that had finished, failed build above all, hung instead of exiting
 * (https://github.com/nodejs/node/issues/54918). The main thread compiles that code itself, quickly.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-concurrent-sparkplug');
