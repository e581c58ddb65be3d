/**
 * The fingerprint of a build's code: it changes with the files below the paths given, and only with them;
 * a path that does not exist is an error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeVersion } from '../../src/integrations/code-version.ts';

let work = '';
beforeAll(() => (work = mkdtempSync(join(tmpdir(), 'code-version-'))));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('codeVersion', () => {
  it('changes when a file below the paths changes or is added, and only then', () => {
    mkdirSync(join(work, 'code/render'), { recursive: true });
    writeFileSync(join(work, 'code/render/html.ts'), 'export const a = 1;');
    writeFileSync(join(work, 'lock.json'), '{}');
    const paths = [join(work, 'code'), join(work, 'lock.json')];
    const first = codeVersion(paths);
    expect(codeVersion(paths)).toBe(first);
    writeFileSync(join(work, 'code/render/html.ts'), 'export const a = 2;');
    const edited = codeVersion(paths);
    expect(edited).not.toBe(first);
    writeFileSync(join(work, 'code/render/new.ts'), '');
    const added = codeVersion(paths);
    expect(added).not.toBe(edited);
    writeFileSync(join(work, 'lock.json'), '{"a":1}');
    expect(codeVersion(paths)).not.toBe(added);
  });

  it('refuses a path that does not exist, naming it', () => {
    const absent = join(work, 'absent');
    expect(() => codeVersion([join(work, 'lock.json'), absent])).toThrow(
      `code version: ${absent} is missing`,
    );
  });
});
