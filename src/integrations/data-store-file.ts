/**
 * Astro puts the content collection's store into the build's bundle as one string literal, which the bundler
 * then parses, hashes and writes out again: slow for a large collection. In a build, this integration's
 * module for the store is loaded before Astro's and reads Astro's cache file when the pages render instead.
 * Astro would take a failed read for an empty store, so the module leaves its outcome for the build to
 * report.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the store's module (`astro:data-layer-content`). */
export const STORE_MODULE = '\0astro:data-layer-content';

/** Where the module leaves `true` or its error: a global, as the bundle does not share this module graph. */
const OUTCOME = 'paper-digest:data-store-read';
type Holder = { [key: symbol]: unknown };

/**
 * What Astro's own loader marks its module with (`createContentDataIncrementalMetadata`, not exported): left
 * out of the pages' code hashes, so that new data does not make every page render again.
 */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** The module's code: the store in the file at `path`, read when the module runs. */
export function storeModule(path: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `const outcome = Symbol.for(${JSON.stringify(OUTCOME)});`,
    `let store;`,
    `try {`,
    `  store = JSON.parse(readFileSync(${JSON.stringify(path)}, 'utf8'));`,
    `  globalThis[outcome] = true;`,
    `} catch (error) {`,
    `  globalThis[outcome] = error;`,
    `  throw error;`,
    `}`,
    `export default store;`,
  ].join('\n');
}

/**
 * What became of the module's read since the last call: true, its error, or undefined when it did not run.
 */
export function takeStoreOutcome(): unknown {
  const holder = globalThis as Holder;
  const outcome = holder[Symbol.for(OUTCOME)];
  delete holder[Symbol.for(OUTCOME)];
  return outcome;
}

export function dataStoreFile(): AstroIntegration {
  /** The store's file, once the configuration is final, when this build reads it (not in chunked storage). */
  let path = '';
  /** Whether the bundler asked for the store's module. */
  let asked = false;
  return {
    name: 'paper-digest:data-store-file',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        path = '';
        asked = false;
        takeStoreOutcome();
        if (command !== 'build') return;
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
                    if (!path || !existsSync(path)) return undefined;
                    return { code: storeModule(path), meta: CONTENT_DATA_META };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        // Chunked storage keeps the store in other files; a data-store.json there would be an old one.
        const storage = config.experimental.collectionStorage;
        if (storage === undefined || storage === 'single-file')
          path = fileURLToPath(new URL('data-store.json', config.cacheDir));
      },
      'astro:build:done': ({ logger }) => {
        const outcome = takeStoreOutcome();
        if (outcome === true) logger.info(`the content store was read from ${path}, not bundled`);
        else if (outcome !== undefined) {
          const reason = outcome instanceof Error ? outcome.message : 'an unknown error';
          throw new Error(`the content store could not be read from ${path}: ${reason}`, { cause: outcome });
        } else if (path && !asked)
          logger.warn("Astro's content store module was not found: the bundle holds the store (slower)");
      },
    },
  };
}
