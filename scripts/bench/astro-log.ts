/**
 * Reads `astro build`'s output: the page count it reports, and its per-page render times from the build's page
 * log (`├─ /papers/x/index.html (+12ms)`, `--page-log`) summed per route shape, so that the costly routes stand
 * out. Approximate: pages render side by side, and a time whose path is not right before it is left out.
 */

/** Render time of one route shape: `papers/*`, `tags/*\/N`, `filter/cards/*.json`… */
export interface RouteGroup {
  route: string;
  pages: number;
  ms: number;
}

/** Segments kept as they are when naming a route shape; others become `*` (or `N` when numeric). */
const LITERALS = new Set(['top', 'cards', 'chunks', 'tags', 'scopes', 'feed.xml', 'manifest.json']);

/** The shape of a page path: `/tags/vision/2/index.html` → `tags/*\/N`. */
export function routeShape(path: string): string {
  const segments = path
    .replace(/^\//, '')
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (segments.length === 0) return '/';
  return segments
    .map((segment, at) => {
      if (at === 0 || LITERALS.has(segment)) return segment;
      const extension = /\.[a-z]+$/.exec(segment)?.[0] ?? '';
      return /^\d+(\.[a-z]+)?$/.test(segment) ? `N${extension}` : `*${extension}`;
    })
    .join('/');
}

/** Render times per route shape, costliest first, from the lines of the build's page log. */
export function routeGroups(lines: readonly string[]): RouteGroup[] {
  const groups = new Map<string, RouteGroup>();
  for (const line of lines) {
    const match = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(line);
    if (!match) continue;
    const route = routeShape(match[1]!);
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const group = groups.get(route) ?? { route, pages: 0, ms: 0 };
    group.pages += 1;
    group.ms += ms;
    groups.set(route, group);
  }
  return [...groups.values()].sort((a, b) => b.ms - a.ms);
}

/** The number in astro build's `N page(s) built in …` line, or undefined. */
export function builtPages(lines: readonly string[]): number | undefined {
  for (const line of lines) {
    const match = /(\d+) page\(s\) built in/.exec(line);
    if (match) return Number(match[1]);
  }
  return undefined;
}
