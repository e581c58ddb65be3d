/** The texts of a paper that pages show, each derived from its record alone. */
import type { Paper } from '../../schemas/paper.ts';
import { plainTitle, renderAbstract, renderTitle } from '../render/html.ts';

export interface PaperText {
  /** The title as safe inline HTML (LaTeX rendered). */
  titleHtml: string;
  /** The title as plain text (`plainTitle`). */
  titleText: string;
  /** The abstract as safe HTML, one paragraph. */
  abstractHtml: string;
  /** The abstract as plain text (formulas reduced to their characters, TeX remnants repaired). */
  abstractText: string;
}

type Source = Pick<Paper, 'title' | 'abstract'>;

/** How each of the texts is made, so that one can be made without the others. */
export const MAKE_TEXT: { readonly [K in keyof PaperText]: (paper: Source) => string } = {
  titleHtml: (paper) => renderTitle(paper.title),
  titleText: (paper) => plainTitle(paper.title),
  abstractHtml: (paper) => renderAbstract(paper.abstract),
  abstractText: (paper) => plainTitle(paper.abstract),
};

/** The plain texts alone: what the search index needs. */
export function plainText(paper: Source): Pick<PaperText, 'titleText' | 'abstractText'> {
  return { titleText: MAKE_TEXT.titleText(paper), abstractText: MAKE_TEXT.abstractText(paper) };
}

export function paperText(paper: Source): PaperText {
  return {
    titleHtml: MAKE_TEXT.titleHtml(paper),
    abstractHtml: MAKE_TEXT.abstractHtml(paper),
    ...plainText(paper),
  };
}
