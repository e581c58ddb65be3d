import { describe, expect, it } from 'vitest';
import { searchTerm } from '../../src/lib/client/search-term.ts';

describe('searchTerm', () => {
  it('reduces a formula typed as TeX to the characters the index holds', () => {
    expect(searchTerm('I^{2}')).toBe('I2');
    expect(searchTerm('$I^{2}$-World')).toBe('I2-World');
    expect(searchTerm('x_{10} ^ y')).toBe('x10 y');
  });

  it('makes superscript and subscript digits plain, as the page shows them', () => {
    expect(searchTerm('I²-World')).toBe('I2-World');
    expect(searchTerm('H₂O and x⁰¹³⁹')).toBe('H2O and x0139');
  });

  it('leaves plain words alone', () => {
    expect(searchTerm('  time   series ')).toBe('time series');
    expect(searchTerm('Mistral-SPLADE')).toBe('Mistral-SPLADE');
  });
});
