/**
 * The papers collection's loader: the parser's records, each validated against the collection's schema only
 * when it is new or changed since the last build, where Astro's `file()` loader validates every record on
 * every build.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/** A record as the parser writes it: an object with a string id. */
type Raw = Record<string, unknown> & { id: string };

/**
 * Loads the records in `file` (relative to the project's root) into the store, none while the file does not
 * exist. `schemaVersion` stands for the schema's code: the store keeps what the schema made of a record, so a
 * changed schema must validate every record again.
 */
export function papersLoader(file: string, schemaVersion: string): Loader {
  const sync = async (context: LoaderContext, path: string) => {
    const { store } = context;
    const filePath = relative(fileURLToPath(context.config.root), path).split('\\').join('/');
    const text = await readFile(path, 'utf8').catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return undefined;
    });
    // A fresh clone has no records until the parser runs; type generation and checks still need the store.
    if (text === undefined) {
      context.logger.warn(`${filePath}: not found, so no papers are loaded; npm run parse writes it`);
    }
    const records = text === undefined ? [] : parseRecords(text, filePath);
    const ids = new Set<string>();
    for (const raw of records) {
      ids.add(raw.id);
      const digest = context.generateDigest(`${schemaVersion}\0${JSON.stringify(raw)}`);
      if (store.get(raw.id)?.digest === digest) continue;
      const data = await context.parseData({ id: raw.id, data: raw, filePath });
      store.set({ id: raw.id, data, digest, filePath });
    }
    for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  };
  return {
    name: 'paper-digest:papers',
    load: async (context) => {
      // The watcher reports absolute paths.
      const path = resolve(fileURLToPath(context.config.root), file);
      await sync(context, path);
      // The dev server loads the records again when the parser writes them, one load at a time: two at once
      // would each remove what the other added.
      let loading = Promise.resolve();
      context.watcher?.add(path);
      const reload = (changed: string) => {
        if (changed !== path) return;
        loading = loading
          .then(() => sync(context, path))
          .catch((error: unknown) =>
            context.logger.error(error instanceof Error ? error.message : String(error)),
          );
      };
      context.watcher?.on('add', reload);
      context.watcher?.on('change', reload);
    },
  };
}

/** The records of the papers file's `text`; throws, naming `file`, when it is not an array of records. */
function parseRecords(text: string, file: string): Raw[] {
  const problem = `${file}: not an array of paper records with ids; run npm run parse to write it again`;
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (error) {
    throw new Error(`${problem} (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  const isRecord = (value: unknown): value is Raw =>
    typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
  if (!Array.isArray(records) || !records.every(isRecord)) throw new Error(problem);
  return records;
}
