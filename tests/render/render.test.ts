import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTitle, renderAbstract, renderTitle } from '../../src/lib/render/html.ts';
import { abstractTree, titleTree } from '../../src/lib/render/mdast.ts';
import { renderTree } from '../../src/lib/render/pipeline.ts';
import { repairText } from '../../src/lib/render/repair.ts';
import { segmentAbstract, splitMath } from '../../src/lib/render/segment.ts';
import { seedPaper, seedPapers } from '../support/seed.ts';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Named and numeric character references the serializer writes, decoded in one pass. */
function decode(html: string): string {
  return html.replace(
    /&(?:#x([\da-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu,
    (_m, hex?: string, dec?: string, name?: string) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[name!]!,
  );
}

/** What a reader sees (plus KaTeX's hidden copies): tags stripped, references decoded. */
function visibleText(html: string): string {
  return decode(html.replace(/<[^>]*>/gu, ''));
}

/** Every tag of the output, as written (text `<` is always escaped, so each `<` starts a real tag). */
function tagsIn(html: string): string[] {
  return html.match(/<[^>]*>/gu) ?? [];
}

/** The problems that would make rendered HTML unsafe; empty when it is inert. */
function unsafe(html: string): string[] {
  const problems: string[] = [];
  for (const tag of tagsIn(html)) {
    if (/^<\/?(?:script|style|iframe|object|embed|img|form|input|button|base|meta|link)\b/iu.test(tag))
      problems.push(tag);
    if (/\son[a-z]+\s*=/iu.test(tag)) problems.push(tag);
    if (/\s(?:src|srcset|action|formaction|xlink:href)\s*=/iu.test(tag)) problems.push(tag);
    for (const [, href] of tag.matchAll(/\shref="([^"]*)"/gu))
      if (!/^https?:\/\//u.test(decode(href!))) problems.push(tag);
  }
  return problems;
}

const KATEX = 'class="katex"';

describe('renderAbstract: plain text', () => {
  it('wraps the text in one paragraph', () => {
    expect(renderAbstract('A plain abstract.')).toBe('<p>A plain abstract.</p>');
  });

  it('keeps Markdown syntax as characters', () => {
    const text =
      '1. *not em* _not em_ # not a heading [not](a-link) `not code` > not a quote ~~x~~ | a | b |';
    expect(renderAbstract(text)).toBe(`<p>${text}</p>`);
    expect(renderAbstract('- item\n+ item\n***')).toBe('<p>- item\n+ item\n***</p>');
  });

  it('shows raw HTML as text, never as markup', () => {
    const html = renderAbstract(
      'A page holding <script>alert(1)</script> or <img src=x onerror=alert(1)> & <b>bold</b>.',
    );
    expect(html).toBe(
      '<p>A page holding &#x3C;script>alert(1)&#x3C;/script> or &#x3C;img src=x onerror=alert(1)> &#x26; &#x3C;b>bold&#x3C;/b>.</p>',
    );
    expect(unsafe(html)).toEqual([]);
    expect(tagsIn(html)).toEqual(['<p>', '</p>']);
  });

  it('keeps character references as written', () => {
    expect(visibleText(renderAbstract('&amp; &lt;script&gt; &#60;'))).toBe('&amp; &lt;script&gt; &#60;');
  });
});

describe('renderAbstract: links', () => {
  it('links http(s) URLs with rel="noopener nofollow ugc", leaving trailing punctuation outside', () => {
    expect(renderAbstract('Code at https://github.com/sade-adrien/SteloCoder.')).toBe(
      '<p>Code at <a href="https://github.com/sade-adrien/SteloCoder" rel="noopener nofollow ugc">https://github.com/sade-adrien/SteloCoder</a>.</p>',
    );
  });

  it('repairs a URL broken by the copy, and the space before its full stop', () => {
    expect(renderAbstract('released at https: //github.com/salesforce/CodeT5 .')).toBe(
      '<p>released at <a href="https://github.com/salesforce/CodeT5" rel="noopener nofollow ugc">https://github.com/salesforce/CodeT5</a>.</p>',
    );
  });

  it('keeps fragments and balanced parentheses, drops an unbalanced closing one', () => {
    const html = renderAbstract(
      'See https://github.com/NVIDIA/Megatron-LM#retro. (and https://x.org/a_(b)) (or https://y.org/c)',
    );
    expect(html).toContain('href="https://github.com/NVIDIA/Megatron-LM#retro"');
    expect(html).toContain('href="https://x.org/a_(b)"');
    expect(html).toContain('href="https://y.org/c"');
    expect(html).toContain('</a>) (or');
  });

  it('never links javascript:, data: or other schemes', () => {
    const html = renderAbstract(
      'Try javascript:alert(1) or JaVaScRiPt:alert(1), data:text/html,<b>x</b>, ftp://example.org/x and [x](javascript:alert(1)).',
    );
    expect(html).not.toContain('<a');
    expect(unsafe(html)).toEqual([]);
    expect(visibleText(html)).toContain('javascript:alert(1)');
  });

  it('ends a URL at a quote, so no attribute can be smuggled in', () => {
    const html = renderAbstract('https://example.org/"onmouseover="alert(1) and https://example.org/x\'y');
    expect(tagsIn(html).filter((t) => t.startsWith('<a'))).toEqual([
      '<a href="https://example.org/" rel="noopener nofollow ugc">',
      '<a href="https://example.org/x" rel="noopener nofollow ugc">',
    ]);
    expect(unsafe(html)).toEqual([]);
  });
});

describe('renderAbstract: math', () => {
  it('renders inline math with KaTeX (HTML and MathML)', () => {
    const html = renderAbstract('We reach $O(n \\log n)$ time.');
    expect(html).toContain(KATEX);
    expect(html).toContain('<annotation encoding="application/x-tex">O(n \\log n)</annotation>');
    expect(html).toMatch(/^<p>We reach <span class="katex">.*<\/span> time\.<\/p>$/u);
  });

  it('renders $$…$$ as display math', () => {
    expect(renderAbstract('Loss $$L = \\sum_i x_i$$ here.')).toContain('class="katex-display"');
  });

  it('leaves dollars that are not math alone', () => {
    expect(renderAbstract('It costs $5 and $10, or $5-$10.')).toBe('<p>It costs $5 and $10, or $5-$10.</p>');
    expect(renderAbstract('Escaped \\$x\\$ stays.')).toBe('<p>Escaped $x$ stays.</p>');
    expect(renderAbstract('A lone $ sign.')).toBe('<p>A lone $ sign.</p>');
  });

  it('does not let a stray dollar swallow the text up to a later formula', () => {
    const html = renderAbstract('It costs $5 but $x$ is free.');
    expect(html).toMatch(/^<p>It costs \$5 but <span class="katex">/u);
    expect(html).toContain('<annotation encoding="application/x-tex">x</annotation>');
  });

  it.each([
    ['a parse error', '$\\frac{a$'],
    ['an undefined command', '$\\foo{x}$'],
    ['an untrusted link', '$\\href{javascript:alert(1)}{x}$'],
    ['an untrusted class', '$\\htmlClass{evil}{x}$'],
    ['an image', '$\\includegraphics{x.png}$'],
    ['runaway macro expansion', '$\\def\\x{\\x\\x}\\x$'],
  ])('falls back to the source text for %s', (_name, formula) => {
    const html = renderAbstract(`Before ${formula} after.`);
    expect(visibleText(html)).toBe(`Before ${formula} after.`);
    expect(html).not.toContain('katex');
    expect(html).not.toContain('<a');
    expect(unsafe(html)).toEqual([]);
  });

  it('bounds sizes a formula asks for', () => {
    const html = renderAbstract('$\\rule{1000em}{1000em}$');
    expect(html).toContain(KATEX);
    const lengths = [...html.matchAll(/(?:height|width):(\d+(?:\.\d+)?)em/gu)].map((m) => Number(m[1]));
    expect(lengths.length).toBeGreaterThan(0);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(11);
  });

  it('keeps a colour a formula asks for', () => {
    expect(renderAbstract('$\\color{red}{x}$')).toContain('color:red');
  });
});

describe('repairs of copy remnants', () => {
  it.each([
    ['Code Llama (Rozi\\`ere et al., 2023)', 'Code Llama (Rozière et al., 2023)'],
    [
      'Erd\\H{o}s, {\\\'e}cole, G\\"odel, na\\"{\\i}ve, \\c{c}a, \\ss{}e, \\oe uvre, Sch\\~{n}',
      'Erdős, école, Gödel, naïve, ça, ße, œuvre, Schñ',
    ],
    [
      'achieves 20.6times speedup, 41-137times and 1.3times faster',
      'achieves 20.6× speedup, 41-137× and 1.3× faster',
    ],
    [
      'Gemma 2B by sim7\\% after tuning, by >3\\%, approx5 runs',
      'Gemma 2B by ∼7% after tuning, by >3%, ≈5 runs',
    ],
    ['the input with ``scratch tokens" yields', 'the input with “scratch tokens” yields'],
    ["the original (``canonical'') string", 'the original (“canonical”) string'],
    ["an `autoregressive autoregressor' to", 'an ‘autoregressive autoregressor’ to'],
    ['Prediction -- Causal; A --- B', 'Prediction – Causal; A — B'],
    ['3\\times 4, \\sim 5, \\leq 2, R\\&D, a\\_b, \\#1', '3×4, ∼5, ≤2, R&D, a_b, #1'],
  ])('%s', (input, expected) => {
    expect(repairText(input)).toBe(expected);
    expect(renderAbstract(input)).toBe(`<p>${expected.replace(/&/gu, '&#x26;')}</p>`);
  });

  it.each([
    'sim2real transfer',
    'a simulation of 3 times the size',
    "the model's output and `code` here",
    'flags like --help',
    '\\alpha outside math',
    'multi-times, sometimes, 3 times',
  ])('leaves alone what is not certain: %s', (input) => {
    expect(repairText(input)).toBe(input);
  });

  it('does not repair inside math or links', () => {
    const html = renderAbstract('$5\\times 3$ at https://x.org/5times');
    expect(html).toContain('<annotation encoding="application/x-tex">5\\times 3</annotation>');
    expect(html).toContain('href="https://x.org/5times"');
  });
});

describe('renderTitle', () => {
  it('renders $I^{2}$-World with KaTeX, inline, without a paragraph', () => {
    const html = renderTitle('$I^{2}$-World: Intra-Inter Tokenization');
    expect(html).toMatch(/^<span class="katex">/u);
    expect(html).toContain('<msup><mi>I</mi><mn>2</mn></msup>');
    expect(html).toMatch(/<\/span>-World: Intra-Inter Tokenization$/u);
    expect(html).not.toContain('<p>');
  });

  it('renders $\\textit{Refiner}$ with KaTeX', () => {
    const html = renderTitle('$\\textit{Refiner}$: Restructure Retrieval Content');
    expect(html).toContain('<mtext mathvariant="italic">Refiner</mtext>');
    expect(html).toContain('<span class="mord textit">Refiner</span>');
  });

  it('escapes HTML and does not link URLs (a title sits inside a link)', () => {
    expect(renderTitle('<i>x</i> & https://example.org')).toBe(
      '&#x3C;i>x&#x3C;/i> &#x26; https://example.org',
    );
  });

  it('renders $$…$$ inline in a title', () => {
    expect(renderTitle('$$x$$ title')).not.toContain('katex-display');
  });
});

describe('plainTitle', () => {
  it.each([
    ['$I^{2}$-World: Intra-Inter Tokenization', 'I2-World: Intra-Inter Tokenization'],
    ['$\\textit{Refiner}$: Restructure', 'Refiner: Restructure'],
    ['$\\alpha$-Net and $\\mathcal{O}(n)$ with $\\sin x$', 'α-Net and O(n) with sin x'],
    ['Broken $\\frac{a$ and $\\href{javascript:x}{y}$', 'Broken \\frac{a and \\href{javascript:x}{y}'],
    ['Rozi\\`ere  and   20.6times', 'Rozière and 20.6×'],
    ['Costs $5 and $10', 'Costs $5 and $10'],
    ['<b>bold</b> & co', '<b>bold</b> & co'],
  ])('%s → %s', (input, expected) => {
    expect(plainTitle(input)).toBe(expected);
  });
});

describe('the seed dump', () => {
  it('renders every title and abstract without a KaTeX error and inert', () => {
    for (const paper of seedPapers) {
      for (const html of [renderTitle(paper.title), renderAbstract(paper.abstract)]) {
        expect(html).not.toContain('katex-error');
        expect(unsafe(html)).toEqual([]);
      }
    }
  });

  it('links exactly the URLs the parser records', () => {
    for (const paper of seedPapers) {
      const hrefs = [...renderAbstract(paper.abstract).matchAll(/href="([^"]*)"/gu)].map((m) =>
        decode(m[1]!),
      );
      expect([...new Set(hrefs)], paper.title).toEqual(paper.links.map((link) => link.url));
    }
  });

  it('repairs the remnants in the seed abstracts', () => {
    expect(visibleText(renderAbstract(seedPaper('SteloCoder:').abstract))).toContain(
      'Code Llama (Rozière et al., 2023)',
    );
    expect(visibleText(renderAbstract(seedPaper('Multimodal Mamba:').abstract))).toContain('20.6× speedup');
    expect(visibleText(renderAbstract(seedPaper('Encoder-Decoder Gemma:').abstract))).toContain(
      'by ∼7% after',
    );
    const impossibility = visibleText(renderAbstract(seedPaper('The Impossibility').abstract));
    expect(impossibility).toContain('“scratch tokens”');
    expect(impossibility).toContain('(“canonical”)');
    expect(visibleText(renderAbstract(seedPaper('LifeGPT:').abstract))).toContain(
      '‘autoregressive autoregressor’',
    );
    expect(renderAbstract(seedPaper('$I^{2}$-World:').abstract)).toContain('by 25.1% in mIoU');
  });
});

/** Text made of the pieces abstracts and attacks are made of, separated by spaces. */
const hostilePiece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    '[x](javascript:alert(1))',
    'https://example.org/a?b=1&c=2',
    'https: //github.com/x/y .',
    'http://x.org/"onmouseover="alert(1)',
    'data:text/html,<script>x</script>',
    '$x^2$',
    '$\\href{javascript:alert(1)}{x}$',
    '$\\htmlStyle{color:red}{x}$',
    '$\\frac{a$',
    '$$\\sum$$',
    '$',
    '\\',
    '`',
    '&amp;',
    '<!-- c -->',
    '<![CDATA[x]]>',
  ),
);

