/**
 * The file Astro writes a rendered path to, below the output folder, from the request its prerenderer is
 * given (`build.format: 'directory'`, the only format `reuse-pages.ts` takes): an endpoint's path is its
 * file; a page's is its folder's `index.html`, but the status pages', which are `404.html` and `500.html`.
 */
import { posix } from 'node:path';

/** The route facts the file depends on (Astro's `RouteData`). */
export interface OutputRoute {
  type: string;
  route: string;
}

const STATUS_PAGES = new Set(['/404', '/500']);

/** `url`'s output file relative to the output folder, for a site served under `base`. */
export function outputFile(url: string, base: string, route: OutputRoute): string {
  // As Astro names the file: the path as given, which keeps an escape such as `%23` for `#` in a param.
  const pathname = decodeURI(new URL(url).pathname);
  const prefix = base.replace(/\/?$/, '/');
  const path = (pathname + '/').startsWith(prefix) ? pathname.slice(prefix.length) : pathname.slice(1);
  if (route.type === 'endpoint') return path.replace(/\/$/, '');
  if (STATUS_PAGES.has(route.route)) return `${route.route.slice(1)}.html`;
  return posix.join(path, 'index.html');
}
