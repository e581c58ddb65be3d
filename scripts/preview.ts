/**
 * `npm run preview`: serves the built site (`dist/`) as it will be served, base path included; says how to
 * build it first when there is none, instead of Astro's stack trace.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'astro';

const ROOT = resolve(import.meta.dirname, '..');

if (!existsSync(join(ROOT, 'dist/index.html'))) {
  console.error('preview: error: no site in dist/ to serve: run `npm run build` first');
  process.exit(1);
}
await preview({ root: ROOT });
