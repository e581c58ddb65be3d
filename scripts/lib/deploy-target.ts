/**
 * Where the built site will be served: Astro's `site` (absolute URL) and `base` (path prefix).
 * Read by `astro.config.mjs`; pure except for `readCname`, so the rules are unit-tested without Astro.
 */
import { readFileSync } from 'node:fs';

/** Astro's `site` and `base`. */
export interface DeployTarget {
  /** Absolute http(s) URL of the site's root, ending with `/`, e.g. `https://owner.github.io/repo/`. */
  site: string;
  /** Path the site is served under, starting and ending with `/`, e.g. `/repo/` or `/`. */
  base: string;
}

/** The environment variables that decide the target (a subset of `process.env`). */
export interface DeployEnv {
  /** Explicit site URL; wins over everything else. Its path is the base unless `BASE_PATH` is set. */
  SITE_URL?: string | undefined;
  /** Explicit base path; wins over the derived one. */
  BASE_PATH?: string | undefined;
  /** `owner/repo`, set by GitHub Actions. */
  GITHUB_REPOSITORY?: string | undefined;
}

/** Where `astro dev` and `astro preview` serve when nothing else is configured. */
export const LOCAL_SITE = 'http://localhost:4321/';

/**
 * Derives `site` and `base`, first match wins:
 * 1. `SITE_URL` and/or `BASE_PATH` (empty values count as unset);
 * 2. a custom domain (`public/CNAME`): `https://<cname>/` at the root;
 * 3. `GITHUB_REPOSITORY=owner/repo`: `https://owner.github.io/repo/`, or the root for a repository
 *    named `owner.github.io` (case-insensitive);
 * 4. the local preview server at the root.
 * Throws an `Error` naming the variable when `SITE_URL` is not an absolute http(s) URL.
 */
export function deployTarget(env: DeployEnv, cname?: string | null): DeployTarget {
  const siteUrl = nonEmpty(env.SITE_URL);
  const basePath = nonEmpty(env.BASE_PATH);
  const derived = siteUrl ? fromSiteUrl(siteUrl) : fromRepository(env.GITHUB_REPOSITORY, cname);
  if (!basePath) return derived;
  return { site: derived.site, base: normalizeBase(basePath) };
}

/** Reads a `CNAME` file: its first non-empty line, or null when the file is missing or empty. */
export function readCname(file: string | URL): string | null {
  try {
    return (
      nonEmpty(
        readFileSync(file, 'utf8')
          .split(/\r?\n/)
          .find((line) => line.trim() !== ''),
      ) ?? null
    );
  } catch {
    return null;
  }
}

/** `/`, `/repo/`: a leading and a trailing slash, no doubled slashes. */
export function normalizeBase(path: string): string {
  const inner = path.split('/').filter(Boolean).join('/');
  return inner === '' ? '/' : `/${inner}/`;
}

function fromSiteUrl(value: string): DeployTarget {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org/, got "${value}"`);
  }
  const base = normalizeBase(url.pathname);
  return { site: `${url.origin}${base}`, base };
}

function fromRepository(repository: string | undefined, cname: string | null | undefined): DeployTarget {
  const domain = nonEmpty(cname)
    ?.replace(/^https?:\/\//i, '')
    .replace(/\/.*$/, '');
  if (domain) return { site: `https://${domain.toLowerCase()}/`, base: '/' };
  const [owner, repo] = nonEmpty(repository)?.split('/') ?? [];
  if (!owner || !repo) return { site: LOCAL_SITE, base: '/' };
  const host = `${owner.toLowerCase()}.github.io`;
  if (repo.toLowerCase() === host) return { site: `https://${host}/`, base: '/' };
  return { site: `https://${host}/${repo}/`, base: `/${repo}/` };
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
