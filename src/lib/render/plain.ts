/**
 * Titles as plain text, for `<title>`, meta tags, feeds, search and file names: text repaired as on the page,
 * each formula reduced to the characters KaTeX would show (`$I^{2}$-World` → `I2-World`,
 * `$\textit{Refiner}$` → `Refiner`, `$\alpha$` → `α`), or to its source when KaTeX cannot read it.
 */
import katex from 'katex';
import { formulaTooLarge } from './formula-limits.ts';
import { KATEX_OPTIONS, showsError } from './katex.ts';
import { repairText } from './repair.ts';
import { splitMath } from './segment.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
/** Invisible operators KaTeX puts in MathML (invisible times, separator…) and zero-width spaces. */
const INVISIBLE = /[\u200b-\u200d\u2060\u2062-\u2064\ufeff]/gu;
/** Function application, as in `\sin x`: shown as a space. */
const FUNCTION_APPLICATION = /\u2061/gu;

/** The visible characters of a formula, from KaTeX's MathML (without its TeX annotation). */
export function mathToPlain(tex: string): string {
  if (formulaTooLarge(tex) !== undefined) return tex;
  let mathml: string;
  try {
    mathml = katex.renderToString(tex, { ...KATEX_OPTIONS, output: 'mathml', throwOnError: true });
  } catch {
    return tex;
  }
  if (showsError(mathml)) return tex;
  return mathml
    .replace(/<annotation[\s\S]*?<\/annotation>/gu, '')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(amp|lt|gt|quot|#x27|#39);/gu, (_match, name: string) => ENTITIES[name] ?? '')
    .replace(INVISIBLE, '')
    .replace(FUNCTION_APPLICATION, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Title text → plain text (LaTeX reduced to its letters, TeX remnants repaired, whitespace collapsed). */
export function plainTitle(text: string): string {
  return splitMath(text)
    .map((segment) =>
      segment.kind === 'math'
        ? mathToPlain(segment.value)
        : segment.kind === 'text'
          ? repairText(segment.value)
          : segment.url,
    )
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}
