/**
 * Helpers for parser tests: throwaway project folders and the parse command run in-process.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../../scripts/parse.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEED = path.join(ROOT, 'content/dumps/2025-12-10.txt');
export const SEED_FILE = 'content/dumps/2025-12-10.txt';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * A temporary project folder holding `files` (project-relative path → content, null for a file left out) and,
 * unless they say otherwise, an empty taxonomy (no topics, no warning); removed after the file's tests.
 */
export async function makeProject(files: Record<string, string | Uint8Array | null>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parse-test-'));
  made.push(dir);
  for (const [name, content] of Object.entries({ 'content/tags.yaml': 'tags: []\n', ...files })) {
    if (content === null) continue;
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run parse -- ...argv` in-process with `cwd` as the project folder. */
export async function runParse(argv: string[], cwd: string): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** The text of a project file, or null when it does not exist. */
export async function readMaybe(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch(() => null);
}
