/** A fingerprint of data, for cache keys: equal data (as JSON), equal key. */
import { createHash } from 'node:crypto';

export function fingerprint(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('base64url');
}

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
