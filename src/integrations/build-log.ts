/**
 * The build's log (Astro's `logger` entrypoint): Astro's own Node log, but for the line it prints per
 * generated path, thousands of them, which are counted instead and summed up in one line before Astro says
 * the pages are done. With `BUILD_PAGE_LOG` set (the build's `--page-log FILE`), they are written to that
 * file as Astro would have printed them: while pages render side by side, a path's start and its time or
 * `(cached)` may be parted by other paths' messages.
 */
import { writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination, { type NodeHandlerConfig } from 'astro/logger/node';

/** How a path's line begins: its tree branch and path, its end to come in a second message. */
const PATH_START = /^\s*[├└]─ /;
/** How it ends: the render time of a rendered path, or how an unchanged one was kept. */
const PATH_END = /^ \(\+|^ \((?:cached|restored)\)/;

/** The counts of the paths generated so far, and their lines when a page log is asked for. */
export interface PathTally {
  rendered: number;
  kept: number;
  lines: string[] | undefined;
}

/** Whether `event` is part of a path's line; if so, counts it (and keeps its text) in `tally`. */
export function tallyPath(event: AstroLoggerMessage, tally: PathTally): boolean {
  const text = stripVTControlCharacters(event.message);
  if (event.label === null && !event.newLine && PATH_START.test(text)) {
    tally.lines?.push(text);
    return true;
  }
  if (event.label === 'SKIP_FORMAT' && PATH_END.test(text)) {
    if (text.startsWith(' (+')) tally.rendered++;
    else tally.kept++;
    tally.lines?.push(`${text}\n`);
    return true;
  }
  return false;
}

/** The line that sums up the paths of `tally`. */
export function pathSummary({ rendered, kept }: PathTally): string {
  return `${rendered + kept} path(s) generated: ${rendered} rendered, ${kept} unchanged since the last build`;
}

export default function buildLog(config?: NodeHandlerConfig): AstroLoggerDestination {
  const node = nodeDestination(config);
  const pageLog = process.env['BUILD_PAGE_LOG'] || undefined;
  const empty = (): PathTally => ({ rendered: 0, kept: 0, lines: pageLog ? [] : undefined });
  let tally = empty();
  return {
    write(event) {
      if (tallyPath(event, tally)) return;
      // Astro's `✓ Completed in …` after the last path: the generation of pages is done.
      if (event.label === null && event.message.includes('Completed in') && tally.rendered + tally.kept > 0) {
        node.write({ label: 'build', level: 'info', message: pathSummary(tally), newLine: true });
        if (pageLog && tally.lines) writeFileSync(pageLog, tally.lines.join(''));
        tally = empty();
      }
      node.write(event);
    },
  };
}
