/** The build's stages: each timed into the build's report, a script run in a process of its own. */
import { spawn } from 'node:child_process';
import type { BuildReport } from './build-report.ts';
import { explainError } from './explain-error.ts';
import { formatSeconds } from './format-units.ts';

/** Runs one stage, timing it into `report`; a stage that throws has failed with its one-line reason. */
export async function runStage(
  name: string,
  run: () => Promise<number>,
  report: BuildReport,
): Promise<number> {
  console.log(`build: ${name}…`);
  const startedAt = Date.now();
  const status = await run().catch((error: unknown) => {
    console.error(`build: ${name}: ${explainError(error)}`);
    return 1;
  });
  const ms = Date.now() - startedAt;
  if (status !== 0) {
    console.error(`build: ${name} failed with exit status ${status} after ${formatSeconds(ms)}`);
    return status;
  }
  console.log(`build: ${name} done in ${formatSeconds(ms)}`);
  report.stages.push({ name, startedAt, ms });
  return 0;
}

/**
 * Runs a Node script in a process of its own, sharing our output; resolves to its exit status. The parser
 * runs apart so that its memory is gone before Astro loads the records.
 */
export function runScript(script: string, args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit' });
    child.on('error', () => done(1));
    child.on('close', (code) => done(code ?? 1));
  });
}
