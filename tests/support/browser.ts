/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). The path comes from
 * `CHROMIUM_PATH`, default `/usr/bin/chromium`; the flags keep it off this machine's closed network.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const FLAGS = [
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
  const page = await context.newPage();
  return { context, page };
}
