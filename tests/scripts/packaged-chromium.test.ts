/**
 * The last fallback really works on Linux x64: the Chromium shipped in `@sparticuz/chromium` unpacks,
 * starts under playwright-core with our flags, and renders and runs a page, whichever browser the
 * other tests found.
 */
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { packagedChromium } from '../../scripts/lib/find-chromium.ts';

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('@sparticuz/chromium', () => {
  it('launches and renders a page', async () => {
    const path = await packagedChromium();
    expect(path).toEqual(expect.any(String));
    const browser = await launchBrowser(path!);
    try {
      const page = await browser.newPage();
      await page.setContent('<h1>Ready</h1><script>document.title = "ran"</script>');
      expect(await page.title()).toBe('ran');
      expect(await page.locator('h1').boundingBox()).toMatchObject({ width: expect.any(Number) });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
