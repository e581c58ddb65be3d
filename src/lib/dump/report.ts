/**
 * A collector of diagnostics for one file: the parser reports problems here and keeps going.
 */
import type { Diagnostic, Severity } from './diagnostics.ts';

export interface Reporter {
  /** Every diagnostic reported so far, in the order reported. */
  readonly diagnostics: Diagnostic[];
  error(line: number, column: number, rule: string, message: string): void;
  warn(line: number, column: number, rule: string, message: string): void;
}

/** Creates a reporter whose diagnostics all name `file`. */
export function createReporter(file: string): Reporter {
  const diagnostics: Diagnostic[] = [];
  const add = (severity: Severity, line: number, column: number, rule: string, message: string): void => {
    diagnostics.push({ file, line, column, severity, message, rule });
  };
  return {
    diagnostics,
    error: (line, column, rule, message) => add('error', line, column, rule, message),
    warn: (line, column, rule, message) => add('warning', line, column, rule, message),
  };
}
