/**
 * Finds the Chromium that the browser tests, the tag filter benchmark and Lighthouse drive; a browser is
 * never downloaded. In this order: `CHROMIUM_PATH`; an installed Chrome or Chromium (`/usr/bin/chromium`,
 * then what chrome-launcher finds); on Linux x64, the Chromium inside the `@sparticuz/chromium`
 * devDependency, unpacked once into the temporary folder. Otherwise one error says what to install.
 */
import { accessSync, constants } from 'node:fs';
import { Launcher } from 'chrome-launcher';

/** Headless, and off this machine's closed network: without these Chromium keeps calling Google's hosts. */
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where a browser was found. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'installed' | '@sparticuz/chromium';

export interface FoundChromium {
  path: string;
  source: ChromiumSource;
}

/** What the finder looks at, injectable so that its order is testable without a browser. */
export interface ChromiumCandidates {
  /** The value of `CHROMIUM_PATH`, if set. */
  env: string | undefined;
  /** Paths of installed browsers, best first. */
  installed(): string[];
  /** The path of the npm-shipped browser, unpacked, or null where there is none for this platform. */
  packaged(): Promise<string | null>;
  isExecutable(path: string): boolean;
}

export const NOT_FOUND =
  'no Chromium found: set CHROMIUM_PATH to a Chrome or Chromium, or `apt-get install chromium`, ' +
  'or run `npm ci` on Linux x64 to get the devDependency @sparticuz/chromium';

/** The first browser in the finder's order among `candidates`; throws when there is none. */
export async function pickChromium(candidates: ChromiumCandidates): Promise<FoundChromium> {
  const { env } = candidates;
  if (env !== undefined && env !== '') {
    if (candidates.isExecutable(env)) return { path: env, source: 'CHROMIUM_PATH' };
    // A path someone set on purpose must not be silently replaced by another browser.
    throw new Error(`CHROMIUM_PATH is set to ${env}, but no executable file is there`);
  }
  const installed = candidates.installed().find((path) => candidates.isExecutable(path));
  if (installed) return { path: installed, source: 'installed' };
  const packaged = await candidates.packaged();
  if (packaged !== null && candidates.isExecutable(packaged)) {
    return { path: packaged, source: '@sparticuz/chromium' };
  }
  throw new Error(NOT_FOUND);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function installedBrowsers(): string[] {
  let found: string[] = [];
  try {
    found = Launcher.getInstallations();
  } catch {
    // chrome-launcher throws on platforms it does not know; the other strategies still apply.
  }
  return ['/usr/bin/chromium', ...found];
}

/** The `@sparticuz/chromium` binary, unpacked on first use; null off Linux x64 or without the package. */
export async function packagedChromium(): Promise<string | null> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  let chromium: { executablePath(): Promise<string> };
  try {
    chromium = (await import('@sparticuz/chromium')).default;
  } catch {
    return null;
  }
  return chromium.executablePath();
}

let found: Promise<FoundChromium> | undefined;

/** The browser to drive, looked up once per process. */
export function findChromium(): Promise<FoundChromium> {
  found ??= pickChromium({
    env: process.env['CHROMIUM_PATH'],
    installed: installedBrowsers,
    packaged: packagedChromium,
    isExecutable,
  });
  return found;
}
