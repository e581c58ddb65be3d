/**
 * Diagnostics as compilers print them: `file:line:col: severity: message [rule]`.
 * Logic collects them and keeps going; only the command line decides what to print and how to exit.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Project-relative path of the file the problem is in. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: Severity;
  /** What happened, why, and how to fix it; without the location (the formatter prints it once). */
  message: string;
  /** A short stable id for the kind of problem, e.g. `missing-metadata`. */
  rule: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  let error = 0;
  let warning = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') error++;
    else warning++;
  }
  return { error, warning };
}

/** Stable order for printing: by file, line, column. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
