/**
 * Sizes libuv's thread pool before anything queues work on it (the pool reads the variable once, when it starts),
 * so that the file writes of rendering leave the rendering thread a core of its own: one thread per core but
 * one, at least one and at most Node's own four. A value set in the environment wins; empty counts as unset.
 */
import { availableParallelism } from 'node:os';

if (!process.env['UV_THREADPOOL_SIZE'])
  process.env['UV_THREADPOOL_SIZE'] = String(Math.min(4, Math.max(1, availableParallelism() - 1)));