describe('properties', () => {
  it('never produces markup that can run code or leave http(s)', () => {
    fc.assert(
      fc.property(fc.array(hostilePiece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join(' ');
        expect(unsafe(renderAbstract(text))).toEqual([]);
        expect(unsafe(renderTitle(text))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  /** Words, and punctuation that means something in Markdown, HTML or TeX; never a `$` (math is separate). */
  const word = fc.stringMatching(/^[A-Za-zéß日本]{1,8}$/u);
  const punctuation = fc.constantFrom(
    '*',
    '_',
    '#',
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    '&',
    '"',
    "'",
    '`',
    '``',
    "''",
    '~',
    '--',
    '---',
    '1.',
    '-',
    '!',
    '|',
    '{',
    '}',
    '\\',
    "\\'",
    '\\"',
    '\\%',
    '/',
    ':',
    ';',
    ',',
    '.',
    '?',
    '<b>',
    '</p>',
    '&lt;',
  );
  const formula = fc.constantFrom('$x^2$', '$\\alpha$', '$\\frac{a$', '$$y$$', ' $5 ');

  it('renders text without math or links as every step of the pipeline would', () => {
    const text = fc.array(
      fc.oneof(
        { arbitrary: word, weight: 4 },
        punctuation,
        fc.constantFrom(' ', '  ', '\n', ' \n\t', '\u00a0'),
      ),
      { maxLength: 40 },
    );
    let shortcut = 0;
    fc.assert(
      fc.property(text, (pieces) => {
        const input = pieces.join('');
        for (const [tree, inline] of [
          [abstractTree(segmentAbstract(input)), false],
          [titleTree(splitMath(input)), true],
        ] as const) {
          const both = [true, false].map((taken) =>
            renderTree(structuredClone(tree), { inline, shortcut: taken }),
          );
          expect(both[0], JSON.stringify(input)).toBe(both[1]);
        }
        if (segmentAbstract(input).every((segment) => segment.kind === 'text')) shortcut++;
      }),
      { numRuns: 500 },
    );
    // Most inputs are text alone: the comparison is about the shortcut, not about formulas.
    expect(shortcut).toBeGreaterThan(250);
  });

  it('shows every word of the input outside math, in order', () => {
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ arbitrary: word, weight: 4 }, { arbitrary: punctuation, weight: 3 }, formula), {
          maxLength: 30,
        }),
        (pieces) => {
          const text = pieces.join(' ');
          const seen = fold(visibleText(renderAbstract(text)));
          let at = 0;
          for (const piece of pieces) {
            if (!/^[\p{L}]+$/u.test(piece)) continue;
            const found = seen.indexOf(fold(piece), at);
            expect(
              found,
              `"${piece}" of ${JSON.stringify(text)} in ${JSON.stringify(seen)}`,
            ).toBeGreaterThanOrEqual(0);
            at = found + piece.length;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
