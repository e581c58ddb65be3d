import { describe, expect, it } from 'vitest';
import { plainTitle, renderAbstract, renderTitle } from '../../src/lib/render/html.ts';
import { checkFormulaLimits, formulaTooLarge } from '../../src/lib/render/formula-limits.ts';
import { seedPapers } from '../support/seed.ts';

/** About 4 KB of `\frac` nested in its numerator: megabytes of work for KaTeX without limits. */
const nestedFrac = `${'\\frac{1}{'.repeat(400)}x${'}'.repeat(400)}`;
/** A 985-character title of nested square roots. */
const nestedSqrt = `$${'\\sqrt{'.repeat(140)}x${'}'.repeat(140)}$`.padEnd(985, ' ');

describe('formula limits', () => {
  it('a 4 KB nested \\frac abstract renders bounded, as its escaped source', () => {
    const html = renderAbstract(`We prove $${nestedFrac}$ <b>holds</b>.`);
    expect(html.length).toBeLessThan(20_000);
    expect(html).toContain('$\\frac{1}{\\frac{1}{');
    expect(html).toContain('&#x3C;b>holds');
  });

  it('a 985-character nested \\sqrt title renders bounded, also as plain text', () => {
    expect(nestedSqrt).toHaveLength(985);
    expect(renderTitle(nestedSqrt).length).toBeLessThan(20_000);
    expect(plainTitle(nestedSqrt).length).toBeLessThan(2_000);
    expect(renderTitle(`$${'\\sqrt'.repeat(80)}x$`).length).toBeLessThan(20_000);
  });

  it('ordinary formulas are still typeset', () => {
    expect(formulaTooLarge('\\frac{a}{b} + \\sqrt{x^2}')).toBeUndefined();
    expect(renderTitle('$\\frac{a}{b}$')).toContain('katex');
  });

  it('warns at the record line for each formula shown as written', () => {
    const paper = { ...seedPapers[0]!, title: nestedSqrt, abstract: `See $${nestedFrac}$.` };
    const diagnostics = checkFormulaLimits([paper]);
    expect(diagnostics.map((d) => [d.line, d.severity, d.rule])).toEqual([
      [paper.source.line, 'warning', 'formula-too-large'],
      [paper.source.line, 'warning', 'formula-too-large'],
    ]);
    expect(diagnostics[0]!.message).toMatch(
      /^formula too large to typeset in the title .*; it is shown as written$/,
    );
  });
});
