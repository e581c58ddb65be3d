/** KaTeX settings for untrusted input, shared by the HTML pipeline and the plain-text titles. */

/**
 * The colour KaTeX paints what it could not render. Unusual on purpose: the fallback to source looks for it,
 * and a formula that asks for `\color{red}` must not be mistaken for an error.
 */
export const ERROR_COLOR = '#cc0001';

/** No `\href`/`\url`/`\includegraphics`/`\htmlClass` (rendered as errors), bounded macro expansion and sizes. */
export const KATEX_OPTIONS = {
  trust: false,
  strict: 'ignore',
  maxExpand: 100,
  maxSize: 10,
  errorColor: ERROR_COLOR,
  output: 'htmlAndMathml',
} as const;

/** Whether KaTeX markup (HTML or MathML) shows an error: an unsupported or untrusted command, or a parse error. */
export function showsError(markup: string): boolean {
  return markup.includes(ERROR_COLOR);
}
