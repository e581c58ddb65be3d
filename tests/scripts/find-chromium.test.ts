/**
 * The browser finder's order: `CHROMIUM_PATH`, then an installed browser, then the npm-shipped one, then
 * one error saying what to install. Candidates are injected, so nothing is launched or unpacked.
 */
import { describe, expect, it } from 'vitest';
import { NOT_FOUND, pickChromium, type ChromiumCandidates } from '../../scripts/lib/find-chromium.ts';

/** Candidates where only the paths in `executable` exist; `packaged` records whether it was asked. */
function candidates(
  over: Partial<ChromiumCandidates> & { executable: string[] },
): ChromiumCandidates & { unpacked: boolean } {
  const result = {
    env: undefined,
    installed: () => ['/usr/bin/chromium', '/opt/google/chrome/chrome'],
    unpacked: false,
    packaged: () => {
      result.unpacked = true;
      return Promise.resolve('/tmp/chromium');
    },
    isExecutable: (path: string) => over.executable.includes(path),
    ...over,
  };
  return result;
}

describe('pickChromium', () => {
  it('takes CHROMIUM_PATH first, even over an installed browser', async () => {
    const c = candidates({
      env: '/my/chrome',
      executable: ['/my/chrome', '/usr/bin/chromium', '/tmp/chromium'],
    });
    expect(await pickChromium(c)).toEqual({ path: '/my/chrome', source: 'CHROMIUM_PATH' });
    expect(c.unpacked).toBe(false);
  });

  it('says so when CHROMIUM_PATH is set but nothing executable is there, instead of taking another', async () => {
    const c = candidates({ env: '/no/such/chrome', executable: ['/usr/bin/chromium', '/tmp/chromium'] });
    await expect(pickChromium(c)).rejects.toThrow(
      'CHROMIUM_PATH is set to /no/such/chrome, but no executable',
    );
  });

  it('treats an empty CHROMIUM_PATH as unset', async () => {
    const c = candidates({ env: '', executable: ['/usr/bin/chromium'] });
    expect(await pickChromium(c)).toEqual({ path: '/usr/bin/chromium', source: 'installed' });
  });

  it('takes the first installed browser that exists, without unpacking the npm one', async () => {
    const c = candidates({ executable: ['/opt/google/chrome/chrome', '/tmp/chromium'] });
    expect(await pickChromium(c)).toEqual({ path: '/opt/google/chrome/chrome', source: 'installed' });
    expect(c.unpacked).toBe(false);
  });

  it('falls back to the npm-shipped Chromium when none is installed', async () => {
    const c = candidates({ executable: ['/tmp/chromium'] });
    expect(await pickChromium(c)).toEqual({ path: '/tmp/chromium', source: '@sparticuz/chromium' });
    expect(c.unpacked).toBe(true);
  });

  it('fails with one message saying what to install when there is no browser at all', async () => {
    await expect(pickChromium(candidates({ executable: [] }))).rejects.toThrow(NOT_FOUND);
    const none = candidates({ executable: [], packaged: () => Promise.resolve(null) });
    await expect(pickChromium(none)).rejects.toThrow(
      /set CHROMIUM_PATH.*apt-get install chromium.*@sparticuz\/chromium/,
    );
  });
});
