/**
 * Starting the browser that `find-chromium.ts` finds, with playwright-core, and opening pages in it: shared
 * by the browser tests and the tag filter benchmark.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { FLAGS, findChromium } from './find-chromium.ts';

/** Starts a headless Chromium: `executablePath` when given, else the one `findChromium` finds. */
export async function launchBrowser(executablePath?: string): Promise<Browser> {
  return chromium.launch({ executablePath: executablePath ?? (await findChromium()).path, args: FLAGS });
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
