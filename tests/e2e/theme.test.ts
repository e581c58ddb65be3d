/**
 * Light and dark themes: the page follows the system setting, the toggle switches it, and the choice
 * is remembered across reloads and pages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useSiteInBrowser } from '../support/browser.ts';

const fixture = useSiteInBrowser('project');

const toggle = (page: Page) => page.getByRole('button', { name: 'Dark theme' });

/**
 * Relative luminance (0 black … 1 white) of the page's background as painted: the first opaque
 * background of body or html, converted to sRGB by a canvas whatever CSS colour syntax it uses.
 */
function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const colour =
      [document.body, document.documentElement]
        .map((element) => getComputedStyle(element).backgroundColor)
        .find((value) => !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(value)) ?? 'white';
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });
}

describe('the theme', () => {
  it('follows the system setting', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await openPage(fixture.browser, { colorScheme });
      await page.goto(fixture.url());
      expect(await toggle(page).getAttribute('aria-pressed')).toBe(String(colorScheme === 'dark'));
      if (colorScheme === 'dark') expect(await backgroundLuminance(page)).toBeLessThan(0.2);
      else expect(await backgroundLuminance(page)).toBeGreaterThan(0.6);
      await context.close();
    }
  });

  it('switches with the toggle and is remembered across reloads and pages', async () => {
    const { context, page } = await openPage(fixture.browser, { colorScheme: 'light' });
    await page.goto(fixture.url());
    await toggle(page).click();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);

    await page.reload();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics' }).click();
    await page.waitForURL(fixture.url('tags/'));
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);

    await toggle(page).click();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('false');
    await page.reload();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('false');
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.6);
    await context.close();
  });

  it('can be switched with the keyboard', async () => {
    const { context, page } = await openPage(fixture.browser, { colorScheme: 'dark' });
    await page.goto(fixture.url());
    await toggle(page).focus();
    await page.keyboard.press('Enter');
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Space');
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });
});
