/**
 * The summary line that ends a parse run: `39 papers from 1 dump: 0 errors, 1 warning`.
 */

/** `1 paper`, `2 papers`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The summary of a run. */
export function summarize(counts: {
  papers: number;
  dumps: number;
  errors: number;
  warnings: number;
}): string {
  return (
    `${plural(counts.papers, 'paper')} from ${plural(counts.dumps, 'dump')}: ` +
    `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`
  );
}
