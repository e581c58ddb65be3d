/**
 * Sizes libuv's thread pool, imported before anything can use it (the pool reads the variable once, when it
 * starts). Astro writes every page through that pool, and four threads writing beside the rendering thread, the
 * prepare worker and Pagefind made a two-core build slower: one thread per core but the rendering one is
 * enough for short writes. A value set in the environment wins.
 */
import { availableParallelism } from 'node:os';

process.env['UV_THREADPOOL_SIZE'] ??= String(Math.max(1, availableParallelism() - 1));
