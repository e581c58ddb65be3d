/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). The path comes from
 * `CHROMIUM_PATH`, default `/usr/bin/chromium`; the flags keep it off this machine's closed network.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { siteReady, type ReadySite, type SiteName } from './site.ts';

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts a headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: FLAGS,
  });
}

/** How a page is looked at: light or dark system theme, and the viewport width in CSS pixels. */
export interface View {
  colorScheme?: 'light' | 'dark';
  width?: number;
  javaScript?: boolean;
}

/** A fresh context (no storage shared with other tests) and a page in it. */
export async function openPage(
  browser: Browser,
  view: View = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    colorScheme: view.colorScheme ?? 'light',
    viewport: { width: view.width ?? 1280, height: 800 },
    javaScriptEnabled: view.javaScript ?? true,
    reducedMotion: 'reduce',
  });
  // Fail an action within the test's own timeout, with Playwright's message saying what it waited for.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { context, page };
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
