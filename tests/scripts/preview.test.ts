import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('npm run preview', () => {
  it('says to build first when there is no site, instead of a stack trace', async () => {
    // A project of the preview command alone: no dist/.
    const project = await mkdtemp(join(tmpdir(), 'preview-'));
    await mkdir(join(project, 'scripts'));
    await copyFile(join(ROOT, 'scripts/preview.ts'), join(project, 'scripts/preview.ts'));
    await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
    const run = promisify(execFile)(process.execPath, [join(project, 'scripts/preview.ts')]);
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: 'preview: error: no site in dist/ to serve: run `npm run build` first\n',
    });
  });
});
