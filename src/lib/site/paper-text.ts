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

export function paperText(paper: Pick<Paper, 'title' | 'abstract'>): PaperText {
  return {
    titleHtml: renderTitle(paper.title),
    titleText: plainTitle(paper.title),
    abstractHtml: renderAbstract(paper.abstract),
    abstractText: plainTitle(paper.abstract),
  };
}
