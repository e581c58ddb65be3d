/**
 * Which imported reading-list ids are papers this site has: an id without a page would list a dead link.
 * Each id is checked against its own paper page, so an import costs one small request per new id and no
 * index of every paper has to be downloaded.
 */

/** Splits `stars` into those whose paper exists and those that do not, keeping their order. */
export async function keepKnown<T extends { id: string }>(
  stars: readonly T[],
  exists: (id: string) => Promise<boolean>,
): Promise<{ kept: T[]; dropped: T[] }> {
  const found = await Promise.all(stars.map((star) => exists(star.id)));
  return {
    kept: stars.filter((_star, i) => found[i]),
    dropped: stars.filter((_star, i) => !found[i]),
  };
}

/** Whether the page at `url` exists: only a 404 or 410 says no, so a flaky network never loses stars. */
export async function pageExists(url: string, request: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await request(url, { method: 'HEAD' });
    return response.status !== 404 && response.status !== 410;
  } catch {
    return true;
  }
}

/** The sentence the Starred page adds after an import that dropped `count` ids; empty when none were. */
export function droppedNotice(count: number): string {
  if (count === 0) return '';
  return `${count === 1 ? '1 id was' : `${count} ids were`} not imported: no such paper on this site.`;
}
