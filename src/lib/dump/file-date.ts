/**
 * A dump's date from its file name: `content/dumps/2025-12-10.txt` was copied on 2025-12-10.
 */
import { isIsoDate } from './dates.ts';

/** A dump is saved as text, Markdown or HTML; its layout is read from its content. */
const DUMP_EXTENSION = /\.(?:txt|md|html?)$/i;

/** The dumps among a folder's file names, in name (so date) order. */
export function dumpFiles(names: readonly string[]): string[] {
  return names.filter((name) => DUMP_EXTENSION.test(name)).sort();
}

/**
 * The names in a dumps folder that are not dumps, and are not hidden (`.gitkeep`, `.DS_Store`): a page saved
 * in another form (`.mhtml`, no extension), a backup, a subfolder. Each would be a day missing from the site.
 */
export function strayFiles(names: readonly string[]): string[] {
  return names.filter((name) => !name.startsWith('.') && !DUMP_EXTENSION.test(name)).sort();
}

/** What is wrong with a file `strayFiles` found in `folder`, and how to fix it. */
export function strayFileProblem(folder: string): string {
  return (
    'not a dump; a dumps folder holds only dumps, each named YYYY-MM-DD.txt, .md or .html: ' +
    'save the page in one of those forms (File → Save Page As…, "Web Page, HTML only"), ' +
    `or move this out of ${folder}/`
  );
}

/** `{ date }` from the `YYYY-MM-DD` in the file's base name, or `{ problem }` explaining how to fix it. */
export function dateFromFileName(path: string): { date: string } | { problem: string } {
  const name = path.split(/[\\/]/).pop() ?? path;
  const match = /(\d{4}-\d{2}-\d{2})/.exec(name);
  if (match === null) {
    return {
      problem:
        `cannot tell the dump's date: its file name "${name}" holds no YYYY-MM-DD date; ` +
        'rename it after the day the page was copied (content/dumps/YYYY-MM-DD.txt) or pass --as-of YYYY-MM-DD',
    };
  }
  const date = match[1] as string;
  if (!isIsoDate(date)) {
    return {
      problem: `the date ${date} in the file name is not a real day; rename the file or pass --as-of YYYY-MM-DD`,
    };
  }
  return { date };
}
