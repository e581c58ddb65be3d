/**
 * The papers collection's loader: the parser's records, each validated against the collection's schema only
 * when it is new or changed since the last build. Astro's `file()` loader validates every record on every
 * build, which is most of the content sync when one dump adds a hundred papers to ten thousand.
 */
import { readFile } from 'node:fs/promises';
import type { Loader, LoaderContext } from 'astro/loaders';

/** A record as the parser writes it: an object with a string id. */
type Raw = Record<string, unknown> & { id: string };

/**
 * Loads the records in `file` into the store. `schemaVersion` stands for the schema's code: the store keeps
 * what the schema made of a record, so a changed schema must validate every record again.
 */
export function papersLoader(file: string, schemaVersion: string): Loader {
  const sync = async (context: LoaderContext) => {
    const { store } = context;
    const records = parseRecords(await readFile(file, 'utf8'), file);
    const ids = new Set<string>();
    for (const raw of records) {
      ids.add(raw.id);
      const digest = context.generateDigest(`${schemaVersion}\0${JSON.stringify(raw)}`);
      if (store.get(raw.id)?.digest === digest) continue;
      store.set({ id: raw.id, data: await context.parseData({ id: raw.id, data: raw }), digest });
    }
    for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  };
  return {
    name: 'paper-digest:papers',
    load: async (context) => {
      await sync(context);
      // The dev server reloads the records when the parser writes them again, as `file()` does.
      context.watcher?.add(file);
      context.watcher?.on('change', (changed) => {
        if (changed === file) void sync(context);
      });
    },
  };
}

/** The records of the papers file's `text`; throws, naming `file`, when it is not an array of records. */
function parseRecords(text: string, file: string): Raw[] {
  const records: unknown = JSON.parse(text);
  const isRecord = (value: unknown): value is Raw =>
    typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
  if (!Array.isArray(records) || !records.every(isRecord)) {
    throw new Error(`${file}: not an array of paper records with ids; run npm run parse to write it again`);
  }
  return records;
}
