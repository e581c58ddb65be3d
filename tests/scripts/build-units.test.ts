import { describe, expect, it } from 'vitest';
import { formatBytes, formatSeconds } from '../../scripts/lib/format-units.ts';

describe('formatSeconds', () => {
  it('prints seconds with one decimal', () => {
    expect(formatSeconds(0)).toBe('0.0 s');
    expect(formatSeconds(1234)).toBe('1.2 s');
    expect(formatSeconds(61_080)).toBe('61.1 s');
    expect(formatSeconds(1234, 2)).toBe('1.23 s');
  });
});

describe('formatBytes', () => {
  it('prints decimal megabytes, then gigabytes, with at most three figures', () => {
    expect(formatBytes(52_340_000)).toBe('52.3 MB');
    expect(formatBytes(228_878_000)).toBe('229 MB');
    expect(formatBytes(2_263_000_000)).toBe('2.26 GB');
  });
});
