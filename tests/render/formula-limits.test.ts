import { describe, expect, it } from 'vitest';
import { plainTitle, renderAbstract, renderTitle } from '../../src/lib/render/html.ts';
import { checkFormulaLimits, formulaTooLarge, MATH_BUDGET } from '../../src/lib/render/formula-limits.ts';
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

  it("typesets a text's formulas up to its budget, the rest as written, and the parser warns of exactly those", () => {
    // 34 characters that typeset to about 5 KB of SVG braces: 58 of them fill an abstract's 2,000.
    const brace = '\\overbrace{\\underbrace{x}_{a}}^{b}';
    expect(brace).toHaveLength(34);
    const abstract = Array.from({ length: 60 }, (_, n) => `$${brace}$ is ${n}.`).join(' ');
    const html = renderAbstract(abstract);
    expect(html.match(/class="katex"/g)).toHaveLength(Math.floor(MATH_BUDGET.abstract / 34));
    expect(html).toContain(`$${brace}$ is 58.`);
    expect(html).toContain(`$${brace}$ is 59.`);
    expect(html).not.toContain(`$${brace}$ is 57.`);
    expect(html.length).toBeLessThan(400_000);

    const title = `$\\overbrace{x}^{b}$ ${'$\\hat{x}$ '.repeat(20)}`.trim();
    expect(renderTitle(title).match(/class="katex"/g)).toHaveLength(1 + Math.floor((100 - 17) / 7));

    const paper = { ...seedPapers[0]!, title, abstract };
    const found = checkFormulaLimits([paper]).map((d) => d.message);
    expect(found).toEqual([
      ...Array.from(
        { length: 20 - 11 },
        () =>
          'formula too large to typeset in the title (after the first 100 characters of formulas); it is shown as written',
      ),
      'formula too large to typeset in the abstract (after the first 2,000 characters of formulas); it is shown as written',
      'formula too large to typeset in the abstract (after the first 2,000 characters of formulas); it is shown as written',
    ]);
  });

  it('shows every formula after the first over the budget as written, and counts those the page does', () => {
    const formulas = [
      'a'.repeat(450),
      'b'.repeat(450),
      'c'.repeat(450),
      'd'.repeat(450),
      'e'.repeat(300),
      'x',
    ];
    const abstract = formulas.map((tex) => `$${tex}$`).join(' and ');
    const html = renderAbstract(abstract);
    expect(html.match(/class="katex"/g)).toHaveLength(4);
    expect(html).toContain('$x$');
    const paper = { ...seedPapers[0]!, title: 'T', abstract };
    expect(checkFormulaLimits([paper])).toHaveLength(2);
    // A link inside dollars cuts the formula where the page cuts it: 200 characters fewer, none past the budget.
    const linked = `$${'a'.repeat(150)} https://example.org/x ${'b'.repeat(27)}$ ${`$${'c'.repeat(100)}$ `.repeat(19)}`;
    expect(renderAbstract(linked).match(/class="katex"/g)).toHaveLength(19);
    expect(checkFormulaLimits([{ ...paper, abstract: linked }])).toEqual([]);
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
