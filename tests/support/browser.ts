/**
 * Browser test hooks around `scripts/lib/browser.ts`: the browser is found by `scripts/lib/find-chromium.ts`
 * (never downloaded), once per run in the global setup, and its path is provided as `chromium`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser as launch, openPage, type View } from '../../scripts/lib/browser.ts';
import { siteReady, type ReadySite, type SiteName } from './site.ts';

export { openPage, type View };

declare module 'vitest' {
  interface ProvidedContext {
    /** The browser's path, or why there is none: found once by the global setup, so that workers never unpack it at once. */
    chromium: { path: string } | { error: string };
  }
}

/** Starts a headless Chromium: the one the global setup found. */
export async function launchBrowser(): Promise<Browser> {
  const found = inject('chromium');
  if ('error' in found) throw new Error(found.error);
  return launch(found.path);
}

/** The site and browser a browser test file works with; filled in by `useSiteInBrowser`'s hooks. */
export interface BrowserFixture {
  site: ReadySite;
  browser: Browser;
  /** The absolute URL of a base-relative route (`papers/x/` → `http://127.0.0.1:…/paper-digest/papers/x/`). */
  url(route?: string): string;
}

/**
 * Registers hooks that wait for the fixture site `name`, start one Chromium for the file and close it
 * afterwards; returns the fixture the tests read once the hooks ran.
 */
export function useSiteInBrowser(name: SiteName): BrowserFixture {
  const fixture = { url: (route = '') => new URL(route, fixture.site.url).href } as BrowserFixture;
  beforeAll(async () => {
    fixture.site = await siteReady(inject('sites')[name]);
    fixture.browser = await launchBrowser();
  });
  afterAll(async () => {
    await fixture.browser?.close();
  });
  return fixture;
}

/** The messages of every dialog (`alert`, `confirm`…) the page opens, each dismissed: input that runs shows here. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
