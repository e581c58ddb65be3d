import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dumpFiles, strayFileProblem, strayFiles } from '../../src/lib/dump/file-date.ts';

/** The dumps in `dir` as paths for the parser, or a usage message. */
export async function listDumps(dir: string): Promise<string[] | string> {
  const names = await readdir(dir).catch(() => null);
  if (names === null) return `cannot read the dumps folder ${dir}: pass an existing folder with --dumps`;
  const stray = strayFiles(names)[0];
  if (stray !== undefined) return `${join(dir, stray)}: ${strayFileProblem(dir)}`;
  const files = dumpFiles(names);
  if (files.length === 0) return `no dumps in ${dir}: add one named YYYY-MM-DD.txt, .md or .html`;
  return files.map((name) => join(dir, name));
}
