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

/** Text cut to a length a message can quote. */
export function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
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

/** A property value in a workflow command: GitHub reads `,` and `:` as separators there. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** A workflow command's message: GitHub would end the command at a line break. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** The diagnostic as a GitHub Actions workflow command, shown as an annotation on the file's line. */
export function annotation(d: Diagnostic): string {
  const properties = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}`;
  return `::${d.severity} ${properties}::${escapeData(`${d.message} [${d.rule}]`)}`;
}
