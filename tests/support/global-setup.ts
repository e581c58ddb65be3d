/**
 * Global setup of the `site` test project: starts building the fixture site at `/paper-digest/` and
 * then at `/`, then the hostile-input site at `/paper-digest/`, serves them all, and provides their `SiteInfo` as `sites` at once, so that other tests run
 * while the sites build. Tests await `siteReady(inject('sites').project)` before using a site.
 *
 * `TEST_SITE_REUSE=1` keeps the builds in `$TMPDIR/paper-digest-test-sites/` and reuses a successful
 * one on the next run: for iterating on tests only, never in CI.
 *
 * It also finds the browser once (`scripts/lib/find-chromium.ts`) and provides it as `chromium`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/find-chromium.ts';
import { serveDist, type Served } from '../../scripts/lib/serve.ts';
import { buildSite, FIXTURE_DUMPS, HOSTILE_DUMPS, sitePaths, type SiteInfo, type SiteName } from './site.ts';

const SITES: Record<SiteName, Pick<SiteInfo, 'base' | 'dumps' | 'env'>> = {
  project: { base: '/paper-digest/', dumps: FIXTURE_DUMPS, env: {} },
  // Search shards of 16 papers (2 for the newest): the search tests run on a site whose index the page merges
  // from eight.
  root: { base: '/', dumps: FIXTURE_DUMPS, env: { SEARCH_SHARD_SIZE: '16' } },
  hostile: { base: '/paper-digest/', dumps: HOSTILE_DUMPS, env: {} },
};

export default async function setup(project: TestProject) {
  const reuse = process.env['TEST_SITE_REUSE'] === '1';
  const workDir = reuse
    ? join(tmpdir(), 'paper-digest-test-sites')
    : await mkdtemp(join(tmpdir(), 'paper-digest-test-sites-'));
  const controller = new AbortController();
  const servers: Served[] = [];
  const sites = {} as Record<SiteName, SiteInfo>;
  for (const [name, { base, dumps, env }] of Object.entries(SITES) as [
    SiteName,
    (typeof SITES)[SiteName],
  ][]) {
    const paths = sitePaths(join(workDir, name));
    const server = await serveDist(paths.dist, base);
    servers.push(server);
    sites[name] = { name, base, dumps, env, url: server.url, ...paths };
  }
  project.provide('sites', sites);
  // A missing browser fails only the tests that launch one, each with the finder's message.
  project.provide(
    'chromium',
    await findChromium().then(
      ({ path }) => ({ path }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    ),
  );

  // One build after the other: they share the project's `.astro/` folder and the machine's two cores.
  const building = (async () => {
    for (const site of Object.values(sites)) {
      if (reuse && (await builtBefore(site))) continue;
      if (reuse) await rm(join(site.dist, '..'), { recursive: true, force: true });
      await buildSite(site, controller.signal);
    }
  })();

  return async function teardown() {
    controller.abort();
    await building;
    await Promise.all(servers.map((server) => server.close()));
    if (!reuse) await rm(workDir, { recursive: true, force: true });
  };
}

/** Whether an earlier run left a successful build of `site` (for `TEST_SITE_REUSE=1`). */
async function builtBefore(site: SiteInfo): Promise<boolean> {
  const status = await readFile(site.statusFile, 'utf8').catch(() => '{}');
  return (JSON.parse(status) as { ok?: boolean }).ok === true;
}
