/**
 * Limits on the formulas KaTeX typesets: a few hundred characters of nested `\frac` or `\sqrt` would otherwise
 * take seconds and hundreds of kilobytes of HTML. A formula over a limit is shown as written.
 * The parser's command line reports such formulas with the same check, so the warning and the page agree.
 */
import type { Diagnostic } from '../dump/diagnostics.ts';
import type { Paper } from '../../schemas/paper.ts';
import { segmentAbstract, splitMath } from './segment.ts';

/** Longest formula source typeset, in characters. */
export const MAX_FORMULA_LENGTH = 500;
/** Deepest brace nesting typeset: real formulas rarely pass 6. */
export const MAX_FORMULA_DEPTH = 12;
/** Most elements one typeset formula may produce before it is shown as written instead. */
export const MAX_FORMULA_NODES = 1500;

/** Why a formula is not typeset, or `undefined` when it is within the limits. */
export function formulaTooLarge(tex: string): string | undefined {
  if (tex.length > MAX_FORMULA_LENGTH) return `${tex.length} characters, over ${MAX_FORMULA_LENGTH}`;
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '\\') i++;
    else if (ch === '{') deepest = Math.max(deepest, ++depth);
    else if (ch === '}') depth--;
  }
  // `\sqrt\sqrt\sqrt…` nests without braces, so each command counts as a level too.
  const commands = tex.match(/\\(?:frac|dfrac|tfrac|sqrt|binom)\b/g)?.length ?? 0;
  if (deepest > MAX_FORMULA_DEPTH || commands > MAX_FORMULA_DEPTH * 4) {
    return `nested ${Math.max(deepest, commands)} levels deep, over ${MAX_FORMULA_DEPTH}`;
  }
  return undefined;
}

/**
 * Formula source typeset in one title or abstract, in characters: past it, the text's further formulas are
 * shown as written. No arXiv abstract (1,920 characters at most) reaches it; it bounds what one text can
 * weigh, since a few characters can typeset to kilobytes (`\overbrace` draws SVG).
 */
export const MATH_BUDGET = { title: 100, abstract: 2000 } as const;

/**
 * For each formula of a title or abstract, in order: why it is shown as written, or undefined when typeset.
 */
export function formulasAsWritten(
  formulas: readonly string[],
  field: keyof typeof MATH_BUDGET,
): (string | undefined)[] {
  let left: number = MATH_BUDGET[field];
  return formulas.map((tex) => {
    const why = formulaTooLarge(tex);
    if (why !== undefined) return why;
    if (tex.length > left) {
      left = 0;
      return `after the first ${MATH_BUDGET[field].toLocaleString('en-US')} characters of formulas`;
    }
    left -= tex.length;
    return undefined;
  });
}

/** One warning per formula in a title or abstract that will be shown as written; at the record's source line. */
export function checkFormulaLimits(papers: readonly Paper[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const paper of papers) {
    for (const [field, text] of [
      ['title', paper.title],
      ['abstract', paper.abstract],
    ] as const) {
      // Formulas stand between dollars: most texts have none and need no cutting.
      if (!text.includes('$')) continue;
      // Cut as the page cuts them (an abstract at its links first), so that the warnings name its formulas.
      const segments = field === 'title' ? splitMath(text) : segmentAbstract(text);
      const formulas = segments.flatMap((segment) => (segment.kind === 'math' ? [segment.value] : []));
      for (const why of formulasAsWritten(formulas, field)) {
        if (why === undefined) continue;
        diagnostics.push({
          file: paper.source.file,
          line: paper.source.line,
          column: 1,
          severity: 'warning',
          message: `formula too large to typeset in the ${field} (${why}); it is shown as written`,
          rule: 'formula-too-large',
        });
      }
    }
  }
  return diagnostics;
}
