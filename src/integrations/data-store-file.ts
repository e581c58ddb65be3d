/**
 * Astro puts the content collection's store (about 2 KB a paper) into the build's bundle as one string
 * literal, which the bundler then parses, hashes and writes out again: seconds for ten thousand papers. In a
 * build, this integration's module for the store is loaded before Astro's and reads Astro's cache file when the
 * pages render instead, as the bundled copy would have been read then. The build says which of the two it did.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the store's module (`astro:data-layer-content`). */
export const STORE_MODULE = '\0astro:data-layer-content';

/** The module's code: the store in the file at `path`, read when the module runs. */
export function storeModule(path: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(path)}, 'utf8'));\n`;
}

export function dataStoreFile(): AstroIntegration {
  /** The store's file when this build reads it, whether the bundler asked for its module, whether it was given. */
  let path = '';
  let asked = false;
  let loaded = false;
  return {
    name: 'paper-digest:data-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        path = '';
        asked = loaded = false;
        // Chunked storage keeps the store in other files; a data-store.json there would be an old one.
        const storage = config.experimental.collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        path = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'paper-digest:data-store-file',
                load: {
                  // Before Astro's own loader, which has no order.
                  order: 'pre',
                  filter: { id: new RegExp(`^${STORE_MODULE}$`) },
                  handler: () => {
                    asked = true;
                    // No file, no store: Astro's loader gives the empty one.
                    if (!existsSync(path)) return undefined;
                    loaded = true;
                    return storeModule(path);
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (!path) return;
        if (loaded) logger.info(`the content store was read from ${path}, not bundled`);
        else if (!asked)
          logger.warn("Astro's content store module was not found: the bundle holds the store (slower)");
      },
    },
  };
}
