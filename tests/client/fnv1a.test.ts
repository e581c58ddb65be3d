import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/lib/fnv1a.ts';

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    // Test vectors of the FNV reference (draft-eastlake-fnv), for ASCII text.
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('goes on over more text from an earlier result', () => {
    expect(fnv1a('bar', fnv1a('foo'))).toBe(fnv1a('foobar'));
  });
});
