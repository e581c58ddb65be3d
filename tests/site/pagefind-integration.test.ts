/** The search index integration's own check of its setting, driven through its hook as Astro calls it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pagefind } from '../../src/integrations/pagefind.ts';

const setUp = (command: string) =>
  (pagefind('papers.json').hooks as Record<string, (options: unknown) => unknown>)['astro:config:setup']!({
    command,
  });

afterEach(() => vi.unstubAllEnvs());

describe('pagefind', () => {
  it('refuses a SEARCH_SHARD_SIZE that is not a whole number from 1 when Astro builds alone', () => {
    vi.stubEnv('SEARCH_SHARD_SIZE', 'abc');
    expect(() => setUp('build')).toThrow(
      'SEARCH_SHARD_SIZE=abc is not a whole number from 1: set one, or unset it for 8000 papers a shard',
    );
  });

  it('takes a good setting or none, and leaves other commands alone', () => {
    vi.stubEnv('SEARCH_SHARD_SIZE', '16');
    expect(() => setUp('build')).not.toThrow();
    vi.stubEnv('SEARCH_SHARD_SIZE', '');
    expect(() => setUp('build')).not.toThrow();
    vi.stubEnv('SEARCH_SHARD_SIZE', 'abc');
    expect(() => setUp('dev')).not.toThrow();
  });
});
