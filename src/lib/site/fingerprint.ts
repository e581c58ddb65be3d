/**
 * A fingerprint of data, for cache keys: equal data (as JSON, each shared record standing as its own
 * fingerprint), equal key.
 */
import { createHash } from 'node:crypto';

/** Records that many keys hold (the site's papers); see `shareRecords`. */
const shared = new WeakSet<object>();
/** The fingerprint of each shared record, made on its first use. */
const prints = new WeakMap<object, string>();

export function fingerprint(data: unknown): string {
  return sha256(JSON.stringify(data, shortened));
}

/**
 * Has every fingerprint that holds one of `records` hold that record's own fingerprint instead, made once: a
 * paper shown by its page, its digests' pages and the filter's files is serialized once, not once for each.
 * Equal records still give equal keys and a changed one changed keys, as long as no record changes after this.
 */
export function shareRecords(records: Iterable<object>): void {
  for (const record of records) shared.add(record);
}

/** The JSON replacer that puts a shared record's fingerprint in its place. */
function shortened(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !shared.has(value)) return value;
  let print = prints.get(value);
  if (print === undefined) prints.set(value, (print = sha256(JSON.stringify(value))));
  return print;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * Static paths with their cache keys: each path's params and props, and `shown`, what else its page shows
 * (a `Map` as its entries: JSON drops a map's contents).
 */
export function withCacheKeys<P extends { params: unknown; props: unknown }>(
  paths: readonly P[],
  shown: unknown,
): (P & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: fingerprint([path.params, path.props, shown]) }));
}
