/**
 * Turns on Node's compile cache for the build (in the system's temporary folder unless NODE_COMPILE_CACHE
 * names one), so that each build after the first loads Astro, Vite and the site's code from compiled code
 * instead of compiling them again; the environment variable hands it to the parser's process and the threads.
 */
import { enableCompileCache } from 'node:module';

// The folder it was given, not `getCompileCacheDir()`'s: that one names a subfolder for this Node version.
const { directory } = enableCompileCache();
if (directory !== undefined) process.env['NODE_COMPILE_CACHE'] = directory;
