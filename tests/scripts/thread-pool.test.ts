import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';

const MODULE = new URL('../../scripts/lib/thread-pool.ts', import.meta.url).href;

/** The pool size a fresh Node process has after importing the module, in `env`. */
function poolSize(env: NodeJS.ProcessEnv): string {
  return execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `await import(${JSON.stringify(MODULE)}); console.log(process.env.UV_THREADPOOL_SIZE);`,
    ],
    { env, encoding: 'utf8' },
  ).trim();
}

describe("the build's thread pool", () => {
  const env = { ...process.env, UV_THREADPOOL_SIZE: undefined };

  it('has one thread per core but one, at least one and at most four, also when the variable is empty', () => {
    const size = String(Math.min(4, Math.max(1, availableParallelism() - 1)));
    expect(poolSize(env)).toBe(size);
    expect(poolSize({ ...env, UV_THREADPOOL_SIZE: '' })).toBe(size);
  });

  it('keeps the size set in the environment', () => {
    expect(poolSize({ ...env, UV_THREADPOOL_SIZE: '7' })).toBe('7');
  });

  it('is sized by the first import of the build command, before any other module can use the pool', () => {
    const build = readFileSync(new URL('../../scripts/build.ts', import.meta.url), 'utf8');
    expect(/^import .*$/m.exec(build)?.[0]).toBe("import './lib/thread-pool.ts';");
  });
});
