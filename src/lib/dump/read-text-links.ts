/**
 * The reader of text with links on their own lines (reader and notebook exports): every link's
 * text, then its target alone on the next line. The targets say what each number is (the upvote
 * button links to the login, the comment count to the discussion) and give each paper's arXiv id.
 */
import { readCards, type Item } from './cards.ts';
import type { ReadResult } from './entry.ts';
import { normalizeLines } from './normalize.ts';
import type { Reporter } from './report.ts';

const URL_LINE = /^<?(https?:\/\/\S+?)>?$/;
/** The end of a link whose text began on an earlier line: `2 authors](https://…)`. */
const LINK_END = /^(.*?)\]\((https?:\/\/[^)\s]+)\)$/;

export function readTextLinks(text: string, report: Reporter): ReadResult {
  return readCards(linkedLines(normalizeLines(text)), report, { links: true });
}

/** One item per text line, each with the target on the line after it. */
export function linkedLines(lines: readonly string[]): Item[] {
  const items: Item[] = [];
  let last: Item | undefined;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line === '[') return;
    const url = URL_LINE.exec(line)?.[1];
    if (url !== undefined) {
      // A target belongs to the text right above it; a second target for the same text is a repeat.
      if (last !== undefined && last.href === undefined) last.href = url;
      last = undefined;
      return;
    }
    const end = LINK_END.exec(line);
    const item: Item = {
      text: end ? (end[1] as string) : line,
      line: index + 1,
      column: raw.indexOf(line) + 1,
    };
    if (end) item.href = end[2] as string;
    items.push(item);
    last = item;
  });
  return items;
}
