/**
 * The one way to build an internal URL: prefixes the configured base path
 * (`import.meta.env.BASE_URL`, e.g. `/paper-digest/`) and ends pages with a slash
 * (`trailingSlash: 'always'`). Files (a path whose last segment has a dot) keep no slash.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  // The common case, a relative page path with its slash (several links per card on every page), fast.
  if (path.endsWith('/') && !path.startsWith('/') && !/[?#]/.test(path)) return `${root}${path}`;
  const [pathname = '', suffix = ''] = splitSuffix(path.replace(/^\/+/, ''));
  const last = pathname.split('/').at(-1) ?? '';
  const slashed = pathname === '' || pathname.endsWith('/') || last.includes('.') ? pathname : `${pathname}/`;
  return `${root}${slashed}${suffix}`;
}

function splitSuffix(path: string): [string, string] {
  const at = path.search(/[?#]/);
  return at === -1 ? [path, ''] : [path.slice(0, at), path.slice(at)];
}

/**
 * The id in an internal page URL built by `withBase`: `<section>/<id>/` at the end of the path, whatever the
 * base (`/paper-digest/tags/time-series/` → `time-series`); undefined for any other path. Lets the browser
 * scripts read a card's paper or a chip's tag from its link instead of the page repeating it in an attribute.
 */
export function idInPath(pathname: string, section: 'papers' | 'tags'): string | undefined {
  return new RegExp(`/${section}/([^/]+)/$`).exec(pathname)?.[1];
}
