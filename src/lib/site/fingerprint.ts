/** A fingerprint of data, for cache keys: equal data (as JSON), equal key. */
import { createHash } from 'node:crypto';

export function fingerprint(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('base64url');
}
